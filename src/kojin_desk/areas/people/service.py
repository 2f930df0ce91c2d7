"""The person registry and each contract's responsibility structure (Art. 4, 5, 6), with their rules.

A roster change is applied on a date: roles no longer wanted end that day, new ones start, and the
notification forms (services.staff_forms) then say what changed since the last one issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import (
    DISPATCHED,
    ROLES,
    Assignment,
    ContactStep,
    DispatchCheck,
    Person,
    role_label,
    untrained,
)
from kojin_desk.domain.records import normalize, require_valid, validate
from kojin_desk.domain.text import check_text
from kojin_desk.domain.wareki import parse_date
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.store import repos

MAX_SCAN_MB = 20


def _today() -> str:
    return date.today().isoformat()


# --- registry ---------------------------------------------------------------------------------

def save_person(vault, p: Person) -> Person:
    require_valid(p)
    with vault.transaction() as conn:
        p.id = people_repo.save(conn, p)
    return p


def list_people(vault) -> list[Person]:
    return people_repo.people(vault.conn)


def people_by_id(conn) -> dict[int, Person]:
    return {p.id: p for p in people_repo.people(conn)}


# --- roster -----------------------------------------------------------------------------------

@dataclass
class RosterRow:
    """One wanted role in a roster change."""

    person_id: int
    role: str
    scope: str = ""


def roster(vault, contract_id: int) -> list[RosterRow]:
    return [RosterRow(a.person_id, a.role, a.scope) for a in people_repo.assignments(vault.conn, contract_id, True)]


def _check_on(on: str) -> str:
    try:
        return parse_date(on).isoformat()
    except ValueError:
        raise ValidationError([Problem("bad_date", {"field": pick("変更年月日", "Date of change"), "value": on[:40]})]) from None


def roster_errors(rows: list[RosterRow], people: dict[int, Person]) -> list[Problem]:
    """What makes a roster impossible: nothing is saved while any of these holds."""
    found: list[Problem] = []
    seen: set[tuple[int, str]] = set()
    for r in rows:
        person = people.get(r.person_id)
        if person is None:
            found.append(Problem("unknown_person", {"id": r.person_id}))
            continue
        if r.role not in ROLES:
            found.append(Problem("bad_role", {"role": str(r.role)[:40]}, person.name))
            continue
        if (r.person_id, r.role) in seen:
            found.append(Problem("duplicate_role", {"name": person.name, "role": role_label(r.role)}))
        seen.add((r.person_id, r.role))
        found += [p.at(person.name) for p in check_text(r.scope, pick("担当業務", "Scope of work"), max_len=200)]
    count = sum(r.role == "responsible" for r in rows)
    if count != 1:
        found.append(Problem("responsible_count", {"count": count}))
    return found


def _proposed(conn, contract_id: int, rows: list[RosterRow], on: str) -> list[Assignment]:
    current = {(a.person_id, a.role): a for a in people_repo.assignments(conn, contract_id, True)}
    out = []
    for r in rows:
        kept = current.get((r.person_id, r.role))
        out.append(Assignment(contract_id, r.person_id, r.role, r.scope, kept.start_on if kept else on, "",
                              kept.id if kept else None))
    return out


def training_violations(conn, contract_id: int, assignments: list[Assignment], started_by: str) -> list[Problem]:
    """Art. 7(3): roles started by `started_by` whose person attended no session of the contract first."""
    people = people_by_id(conn)
    return [Problem("untrained", {"name": people[a.person_id].name, "role": role_label(a.role), "start": a.start_on})
            for a in untrained(assignments, people_repo.attended_dates(conn, contract_id), started_by)]


def structure_warnings(conn, contract_id: int, active: list[Assignment]) -> list[Problem]:
    """Rules for the roles held that do not stop saving but must be put right: the dispatch contract
    (Art. 6), pledges (Art. 5(4)), an auditor for 目録C data (Art. 5(1) なお書き)."""
    people = people_by_id(conn)
    found: list[Problem] = []
    checked = {d.person_id for d in people_repo.dispatch_checks(conn, contract_id) if d.stated}
    signed = {p["person_id"] for p in people_repo.pledges(conn, contract_id) if p["signed_on"]}
    for pid in dict.fromkeys(a.person_id for a in active):
        person = people[pid]
        if person.employment == DISPATCHED and pid not in checked:
            found.append(Problem("dispatch_unchecked", {"name": person.name}))
        if pid not in signed and any(a.person_id == pid and a.role != "auditor" for a in active):
            found.append(Problem("pledge_missing", {"name": person.name}))
    if needs_auditor(conn, contract_id) and not any(a.role == "auditor" for a in active):
        found.append(Problem("auditor_missing"))
    return found


def needs_auditor(conn, contract_id: int) -> bool:
    contract = repos.get_contract(conn, contract_id)
    has_c = conn.execute("SELECT 1 FROM inventory_items WHERE contract_id = ? AND catalog = 'C'", (contract_id,)).fetchone()
    return bool(contract and contract.specific) or has_c is not None


def roster_warnings(vault, contract_id: int, rows: list[RosterRow], on: str) -> list[Problem]:
    """Warnings shown while choosing people, before anything is saved."""
    proposed = _proposed(vault.conn, contract_id, rows, on)
    return (training_violations(vault.conn, contract_id, proposed, "9999-12-31")
            + structure_warnings(vault.conn, contract_id, proposed))


def apply_roster(vault, contract_id: int, rows: list[RosterRow], on: str) -> list[Problem]:
    """Make `rows` the contract's active roles from `on`; returns the warnings that still hold."""
    on = _check_on(on)
    if repos.get_contract(vault.conn, contract_id) is None:
        raise KojinError("not_found", what=pick("契約", "The contract"))
    errors = roster_errors(rows, people_by_id(vault.conn))
    if errors:
        raise ValidationError(errors)
    with vault.transaction() as conn:
        wanted = {(r.person_id, r.role): r for r in rows}
        # Ended roles first, so that a new 責任者 never meets the old one in the unique index.
        for a in people_repo.assignments(conn, contract_id, True):
            if (a.person_id, a.role) not in wanted:
                people_repo.end_assignment(conn, a.id, on)
        for a in _proposed(conn, contract_id, rows, on):
            people_repo.save(conn, a)
    return roster_warnings(vault, contract_id, rows, on)


