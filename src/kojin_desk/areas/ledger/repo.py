"""SQL of the ledger and inventories: append with the chain, windowed queries, chain verification."""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass
from operator import itemgetter

from kojin_desk.areas.ledger.model import (
    GENESIS,
    HASHED_COLUMNS,
    OPTIONAL_HASHED,
    Entry,
    InventoryItem,
    entry_hash,
)
from kojin_desk.i18n import msg
from kojin_desk.progress import EVERY, report
from kojin_desk.store import chain_head
from kojin_desk.store.migrations.step11_findings_at_scale import SEPARATOR

ENTRY_COLS = ["seq", "contract_id", "item_id", "at", "kind", "quantity", "medium", "place", "person",
              "counterpart", "note", "corrects", "recorded_at", "prev_hash", "hash", "equipment"]
ITEM_COLS = ["id", "contract_id", "catalog", "name", "count", "media", "sensitive", "notes"]
HEAD_KEY = "ledger_head"
_BASE = ", ".join(HASHED_COLUMNS)
CANONICAL_SQL = (f"CASE WHEN {OPTIONAL_HASHED} = '' THEN json_array({_BASE}) "
                 f"ELSE json_array({_BASE}, {OPTIONAL_HASHED}) END")
_scratch = None


def canonical(conn, e: Entry) -> str:
    """The JSON text an entry's hash covers, written by SQLite (see domain.ledger.HASHED_COLUMNS)."""
    values = e.canonical_values()
    return conn.execute(f"SELECT json_array({', '.join('?' * len(values))})", values).fetchone()[0]


def seal(e: Entry, conn=None) -> Entry:
    """Set e.hash from its content and e.prev_hash; without a vault, an in-memory SQLite (same library) writes the JSON."""
    global _scratch
    if conn is None:
        if _scratch is None:
            import sqlcipher3

            _scratch = sqlcipher3.connect(":memory:", check_same_thread=False)
        conn = _scratch
    e.hash = entry_hash(canonical(conn, e))
    return e


# --- inventories ---------------------------------------------------------------------------

def _item(row) -> InventoryItem:
    d = dict(zip(ITEM_COLS, row))
    d["count"], d["sensitive"] = str(d["count"]), bool(d["sensitive"])
    return InventoryItem(**d)


def list_items(conn, contract_id: int | None = None) -> list[InventoryItem]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    return [_item(r) for r in conn.execute(f"SELECT {', '.join(ITEM_COLS)} FROM inventory_items {where} ORDER BY catalog, id", args)]


def get_item(conn, item_id: int) -> InventoryItem | None:
    row = conn.execute(f"SELECT {', '.join(ITEM_COLS)} FROM inventory_items WHERE id = ?", (item_id,)).fetchone()
    return _item(row) if row else None


def save_item(conn, item: InventoryItem) -> int:
    """Insert or update (a change of name, list or count is recorded as a revision by the caller, see history.py)."""
    values = [item.contract_id, item.catalog, item.name, int(item.count), item.media, int(item.sensitive), item.notes]
    if item.id is not None and get_item(conn, item.id) is not None:
        conn.execute("UPDATE inventory_items SET contract_id=?, catalog=?, name=?, count=?, media=?, sensitive=?, notes=? "
                     "WHERE id = ?", [*values, item.id])
        return item.id
    cur = conn.execute("INSERT INTO inventory_items (id, contract_id, catalog, name, count, media, sensitive, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [item.id, *values])
    return cur.lastrowid


REVISION_COLS = ("id", "item_id", "revised_at", "old_count", "new_count", "reason", "old_name", "new_name",
                 "old_catalog", "new_catalog", "effective_on", "notice_ref", "source")


def revisions(conn, item_id: int | None = None) -> list[dict]:
    where, args = ("WHERE item_id = ?", (item_id,)) if item_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(REVISION_COLS)} FROM inventory_revisions {where} ORDER BY id", args)
    return [dict(zip(REVISION_COLS, r)) for r in rows]


def insert_revision(conn, r: dict) -> None:
    conn.execute(f"INSERT INTO inventory_revisions ({', '.join(REVISION_COLS)}) VALUES ({', '.join('?' * len(REVISION_COLS))})",
                 [r.get(c) for c in REVISION_COLS])


# --- ledger ----------------------------------------------------------------------------------

def _entry(row) -> Entry:
    d = dict(zip(ENTRY_COLS, row))
    d["quantity"] = str(d["quantity"])
    return Entry(**d)


