"""Step 4: people, roles per contract, leak contact chain, pledges, dispatch checks, training, audits (Art. 4–7)."""

SQL = """
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
    """