def assignments(vault, contract_id: int, active_only: bool = True) -> list[Assignment]:
    return people_repo.assignments(vault.conn, contract_id, active_only)


def attended_dates(vault, contract_id: int) -> dict[int, list[str]]:
    """person id → dates of the contract's training sessions they attended."""
    return people_repo.attended_dates(vault.conn, contract_id)


# --- contact chain, pledges, dispatch checks --------------------------------------------------

def contact_chain(vault, contract_id: int) -> list[ContactStep]:
    return people_repo.contact_chain(vault.conn, contract_id)


def contact_problems(steps: list[ContactStep]) -> list[Problem]:
    problems = []
    for i, s in enumerate(steps, 1):
        normalize(s)
        problems += [p.at(pick(f"{i}番目の連絡先", f"contact {i}")) for p in validate(s)]
    return problems


def set_contact_chain(vault, contract_id: int, steps: list[ContactStep]) -> None:
    problems = contact_problems(steps)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        people_repo.set_contact_chain(conn, contract_id, steps)


def pledges(vault, contract_id: int) -> dict[int, dict]:
    return {p["person_id"]: p for p in people_repo.pledges(vault.conn, contract_id)}


def record_pledge(vault, contract_id: int, person_id: int, signed_on: str,
                  scan: bytes | None = None, scan_name: str = "") -> None:
    """The signed date of a person's 誓約書, and optionally its scan (kept encrypted in the vault)."""
    signed_on = _check_on(signed_on) if signed_on else ""
    if scan is not None and len(scan) > MAX_SCAN_MB * 1024 * 1024:
        raise ValidationError([Problem("scan_too_large", {"size": round(len(scan) / 1048576, 1), "max": MAX_SCAN_MB})])
    if scan is not None:
        problems = check_text(scan_name, pick("ファイル名", "File name"), max_len=200)
        if problems:
            raise ValidationError(problems)
    with vault.transaction() as conn:
        people_repo.set_pledge(conn, contract_id, person_id, signed_on, scan, scan_name)


def pledge_scan(vault, contract_id: int, person_id: int) -> tuple[bytes | None, str]:
    return people_repo.pledge_scan(vault.conn, contract_id, person_id)


def save_dispatch_check(vault, d: DispatchCheck) -> DispatchCheck:
    require_valid(d)
    with vault.transaction() as conn:
        people_repo.save_dispatch_check(conn, d)
    return d


def dispatch_checks(vault, contract_id: int) -> dict[int, DispatchCheck]:
    return {d.person_id: d for d in people_repo.dispatch_checks(vault.conn, contract_id)}


# --- check ------------------------------------------------------------------------------------

def contract_problems(conn, c) -> list[Problem]:
    """The structure of one contract: what `check` reports and the People area shows."""
    every = people_repo.assignments(conn, c.id)
    active = [a for a in every if a.active]
    found: list[Problem] = []
    if c.end_on >= _today():  # the structure is kept while the contract runs
        if not any(a.role == "responsible" for a in active):
            found.append(Problem("responsible_missing"))
        found += structure_warnings(conn, c.id, active)
    # Art. 7(3) looks back too: a role that started untrained stays a violation after it ends.
    return found + training_violations(conn, c.id, every, _today())


def problems(vault) -> list[Problem]:
    """For `kojin-desk check`: each contract's structure, named by contract."""
    found: list[Problem] = []
    for c in repos.list_contracts(vault.conn):
        found += [p.at(c.where) for p in contract_problems(vault.conn, c)]
    return found


def by_id(vault) -> dict[int, Person]:
    """The registry by id (for the GUI's tables)."""
    return people_by_id(vault.conn)


def warnings(vault, contract) -> list[Problem]:
    """What the People area shows at its top for one contract."""
    return contract_problems(vault.conn, contract)
