"""Atomic file writes: a temp file in the same folder, fsync, then os.replace."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from kojin_desk.errors import KojinError


def _restrict(path: str) -> None:
    if os.name == "posix":  # Windows ACLs of the user's profile already keep others out
        os.chmod(path, 0o600)


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, or leave the old file untouched and raise a clear error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        _restrict(tmp)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # file is closed first: Windows cannot replace an open file
        _fsync_dir(path.parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if exc.errno == errno.ENOSPC:
            raise KojinError("disk_full", path=path) from exc
        raise KojinError("write_failed", path=path, reason=exc.strerror or type(exc).__name__) from exc


def atomic_copy(src: Path, dst: Path) -> None:
    atomic_write(dst, Path(src).read_bytes())
