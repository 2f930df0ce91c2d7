"""Create, open and close the SQLCipher vault; change the passphrase.

Open order (design.md): log level off, key through set_key (never in SQL text),
one read to validate the key, then WAL and foreign keys.

One process per vault: vault.lock is held from open (or creation) to close. A new vault is
built in a private `.staging-*` folder inside the data folder and published by renames, the key
file last: until the key file arrives there is no vault, and a creation killed before that
leaves only a staging folder, removed by the next creation or open (see creation.py).
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlcipher3

from kojin_desk import paths
from kojin_desk.errors import KojinError, VaultBusy, VaultDamaged
from kojin_desk.store import creation, keychain
from kojin_desk.store.atomic import atomic_copy
from kojin_desk.store.filelock import FileLock
from kojin_desk.store.keyfile import KdfParams, KeyFile, write_keyfile
from kojin_desk.store.schema import LATEST, migrate
from kojin_desk.store.sqlerrors import Error as SqlError
from kojin_desk.store.sqlerrors import translate, translated
from kojin_desk.store.witness import Witness

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def _raw_key(db_key: bytes) -> bytes:
    # x'…' makes SQLCipher use the 256-bit key as is, without its own PBKDF2 pass.
    return b"x'" + db_key.hex().encode("ascii") + b"'"


def connect(db_path: Path, db_key: bytes, new: bool = False) -> sqlcipher3.dbapi2.Connection:
    db_path = Path(db_path)
    if not new:
        creation.require_file(db_path)
        if db_path.stat().st_size == 0:  # never silently given a fresh schema
            raise VaultDamaged("vault_empty", path=db_path)
    with translated(db_path):
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
        except BaseException:
            conn.close()
            raise
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
    """An open vault: one connection, the data folder, the vault's identity and its lock."""

    def __init__(self, data_dir: Path, conn, db_key: bytes, vault_id: str, lock: FileLock | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.conn = conn
        self.vault_id = vault_id
        self._db_key = db_key
        self._lock = lock
        self.guest = False  # opened to read beside the session that holds the lock
        self.witness = Witness(self.witness_path(self.data_dir), db_key, vault_id)

    # --- paths -------------------------------------------------------------------------
    @staticmethod
    def db_path(data_dir: Path) -> Path:
        return Path(data_dir) / paths.VAULT_FILE

    @staticmethod
    def key_path(data_dir: Path) -> Path:
        return Path(data_dir) / paths.KEY_FILE

    @staticmethod
    def witness_path(data_dir: Path) -> Path:
        return Path(data_dir) / paths.WITNESS_FILE

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return cls.db_path(data_dir).exists() or cls.key_path(data_dir).exists()

    # --- lifecycle ---------------------------------------------------------------------
    @classmethod
    @contextmanager
    def creating(cls, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams(),
                 target_version: int = LATEST):
        """Yield a new vault built in staging; publish it when the block ends, or leave nothing.

        The yielded vault is open (and locked) in staging; after the block it is open at
        `data_dir`. Another creator or session on the same folder gets VaultBusy and touches nothing.
        """
        data_dir = Path(data_dir)
        if cls.exists(data_dir):  # said before the lock too: an open vault is "exists", not "in use"
            raise KojinError("vault_exists", path=data_dir)
        folder_was_there = data_dir.exists()
        lock_was_there = (data_dir / paths.LOCK_FILE).exists()
        lock = creation.lock_for_creation(data_dir)
        vault = None
        try:
            creation.recover(data_dir)
            if cls.exists(data_dir):
                raise KojinError("vault_exists", path=data_dir)
            staging = creation.new_staging(data_dir)
            db_key = os.urandom(32)
            Vault.db_path(staging).touch(mode=0o600)  # SQLite gives -wal and -shm the database file's mode
            vault_id = write_keyfile(cls.key_path(staging), db_key, passphrase, kdf)
            vault = cls(staging, connect(cls.db_path(staging), db_key, new=True), db_key, vault_id)
            with translated():
                migrate(vault.conn, lambda v: None, target_version)
                vault.conn.execute("INSERT INTO meta VALUES ('vault_id', ?), ('created_at', ?)", (vault_id, _now()))
                vault.witness.follow(vault.conn)  # the first witness, and the meta row saying there is one
            yield vault
            vault.witness.follow(vault.conn)
            vault._close_connection()
            creation.publish(staging, data_dir)
            vault.data_dir = data_dir
            vault.witness.path = cls.witness_path(data_dir)
            vault.conn = connect(cls.db_path(data_dir), db_key)
            vault._lock = lock
        except BaseException:
            if vault is not None and vault.conn is not None:
                vault.conn.close()
                vault.conn = None
            creation.discard_staging(data_dir)
            if not cls.exists(data_dir):
                creation.undo_creation(data_dir, lock, folder_was_there, lock_was_there)
            lock.release()
            raise

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams(),
               target_version: int = LATEST) -> "Vault":
        with cls.creating(data_dir, passphrase, kdf, target_version) as vault:
            pass
        return vault

    @classmethod
    def read_keyfile(cls, data_dir: Path) -> KeyFile:
        """The key file, without opening anything ("no vault here" before asking a passphrase)."""
        data_dir = Path(data_dir)
        creation.require_folder(data_dir)
        db = cls.db_path(data_dir)
        if not db.exists():
            raise KojinError("no_vault", path=data_dir)
        creation.require_file(db)
        key = cls.key_path(data_dir)
        if not key.exists():  # a publish cut short after the database arrived: its key waits in staging
            key = creation.staged_key(data_dir) or key
        creation.require_file(key, damaged_code="keyfile_damaged")
        return KeyFile.read(key)

    @classmethod
    def _lock_for_open(cls, data_dir: Path, shared: bool) -> FileLock | None:
        """The vault's lock; for a reader (`shared`), None when a session holds it."""
        try:
            return creation.lock_for_open(Path(data_dir))
        except VaultBusy:
            if shared:
                return None
            raise

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, shared: bool = False) -> "Vault":
        """Open with the passphrase. `shared`: only to read (check, dump), also while a session has it open."""
        lock = cls._lock_for_open(data_dir, shared)
        try:
            keyfile = cls.read_keyfile(data_dir)
            return cls.open_with_key(data_dir, keyfile.unwrap(passphrase), keyfile.vault_id, lock, shared)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def unlock_remembered(cls, data_dir: Path) -> "Vault | None":
        """Open with the key kept in the OS keyring, if this PC remembers it."""
        lock = cls._lock_for_open(data_dir, False)
        try:
            keyfile = cls.read_keyfile(data_dir)
            db_key = keychain.recall(keyfile.vault_id)
            if not db_key:
                lock.release()
                return None
            return cls.open_with_key(data_dir, db_key, keyfile.vault_id, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_with_key(cls, data_dir: Path, db_key: bytes, vault_id: str, lock: FileLock | None = None,
                      shared: bool = False) -> "Vault":
        data_dir = Path(data_dir)
        if lock is None and not shared:
            lock = cls._lock_for_open(data_dir, False)
        conn = None
        try:
            if lock is not None:  # the folder is ours: finish or drop what a killed process left
                creation.recover(data_dir)
                creation.tighten(data_dir)
            conn = connect(cls.db_path(data_dir), db_key)
            vault = cls(data_dir, conn, db_key, vault_id, lock)
            with translated(cls.db_path(data_dir)):
                if lock is None:  # a reader beside a session: the session migrates and keeps the witness
                    vault.guest = True
                    if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST:
                        raise VaultBusy("vault_in_use", path=data_dir)
                else:
                    migrate(conn, vault.backup)
                    vault.witness.follow(conn)
            if lock is not None:
                creation.tighten(data_dir)
        except BaseException:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            raise
        return vault

    def _close_connection(self) -> None:
        if self.conn is not None:
            try:
                with translated(self.db_path(self.data_dir)):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self.conn.close()
                self.conn = None

    def close(self) -> None:
        """Lock: checkpoint the WAL into the encrypted file, forget the key, let other processes in."""
        try:
            self._close_connection()
        finally:
            self._db_key = b""
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @contextmanager
    def transaction(self):
        """One write: all or nothing. SQLCipher's errors leave it as the app's (busy, disk full, damaged)."""
        path = self.db_path(self.data_dir)
        with translated(path):
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            mapped = translate(exc, path) if isinstance(exc, SqlError) else None
            if mapped is not None:
                raise mapped from None
            raise
        with translated(path):
            self.conn.execute("COMMIT")
            if not self.guest:
                self.witness.follow(self.conn)  # after the commit: a crash here leaves it behind, never ahead

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
        """Copy the encrypted database and its key file before a migration.

        A migration that failed left the database as it was: its backup from the last attempt
        is kept and reused, not written again at every attempt.
        """
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db = self.db_path(self.data_dir)
        root = self.data_dir / paths.BACKUP_DIR
        digest = None
        for folder in sorted(root.glob(f"v{version}-*")) if root.is_dir() else []:
            copy = folder / paths.VAULT_FILE
            if copy.is_file() and copy.stat().st_size == db.stat().st_size and (folder / paths.KEY_FILE).is_file():
                digest = digest or _sha256(db)
                if _sha256(copy) == digest:
                    return folder
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = root / f"v{version}-{stamp}"
        atomic_copy(db, folder / paths.VAULT_FILE)
        atomic_copy(self.key_path(self.data_dir), folder / paths.KEY_FILE)
        if self.witness_path(self.data_dir).is_file():
            atomic_copy(self.witness_path(self.data_dir), folder / paths.WITNESS_FILE)
        return folder


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
