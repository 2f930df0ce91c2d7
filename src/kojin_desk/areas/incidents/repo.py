"""SQL for incidents, what they affected, who was involved, their timeline and their reports."""

from __future__ import annotations

from dataclasses import fields

from kojin_desk.areas.incidents.model import AffectedItem, Event, Incident, Involved
from kojin_desk.domain.records import specs
from kojin_desk.store.record_tables import register, save, select

for _cls, _table in ((Incident, "incidents"), (AffectedItem, "incident_items"), (Event, "incident_events")):
    register(_cls, _table)

REPORT_COLS = ("id", "incident_id", "kind", "issue_date", "document_id")


def _bools(records: list) -> list:
    """SQLite keeps booleans as 0/1; the records hold them as bool."""
    for r in records:
        for name, spec in specs(type(r)):
            if spec.kind == "bool":
                setattr(r, name, bool(getattr(r, name)))
    return records


def save_record(conn, record) -> int:
    return save(conn, record)


def incidents(conn, contract_id: int | None = None) -> list[Incident]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    return _bools(select(conn, Incident, where, args, "discovered_on DESC, id DESC" if contract_id else "id"))


def get(conn, incident_id: int) -> Incident | None:
    found = _bools(select(conn, Incident, "WHERE id = ?", (incident_id,)))
    return found[0] if found else None


def items(conn, incident_id: int | None = None) -> list[AffectedItem]:
    where, args = ("WHERE incident_id = ?", (incident_id,)) if incident_id is not None else ("", ())
    return _bools(select(conn, AffectedItem, where, args, "incident_id, id"))


def delete_item(conn, item_id: int) -> None:
    conn.execute("DELETE FROM incident_items WHERE id = ?", (item_id,))


def events(conn, incident_id: int | None = None) -> list[Event]:
    where, args = ("WHERE incident_id = ?", (incident_id,)) if incident_id is not None else ("", ())
    return select(conn, Event, where, args, "incident_id, day, time, id")


def involved(conn, incident_id: int | None = None) -> list[Involved]:
    cols = [f.name for f in fields(Involved)]
    where, args = ("WHERE incident_id = ?", (incident_id,)) if incident_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM incident_people {where} ORDER BY incident_id, rowid", args)
    return [Involved(**dict(zip(cols, r))) for r in rows]


def set_involved(conn, incident_id: int, people: list[Involved]) -> None:
    conn.execute("DELETE FROM incident_people WHERE incident_id = ?", (incident_id,))
    conn.executemany("INSERT INTO incident_people (incident_id, person_id, role) VALUES (?, ?, ?)",
                     [(incident_id, p.person_id, p.role) for p in people])


def reports(conn, incident_id: int | None = None) -> list[dict]:
    where, args = ("WHERE incident_id = ?", (incident_id,)) if incident_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(REPORT_COLS)} FROM incident_reports {where} ORDER BY incident_id, issue_date, id",
                        args)
    return [dict(zip(REPORT_COLS, r)) for r in rows]


def add_report(conn, report: dict) -> int:
    cols = [c for c in REPORT_COLS if c != "id" or report.get("id") is not None]
    return conn.execute(f"INSERT INTO incident_reports ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [report.get(c) for c in cols]).lastrowid


def document_data(conn, document_id: int) -> dict | None:
    """The data of an issued report (what the 確報 compares with)."""
    import json

    from kojin_desk.store import repos

    doc = repos.get_document(conn, document_id)
    return json.loads(doc["data_json"]) if doc else None


def last_document_id(conn, contract_id: int, form_id: str) -> int | None:
    """The document just kept by issuing (its id is not handed to the area's after_issue hook)."""
    from kojin_desk.store import repos

    docs = [d["id"] for d in repos.list_documents(conn, contract_id) if d["form_id"] == form_id]
    return docs[-1] if docs else None
