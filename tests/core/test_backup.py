"""Encrypted backups and restore (real SQLCipher): round trip, damage, plaintext, rotation, schedule, swap."""

import hashlib
import json
import re
from datetime import datetime, timedelta

import pytest
from test_cli import _needles, _strings

from kojin_desk import cli
from kojin_desk.areas import backup_service, check, transfer
from kojin_desk.errors import KojinError, VaultDamaged, WrongPassphrase
from kojin_desk.settings import Settings
from kojin_desk.store import backup, backup_file, backup_rotation
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"


def _files_digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def backed_up(demo_vault, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = backup_service.back_up(demo_vault, Settings(), tmp_path / "settings", to=folder)
    return demo_vault, path


def test_restored_backup_dumps_like_the_original(backed_up, tmp_path):
    vault, path = backed_up
    assert path.name.startswith("kojin-desk-") and path.suffix == ".kdbackup"
    info = backup_service.restore(path, tmp_path / "restored", PASS)
    assert info["vault_id"] == vault.vault_id
    again = Vault.unlock(tmp_path / "restored", PASS)
    try:
        assert transfer.dumps(again) == transfer.dumps(vault)
        assert check.run(again) == check.run(vault)
    finally:
        again.close()


@pytest.mark.parametrize("where", ["start", "db_middle", "key_file", "manifest", "seal", "end_of_db"])
def test_one_flipped_byte_is_refused_with_one_line_exit_4(backed_up, tmp_path, monkeypatch, capsys, where):
    vault, path = backed_up
    vault.close()
    current = _files_digest(vault.data_dir)
    data = bytearray(path.read_bytes())
    key_at = data.index(b"wrapped_key")
    positions = {"start": 0, "db_middle": len(data) // 2, "key_file": key_at + 20, "manifest": data.index(b"schema_version") + 2,
                 "seal": len(data) - 5, "end_of_db": len(data) - backup_file.SEAL_LEN - 200}
    data[positions[where]] ^= 0x01
    path.write_bytes(bytes(data))
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    assert cli.main(["restore", str(path), "--data-dir", str(tmp_path / "new")]) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "壊れている" in err[0] and "現在の保管庫には手を付けていません" in err[0], err
    assert not (tmp_path / "new").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    assert _files_digest(vault.data_dir) == current


def test_wrong_passphrase_at_restore_is_exit_3(backed_up, tmp_path, monkeypatch):
    _, path = backed_up
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", "not-the-passphrase")
    assert cli.main(["restore", str(path), "--data-dir", str(tmp_path / "new")]) == 3
    assert not (tmp_path / "new").exists()


def test_restore_never_writes_into_a_vault_or_a_full_folder(backed_up, tmp_path, monkeypatch, capsys):
    vault, path = backed_up
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    before = _files_digest(vault.data_dir)
    assert cli.main(["restore", str(path), "--data-dir", str(vault.data_dir)]) == 2
    assert "上書きしません" in capsys.readouterr().err
    assert _files_digest(vault.data_dir) == before
    (tmp_path / "empty").mkdir()
    assert cli.main(["restore", str(path), "--data-dir", str(tmp_path / "empty")]) == 0  # an empty folder is fine
    assert Vault.exists(tmp_path / "empty")


def test_no_dumped_value_in_any_backup_file(backed_up, tmp_path):
    vault, path = backed_up
    values = set(_strings(json.loads(transfer.dumps(vault))))
    # A window of a timestamp ("-11-26T0") is no datum: the backup's own time is in its name and manifest.
    needles = {n for v in values for n in _needles(v) if not re.fullmatch(r"[0-9:T+ -]+", n)}
    assert len(needles) > 200
    backup_service.restore(path, tmp_path / "restored", PASS)
    blob = path.read_bytes()
    restored = [(tmp_path / "restored" / n).read_bytes() for n in ("vault.db", "vault.key")]
    assert restored[0] in blob  # the restored database is the backup's member byte for byte: one scan covers both
    blob += b"\0" + restored[1]
    assert b"SQLite format 3" not in blob
    for needle in needles:
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
            assert encoded not in blob, needle


def test_a_broken_ledger_chain_is_never_kept_as_a_backup(vault, tmp_path):
    vault.conn.execute("INSERT INTO contracts (title, created_at) VALUES ('x', '2026-01-01')")
    vault.conn.execute("INSERT INTO inventory_items (contract_id, catalog, name) VALUES (1, 'A', 'x')")
    from kojin_desk.areas.ledger import repo as ledger_repo
    from kojin_desk.areas.ledger.model import Entry

    with vault.transaction() as conn:  # the chain is what matters here, not who handled the item
        ledger_repo.append(conn, Entry(contract_id=1, item_id=1, at="2026-04-01T10:00", kind="受領", quantity="1",
                                       medium="紙", place="作業室A", person="山田", recorded_at="2026-04-01T10:00:00"))
    vault.conn.execute("DROP TRIGGER ledger_append_only")
    vault.conn.execute("UPDATE ledger SET note = 'behind the app' WHERE seq = 1")
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(VaultDamaged) as err:
        backup.create(vault, folder, check.verify)
    assert "台帳の第1号" in str(err.value)
    assert list(folder.iterdir()) == []
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".tmp-")]