def head(conn) -> tuple[int, str]:
    return chain_head.read(conn, HEAD_KEY)


def append(conn, e: Entry) -> Entry:
    """Chain and insert one entry (the caller holds the transaction)."""
    last_seq, last_hash = head(conn)
    e.seq, e.prev_hash = last_seq + 1, last_hash
    seal(e, conn)
    insert_chained(conn, [e])
    return e


def insert_chained(conn, entries: list[Entry]) -> None:
    """Insert entries whose seq and hashes are already set, and move the head to the last one."""
    rows = [[getattr(e, c) if c != "quantity" else int(e.quantity) for c in ENTRY_COLS] for e in entries]
    conn.executemany(f"INSERT INTO ledger ({', '.join(ENTRY_COLS)}) VALUES ({', '.join('?' * len(ENTRY_COLS))})", rows)
    if entries:
        chain_head.write(conn, HEAD_KEY, entries[-1].seq, entries[-1].hash)


def last_entry(conn, contract_id: int) -> Entry | None:
    row = conn.execute(f"SELECT {', '.join(ENTRY_COLS)} FROM ledger WHERE contract_id = ? ORDER BY seq DESC LIMIT 1",
                       (contract_id,)).fetchone()
    return _entry(row) if row else None


def get_entry(conn, seq: int) -> Entry | None:
    row = conn.execute(f"SELECT {', '.join(ENTRY_COLS)} FROM ledger WHERE seq = ?", (seq,)).fetchone()
    return _entry(row) if row else None


def all_entries(conn):
    for row in conn.execute(f"SELECT {', '.join(ENTRY_COLS)} FROM ledger ORDER BY seq"):
        yield _entry(row)


def corrected(conn, seq: int) -> bool:
    return conn.execute("SELECT 1 FROM ledger WHERE corrects = ?", (seq,)).fetchone() is not None


def recent_values(conn, contract_id: int, columns: tuple[str, ...], window: int = 2000, most: int = 50) -> dict[str, list[str]]:
    """Distinct non-empty values of each column in the newest `window` entries (fast at any ledger size)."""
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM ledger WHERE contract_id = ? ORDER BY seq DESC LIMIT ?",
                        (contract_id, window)).fetchall()
    return {c: list(dict.fromkeys(r[i] for r in rows if r[i]))[:most] for i, c in enumerate(columns)}


def verify_chain(conn) -> tuple[int | None, str]:
    """(first bad entry number, why) or (None, '') when every link holds. Reports its progress (the long
    part of `check` and of a backup's verification) against the head's entry number."""
    expected_seq, prev = 1, GENESIS
    head_seq, head_hash = head(conn)
    label = msg("progress_chain")
    report(0, head_seq, label)
    cur = conn.execute(f"SELECT seq, prev_hash, hash, {CANONICAL_SQL} FROM ledger ORDER BY seq")
    sha256 = hashlib.sha256  # entry_hash inlined: a million calls
    while rows := cur.fetchmany(EVERY):
        for seq, prev_hash, digest, text in rows:
            if seq != expected_seq:
                return expected_seq, "missing"
            if prev_hash != prev or sha256(text.encode()).hexdigest() != digest:
                return seq, "altered"
            expected_seq, prev = seq + 1, digest
        report(min(expected_seq - 1, head_seq), head_seq, label)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        return expected_seq if head_seq >= expected_seq else head_seq, "missing"
    return None, ""


# --- the ledger view: filtered, sorted, windowed -------------------------------------------

SORTABLE = {"seq": "l.seq", "at": "l.at", "kind": "l.kind", "item": "i.name", "quantity": "l.quantity",
            "person": "l.person", "place": "l.place"}
# The item's name on the entry's date (Art. 3(2)): the old name of the first revision that took effect after it.
NAME_THEN = ("COALESCE((SELECT r.old_name FROM inventory_revisions r WHERE r.item_id = l.item_id AND r.old_name != '' "
             "AND r.effective_on > substr(l.at, 1, 10) ORDER BY r.id LIMIT 1), i.name)")
VIEW_COLS = ["l.seq", "l.at", "l.kind", NAME_THEN, "l.quantity", "l.medium", "l.equipment", "l.place", "l.person",
             "l.counterpart", "l.note", "l.corrects"]


