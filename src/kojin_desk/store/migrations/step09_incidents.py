"""Step 9: incidents (Art. 13, 16(2)) with what they affected, who was involved, their timeline and reports;
the contract amount, on which the 違約金 of Art. 16(5) is reckoned."""

SQL = """
    ALTER TABLE contracts ADD COLUMN amount TEXT NOT NULL DEFAULT '';
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        title TEXT NOT NULL, category TEXT NOT NULL,
        discovered_on TEXT NOT NULL, discovered_time TEXT NOT NULL DEFAULT '', discovered_how TEXT NOT NULL DEFAULT '',
        occurred_on TEXT NOT NULL DEFAULT '', occurred_time TEXT NOT NULL DEFAULT '',
        place_kind TEXT NOT NULL CHECK (place_kind IN ('workplace', 'movement', 'other')),
        workplace_id INTEGER REFERENCES workplaces(id), movement_id INTEGER REFERENCES movements(id),
        place_text TEXT NOT NULL DEFAULT '', data_items TEXT NOT NULL DEFAULT '',
        circumstances TEXT NOT NULL DEFAULT '', cause TEXT NOT NULL DEFAULT '', secondary TEXT NOT NULL DEFAULT '',
        other TEXT NOT NULL DEFAULT '',
        sensitive INTEGER NOT NULL DEFAULT 0, improper INTEGER NOT NULL DEFAULT 0,
        property_risk INTEGER NOT NULL DEFAULT 0, encrypted INTEGER NOT NULL DEFAULT 0,
        quick_days INTEGER NOT NULL DEFAULT 3 CHECK (quick_days BETWEEN 3 AND 5),
        closed_on TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE incident_items (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES inventory_items(id),
        ledger_seq INTEGER REFERENCES ledger(seq),
        medium TEXT NOT NULL DEFAULT '', records TEXT NOT NULL, persons TEXT NOT NULL,
        approximate INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE incident_people (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (incident_id, person_id)
    );
    CREATE TABLE incident_events (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        day TEXT NOT NULL, time TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, who TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL, instruction TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '',
        count TEXT NOT NULL DEFAULT '', cost TEXT NOT NULL DEFAULT '',
        instruction_id INTEGER REFERENCES instructions(id)  -- Tokyo's instruction, kept in the one register
    );
    -- The reports issued for an incident (速報, 確報, 紛争等通知): the issued document itself is a kernel document.
    CREATE TABLE incident_reports (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        kind TEXT NOT NULL CHECK (kind IN ('quick', 'final', 'dispute')),
        issue_date TEXT NOT NULL,
        document_id INTEGER REFERENCES documents(id)
    );
    CREATE INDEX incidents_by_contract ON incidents (contract_id, discovered_on);
    """