def test_rotation_keeps_n_and_prunes_migration_copies_and_leftovers(vault, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "kojin-desk-ffffffff-20200101-000000.kdbackup").write_bytes(b"another vault's backup")
    (folder / "holiday.jpg").write_bytes(b"not ours")
    migration = backup_rotation.default_folder(vault.data_dir) / "v4-20200101-000000"
    migration.mkdir(parents=True)
    (migration / "vault.key").write_bytes(b"an old key file")
    (vault.data_dir / ".tmp-backup-killed").mkdir()
    (folder / f".tmp-kojin-desk-{backup_rotation.short_id(vault.vault_id)}-20200101-000000.kdbackup").write_bytes(b"x")
    base = datetime(2026, 5, 1, 9, 0, 0)
    made = [backup.create(vault, folder, check.verify, keep=3, now=base + timedelta(days=i)) for i in range(5)]
    ours = backup_rotation.backups(folder, vault.vault_id)
    assert [c.path for c in ours] == made[:1:-1]
    assert not migration.exists() and not (vault.data_dir / ".tmp-backup-killed").exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["holiday.jpg", "kojin-desk-ffffffff-20200101-000000.kdbackup", *(p.name for p in made[2:])])


def test_two_backups_in_one_second_get_two_names(vault, tmp_path):
    now = datetime(2026, 5, 1, 9, 0, 59)
    a = backup.create(vault, tmp_path, check.verify, now=now)
    b = backup.create(vault, tmp_path, check.verify, now=now)
    assert a != b and a.exists() and b.exists()


def test_due_logic():
    now = datetime(2026, 5, 8, 12, 0)
    assert backup_rotation.is_due(None, 7, now)
    assert not backup_rotation.is_due(now - timedelta(days=6, hours=23), 7, now)
    assert backup_rotation.is_due(now - timedelta(days=7), 7, now)
    assert not backup_rotation.is_due(None, 0, now)  # 0 = no scheduled backups


def test_scheduled_backup_runs_only_when_due_and_the_medium_is_there(vault, tmp_path):
    settings = Settings(backup_dir=str(tmp_path / "usb"), backup_every_days=7)
    assert backup_service.scheduled(vault, settings, tmp_path) is None  # USB stick not plugged in
    s = backup_service.status(vault, settings)
    assert not s.found and s.last_at is None and s.due
    (tmp_path / "usb").mkdir()
    seen = []
    path = backup_service.scheduled(vault, settings, tmp_path, progress=seen.append)
    assert path is not None and path.parent == tmp_path / "usb"
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert Settings.load(tmp_path).last_backup_at  # remembered for when the medium is away
    assert backup_service.scheduled(vault, settings, tmp_path) is None  # not due again today
    later = datetime.now() + timedelta(days=8)
    assert backup_service.status(vault, settings, now=later).due
    (tmp_path / "usb" / path.name).unlink()
    (tmp_path / "usb").rmdir()
    s = backup_service.status(vault, settings)
    assert not s.found and s.last_at is not None and not s.due


