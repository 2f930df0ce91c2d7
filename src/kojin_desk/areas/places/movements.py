"""The send and transport log (Art. 11(5)–(7)): declared methods, registered equipment, and the
two-person check of every send with the 責任者's approval of the method."""

from __future__ import annotations

from dataclasses import replace

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Movement
from kojin_desk.domain.records import normalize, validate
from kojin_desk.domain.wareki import is_iso_date, parse_date
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick


def responsible_on(conn, contract_id: int, day: str) -> set[int]:
    """Who was the contract's 責任者 on `day` (an ended role counts up to the day before it ended)."""
    return {a.person_id for a in people_repo.assignments(conn, contract_id)
            if a.role == "responsible" and a.start_on <= day and (not a.end_on or day < a.end_on)}


def movement_problems(conn, m: Movement, people_ids: set[int] | None = None) -> list[Problem]:
    """Every rule a send or transport obeys; the app and `load` both ask this."""
    normalize(m)
    found = validate(m)
    if m.kind not in ("sending", "transport"):
        return found + [Problem("bad_choice", {"field": "kind", "choices": "sending、transport"})]
    if found:
        return found
    known = people_ids if people_ids is not None else {p.id for p in people_repo.people(conn)}
    for pid in (m.sender_id, m.checker_id, m.approver_id):
        if pid is not None and pid not in known:
            found.append(Problem("unknown_person", {"id": pid}))
    if m.sender_id is None:
        found.append(Problem("required", {"field": pick("送付者", "Sender")}))
    if found:
        return found
    found += places.method_problems(conn, m.contract_id, m.method_id, m.kind, m.sent_on)
    found += places.equipment_problems(conn, m.contract_id, m.equipment, m.sent_on)
    if m.checker_id is not None:
        if m.checker_id == m.sender_id:
            found.append(Problem("self_check", {"name": people_repo.get(conn, Person, m.sender_id).name}))
        if not (m.ok_recipient and m.ok_hidden and m.ok_method):
            found.append(Problem("check_items"))
        if not is_iso_date(m.checked_on):
            found.append(Problem("bad_date", {"field": pick("確認日", "Date checked"), "value": str(m.checked_on)[:40]}))
        elif m.checked_on < m.sent_on:
            found.append(Problem("check_before_send"))
    if m.approver_id is not None and m.approver_id not in responsible_on(conn, m.contract_id, m.sent_on):
        found.append(Problem("approver_not_responsible", {"date": m.sent_on}))
    return found


def record(vault, m: Movement) -> Movement:
    """Keep a send or transport; its check may come now or later (record_check)."""
    problems = movement_problems(vault.conn, m)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        m.id = places_repo.save(conn, m)
    return m


def record_check(vault, movement_id: int, checker_id: int, checked_on: str, ok_recipient: bool, ok_hidden: bool,
                 ok_method: bool, approver_id: int | None) -> Movement:
    """The second person's check of a send (Art. 11(7)(1)–(3)) and the 責任者's approval of its method (4)."""
    m = places_repo.get(vault.conn, Movement, movement_id)
    if m is None:
        raise KojinError("not_found", what=pick("送付の記録", "The send"))
    try:
        checked_on = parse_date(checked_on).isoformat()
    except ValueError:
        raise ValidationError([Problem("bad_date", {"field": pick("確認日", "Date checked"), "value": checked_on[:40]})]) from None
    checked = replace(m, checker_id=checker_id, checked_on=checked_on, ok_recipient=ok_recipient, ok_hidden=ok_hidden,
                      ok_method=ok_method, approver_id=approver_id)
    return record(vault, checked)


def movements(vault, contract_id: int) -> list[Movement]:
    return places_repo.movements(vault.conn, contract_id)


def get(vault, movement_id: int) -> Movement | None:
    return places_repo.movement(vault.conn, movement_id)


# --- the log on screen: newest first, a page at a time (see places_repo.movement_page) ------------

def count(vault, contract_id: int, open_only: bool = False) -> int:
    return places_repo.movement_count(vault.conn, contract_id, open_only)


def page(vault, contract_id: int, after: tuple[str, int] | None, limit: int, open_only: bool = False) -> list[Movement]:
    return places_repo.movement_page(vault.conn, contract_id, after, limit, open_only)


def key_at(vault, contract_id: int, position: int, total: int, open_only: bool = False) -> tuple[str, int] | None:
    return places_repo.movement_key_at(vault.conn, contract_id, position, total, open_only)


def log_key(m: Movement) -> tuple[str, int]:
    """Where the page after `m` starts."""
    return m.sent_on, m.id


def method_names(vault, contract_id: int) -> dict[int, str]:
    return {m.id: m.name for m in places_repo.methods(vault.conn, contract_id)}


# --- the printed log --------------------------------------------------------------------------

def log_count(vault, contract_id: int, date_from: str = "", date_to: str = "") -> int:
    """Movements the log of this period (ISO dates, either end open when empty) would list."""
    return places_repo.log_count(vault.conn, contract_id, date_from, date_to)


def log_data(vault, contract_id: int, date_style: str = "wareki", date_from: str = "", date_to: str = "") -> dict:
    """The printable send and transport log of one period (the whole log when both ends are empty),
    made row by row from the cursor (no list of every movement on the way)."""
    from kojin_desk.domain.wareki import format_date
    from kojin_desk.services import documents

    people = {p.id: p.name for p in people_repo.people(vault.conn)}
    names = method_names(vault, contract_id)
    data = documents.new_data(vault, contract_id, "send_log")
    data["rows"] = [{
        "sent_on": m.sent_on, "kind": "送付" if m.kind == "sending" else "運搬", "what": m.what, "recipient": m.recipient,
        "method": names.get(m.method_id, ""), "equipment": m.equipment, "sender": people.get(m.sender_id, ""),
        "checker": (f"{people[m.checker_id]}（{format_date(m.checked_on, date_style)}）" if m.checker_id in people
                    else ("—" if m.kind == "transport" else "未確認")),
        "checks": "済" if m.ok_recipient and m.ok_hidden and m.ok_method else "",
        "approver": people.get(m.approver_id, ""),
    } for m in places_repo.log_rows(vault.conn, contract_id, date_from, date_to)]
    return data


def responsible_ids(vault, contract_id: int, day: str) -> set[int]:
    """Who may approve a send of `day` (the 責任者 in office then)."""
    return responsible_on(vault.conn, contract_id, day)
