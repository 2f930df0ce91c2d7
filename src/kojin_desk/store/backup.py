"""Encrypted backups of the whole vault, and restore into a new folder — never over the current vault.

A backup is SQLCipher's own pages (the online backup API, from the open connection into a new database
keyed with the same key: never a plaintext byte) plus the vault.key of that day, so it opens with the
passphrase that was in use when it was made. It is staged under a `.tmp-` name, verified (opened with the
key, then the caller's `verify`: cipher and b-tree integrity, the ledger chain), sealed, read back, and
only then given its final name: a crash leaves nothing that looks complete.

The kernel knows no area: what "verified" means beyond SQLite's own checks comes in as `verify`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from kojin_desk import __version__, paths
from kojin_desk.errors import KojinError, VaultDamaged
from kojin_desk.store import backup_file, backup_rotation
from kojin_desk.store.atomic import fsync_dir
from kojin_desk.store.keyfile import KeyFile
from kojin_desk.store.schema import migrate
from kojin_desk.store.vault import Vault, _raw_key, connect
from kojin_desk.store.witness import Witness

Progress = Callable[[float], None]  # 0.0 … 1.0
Verify = Callable[[Vault], None]  # raises VaultDamaged
_PLAIN_HEADER = b"SQLite format 3\x00"


def _no_progress(_fraction: float) -> None:
    pass


def _private_dir(parent: Path, prefix: str) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def _copy_encrypted(vault: Vault, target: Path, progress: Progress) -> None:
    """Page by page through SQLite's online backup into a database keyed before its first page is written."""
    dst = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        dst.execute("PRAGMA cipher_log_level = NONE")
        dst.set_key(_raw_key(vault._db_key))
        dst.execute("PRAGMA cipher_compatibility = 4")
        vault.conn.backup(dst, pages=1024,
                          progress=lambda _status, remaining, total: progress((total - remaining) / max(total, 1)))
    finally:
        dst.close()
    with open(target, "rb") as f:
        if f.read(16) == _PLAIN_HEADER:  # the one thing a backup must never be
            raise VaultDamaged("backup_damaged", path=target.name, detail="plaintext")


def _open_checked(folder: Path, db_key: bytes, vault_id: str, verify: Verify, upgrade: bool) -> None:
    """Open the copy in `folder` with the key, bring an older schema up to date if asked, verify, close."""
    conn = connect(Vault.db_path(folder), db_key)
    copy = Vault(folder, conn, db_key, vault_id)
    try:
        if upgrade:
            migrate(conn, lambda _v: None)  # the backup file itself is the copy from before the step
        verify(copy)
    except sqlcipher3.dbapi2.DatabaseError as exc:
        raise VaultDamaged("vault_damaged", detail=str(exc)) from None
    finally:
        copy.close()


def create(vault: Vault, folder: Path, verify: Verify, keep: int = 10, progress: Progress | None = None,
           now: datetime | None = None) -> Path:
    """Back up `vault` into `folder`; returns the verified file. Older copies beyond `keep` are pruned."""
    progress = progress or _no_progress
    folder = Path(folder)
    if not folder.is_dir():
        raise KojinError("backup_folder_missing", path=folder)
    when = (now or datetime.now()).replace(microsecond=0)
    while (folder / backup_rotation.backup_name(vault.vault_id, when)).exists():
        when += timedelta(seconds=1)
    final = folder / backup_rotation.backup_name(vault.vault_id, when)
    tmp = folder / (backup_rotation.TMP + final.name)
    stage = _private_dir(vault.data_dir, backup_rotation.TMP + "backup-")
    try:
        db = stage / paths.VAULT_FILE
        _copy_encrypted(vault, db, lambda f: progress(0.6 * f))
        _open_checked(stage, vault._db_key, vault.vault_id, verify, upgrade=False)
        progress(0.8)
        key_bytes = Vault.key_path(vault.data_dir).read_bytes()
        version = vault.conn.execute("PRAGMA user_version").fetchone()[0]
        try:
            backup_file.write(tmp, db, key_bytes, {
                "vault_id": vault.vault_id, "created_at": when.astimezone().isoformat(timespec="seconds"),
                "schema_version": version, "app_version": __version__})
        except OSError as exc:
            raise KojinError("write_failed", path=final, reason=exc.strerror or type(exc).__name__) from None
        backup_file.read_manifest(tmp)  # read back: the seal covers every byte that reached the medium
        os.replace(tmp, final)
        fsync_dir(folder)
        progress(0.95)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        tmp.unlink(missing_ok=True)
    backup_rotation.prune(backup_rotation.to_prune(vault.data_dir, folder, vault.vault_id, keep))
    progress(1.0)
    return final