def test_default_folder_is_created_in_the_data_folder(vault, tmp_path):
    path = backup_service.back_up(vault, Settings(), tmp_path)
    assert path.parent == vault.data_dir / "backups"


def test_cli_backup_to_a_missing_folder_is_a_usage_error(vault, tmp_path, monkeypatch, capsys):
    vault.close()
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    assert cli.main(["backup", "--data-dir", str(vault.data_dir), "--to", str(tmp_path / "usb")]) == 2
    assert "見つかりません" in capsys.readouterr().err
    assert cli.main(["backup", "--data-dir", str(vault.data_dir)]) == 0
    assert "検証しました" in capsys.readouterr().out


def test_verify_for_the_inspection(backed_up, tmp_path, kdf):
    from kojin_desk.services import vault_access

    vault, path = backed_up
    ok, line = backup_service.verify_for_inspection(vault, path)
    assert ok and path.name in line and "異常なし" in line
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x10
    damaged = tmp_path / "damaged.kdbackup"
    damaged.write_bytes(bytes(data))
    ok, line = backup_service.verify_for_inspection(vault, damaged)
    assert not ok and "壊れている" in line
    other = vault_access.create_vault(tmp_path / "other", "other-passphrase", kdf=kdf)
    with pytest.raises(WrongPassphrase):  # another vault's backup needs its own passphrase
        backup_service.verify_for_inspection(other, path)
    assert backup_service.verify_for_inspection(other, path, PASS)[0]
    other.close()
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".tmp-")]


def test_the_same_key_opens_a_backup_after_a_passphrase_change(backed_up):
    from kojin_desk.services import vault_access

    vault, path = backed_up
    vault_access.change_passphrase(vault, PASS, "a-new-passphrase")
    assert backup_service.verify_for_inspection(vault, path)[0]  # the database key did not change


def test_restore_beside_and_swap_keeps_the_old_vault(backed_up, tmp_path):
    from kojin_desk.domain.records import Contract
    from kojin_desk.services import office_contracts

    vault, path = backed_up
    original = transfer.dumps(vault)
    office_contracts.save_contract(vault, Contract(title="バックアップ後の契約", start_on="2026-04-01",
                                                   end_on="2026-12-31", signed_on="2026-04-01"))
    restored = backup_service.restore_beside(vault, path, PASS)
    assert restored.parent == vault.data_dir and restored.name.startswith(".tmp-restored-")
    data_dir = vault.data_dir
    again, kept = backup_service.replace_current(vault, restored, PASS)
    try:
        assert transfer.dumps(again) == original
    finally:
        again.close()
    assert not restored.exists() and kept.parent == data_dir
    old = Vault.unlock(kept, PASS)
    assert "バックアップ後の契約" in transfer.dumps(old)
    old.close()
    assert [c.kind for c in backup_rotation.copies_in_data_dir(data_dir)] == ["replaced"]


def test_restore_beside_can_be_discarded(backed_up):
    vault, path = backed_up
    restored = backup_service.restore_beside(vault, path, PASS)
    backup_service.discard(restored)
    assert not restored.exists()


def test_a_chosen_folder_is_never_created(vault, tmp_path):
    with pytest.raises(KojinError) as err:
        backup_service.back_up(vault, Settings(backup_dir=str(tmp_path / "E:")), tmp_path)
    assert err.value.code == "backup_folder_missing"
