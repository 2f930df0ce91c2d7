"""The data folder's housekeeping: the vault lock, staging and publishing, permissions, leftovers.

Publishing renames the staged files into the data folder in a fixed order, the key file last:
vault.db, vault.witness, vault.key. The key file's arrival is the commit point, because a vault
is read through its key file. If a process dies between the renames, the data folder holds
vault.db without vault.key while the staging folder still holds the key (and maybe the
witness) and no database; that state has no other cause, so `recover` finishes the publish
(and `Vault.read_keyfile` reads the waiting key file). A staging folder in any other state is
a creation that never reached its commit point: it is removed, under the lock, by the next
creation or open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from kojin_desk import paths
from kojin_desk.errors import KojinError, UsageError, VaultDamaged
from kojin_desk.store.atomic import TEMP_PREFIX, fsync_dir
from kojin_desk.store.filelock import FileLock

STAGING_PREFIX = ".staging-"
PUBLISH_ORDER = (paths.VAULT_FILE, paths.WITNESS_FILE, paths.KEY_FILE)
PRIVATE_FILES = (paths.VAULT_FILE, paths.VAULT_FILE + "-wal", paths.VAULT_FILE + "-shm",
                 paths.KEY_FILE, paths.WITNESS_FILE, paths.LOCK_FILE)


# --- checks that give a clear message instead of an OSError -----------------------------------

def require_folder(data_dir: Path) -> None:
    if data_dir.exists() and not data_dir.is_dir():
        raise UsageError("data_dir_not_folder", path=data_dir)
    for parent in data_dir.parents:  # a file somewhere on the way: NotADirectoryError otherwise
        if parent.exists():
            if not parent.is_dir():
                raise UsageError("data_dir_not_folder", path=parent)
            break


def require_file(path: Path, damaged_code: str = "") -> None:
    """A regular file we may read, or a clear error naming it (never "unexpected error")."""
    if not path.exists():
        if damaged_code:
            raise VaultDamaged(damaged_code, path=path)
        return
    if not path.is_file():
        raise VaultDamaged("not_a_file", path=path)
    try:
        os.close(os.open(path, os.O_RDONLY))
    except OSError as exc:
        raise VaultDamaged("no_access", path=path, reason=exc.strerror or "") from None


def _folder_error(exc: OSError, path: Path) -> KojinError:
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return UsageError("data_dir_not_folder", path=path)
    if exc.errno == errno.ENOSPC:
        return KojinError("disk_full", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultDamaged("vault_read_only", path=path)
    return KojinError("write_failed", path=path, reason=exc.strerror or "")


# --- the lock ---------------------------------------------------------------------------------

def _lock(data_dir: Path) -> FileLock:
    try:
        return FileLock.acquire(data_dir / paths.LOCK_FILE, "vault_in_use", path=data_dir)
    except OSError as exc:
        raise _folder_error(exc, data_dir) from None


def lock_for_creation(data_dir: Path) -> FileLock:
    require_folder(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(exc, data_dir) from None
    tighten(data_dir)
    return _lock(data_dir)


def lock_for_open(data_dir: Path) -> FileLock:
    data_dir = Path(data_dir)
    require_folder(data_dir)
    if not (data_dir / paths.VAULT_FILE).exists():
        raise KojinError("no_vault", path=data_dir)
    return _lock(data_dir)


# --- staging and publishing -------------------------------------------------------------------

def new_staging(data_dir: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data_dir))  # 0700


def _stagings(data_dir: Path) -> list[Path]:
    try:
        return [p for p in data_dir.iterdir() if p.name.startswith(STAGING_PREFIX) and p.is_dir()]
    except OSError:
        return []


def staged_key(data_dir: Path) -> Path | None:
    """The key file of a publish cut short after its database arrived, if there is one."""
    if not (data_dir / paths.VAULT_FILE).exists() or (data_dir / paths.KEY_FILE).exists():
        return None
    for staging in _stagings(data_dir):
        if (staging / paths.KEY_FILE).is_file() and not (staging / paths.VAULT_FILE).exists():
            return staging / paths.KEY_FILE
    return None


def publish(staging: Path, data_dir: Path) -> None:
    for name in PUBLISH_ORDER:
        if (staging / name).exists():
            os.replace(staging / name, data_dir / name)
    fsync_dir(data_dir)
    shutil.rmtree(staging, ignore_errors=True)


def undo_creation(data_dir: Path, lock: FileLock, folder_was_there: bool, lock_was_there: bool) -> None:
    """After a creation that failed (lock held, staging discarded): the lock file and the folder go too when
    this creation made them, so a refused load leaves the folder as it found it. Other holders never wait
    for the lock (they are told "busy" at once), so none is left holding the removed file."""
    if not lock_was_there:
        with contextlib.suppress(OSError):
            lock.path.unlink()
    if not folder_was_there:
        with contextlib.suppress(OSError):
            data_dir.rmdir()  # only if empty


def discard_staging(data_dir: Path) -> None:
    """Remove unfinished creations (call with the lock held)."""
    for staging in _stagings(data_dir):
        shutil.rmtree(staging, ignore_errors=True)


def recover(data_dir: Path) -> None:
    """With the lock held: finish a publish cut short, drop unfinished creations and our temp files."""
    key = staged_key(data_dir)
    if key is not None:
        publish(key.parent, data_dir)
    discard_staging(data_dir)
    remove_own_temp_files(data_dir)


def remove_own_temp_files(data_dir: Path) -> None:
    """Temp files that atomic writes left behind when killed: in the data folder and its backups."""
    folders = [data_dir]
    backups = data_dir / paths.BACKUP_DIR
    if backups.is_dir():
        folders += [backups, *(p for p in backups.iterdir() if p.is_dir())]
    for folder in folders:
        for leftover in folder.glob(".tmp-*"):
            _unlink(leftover)
        for leftover in folder.glob(TEMP_PREFIX + "*"):
            _unlink(leftover)


def _unlink(path: Path) -> None:
    try:
        if path.is_file():
            path.unlink()
    except OSError:
        pass


# --- permissions ------------------------------------------------------------------------------

def tighten(data_dir: Path) -> None:
    """Only the user may enter the folder and read its files (POSIX; Windows profiles have ACLs)."""
    if os.name != "posix":
        return
    _chmod(data_dir, 0o700)
    for name in PRIVATE_FILES:
        _chmod(data_dir / name, 0o600)
    backups = data_dir / paths.BACKUP_DIR
    if backups.is_dir():
        _chmod(backups, 0o700)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.exists() and not path.is_symlink() and (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # a folder we do not own: the open goes on, SQLite reports what it cannot do
