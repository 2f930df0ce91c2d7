"""Create, open and close the SQLCipher vault; change the passphrase.

Open order (design.md): log level off, key through set_key (never in SQL text),
one read to validate the key, then WAL and foreign keys.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlcipher3

from kojin_desk import paths
from kojin_desk.errors import KojinError, VaultDamaged
from kojin_desk.store import keychain
from kojin_desk.store.atomic import atomic_copy
from kojin_desk.store.keyfile import KdfParams, KeyFile, write_keyfile
from kojin_desk.store.schema import LATEST, migrate

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def _raw_key(db_key: bytes) -> bytes:
    # x'…' makes SQLCipher use the 256-bit key as is, without its own PBKDF2 pass.
    return b"x'" + db_key.hex().encode("ascii") + b"'"


def connect(db_path: Path, db_key: bytes) -> sqlcipher3.dbapi2.Connection:
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_raw_key(db_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = -{cache_kib(db_path)}")  # decrypted pages, in memory only
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged("vault_damaged", detail=str(exc)) from None
    return conn


CACHE_MIN_KIB, CACHE_MAX_KIB = 64 * 1024, 256 * 1024


def cache_kib(db_path: Path) -> int:
    """A page cache that holds the whole vault (listings and scans never decrypt a page twice),
    from 64 MiB up to 256 MiB: a million ledger entries still leave memory for the rest."""
    try:
        size = Path(db_path).stat().st_size
    except OSError:
        size = 0
    return min(max(size * 9 // 8 // 1024, CACHE_MIN_KIB), CACHE_MAX_KIB)


class Vault:
    """An open vault: one connection, the data folder, and the vault's identity."""

    def __init__(self, data_dir: Path, conn, db_key: bytes, vault_id: str) -> None:
        self.data_dir = Path(data_dir)
        self.conn = conn
        self.vault_id = vault_id
        self._db_key = db_key

    # --- paths -------------------------------------------------------------------------
    @staticmethod
    def db_path(data_dir: Path) -> Path:
        return Path(data_dir) / paths.VAULT_FILE

    @staticmethod
    def key_path(data_dir: Path) -> Path:
        return Path(data_dir) / paths.KEY_FILE

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return cls.db_path(data_dir).exists() or cls.key_path(data_dir).exists()

    # --- lifecycle ---------------------------------------------------------------------
    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams(),
               target_version: int = LATEST) -> "Vault":
        data_dir = Path(data_dir)
        if cls.exists(data_dir):
            raise KojinError("vault_exists", path=data_dir)
        if not data_dir.exists():
            data_dir.mkdir(parents=True)
            _private(data_dir, 0o700)
        db_key = os.urandom(32)
        # SQLite gives the WAL and shared-memory files the mode of the database file.
        cls.db_path(data_dir).touch(mode=0o600)
        vault_id = write_keyfile(cls.key_path(data_dir), db_key, passphrase, kdf)
        try:
            conn = connect(cls.db_path(data_dir), db_key)
            migrate(conn, lambda v: None, target_version)
            conn.execute("INSERT INTO meta VALUES ('vault_id', ?), ('created_at', ?)",
                         (vault_id, _now()))
        except BaseException:
            for p in (cls.db_path(data_dir), cls.key_path(data_dir)):
                p.unlink(missing_ok=True)
            raise
        return cls(data_dir, conn, db_key, vault_id)

    @classmethod
    def read_keyfile(cls, data_dir: Path) -> KeyFile:
        if not cls.db_path(data_dir).exists():
            raise KojinError("no_vault", path=data_dir)
        try:
            return KeyFile.read(cls.key_path(data_dir))
        except FileNotFoundError:
            raise VaultDamaged("keyfile_damaged", path=cls.key_path(data_dir)) from None

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str) -> "Vault":
        keyfile = cls.read_keyfile(data_dir)
        return cls.open_with_key(data_dir, keyfile.unwrap(passphrase), keyfile.vault_id)

    @classmethod
    def unlock_remembered(cls, data_dir: Path) -> "Vault | None":
        """Open with the key kept in the OS keyring, if this PC remembers it."""
        keyfile = cls.read_keyfile(data_dir)
        db_key = keychain.recall(keyfile.vault_id)
        return cls.open_with_key(data_dir, db_key, keyfile.vault_id) if db_key else None

    @classmethod
    def open_with_key(cls, data_dir: Path, db_key: bytes, vault_id: str) -> "Vault":
        conn = connect(cls.db_path(data_dir), db_key)
        vault = cls(data_dir, conn, db_key, vault_id)
        try:
            migrate(conn, vault.backup)
        except sqlite3.Error as exc:
            conn.close()
            raise VaultDamaged("vault_damaged", detail=str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return vault

    def close(self) -> None:
        """Lock: checkpoint the WAL into the encrypted file and forget the key."""
        if self.conn is not None:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self.conn.close()
                self.conn = None
                self._db_key = b""

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @contextmanager
    def transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- keys --------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same database key: one KDF run, whatever the vault's size."""
        kdf = kdf or KeyFile.read(self.key_path(self.data_dir)).kdf
        write_keyfile(self.key_path(self.data_dir), self._db_key, new_passphrase, kdf, self.vault_id)

    def remember_on_this_pc(self) -> bool:
        return keychain.remember(self.vault_id, self._db_key)

    def forget_on_this_pc(self) -> None:
        keychain.forget(self.vault_id)

    # --- backups -----------------------------------------------------------------------
    def backup(self, version: int) -> Path:
        """Copy the encrypted database and its key file before a migration."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = self.data_dir / paths.BACKUP_DIR / f"v{version}-{stamp}"
        atomic_copy(self.db_path(self.data_dir), folder / paths.VAULT_FILE)
        atomic_copy(self.key_path(self.data_dir), folder / paths.KEY_FILE)
        return folder


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":
        os.chmod(path, mode)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
