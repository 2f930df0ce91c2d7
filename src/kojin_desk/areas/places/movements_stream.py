"""`load` of the send and transport log as it is read: a long ledger has hundreds of thousands of sends.

Each record's own rules are checked as it arrives and the records are written a batch at a time (the load's
transaction defers the foreign keys). What needs other keys of the dump (the contracts, the methods, the
people), which may come after "movements" in the file, is asked of the written rows once those keys are read,
in `check_refs`. Only a position per id is held, to name the records: `movements[i]`, as the rest of the dump.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from kojin_desk.areas.places.model import Movement, method_kind_label
from kojin_desk.domain.dump_reader import Unique, is_id, known, parse_record
from kojin_desk.domain.records import normalize, validate
from kojin_desk.errors import Problem
from kojin_desk.progress import EVERY
from kojin_desk.store.record_tables import _COLS

KEY = "movements"
KINDS = ("sending", "transport")
REFS = ("id", "contract_id", "kind", "method_id", "sender_id", "checker_id", "approver_id")
COLS = ["id", *_COLS[Movement]]
INSERT = f"INSERT INTO movements ({', '.join(COLS)}) VALUES ({', '.join('?' * len(COLS))})"


def where(i: int) -> str:
    return f"{KEY}[{i}]"


@dataclass
class StreamedMovements:
    """What `stream` wrote (the rows are in the vault) and what `check_refs` still has to ask of them."""

    conn: object = None
    ids: Unique | None = None  # id -> position in the dump, of every record with a usable id
    held: list = field(default_factory=list)  # REFS of the records not written (each already refused)
    count: int = 0


def stream(conn, rows, problems: list[Problem], entry_what: str) -> StreamedMovements:
    """Check each record's own rules and write it (in the load's transaction: a refused dump leaves nothing).
    `entry_what`: how a repeated ledger entry is named ("one send or transport record per entry")."""
    out = StreamedMovements(conn, Unique(problems, "id", where))
    if not isinstance(rows, (list, Iterator)):
        problems.append(Problem("bad_type", {"field": KEY, "expected": "list"}))
        return out
    entries, batch = Unique(problems, entry_what, where), []
    for i, raw in enumerate(rows):
        before = len(problems)
        m = parse_record(Movement, raw, where(i), problems)
        if m is None:
            continue
        if not is_id(m.id):
            problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}, where(i)))
            continue
        if not out.ids.add(m.id, i):
            continue
        out.count += 1
        if wrong := _wrong_types(m):  # refused by name: neither written nor asked about what it names
            problems.extend(p.at(where(i)) for p in wrong)
            continue
        try:
            normalize(m)
            found = validate(m)
        except (TypeError, AttributeError) as exc:
            found = [Problem("bad_json", {"path": where(i), "detail": str(exc)})]
        problems.extend(p.at(where(i)) for p in found)
        if len(problems) == before and _writable(m) and (m.ledger_seq is None or entries.add(m.ledger_seq, i)):
            batch.append(m)
        else:
            out.held.append(tuple(getattr(m, c) for c in REFS))
        if len(batch) >= EVERY:
            _write(conn, batch, out, problems)
            batch = []
    _write(conn, batch, out, problems)
    return out


ID_FIELDS = ("contract_id", "method_id", "sender_id")
OPTIONAL_IDS = ("checker_id", "approver_id", "ledger_seq")
CHECKS = ("ok_recipient", "ok_hidden", "ok_method")


def _wrong_types(m: Movement) -> list[Problem]:
    """Fields of a hand-edited type: a reference that is no id ("3", 1.5, [1]) would be reported as a person or
    entry that does not exist, a check that is no true/false ("yes", 1) would be stored as it is."""
    found = [Problem("bad_type", {"field": f, "expected": "integer >= 1"}) for f in ID_FIELDS if not is_id(getattr(m, f))]
    found += [Problem("bad_type", {"field": f, "expected": "integer >= 1 / null"}) for f in OPTIONAL_IDS
              if getattr(m, f) is not None and not is_id(getattr(m, f))]
    found += [Problem("bad_type", {"field": f, "expected": "true/false"}) for f in CHECKS
              if not isinstance(getattr(m, f), bool)]
    if not isinstance(m.checked_on, str):
        found.append(Problem("bad_type", {"field": "checked_on", "expected": "YYYY-MM-DD / \"\""}))
    return found


def _writable(m: Movement) -> bool:
    """What the table takes as it is (its references are checked once the dump is read)."""
    optional = (m.checker_id, m.approver_id, m.ledger_seq)
    return (m.kind in KINDS and all(is_id(v) for v in (m.contract_id, m.method_id, m.sender_id))
            and all(v is None or is_id(v) for v in optional) and m.checker_id != m.sender_id)


def _row(m: Movement) -> list:
    return [getattr(m, c) for c in COLS]


def _write(conn, batch: list[Movement], out: StreamedMovements, problems: list[Problem]) -> None:
    """A batch at once; a value the table refuses (a hand-edited type) sends the batch row by row, naming it."""
    if not batch:
        return
    conn.execute("SAVEPOINT movements_batch")
    try:
        conn.executemany(INSERT, [_row(m) for m in batch])
        conn.execute("RELEASE movements_batch")
        return
    except Exception:  # the SQLite error of one row: found below, row by row
        conn.execute("ROLLBACK TO movements_batch")
        conn.execute("RELEASE movements_batch")
    for m in batch:
        try:
            conn.execute(INSERT, _row(m))
        except Exception as exc:
            problems.append(Problem("bad_json", {"path": where(out.ids.first[m.id]), "detail": str(exc)[:80]}))
            out.held.append(tuple(getattr(m, c) for c in REFS))


def check_refs(streamed: StreamedMovements | None, contract_ids: set[int], method_ids: set[int],
               people: dict[int, str], problems: list[Problem]) -> None:
    """The references of every record, the written ones read back as they are (the dump is read whole by now):
    what the database would refuse, said in words."""
    if streamed is None or streamed.conn is None:
        return
    found: list[tuple[int, Problem]] = []
    rows = streamed.conn.execute(f"SELECT {', '.join(REFS)} FROM movements ORDER BY id")
    for refs in chain(streamed.held, rows):
        i = streamed.ids.first.get(refs[0])
        found += [(i, p) for p in ref_problems(refs, contract_ids, method_ids, people, where(i))]
    problems += [p for _, p in sorted(found, key=lambda f: f[0])]


def ref_problems(refs: tuple, contract_ids: set[int], method_ids: set[int], people: dict[int, str],
                 at: str) -> list[Problem]:
    _, contract_id, kind, method_id, sender_id, checker_id, approver_id = refs
    if not known(contract_id, contract_ids):
        return [Problem("unknown_contract", {"id": contract_id}, at)]
    found = []
    if kind not in KINDS:
        found.append(Problem("bad_choice", {"field": "kind", "choices": "sending、transport"}, at))
    if not known(method_id, method_ids):
        found.append(Problem("method_unknown", {"kind": method_kind_label(kind)}, at))
    for pid in [sender_id] + [x for x in (checker_id, approver_id) if x is not None]:  # a sender is required
        if not known(pid, people):
            found.append(Problem("unknown_person", {"id": pid}, at))
    if not found and checker_id is not None and checker_id == sender_id:
        found.append(Problem("self_check", {"name": people[sender_id]}, at))
    return found
