"""Step 1: office, contracts."""

SQL = """
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
    """
