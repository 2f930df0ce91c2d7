"""Step 5: work places, equipment, cloud services, transport/sending methods, sends, take-outs (Art. 11(3)–(9))."""

SQL = """
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
    """
