"""Atomic file writes: a temp file in the same folder, fsync, then os.replace.

The temp file must sit in the target's folder (a rename is atomic only within one file system),
so it carries a name only this app uses: a write killed half-way leaves `.kojin-tmp-*`, which
the next write into that folder removes once it is clearly stale.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from kojin_desk.errors import KojinError

TEMP_PREFIX = ".kojin-tmp-"
STALE_AFTER_S = 15 * 60  # far longer than any write; younger ones may belong to a write in progress


def _restrict(path: str) -> None:
    if os.name == "posix":  # Windows ACLs of the user's profile already keep others out
        os.chmod(path, 0o600)


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temp_files(folder: Path, older_than_s: float = STALE_AFTER_S) -> int:
    """Delete this app's temp files left in `folder` by a killed write; returns how many."""
    removed, now = 0, time.time()
    try:
        leftovers = list(Path(folder).glob(TEMP_PREFIX + "*"))
    except OSError:
        return 0
    for path in leftovers:
        try:
            if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, or leave the old file untouched and raise a clear error."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _error(exc, path) from None
    remove_stale_temp_files(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=path.suffix)
    except OSError as exc:
        raise _error(exc, path) from None
    try:
        _restrict(tmp)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # file is closed first: Windows cannot replace an open file
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise _error(exc, path) from exc


def _error(exc: OSError, path: Path) -> KojinError:
    if exc.errno == errno.ENOSPC:
        return KojinError("disk_full", path=path)
    return KojinError("write_failed", path=path, reason=exc.strerror or type(exc).__name__)


def atomic_copy(src: Path, dst: Path) -> None:
    atomic_write(dst, Path(src).read_bytes())
