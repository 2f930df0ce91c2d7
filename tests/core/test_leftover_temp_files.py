"""Temp files that a killed write leaves behind are the app's to clean up."""

import os
import time

from kojin_desk.store.atomic import STALE_AFTER_S, TEMP_PREFIX, atomic_write
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"


def _aged(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))
    return path


def test_a_stale_pdf_temp_in_the_export_folder_is_removed_by_the_next_write(tmp_path):
    export = tmp_path / "exports"
    export.mkdir()
    stale = export / f"{TEMP_PREFIX}abc.pdf"
    stale.write_bytes(b"%PDF plaintext of a form")
    _aged(stale, STALE_AFTER_S + 60)
    fresh = export / f"{TEMP_PREFIX}def.pdf"  # may belong to a write in progress: kept
    fresh.write_bytes(b"%PDF")
    other = export / ".tmp-someone-else.pdf"  # not ours by name: kept
    other.write_bytes(b"x")
    atomic_write(export / "届出.pdf", b"%PDF new")
    assert not stale.exists() and fresh.exists() and other.exists()
    assert sorted(p.name for p in export.iterdir() if not p.name.startswith(".")) == ["届出.pdf"]


def test_temp_files_left_in_the_data_folder_and_backups_are_removed_at_open(vault):
    data_dir = vault.data_dir
    vault.close()
    backup = data_dir / "backups" / "v3-20260101-000000"
    backup.mkdir(parents=True)
    leftovers = [backup / ".tmp-x1y2.db", data_dir / ".tmp-k3.key", data_dir / f"{TEMP_PREFIX}w.witness"]
    for p in leftovers:
        p.write_bytes(b"partial copy")
    Vault.unlock(data_dir, PASS).close()
    assert not any(p.exists() for p in leftovers)


def test_temp_files_are_private_and_named_as_ours(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((os.path.basename(src), os.stat(src).st_mode & 0o777))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write(tmp_path / "a.pdf", b"x")
    assert seen[0][0].startswith(TEMP_PREFIX) and (os.name != "posix" or seen[0][1] == 0o600)
