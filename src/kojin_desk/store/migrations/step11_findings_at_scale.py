"""Step 11: a million entries read like a hundred. The dashboard's findings seek a few index entries: each
person's first handling date (person, then date), the sends still open, made before the ledger link, or linked
(partial indexes). The free-text filter scans `ledger_text`, the entries' searchable words kept narrow (a sixth of the
ledger's pages), lower-cased as LIKE folds case, fields apart so a match never spans two."""

# The condition of an open send (Art. 11(7)) as written in the queries that use the partial index below:
# SQLite uses a partial index only for a query whose WHERE repeats its condition.
SEND_OPEN = ("kind = 'sending' AND (checker_id IS NULL OR checker_id = sender_id OR checked_on = '' "
             "OR NOT ok_recipient OR NOT ok_hidden OR NOT ok_method OR approver_id IS NULL)")


SEPARATOR = "\x1f"  # char(31) between the fields: refused in any field (a control character), so never searched for


def searchable(row: str) -> str:
    """The SQL expression of an entry's searchable text, from the ledger row called `row`."""
    fields = ("person", "note", "place", "medium", "counterpart", "kind", "equipment")
    return "lower(" + " || char(31) || ".join(f"{row}.{f}" for f in fields) + ")"


SQL = f"""
    CREATE INDEX ledger_first_by_person ON ledger (contract_id, person, at);
    CREATE INDEX movements_open ON movements (contract_id, sent_on) WHERE {SEND_OPEN};
    CREATE INDEX movements_unlinked ON movements (contract_id) WHERE ledger_seq IS NULL;
    CREATE INDEX movements_linked ON movements (contract_id, ledger_seq) WHERE ledger_seq IS NOT NULL;
    CREATE TABLE ledger_text (
        seq INTEGER PRIMARY KEY, contract_id INTEGER NOT NULL, item_id INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE TRIGGER ledger_text_add AFTER INSERT ON ledger BEGIN
        INSERT INTO ledger_text VALUES (NEW.seq, NEW.contract_id, NEW.item_id, {searchable("NEW")});
    END;
    INSERT INTO ledger_text SELECT seq, contract_id, item_id, {searchable("ledger")} FROM ledger;
"""
