"""One process per vault: an exclusive lock on a small file, released by the OS when the process dies.

The only module with platform-specific locking (design.md, "Windows first"): msvcrt.locking on
Windows, fcntl.flock elsewhere. Both locks belong to the open file, so a crashed or killed
process never leaves a stale lock behind, and a second open in the same process is refused too.
"""

from __future__ import annotations

import os
from pathlib import Path

from kojin_desk.errors import VaultBusy

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """Held from acquire() to release(); `with` releases it when the block raises or ends."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @classmethod
    def acquire(cls, file: Path, busy_code: str, /, **params: object) -> "FileLock":
        """The lock, or VaultBusy(busy_code, **params) at once when another holder has it (never waits).

        OSError (a read-only folder, say) is left to the caller, who knows what the folder is.
        """
        lock = cls(file)
        fd = os.open(lock.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultBusy(busy_code, **params)
        lock._fd = fd
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)

    def __enter__(self) -> "FileLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()
