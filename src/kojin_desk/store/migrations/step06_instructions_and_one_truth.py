"""Step 6: Tokyo's instructions and approvals (one register), and each send linked to its ledger entry."""

SQL = """
    CREATE TABLE instructions (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        kind TEXT NOT NULL, received_on TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', issuer TEXT NOT NULL,
        summary TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', quantity TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '',
        from_on TEXT NOT NULL DEFAULT '', to_on TEXT NOT NULL DEFAULT '',
        scan BLOB, scan_name TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX instructions_by_contract ON instructions (contract_id, kind);
    -- Art. 11(7), 11(10)(4): a send or transport is one ledger entry; its movement row points at it.
    ALTER TABLE movements ADD COLUMN ledger_seq INTEGER REFERENCES ledger(seq) DEFERRABLE INITIALLY DEFERRED;
    CREATE UNIQUE INDEX movements_by_entry ON movements (ledger_seq) WHERE ledger_seq IS NOT NULL;
"""


def upgrade(conn) -> None:
    """Entries recorded before the ledger was joined to the registry keep their free text; `check` lists
    the ones that match no registered person or declared work place once, as entries made before this step."""
    head = conn.execute("SELECT coalesce(max(seq), 0) FROM ledger").fetchone()[0]
    conn.execute("INSERT INTO meta VALUES ('ledger_rules_from', ?)", (str(head + 1),))