def _unlock_copy(folder: Path, manifest: dict, backup: Path, passphrase: str | None, db_key: bytes | None) -> tuple[bytes, str]:
    try:
        keyfile = KeyFile.read(folder / paths.KEY_FILE)
    except VaultDamaged:
        raise backup_file.damaged(backup, paths.KEY_FILE) from None
    if keyfile.vault_id != manifest.get("vault_id"):
        raise backup_file.damaged(backup, "vault_id")
    return (db_key if db_key is not None else keyfile.unwrap(passphrase or "")), keyfile.vault_id


def check_file(backup: Path, scratch: Path, verify: Verify, passphrase: str | None = None,
               db_key: bytes | None = None) -> dict:
    """Open a backup in a private scratch folder under `scratch` and verify it; returns its manifest.

    `db_key` (the open vault's key, for a backup of the same vault) spares the passphrase: the database
    key never changes when the passphrase does.
    """
    backup_file.read_manifest(backup)  # damage is named before anything is written
    stage = _private_dir(Path(scratch), backup_rotation.TMP + "verify-")
    try:
        manifest = backup_file.extract(backup, stage)
        key, vault_id = _unlock_copy(stage, manifest, backup, passphrase, db_key)
        _open_checked(stage, key, vault_id, verify, upgrade=True)
        return manifest
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def check_for(vault: Vault, backup: Path, verify: Verify, passphrase: str | None = None) -> dict:
    """`check_file` from an open vault: its own backups open with its key, others need their passphrase."""
    same = backup_file.read_manifest(backup).get("vault_id") == vault.vault_id
    return check_file(backup, vault.data_dir, verify, passphrase, vault._db_key if same else None)


def restore(backup: Path, new_dir: Path, passphrase: str, verify: Verify) -> dict:
    """Restore `backup` as a new vault in `new_dir` (absent or empty), verified before it gets that name."""
    new_dir = Path(new_dir)
    backup_file.read_manifest(backup)
    if Vault.exists(new_dir) or (new_dir.exists() and any(new_dir.iterdir())):
        raise KojinError("restore_target_not_empty", path=new_dir)
    parent = new_dir.resolve().parent
    for old in parent.glob(f"{backup_rotation.TMP}restore-{new_dir.name}-*"):  # an earlier, interrupted restore
        shutil.rmtree(old, ignore_errors=True)
    stage = _private_dir(parent, f"{backup_rotation.TMP}restore-{new_dir.name}-")
    try:
        manifest = backup_file.extract(backup, stage)
        key, vault_id = _unlock_copy(stage, manifest, backup, passphrase, None)
        _open_checked(stage, key, vault_id, verify, upgrade=True)
        _witness_now(stage, key, vault_id)
        for name in (paths.VAULT_FILE, paths.KEY_FILE, paths.WITNESS_FILE):
            _fsync_file(stage / name)
        if new_dir.exists():
            new_dir.rmdir()  # empty, checked above; a folder cannot be renamed over another on Windows
        os.replace(stage, new_dir)
        fsync_dir(parent)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return manifest


def _witness_now(folder: Path, db_key: bytes, vault_id: str) -> None:
    """A restored vault's chains are witnessed from the verified state it was restored to."""
    conn = connect(folder / paths.VAULT_FILE, db_key)
    try:
        Witness(folder / paths.WITNESS_FILE, db_key, vault_id).restart(conn)
    finally:
        conn.close()


def swap_in(restored: Path, data_dir: Path, now: datetime | None = None) -> Path:
    """Put a restored vault in place of the (closed) current one, which is kept in `replaced-<stamp>/`.

    File by file (the old key out first, the new database in first): if the machine stops half-way, both
    vaults still exist on disk and the data folder never holds one vault's key beside the other's database.
    """
    data_dir = Path(data_dir)
    kept = data_dir / f"replaced-{(now or datetime.now()).strftime(backup_rotation.STAMP)}"
    kept.mkdir()
    for name in (paths.VAULT_FILE + "-wal", paths.VAULT_FILE + "-shm", paths.WITNESS_FILE, paths.KEY_FILE, paths.VAULT_FILE):
        if (data_dir / name).exists():
            os.replace(data_dir / name, kept / name)
    for name in (paths.VAULT_FILE, paths.WITNESS_FILE, paths.KEY_FILE):
        os.replace(Path(restored) / name, data_dir / name)
    shutil.rmtree(restored, ignore_errors=True)
    fsync_dir(data_dir)
    return kept


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
