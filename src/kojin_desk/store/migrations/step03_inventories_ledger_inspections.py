"""Step 3: inventories (目録A/B/C), the append-only handling ledger, inspections."""

SQL = """
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
    """