@dataclass
class LedgerFilter:
    contract_id: int
    item_id: int | None = None
    kind: str = ""
    person: str = ""
    date_from: str = ""
    date_to: str = ""
    text: str = ""

    def where(self, conn) -> tuple[str, list]:
        clauses, args = ["l.contract_id = ?"], [self.contract_id]
        for clause, value in (("l.item_id = ?", self.item_id), ("l.kind = ?", self.kind), ("l.person = ?", self.person),
                              ("l.at >= ?", self.date_from), ("l.at < ?", self.date_to and self.date_to + "T99")):
            if value:
                clauses.append(clause)
                args.append(value)
        if self.text:
            text, text_args = self.text_match(conn)
            clauses.append(f"l.seq IN (SELECT seq FROM ledger_text WHERE {text})")
            args += text_args
        return " AND ".join(clauses), args

    def text_match(self, conn) -> tuple[str, list]:
        """The free text as a condition on `ledger_text` (one narrow scan, see schema step 11): in any field of
        the entry, ASCII letters in either case (as LIKE), or in the name of its item."""
        needle = self.text.translate(_ASCII_LOWER)
        # The fields are kept apart by a control character no field holds: a needle with it matches no field
        # (searched for, it would match every entry between two fields).
        clause, args = ("contract_id = ? AND (0", [self.contract_id]) if SEPARATOR in needle else \
            ("contract_id = ? AND (instr(text, ?)", [self.contract_id, needle])
        # Item names are few: matched here, so the scan needs no join.
        lowered = self.text.lower()
        items = [i.id for i in list_items(conn, self.contract_id) if lowered in i.name.lower()]
        if items:
            clause += f" OR item_id IN ({', '.join('?' * len(items))})"
        return clause + ")", args + items

    def only_text(self) -> bool:
        return bool(self.text) and not (self.item_id or self.kind or self.person or self.date_from or self.date_to)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's lower()


def count(conn, f: LedgerFilter) -> int:
    where, args = f.where(conn)
    return conn.execute(f"SELECT count(*) FROM ledger l WHERE {where}", args).fetchone()[0]


# Orders with an index on (contract_id, column): paged by key. Item names live in another table:
# that order (like a free-text filter) is worked out once as a list of entry numbers.
KEYED_ORDERS = ("seq", "at", "kind", "quantity", "person", "place")
_POSITION = {"seq": 0, "at": 1, "kind": 2, "item": 3, "quantity": 4, "place": 7, "person": 8}


def keyed(f: LedgerFilter, order: str) -> bool:
    """True when pages of this listing are read by key through one index, in order (flat at any depth);
    False when the matches are first listed as entry numbers (one scan of what matches, then sorted)."""
    if f.text or order not in KEYED_ORDERS:
        return False
    narrowing = [c for c, v in (("item", f.item_id), ("kind", f.kind), ("person", f.person),
                                ("at", f.date_from or f.date_to)) if v]
    # An index on (contract, column) holds equal values in entry order: it serves its own order and seq's.
    return not narrowing or (len(narrowing) == 1 and (narrowing[0] == order or (order == "seq" and narrowing[0] != "at")))


def sort_key(row: tuple, order: str) -> tuple:
    """(sort value, entry number) of a row of VIEW_COLS: where the next page starts."""
    return row[_POSITION.get(order, 0)], row[0]


