"""Step 10: issued documents hash-chained like the ledger (metadata, data and the PDF's SHA-256), in issue order;
an existing vault's documents are chained as they are now, in the order they were kept."""

SQL = """
    CREATE TABLE document_chain (
        seq INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL UNIQUE,  -- no foreign key: a deleted document is named by check, not hidden
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL
    );
    CREATE TRIGGER document_chain_append_only BEFORE UPDATE ON document_chain
        BEGIN SELECT RAISE(ABORT, 'the document chain is append-only'); END;
    CREATE TRIGGER document_chain_kept BEFORE DELETE ON document_chain
        BEGIN SELECT RAISE(ABORT, 'the document chain is append-only'); END;
    """


def upgrade(conn) -> None:
    from kojin_desk.store import document_chain

    cols = ", ".join(document_chain.HASHED)
    for row in conn.execute(f"SELECT {cols} FROM documents ORDER BY id").fetchall():
        document_chain.append(conn, dict(zip(document_chain.HASHED, row)))
