"""SQL for work places, equipment, cloud services, methods, take-outs and the send log."""

from __future__ import annotations

from kojin_desk.areas.places.model import (
    Certification,
    CloudService,
    Equipment,
    Method,
    Movement,
    TakeOut,
    WorkPlace,
)
from kojin_desk.store.migrations.step11_findings_at_scale import SEND_OPEN
from kojin_desk.store.record_tables import _COLS, each, get, make, register, save, select  # noqa: F401 - services use these

for _cls, _table in ((WorkPlace, "workplaces"), (Equipment, "equipment"), (CloudService, "cloud_services"),
                     (Certification, "cloud_certifications"), (Method, "methods"), (TakeOut, "takeouts"),
                     (Movement, "movements")):
    register(_cls, _table)


def of_contract(conn, cls, contract_id: int | None, order: str = "id", extra: str = "", args: tuple = ()) -> list:
    """Every record of `cls` (of one contract when given), with an extra condition."""
    clauses = (["contract_id = ?"] if contract_id is not None else []) + ([extra] if extra else [])
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return select(conn, cls, where, ((contract_id,) if contract_id is not None else ()) + args, order)


def workplaces(conn, contract_id: int | None = None, active_only: bool = False) -> list[WorkPlace]:
    return of_contract(conn, WorkPlace, contract_id, "contract_id, id", "ended_on = ''" if active_only else "")


def equipment(conn, contract_id: int | None = None) -> list[Equipment]:
    return of_contract(conn, Equipment, contract_id, "contract_id, code")


def equipment_by_code(conn, contract_id: int, code: str) -> Equipment | None:
    found = of_contract(conn, Equipment, contract_id, extra="code = ?", args=(code,))
    return found[0] if found else None


def cloud_services(conn, contract_id: int | None = None) -> list[CloudService]:
    return of_contract(conn, CloudService, contract_id)


def certifications(conn, service_id: int | None = None) -> list[Certification]:
    where, args = ("WHERE service_id = ?", (service_id,)) if service_id is not None else ("", ())
    return select(conn, Certification, where, args, "service_id, id")


def delete_certification(conn, cert_id: int) -> None:
    conn.execute("DELETE FROM cloud_certifications WHERE id = ?", (cert_id,))


def methods(conn, contract_id: int | None = None, kind: str | None = None) -> list[Method]:
    return of_contract(conn, Method, contract_id, "contract_id, kind, id",
                       "kind = ?" if kind else "", (kind,) if kind else ())


def mark_declared(conn, method_ids: list[int], on: str) -> None:
    """The first notification listing a method makes it usable from its date."""
    conn.executemany("UPDATE methods SET declared_on = ? WHERE id = ? AND (declared_on = '' OR declared_on > ?)",
                     [(on, mid, on) for mid in method_ids])


def takeouts(conn, contract_id: int | None = None) -> list[TakeOut]:
    return of_contract(conn, TakeOut, contract_id, "contract_id, from_on, id")


def movements(conn, contract_id: int | None = None) -> list[Movement]:
    return of_contract(conn, Movement, contract_id, "contract_id, sent_on, id")


def movement(conn, movement_id: int) -> Movement | None:
    return get(conn, Movement, movement_id)


# The send log on screen, newest first, read a page at a time through movements_by_contract
# (contract_id, sent_on; the rowid id rides in every index): a page costs the same at any depth.
LOG_ORDER = "sent_on DESC, id DESC"


def _log_where(contract_id: int, open_only: bool) -> tuple[str, list]:
    return "contract_id = ?" + (f" AND {SEND_OPEN}" if open_only else ""), [contract_id]


def movement_count(conn, contract_id: int, open_only: bool = False) -> int:
    where, args = _log_where(contract_id, open_only)
    return conn.execute(f"SELECT count(*) FROM movements WHERE {where}", args).fetchone()[0]


def movement_page(conn, contract_id: int, after: tuple[str, int] | None, limit: int,
                  open_only: bool = False) -> list[Movement]:
    """Up to `limit` movements in log order after the one whose key (sent_on, id) is `after` (keyset
    paging: SQLite seeks through the index, never reads the rows before the page)."""
    where, args = _log_where(contract_id, open_only)
    if after is not None:
        where, args = where + " AND (sent_on, id) < (?, ?)", [*args, *after]
    cols = ["id", *_COLS[Movement]]
    return [make(Movement, r, cols) for r in conn.execute(
        f"SELECT {', '.join(cols)} FROM movements WHERE {where} ORDER BY {LOG_ORDER} LIMIT ?", [*args, limit])]


def movement_key_at(conn, contract_id: int, position: int, total: int, open_only: bool = False) -> tuple[str, int] | None:
    """(sent_on, id) of the movement at `position` (0-based) of the log of `total` rows, counted from the
    nearer end through the index alone; None before the first row."""
    if position < 0:
        return None
    where, args = _log_where(contract_id, open_only)
    order = LOG_ORDER
    if position > total // 2:
        order, position = "sent_on, id", total - 1 - position
    row = conn.execute(f"SELECT sent_on, id FROM movements WHERE {where} ORDER BY {order} LIMIT 1 OFFSET ?",
                       [*args, position]).fetchone()
    return tuple(row) if row else None


def open_sends(conn, contract_id: int) -> list[tuple[str, str]]:
    """(date, what) of each send still waiting for its check or approval (Art. 11(7)), by partial index."""
    return conn.execute(f"SELECT sent_on, what FROM movements WHERE contract_id = ? AND {SEND_OPEN} ORDER BY sent_on, id",
                        (contract_id,)).fetchall()


def unlinked_count(conn, contract_id: int) -> int:
    """Sends recorded before the ledger link (step 6), which name no ledger entry."""
    return conn.execute("SELECT count(*) FROM movements WHERE contract_id = ? AND ledger_seq IS NULL",
                        (contract_id,)).fetchone()[0]


# A period's bounds: an empty end is open (dates are ISO text, so '' and '9999' bound every date).
_PERIOD = "contract_id = ? AND sent_on >= ? AND sent_on <= ?"


def log_rows(conn, contract_id: int, date_from: str = "", date_to: str = ""):
    """The movements of one period, oldest first, one at a time."""
    return each(conn, Movement, f"WHERE {_PERIOD}", (contract_id, date_from, date_to or "9999"), "sent_on, id")


def log_count(conn, contract_id: int, date_from: str = "", date_to: str = "") -> int:
    return conn.execute(f"SELECT count(*) FROM movements WHERE {_PERIOD}",
                        (contract_id, date_from, date_to or "9999")).fetchone()[0]


def entry_links(conn) -> dict[int, tuple[int, str, int]]:
    """ledger entry number -> (movement id, kind, contract) of every movement that is a ledger entry
    (a few integers each: a loaded million-entry ledger has hundreds of thousands)."""
    return {seq: (mid, kind, contract_id) for mid, seq, kind, contract_id in conn.execute(
        "SELECT id, ledger_seq, kind, contract_id FROM movements WHERE ledger_seq IS NOT NULL ORDER BY id")}


def insert_movements(conn, records: list[Movement]) -> None:
    """Many new movements at once (the demo's sends), without a lookup per row."""
    cols = _COLS[Movement]
    conn.executemany(f"INSERT INTO movements ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [[getattr(m, c) for c in cols] for m in records])