def _order(order: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return f"{SORTABLE.get(order, 'l.seq')} {direction}, l.seq {direction}"


def _select(where: str, columns: tuple[str, ...] = ()) -> str:
    return f"SELECT {', '.join(columns or VIEW_COLS)} FROM ledger l JOIN inventory_items i ON i.id = l.item_id WHERE {where}"


def window(conn, f: LedgerFilter, order: str = "seq", descending: bool = False, after: tuple | None = None,
           limit: int = 200, columns: tuple[str, ...] = ()) -> list[tuple]:
    """One page in display order, starting after the row whose sort_key is `after` (keyset paging:
    SQLite seeks through the order's index, never reads the rows before the page). Rows hold VIEW_COLS, or
    `columns` in their place: other expressions of them, the order's column and seq left as they are."""
    where, args = f.where(conn)
    by = _order(order, descending)
    op = "<" if descending else ">"
    if after is None:
        return conn.execute(f"{_select(where, columns)} ORDER BY {by} LIMIT ?", [*args, limit]).fetchall()
    column = SORTABLE.get(order, "l.seq")
    if column == "l.seq":
        return conn.execute(f"{_select(where, columns)} AND l.seq {op} ? ORDER BY {by} LIMIT ?",
                            [*args, after[1], limit]).fetchall()
    # The rest of the current value's run (by seq), then the values after it: two index seeks.
    rows = conn.execute(f"{_select(where, columns)} AND {column} = ? AND l.seq {op} ? ORDER BY {by} LIMIT ?",
                        [*args, after[0], after[1], limit]).fetchall()
    if len(rows) < limit:
        rows += conn.execute(f"{_select(where, columns)} AND {column} {op} ? ORDER BY {by} LIMIT ?",
                             [*args, after[0], limit - len(rows)]).fetchall()
    return rows


def key_at(conn, f: LedgerFilter, order: str, descending: bool, position: int, total: int) -> tuple | None:
    """sort_key of the row at `position` (0-based) of a keyed listing of `total` rows, counted from the
    nearer end through the order's index alone; None before the first row."""
    if position < 0:
        return None
    where, args = f.where(conn)
    column = SORTABLE.get(order, "l.seq")
    if position > total // 2:
        descending, position = not descending, total - 1 - position
    row = conn.execute(f"SELECT {column}, l.seq FROM ledger l WHERE {where} ORDER BY {_order(order, descending)} "
                       "LIMIT 1 OFFSET ?", [*args, position]).fetchone()
    return tuple(row) if row else None


def matching_seqs(conn, f: LedgerFilter, order: str = "seq", descending: bool = False) -> array:
    """Entry numbers that match, in display order: one scan, kept as a compact array of integers."""
    direction = "DESC" if descending else "ASC"
    if f.only_text() and order == "seq":  # the common search: its matches straight from the narrow table
        text, args = f.text_match(conn)
        cur = conn.execute(f"SELECT seq FROM ledger_text WHERE {text} ORDER BY seq {direction}", args)
    elif order == "item" and f == LedgerFilter(f.contract_id):
        return _seqs_by_item(conn, f.contract_id, descending)
    else:
        where, args = f.where(conn)
        join = "JOIN inventory_items i ON i.id = l.item_id" if order == "item" else ""
        cur = conn.execute(f"SELECT l.seq FROM ledger l {join} WHERE {where} ORDER BY {_order(order, descending)}", args)
    out = array("q")
    while batch := cur.fetchmany(10000):
        out.extend(map(_FIRST, batch))
    return out


_FIRST = itemgetter(0)


def _seqs_by_item(conn, contract_id: int, descending: bool) -> array:
    """The whole ledger by item name, then entry number: the few names sorted here, each name's entries
    read in order from the item index alone (no sort of a million rows)."""
    by_name: dict[str, list[int]] = {}
    for item in list_items(conn, contract_id):
        by_name.setdefault(item.name, []).append(item.id)
    out, direction = array("q"), "DESC" if descending else "ASC"
    for name in sorted(by_name, reverse=descending):
        ids = by_name[name]
        cur = conn.execute(f"SELECT seq FROM ledger INDEXED BY ledger_by_item WHERE item_id IN ({', '.join('?' * len(ids))}) "
                           f"ORDER BY seq {direction}", ids)
        while batch := cur.fetchmany(10000):
            out.extend(map(_FIRST, batch))
    return out


def rows_by_seqs(conn, seqs, columns: tuple[str, ...] = ()) -> list[tuple]:
    seqs = list(seqs)
    if not seqs:
        return []
    rows = conn.execute(_select(f"l.seq IN ({', '.join('?' * len(seqs))})", columns), seqs).fetchall()
    by_seq = {r[0]: r for r in rows}
    return [by_seq[s] for s in seqs]


def iter_rows(conn, f: LedgerFilter, order: str = "seq", descending: bool = False, batch: int = 2000,
              columns: tuple[str, ...] = ()):
    """Every matching row in display order, a batch at a time (CSV export, printing), each batch by key."""
    if not keyed(f, order):
        seqs = matching_seqs(conn, f, order, descending)
        for i in range(0, len(seqs), batch):
            yield from rows_by_seqs(conn, seqs[i:i + batch], columns)
        return
    after = None
    while rows := window(conn, f, order, descending, after, batch, columns):
        yield from rows
        after = sort_key(rows[-1], order)


def item_totals(conn, contract_id: int) -> dict[int, dict[str, int]]:
    """Per item, the effective quantity of each kind, as kept by the ledger_sums trigger (a few rows)."""
    totals: dict[int, dict[str, int]] = {}
    for item_id, kind, qty in conn.execute(
            "SELECT item_id, kind, quantity FROM ledger_sums WHERE contract_id = ?", (contract_id,)):
        totals.setdefault(item_id, {})[kind] = qty
    return totals


def counted_totals(conn, contract_id: int) -> dict[int, dict[str, int]]:
    """The same totals counted from the entries themselves (`check` compares them with the kept ones)."""
    totals: dict[int, dict[str, int]] = {}
    for item_id, kind, qty in conn.execute(
            "SELECT item_id, kind, sum(quantity) FROM ledger WHERE contract_id = ? GROUP BY item_id, kind", (contract_id,)):
        totals.setdefault(item_id, {})[kind] = qty
    # Entries that a later one corrects do not count. Corrections are few: found through their index
    # (`+` keeps SQLite from walking the whole contract through ledger_by_contract instead).
    for item_id, kind, qty in conn.execute(
            "SELECT o.item_id, o.kind, sum(o.quantity) FROM ledger c JOIN ledger o ON o.seq = c.corrects "
            "WHERE c.corrects > 0 AND +c.contract_id = ? GROUP BY o.item_id, o.kind", (contract_id,)):
        totals[item_id][kind] -= qty
    return totals


def copied(conn, contract_id: int, item_id: int) -> int:
    """Copies of an item recorded so far (複写・複製), counted against an approval's limit."""
    return conn.execute("SELECT coalesce(sum(quantity), 0) FROM ledger WHERE contract_id = ? AND item_id = ? "
                        "AND kind = '複写・複製'", (contract_id, item_id)).fetchone()[0]


def entry_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM ledger").fetchone()[0]


def text_rows(conn) -> int:
    """Entries in the search table kept by the ledger_text_add trigger (one per entry)."""
    return conn.execute("SELECT count(*) FROM ledger_text").fetchone()[0]


def first_handling(conn, contract_id: int, from_seq: int) -> list[tuple[str, str]]:
    """(person, date of the first entry) for each person in the ledger of a contract, from `from_seq` on.
    A few index seeks per person, in name order (the names skipped through by index, then each one's earliest date)."""
    return conn.execute(
        "WITH RECURSIVE p(name) AS (SELECT min(person) FROM ledger WHERE contract_id = :c UNION ALL "
        " SELECT (SELECT min(person) FROM ledger WHERE contract_id = :c AND person > p.name) FROM p WHERE p.name IS NOT NULL) "
        "SELECT name, first FROM (SELECT name, (SELECT substr(at, 1, 10) FROM ledger INDEXED BY ledger_first_by_person "
        " WHERE contract_id = :c AND person = p.name AND seq >= :s ORDER BY at LIMIT 1) AS first FROM p "
        " WHERE name IS NOT NULL) WHERE first IS NOT NULL", {"c": contract_id, "s": from_seq}).fetchall()


def free_text_before(conn, contract_id: int, before_seq: int) -> list[tuple[str, str]]:
    """The distinct (person, place) of the entries made before the ledger joined the registry."""
    return conn.execute("SELECT DISTINCT person, place FROM ledger WHERE contract_id = ? AND seq < ?",
                        (contract_id, before_seq)).fetchall()


def moves_without_record(conn, contract_id: int, from_seq: int) -> list[tuple[int, str]]:
    """(seq, kind) of the sends and transports of a contract, from `from_seq` on, that no send record names
    (Art. 11(7)). Counted first through two indexes: only when the counts differ is each send probed."""
    sends = conn.execute("SELECT count(*) FROM ledger INDEXED BY ledger_by_kind WHERE contract_id = ? "
                         "AND kind IN ('送付', '運搬') AND seq >= ?", (contract_id, from_seq)).fetchone()[0]
    linked = conn.execute("SELECT count(*) FROM movements WHERE contract_id = ? AND ledger_seq IS NOT NULL "
                          "AND ledger_seq >= ?", (contract_id, from_seq)).fetchone()[0]
    if sends == linked:  # each record names one entry, and load and the service keep it a send of this contract
        return []
    return sorted(conn.execute("SELECT seq, kind FROM ledger l INDEXED BY ledger_by_kind WHERE contract_id = ? "
                               "AND seq >= ? AND kind IN ('送付', '運搬') "
                               "AND NOT EXISTS (SELECT 1 FROM movements m WHERE m.ledger_seq = l.seq)",
                               (contract_id, from_seq)).fetchall())
