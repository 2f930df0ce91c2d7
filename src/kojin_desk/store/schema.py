"""Numbered schema migrations; `PRAGMA user_version` holds the vault's format."""

from __future__ import annotations

from collections.abc import Callable

from kojin_desk.errors import VaultTooNew

MIGRATIONS: list[str] = [
    # 1: office, contracts
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
        representative_title TEXT NOT NULL DEFAULT '', representative_name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO office (id) VALUES (1);
    CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL, number TEXT NOT NULL DEFAULT '',
        addressee TEXT NOT NULL DEFAULT '', bureau TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '',
        tokyo_contact TEXT NOT NULL DEFAULT '',
        signed_on TEXT NOT NULL DEFAULT '', start_on TEXT NOT NULL DEFAULT '', end_on TEXT NOT NULL DEFAULT '',
        sensitive INTEGER NOT NULL DEFAULT 0, specific INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
    );
    """,
    # 2: forms: drafts saved while typing, and issued documents that never change
    """
    CREATE TABLE drafts (
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        form_id TEXT NOT NULL, data_json TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (contract_id, form_id)
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        form_id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,
        issue_date TEXT NOT NULL, issued_at TEXT NOT NULL,
        data_json TEXT NOT NULL, pdf BLOB NOT NULL, sha256 TEXT NOT NULL,
        UNIQUE (contract_id, form_id, version)
    );
    CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents
        BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER documents_kept BEFORE DELETE ON documents
        BEGIN SELECT RAISE(ABORT, 'issued documents are kept'); END;
    """,
]
LATEST = len(MIGRATIONS)


def migrate(conn, backup: Callable[[int], None], target: int = LATEST) -> int:
    """Bring the vault to `target`, one transaction per step, after a backup. Returns the old version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > LATEST:
        raise VaultTooNew(current, LATEST)
    if 0 < current < target:
        backup(current)
    for version in range(current + 1, target + 1):
        try:
            conn.executescript(f"BEGIN; {MIGRATIONS[version - 1]} PRAGMA user_version = {version}; COMMIT;")
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return current
