"""SQL of periodic inspections (Art. 11(10)(3)): the schedule per contract and the records."""

from __future__ import annotations

PLAN_COLS = ("contract_id", "interval_months", "first_due")
INSPECTION_COLS = ("id", "contract_id", "done_on", "inspector", "media_ok", "accuracy_ok", "storage_ok",
                   "findings", "follow_up")


def set_plan(conn, contract_id: int, interval_months: int, first_due: str) -> None:
    conn.execute("INSERT INTO inspection_plans VALUES (?, ?, ?) ON CONFLICT (contract_id) DO UPDATE SET "
                 "interval_months = excluded.interval_months, first_due = excluded.first_due",
                 (contract_id, interval_months, first_due))


def plan(conn, contract_id: int) -> tuple[int, str] | None:
    return conn.execute("SELECT interval_months, first_due FROM inspection_plans WHERE contract_id = ?",
                        (contract_id,)).fetchone()


def last_done(conn, contract_id: int) -> str | None:
    return conn.execute("SELECT max(done_on) FROM inspections WHERE contract_id = ?", (contract_id,)).fetchone()[0]


def insert(conn, record: dict) -> None:
    cols = [c for c in INSPECTION_COLS if c in record]
    conn.execute(f"INSERT INTO inspections ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 [record[c] for c in cols])


def all_plans(conn) -> list[dict]:
    return [dict(zip(PLAN_COLS, r)) for r in
            conn.execute(f"SELECT {', '.join(PLAN_COLS)} FROM inspection_plans ORDER BY contract_id")]


def all_records(conn, contract_id: int | None = None) -> list[dict]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(INSPECTION_COLS)} FROM inspections {where} ORDER BY done_on, id", args)
    return [dict(zip(INSPECTION_COLS, r)) for r in rows]
