"""dump/load of incidents, what they affected, who was involved, their timelines and their reports.

A report names its incident and its issued document; a 確報 dated before its incident's 速報 is refused,
naming the record. An incident whose reports are late loads (it happened) and `check` reports it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kojin_desk.areas.incidents import repo
from kojin_desk.areas.incidents.model import AffectedItem, Event, Incident, Involved
from kojin_desk.domain.dump_reader import DumpReader
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

KEYS = ("incidents", "incident_items", "incident_people", "incident_events", "incident_reports")


def dump(conn) -> dict:
    return {
        "incidents": [asdict(i) for i in repo.incidents(conn)],
        "incident_items": [asdict(a) for a in repo.items(conn)],
        "incident_people": [asdict(p) for p in repo.involved(conn)],
        "incident_events": [asdict(e) for e in repo.events(conn)],
        "incident_reports": repo.reports(conn),
    }


@dataclass
class ParsedIncidents:
    incidents: list = field(default_factory=list)
    items: list = field(default_factory=list)
    people: list = field(default_factory=list)
    events: list = field(default_factory=list)
    reports: list = field(default_factory=list)


def parse(doc: dict, contract_ids: set[int], refs: dict[str, set], problems: list[Problem]) -> ParsedIncidents:
    """`refs`: the ids the dump's other parts define (people, workplaces, movements, inventory items, ledger
    entries, documents) that an incident may point at."""
    reader, out = DumpReader(doc, contract_ids, problems), ParsedIncidents()
    ids: set[int] = set()
    by_id: dict[int, Incident] = {}
    for where, _, i in reader.records(Incident, "incidents", ids):
        for key, value in (("workplaces", i.workplace_id), ("movements", i.movement_id)):
            if value is not None and value not in refs[key]:
                problems.append(Problem("incident_bad_place", {"kind": key, "id": value}, where))
        by_id[i.id] = i
        out.incidents.append(i)
    owner = ("incident_id", ids)
    for where, _, a in reader.records(AffectedItem, "incident_items", set(), owner=owner):
        if a.item_id not in refs["inventory_items"]:
            problems.append(Problem("item_wrong_contract", {"id": a.item_id}, where))
        if a.ledger_seq is not None and a.ledger_seq not in refs["ledger"]:
            problems.append(Problem("bad_correction", {"seq": a.ledger_seq}, where))
        out.items.append(a)
    for where, _, e in reader.records(Event, "incident_events", set(), owner=owner):
        if e.instruction_id is not None and e.instruction_id not in refs["instructions"]:
            problems.append(Problem("bad_json", {"path": where, "detail": "instruction_id"}))
        out.events.append(e)
    for where, raw in reader.rows("incident_people"):
        if not isinstance(raw, dict) or set(raw) != {"incident_id", "person_id", "role"} or raw["incident_id"] not in ids \
                or not isinstance(raw["role"], str):
            problems.append(Problem("bad_json", {"path": where, "detail": "incident_id, person_id, role"}))
        elif reader.person_known(raw["person_id"], refs["people"], where):
            out.people.append(Involved(**raw))
    quick: dict[int, str] = {}
    for where, raw in reader.rows("incident_reports"):
        if not isinstance(raw, dict) or set(raw) != set(repo.REPORT_COLS) or raw["incident_id"] not in ids \
                or raw["kind"] not in ("quick", "final", "dispute") or not is_iso_date(raw["issue_date"]) \
                or (raw["document_id"] is not None and raw["document_id"] not in refs["documents"]):
            problems.append(Problem("bad_json", {"path": where, "detail": "incident_id, kind, issue_date, document_id"}))
            continue
        if raw["kind"] == "quick":
            quick[raw["incident_id"]] = min(quick.get(raw["incident_id"], raw["issue_date"]), raw["issue_date"])
        out.reports.append(raw)
    for n, raw in enumerate(out.reports):
        first = quick.get(raw["incident_id"])
        if raw["kind"] == "final" and first and raw["issue_date"] < first:
            where = pick(f"incident_reports[{n}]（{by_id[raw['incident_id']].ref}）", f"incident_reports[{n}]")
            problems.append(Problem("final_before_quick", {"name": by_id[raw["incident_id"]].ref,
                                                           "final": raw["issue_date"], "quick": first}, where))
    return out


def load(conn, parsed: ParsedIncidents) -> None:
    for record in (*parsed.incidents, *parsed.items, *parsed.events):
        repo.save_record(conn, record)
    for incident_id in {p.incident_id for p in parsed.people}:
        repo.set_involved(conn, incident_id, [p for p in parsed.people if p.incident_id == incident_id])
    for r in parsed.reports:
        repo.add_report(conn, r)


def load_problems(conn) -> list[Problem]:
    """The rules across records (a place of the incident's own contract), asked of the loaded vault."""
    from kojin_desk.areas.incidents.service import incident_problems

    return [p.at(i.ref) for i in repo.incidents(conn) for p in incident_problems(conn, i)]
