"""SQLCipher's errors in the app's words: one mapping for every place that touches the database.

sqlcipher3's exception classes are its own (they do not inherit from sqlite3.Error), so
`except sqlite3.Error` never sees them. The SQLite result code says what happened; the
primary code is the low byte of the extended one.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from kojin_desk.errors import KojinError, VaultBusy, VaultDamaged

Error = sqlcipher3.dbapi2.Error
d = sqlcipher3.dbapi2

_BUSY = {d.SQLITE_BUSY, d.SQLITE_LOCKED}
_NO_WRITE = {d.SQLITE_READONLY, d.SQLITE_PERM, getattr(d, "SQLITE_AUTH", 23)}


def translate(exc: BaseException, path: Path | str = "") -> KojinError | None:
    """The app's error for a SQLCipher error; None for a programming error (a bug, not the vault)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = str(path) if path else "vault.db"
    if primary in _BUSY:
        return VaultBusy("vault_busy")
    if primary == d.SQLITE_FULL:
        return VaultDamaged("vault_disk_full", path=where)
    if primary in _NO_WRITE:
        return VaultDamaged("vault_read_only", path=where)
    if primary == d.SQLITE_CANTOPEN:
        return VaultDamaged("vault_cannot_open", path=where)
    if primary == d.SQLITE_IOERR:
        return VaultDamaged("vault_io_error", path=where)
    if isinstance(exc, d.IntegrityError):  # a rule of the schema refused a write: nothing was saved
        return KojinError("db_constraint", detail=str(exc))
    if isinstance(exc, (d.ProgrammingError, d.InterfaceError)):
        return None
    # SQLITE_CORRUPT, SQLITE_NOTADB (a failed page HMAC), or a schema that no longer reads.
    return VaultDamaged("vault_damaged", detail=str(exc))


@contextmanager
def translated(path: Path | str = ""):
    """Run a block that touches the database; SQLCipher's errors leave it as the app's errors."""
    try:
        yield
    except Error as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from None
