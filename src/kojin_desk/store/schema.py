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
    # 3: inventories (目録A/B/C), the append-only handling ledger, inspections
    """
    CREATE TABLE inventory_items (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        catalog TEXT NOT NULL CHECK (catalog IN ('A', 'B', 'C')),
        name TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0, media TEXT NOT NULL DEFAULT '',
        sensitive INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE inventory_revisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES inventory_items(id),
        revised_at TEXT NOT NULL, old_count INTEGER NOT NULL, new_count INTEGER NOT NULL, reason TEXT NOT NULL
    );
    CREATE TABLE ledger (
        seq INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        item_id INTEGER NOT NULL REFERENCES inventory_items(id),
        at TEXT NOT NULL, kind TEXT NOT NULL, quantity INTEGER NOT NULL,
        medium TEXT NOT NULL, place TEXT NOT NULL, person TEXT NOT NULL,
        counterpart TEXT NOT NULL, note TEXT NOT NULL,
        corrects INTEGER REFERENCES ledger(seq),
        recorded_at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
    );
    CREATE INDEX ledger_by_contract ON ledger (contract_id, seq);
    CREATE INDEX ledger_by_item ON ledger (item_id);
    CREATE INDEX ledger_totals ON ledger (contract_id, item_id, kind, quantity);  -- 件数 reconciliation without reading rows
    CREATE INDEX ledger_by_correction ON ledger (corrects);
    CREATE TRIGGER ledger_append_only BEFORE UPDATE ON ledger
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: add a correction instead'); END;
    CREATE TRIGGER ledger_kept BEFORE DELETE ON ledger
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: add a correction instead'); END;
    CREATE TABLE inspection_plans (
        contract_id INTEGER PRIMARY KEY REFERENCES contracts(id),
        interval_months INTEGER NOT NULL, first_due TEXT NOT NULL
    );
    CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        done_on TEXT NOT NULL, inspector TEXT NOT NULL,
        media_ok INTEGER NOT NULL, accuracy_ok INTEGER NOT NULL, storage_ok INTEGER NOT NULL,
        findings TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT ''
    );
    """,
    # 4: people, roles per contract, leak contact chain, pledges, dispatch checks, training, audits (Art. 4–7)
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL, furigana TEXT NOT NULL DEFAULT '', affiliation TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', employment TEXT NOT NULL,
        start_on TEXT NOT NULL DEFAULT '', end_on TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN ('responsible', 'worker', 'auditor')),
        scope TEXT NOT NULL DEFAULT '', start_on TEXT NOT NULL, end_on TEXT NOT NULL DEFAULT ''
    );
    -- Art. 5(1): one responsible person at a time, and a role held once.
    CREATE UNIQUE INDEX one_active_responsible ON assignments (contract_id) WHERE role = 'responsible' AND end_on = '';
    CREATE UNIQUE INDEX one_active_role ON assignments (contract_id, person_id, role) WHERE end_on = '';
    CREATE TABLE contact_chain (
        contract_id INTEGER NOT NULL REFERENCES contracts(id), position INTEGER NOT NULL,
        who TEXT NOT NULL, phone TEXT NOT NULL, duty TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (contract_id, position)
    );
    CREATE TABLE procedures (  -- Art. 5(3): how the responsible person and workers are changed
        contract_id INTEGER PRIMARY KEY REFERENCES contracts(id), text TEXT NOT NULL
    );
    CREATE TABLE pledges (
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        signed_on TEXT NOT NULL DEFAULT '', scan BLOB, scan_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (contract_id, person_id)
    );
    CREATE TABLE dispatch_checks (
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        agency TEXT NOT NULL, contract_ref TEXT NOT NULL, stated INTEGER NOT NULL, checked_on TEXT NOT NULL,
        PRIMARY KEY (contract_id, person_id)
    );
    CREATE TABLE training_sessions (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        held_on TEXT NOT NULL, topics TEXT NOT NULL, instructor TEXT NOT NULL, place TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE training_attendance (
        session_id INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        PRIMARY KEY (session_id, person_id)
    );
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        kind TEXT NOT NULL, done_on TEXT NOT NULL, auditor TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '', findings TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE audit_actions (
        id INTEGER PRIMARY KEY,
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        action TEXT NOT NULL, due_on TEXT NOT NULL, done_on TEXT NOT NULL DEFAULT ''
    );
    """,
    # 5: work places, equipment, cloud services, transport/sending methods, sends, take-outs (Art. 11(3)–(9))
    """
    CREATE TABLE workplaces (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        name TEXT NOT NULL, address TEXT NOT NULL, building TEXT NOT NULL DEFAULT '', storage TEXT NOT NULL,
        entry_control TEXT NOT NULL, data_storage TEXT NOT NULL DEFAULT '', ended_on TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE equipment (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        code TEXT NOT NULL, kind TEXT NOT NULL, maker_model TEXT NOT NULL DEFAULT '', serial TEXT NOT NULL DEFAULT '',
        os TEXT NOT NULL DEFAULT '', encryption TEXT NOT NULL, kept_at TEXT NOT NULL,
        no_leak_software INTEGER NOT NULL, checked_on TEXT NOT NULL DEFAULT '', ended_on TEXT NOT NULL DEFAULT '',
        UNIQUE (contract_id, code)
    );
    CREATE TABLE cloud_services (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        name TEXT NOT NULL, provider TEXT NOT NULL, use TEXT NOT NULL, evaluation TEXT NOT NULL, evaluated_on TEXT NOT NULL
    );
    CREATE TABLE cloud_certifications (
        id INTEGER PRIMARY KEY,
        service_id INTEGER NOT NULL REFERENCES cloud_services(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL, reference TEXT NOT NULL, expires_on TEXT NOT NULL
    );
    CREATE TABLE methods (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        kind TEXT NOT NULL CHECK (kind IN ('transport', 'sending')),
        name TEXT NOT NULL, procedure TEXT NOT NULL, safeguards TEXT NOT NULL, scope TEXT NOT NULL DEFAULT '',
        ended_on TEXT NOT NULL DEFAULT '', declared_on TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE takeouts (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        what TEXT NOT NULL, reason TEXT NOT NULL, destination TEXT NOT NULL, from_on TEXT NOT NULL, to_on TEXT NOT NULL,
        safeguards TEXT NOT NULL, approved_on TEXT NOT NULL DEFAULT '', approver TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE movements (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        kind TEXT NOT NULL CHECK (kind IN ('transport', 'sending')),
        sent_on TEXT NOT NULL, what TEXT NOT NULL, recipient TEXT NOT NULL, equipment TEXT NOT NULL DEFAULT '',
        method_id INTEGER NOT NULL REFERENCES methods(id),
        sender_id INTEGER NOT NULL REFERENCES people(id),
        checker_id INTEGER REFERENCES people(id), checked_on TEXT NOT NULL DEFAULT '',
        ok_recipient INTEGER NOT NULL DEFAULT 0, ok_hidden INTEGER NOT NULL DEFAULT 0, ok_method INTEGER NOT NULL DEFAULT 0,
        approver_id INTEGER REFERENCES people(id),
        CHECK (checker_id IS NULL OR checker_id != sender_id)  -- Art. 11(7)(4): checked by someone else
    );
    CREATE INDEX movements_by_contract ON movements (contract_id, sent_on);
    -- Art. 11(8): the equipment a ledger entry used. Hashed only when set, so older chains stay valid.
    ALTER TABLE ledger ADD COLUMN equipment TEXT NOT NULL DEFAULT '';
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
