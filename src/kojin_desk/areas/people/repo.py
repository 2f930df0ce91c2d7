"""SQL for people, roles, the contact chain, pledges, dispatch checks, training and audits."""

from __future__ import annotations

from dataclasses import astuple, fields

from kojin_desk.areas.people.model import (
    Assignment,
    Audit,
    AuditAction,
    ContactStep,
    DispatchCheck,
    Person,
    TrainingSession,
)
from kojin_desk.store.record_tables import get, make, register, save, select  # noqa: F401 - services use these

for _cls, _table in ((Person, "people"), (Assignment, "assignments"), (Audit, "audits"),
                     (AuditAction, "audit_actions"), (TrainingSession, "training_sessions")):
    register(_cls, _table, exclude=("attendees",))


def people(conn) -> list[Person]:
    return select(conn, Person, order="furigana = '', furigana, name, id")


def assignments(conn, contract_id: int | None = None, active_only: bool = False) -> list[Assignment]:
    clauses = (["contract_id = ?"] if contract_id is not None else []) + (["end_on = ''"] if active_only else [])
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    args = (contract_id,) if contract_id is not None else ()
    return select(conn, Assignment, where, args, order="contract_id, CASE role WHEN 'responsible' THEN 0 "
                                                       "WHEN 'worker' THEN 1 ELSE 2 END, start_on, id")


def end_assignment(conn, assignment_id: int, end_on: str) -> None:
    conn.execute("UPDATE assignments SET end_on = ? WHERE id = ?", (end_on, assignment_id))


# --- contact chain (ordered, replaced as a whole) --------------------------------------------

def contact_chain(conn, contract_id: int) -> list[ContactStep]:
    rows = conn.execute("SELECT who, phone, duty FROM contact_chain WHERE contract_id = ? ORDER BY position",
                        (contract_id,))
    return [ContactStep(*r) for r in rows]


def set_contact_chain(conn, contract_id: int, steps: list[ContactStep]) -> None:
    conn.execute("DELETE FROM contact_chain WHERE contract_id = ?", (contract_id,))
    conn.executemany("INSERT INTO contact_chain VALUES (?, ?, ?, ?, ?)",
                     [(contract_id, i, s.who, s.phone, s.duty) for i, s in enumerate(steps, 1)])


def all_contact_chains(conn) -> list[dict]:
    rows = conn.execute("SELECT contract_id, position, who, phone, duty FROM contact_chain ORDER BY contract_id, position")
    return [dict(zip(("contract_id", "position", "who", "phone", "duty"), r)) for r in rows]


def procedure(conn, contract_id: int) -> str | None:
    row = conn.execute("SELECT text FROM procedures WHERE contract_id = ?", (contract_id,)).fetchone()
    return row[0] if row else None


def set_procedure(conn, contract_id: int, text: str) -> None:
    conn.execute("INSERT OR REPLACE INTO procedures VALUES (?, ?)", (contract_id, text))


def all_procedures(conn) -> list[dict]:
    return [{"contract_id": c, "text": t} for c, t in conn.execute("SELECT contract_id, text FROM procedures ORDER BY contract_id")]


# --- pledges (Art. 5(4)); the signed scan is a BLOB inside the encrypted vault -------------

PLEDGE_COLS = ("contract_id", "person_id", "signed_on", "scan_name")


def pledges(conn, contract_id: int | None = None) -> list[dict]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(PLEDGE_COLS)}, scan IS NOT NULL FROM pledges {where} "
                        "ORDER BY contract_id, person_id", args)
    return [dict(zip((*PLEDGE_COLS, "has_scan"), r)) for r in rows]


def pledge_scan(conn, contract_id: int, person_id: int) -> tuple[bytes | None, str]:
    row = conn.execute("SELECT scan, scan_name FROM pledges WHERE contract_id = ? AND person_id = ?",
                       (contract_id, person_id)).fetchone()
    return (row[0], row[1]) if row else (None, "")


def set_pledge(conn, contract_id: int, person_id: int, signed_on: str,
               scan: bytes | None = None, scan_name: str | None = None) -> None:
    """Record the signed date; a scan given replaces the kept one, None keeps it."""
    conn.execute("INSERT INTO pledges (contract_id, person_id, signed_on) VALUES (?, ?, ?) "
                 "ON CONFLICT (contract_id, person_id) DO UPDATE SET signed_on = excluded.signed_on",
                 (contract_id, person_id, signed_on))
    if scan is not None:
        conn.execute("UPDATE pledges SET scan = ?, scan_name = ? WHERE contract_id = ? AND person_id = ?",
                     (scan, scan_name or "", contract_id, person_id))


# --- dispatch checks (Art. 6) -------------------------------------------------------------

DISPATCH_COLS = [f.name for f in fields(DispatchCheck)]


def dispatch_checks(conn, contract_id: int | None = None) -> list[DispatchCheck]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(DISPATCH_COLS)} FROM dispatch_checks {where} "
                        "ORDER BY contract_id, person_id", args)
    return [make(DispatchCheck, r, DISPATCH_COLS) for r in rows]


def save_dispatch_check(conn, d: DispatchCheck) -> None:
    conn.execute(f"INSERT OR REPLACE INTO dispatch_checks ({', '.join(DISPATCH_COLS)}) "
                 f"VALUES ({', '.join('?' * len(DISPATCH_COLS))})", astuple(d))


# --- training (Art. 7) --------------------------------------------------------------------

def sessions(conn, contract_id: int | None = None) -> list[TrainingSession]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    found = select(conn, TrainingSession, where, args, order="held_on, id")
    attendance: dict[int, list[int]] = {}
    for sid, pid in conn.execute("SELECT session_id, person_id FROM training_attendance ORDER BY session_id, person_id"):
        attendance.setdefault(sid, []).append(pid)
    for s in found:
        s.attendees = attendance.get(s.id, [])
    return found


def save_session(conn, s: TrainingSession) -> int:
    s.id = save(conn, s)
    conn.execute("DELETE FROM training_attendance WHERE session_id = ?", (s.id,))
    conn.executemany("INSERT INTO training_attendance VALUES (?, ?)", [(s.id, p) for p in dict.fromkeys(s.attendees)])
    return s.id


def attended_dates(conn, contract_id: int) -> dict[int, list[str]]:
    """person id → dates of the contract's sessions they attended."""
    rows = conn.execute("SELECT a.person_id, s.held_on FROM training_attendance a "
                        "JOIN training_sessions s ON s.id = a.session_id WHERE s.contract_id = ?", (contract_id,))
    out: dict[int, list[str]] = {}
    for pid, held in rows:
        out.setdefault(pid, []).append(held)
    return out


# --- audits (Art. 5(3) なお書き) -------------------------------------------------------------

def audits(conn, contract_id: int | None = None) -> list[Audit]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    return select(conn, Audit, where, args, order="done_on DESC, id DESC")


def audit_actions(conn, audit_id: int | None = None) -> list[AuditAction]:
    where, args = ("WHERE audit_id = ?", (audit_id,)) if audit_id is not None else ("", ())
    return select(conn, AuditAction, where, args, order="audit_id, due_on, id")


def open_actions(conn, contract_id: int) -> list[AuditAction]:
    return select(conn, AuditAction, "WHERE done_on = '' AND audit_id IN (SELECT id FROM audits WHERE contract_id = ?)",
                  (contract_id,), order="due_on, id")
