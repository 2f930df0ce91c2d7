"""dump/load of people, roles, contact chains, procedures, pledges, dispatch checks, training and audits.

Loading checks the same rules as the services: a dump with two active 責任者 is refused whole; an
untrained worker loads (it happened) and `check` reports it.
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from dataclasses import asdict, dataclass, field

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import (
    ROLES,
    Assignment,
    Audit,
    AuditAction,
    ContactStep,
    DispatchCheck,
    Person,
    TrainingSession,
)
from kojin_desk.domain.dump_reader import DumpReader, Unique, is_id, known, parse_record
from kojin_desk.domain.records import normalize, validate
from kojin_desk.domain.text import check_text
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

KEYS = ("people", "assignments", "contact_chains", "procedures", "pledges", "dispatch_checks",
        "training_sessions", "audits", "audit_actions")


def dump(conn) -> dict:
    pledges = []
    for p in people_repo.pledges(conn):
        scan, _ = people_repo.pledge_scan(conn, p["contract_id"], p["person_id"])
        row = {k: p[k] for k in people_repo.PLEDGE_COLS}
        row["scan_base64"] = base64.b64encode(scan).decode("ascii") if scan is not None else None
        pledges.append(row)
    return {
        "people": [asdict(p) for p in people_repo.select(conn, Person)],
        "assignments": [asdict(a) for a in people_repo.assignments(conn)],
        "contact_chains": people_repo.all_contact_chains(conn),
        "procedures": people_repo.all_procedures(conn),
        "pledges": pledges,
        "dispatch_checks": [asdict(d) for d in people_repo.dispatch_checks(conn)],
        "training_sessions": [asdict(s) for s in people_repo.sessions(conn)],
        "audits": [asdict(a) for a in people_repo.select(conn, Audit)],
        "audit_actions": [asdict(a) for a in people_repo.audit_actions(conn)],
    }


@dataclass
class ParsedPeople:
    people: list = field(default_factory=list)
    assignments: list = field(default_factory=list)
    contacts: dict = field(default_factory=dict)
    procedures: list = field(default_factory=list)
    pledges: list = field(default_factory=list)
    dispatch: list = field(default_factory=list)
    sessions: list = field(default_factory=list)
    audits: list = field(default_factory=list)
    actions: list = field(default_factory=list)


def parse(doc: dict, contract_ids: set[int], problems: list[Problem]) -> ParsedPeople:
    p = DumpReader(doc, contract_ids, problems)
    out = ParsedPeople()
    person_ids: set[int] = set()
    out.people = [r for _, _, r in p.records(Person, "people", person_ids)]
    for where, _, a in p.records(Assignment, "assignments", set()):
        if not p.person_known(a.person_id, person_ids, where):
            continue
        if a.role not in ROLES:
            problems.append(Problem("bad_role", {"role": str(a.role)[:40]}, where))
            continue
        problems.extend(x.at(where) for x in check_text(a.scope, pick("担当業務", "Scope of work"), max_len=200))
        p.date(a.start_on, pick("開始日", "Start"), where, True)
        p.date(a.end_on, pick("終了日", "End"), where, False)
        out.assignments.append(a)
    held = [a for a in out.assignments if a.active]
    for contract_id, count in Counter(a.contract_id for a in held if a.role == "responsible").items():
        if count > 1:  # Art. 5(1): one responsible person at a time
            problems.append(Problem("responsible_count", {"count": count}, pick(f"契約 id {contract_id}", f"contract id {contract_id}")))
    for (_, person_id, role), count in Counter((a.contract_id, a.person_id, a.role) for a in held).items():
        if count > 1:
            problems.append(Problem("duplicate_role", {"name": f"id {person_id}", "role": ROLES[role][0]}))
    positions = Unique(problems, pick("契約・順番", "contract and position"))
    for where, raw in p.rows("contact_chains"):
        step = parse_record(ContactStep, raw, where, problems, {"contract_id", "position"})
        if step is None or not known(raw.get("contract_id"), contract_ids):
            problems.append(Problem("unknown_contract", {"id": str(raw.get("contract_id") if isinstance(raw, dict) else "?")[:20]}, where))
            continue
        if not is_id(raw.get("position")):
            problems.append(Problem("bad_type", {"field": "position", "expected": "integer >= 1"}, where))
            continue
        if not positions.add((raw["contract_id"], raw["position"]), where):
            continue
        normalize(step)
        problems.extend(x.at(where) for x in validate(step))
        out.contacts.setdefault(raw["contract_id"], []).append((raw["position"], step))
    one_per_contract = Unique(problems, pick("契約", "contract"))
    for where, raw in p.rows("procedures"):
        if not isinstance(raw, dict) or not known(raw.get("contract_id"), contract_ids) or set(raw) != {"contract_id", "text"}:
            problems.append(Problem("bad_json", {"path": where, "detail": "contract_id, text"}))
            continue
        if not one_per_contract.add(raw["contract_id"], where):
            continue
        problems.extend(x.at(where) for x in check_text(raw["text"], "text", max_len=2000, required=True, multiline=True))
        out.procedures.append(raw)
    pledged = Unique(problems, pick("契約・人員", "contract and person"))
    for where, raw in p.rows("pledges"):
        if not isinstance(raw, dict) or set(raw) != {*people_repo.PLEDGE_COLS, "scan_base64"} \
                or not known(raw["contract_id"], contract_ids) or not p.person_known(raw["person_id"], person_ids, where):
            problems.append(Problem("bad_json", {"path": where, "detail": ", ".join(people_repo.PLEDGE_COLS)}))
            continue
        if not pledged.add((raw["contract_id"], raw["person_id"]), where):
            continue
        p.date(raw["signed_on"], pick("署名日", "Signed"), where, False)
        problems.extend(x.at(where) for x in check_text(raw["scan_name"], "scan_name", max_len=200))
        try:
            scan = base64.b64decode(raw["scan_base64"], validate=True) if raw["scan_base64"] is not None else None
        except (TypeError, binascii.Error) as exc:
            problems.append(Problem("bad_json", {"path": where, "detail": str(exc)}))
            continue
        out.pledges.append({**raw, "scan": scan})
    checked = Unique(problems, pick("契約・人員", "contract and person"))
    for where, _, d in p.records(DispatchCheck, "dispatch_checks"):
        if p.person_known(d.person_id, person_ids, where) and checked.add((d.contract_id, d.person_id), where):
            out.dispatch.append(d)
    for where, _, s in p.records(TrainingSession, "training_sessions", set()):
        if isinstance(s.attendees, list) and all(p.person_known(x, person_ids, where) for x in s.attendees):
            out.sessions.append(s)
        elif not isinstance(s.attendees, list):
            problems.append(Problem("bad_type", {"field": "attendees", "expected": "list"}, where))
    audit_ids: set[int] = set()
    out.audits = [a for _, _, a in p.records(Audit, "audits", audit_ids)]
    for where, _, a in p.records(AuditAction, "audit_actions", set()):
        if a.audit_id not in audit_ids:
            problems.append(Problem("not_found", {"what": f"audit id {a.audit_id}"}, where))
        out.actions.append(a)
    return out


def load(conn, parsed: ParsedPeople) -> None:
    for person in parsed.people:
        people_repo.save(conn, person)
    for a in sorted(parsed.assignments, key=lambda a: (a.active, a.id)):  # ended roles first (unique index)
        people_repo.save(conn, a)
    for contract_id, steps in parsed.contacts.items():
        people_repo.set_contact_chain(conn, contract_id, [s for _, s in sorted(steps, key=lambda x: x[0])])
    for r in parsed.procedures:
        people_repo.set_procedure(conn, r["contract_id"], r["text"])
    for r in parsed.pledges:
        people_repo.set_pledge(conn, r["contract_id"], r["person_id"], r["signed_on"], r["scan"], r["scan_name"])
    for d in parsed.dispatch:
        people_repo.save_dispatch_check(conn, d)
    for s in parsed.sessions:
        people_repo.save_session(conn, s)
    for a in parsed.audits:
        people_repo.save(conn, a)
    for a in parsed.actions:
        people_repo.save(conn, a)
