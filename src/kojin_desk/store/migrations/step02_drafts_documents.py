"""Step 2: forms: drafts saved while typing, and issued documents that never change."""

SQL = """
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
    """
