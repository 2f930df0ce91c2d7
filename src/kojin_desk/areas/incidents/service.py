"""Incidents (Art. 13): open one (from a ledger entry, a send or nothing), record what it affected with the
quantities from the records, who was involved, every step of its timeline, and close it once reported.
Deadlines and the exposure of Art. 16(5) are worked out here for the page, the dashboard and `check`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kojin_desk.areas.incidents import repo
from kojin_desk.areas.incidents.model import (
    PPC_PERSONS,
    AffectedItem,
    Event,
    Incident,
    Involved,
    final_days,
    final_due,
    penalty,
    quick_due,
)
from kojin_desk.areas.instructions import service as instructions
from kojin_desk.areas.instructions.model import Instruction
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Movement
from kojin_desk.domain.records import normalize, validate
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.store import repos

MOVEMENT_KINDS = {"sending": "送付", "transport": "運搬"}
INCIDENT_KIND = "事故対応の指示（第13条）"


def _not_found(what_ja: str, what_en: str) -> KojinError:
    return KojinError("not_found", what=pick(what_ja, what_en))


def _check(record) -> None:
    normalize(record)
    problems = validate(record)
    if problems:
        raise ValidationError(problems)


def movement_of(conn, contract_id: int, movement_id: int) -> Movement | None:
    """The send or transport of this contract with that id (one row, however long the send log)."""
    m = places_repo.movement(conn, movement_id)
    return m if m is not None and m.contract_id == contract_id else None


def incident_problems(conn, i: Incident) -> list[Problem]:
    """The rules of one incident, asked by the service and by `load`."""
    normalize(i)
    found = validate(i)
    if found:
        return found
    if i.workplace_id is not None and i.workplace_id not in {w.id for w in places_repo.workplaces(conn, i.contract_id)}:
        found.append(Problem("incident_bad_place", {"kind": pick("作業場所", "work place"), "id": i.workplace_id}))
    if i.movement_id is not None and movement_of(conn, i.contract_id, i.movement_id) is None:
        found.append(Problem("incident_bad_place", {"kind": pick("送付・運搬", "send"), "id": i.movement_id}))
    return found


# --- incidents ---------------------------------------------------------------------------------------

def incidents(vault, contract_id: int) -> list[Incident]:
    return repo.incidents(vault.conn, contract_id)


def get(vault, incident_id: int) -> Incident:
    found = repo.get(vault.conn, incident_id)
    if found is None:
        raise _not_found("事故の記録", "The incident")
    return found


def save(vault, incident: Incident) -> Incident:
    i = replace(incident)
    if repos.get_contract(vault.conn, i.contract_id) is None:
        raise _not_found("契約", "The contract")
    problems = incident_problems(vault.conn, i)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        i.id = repo.save_record(conn, i)
    return i


def draft(vault, contract_id: int, source: str = "") -> tuple[Incident, list[AffectedItem]]:
    """A new incident (not saved) started from "ledger:<seq>", "movement:<id>" or nothing, with what it affected
    taken from the records: the ledger entry, or the send's own entry."""
    today = date.today().isoformat()
    kind, _, ref = source.partition(":")
    if kind == "ledger" and ref.isdigit():
        e = ledger.get_entry(vault, int(ref))
        if e is None or e.contract_id != contract_id:
            raise _not_found(f"台帳の記録（第{ref}号）", f"Ledger entry No. {ref}")
        item = next((x for x in ledger.list_items(vault, contract_id) if x.id == e.item_id), None)
        where = [w for w in places.workplaces(vault, contract_id, active_only=False) if w.name == e.place]
        i = Incident(title=pick(f"{item.name if item else ''}（台帳第{e.seq}号）に係る事故", f"Incident on ledger No. {e.seq}"),
                     discovered_on=today, occurred_on=e.at[:10], occurred_time=e.at[11:16], contract_id=contract_id,
                     workplace_id=where[0].id if where else None, place_text="" if where else e.place)
        return i, [item_from_ledger(vault, e.seq)]
    if kind == "movement" and ref.isdigit():
        m = movement_of(vault.conn, contract_id, int(ref))
        if m is None:
            raise _not_found("送付・運搬の記録", "The send")
        i = Incident(title=pick(f"{MOVEMENT_KINDS[m.kind]}「{m.what[:40]}」に係る事故", f"Incident on the send '{m.what[:40]}'"),
                     discovered_on=today, occurred_on=m.sent_on, place_kind="movement", movement_id=m.id,
                     place_text=m.recipient[:200], contract_id=contract_id)
        return i, [item_from_ledger(vault, seq) for seq in entries_of_movement(vault, contract_id, m)]
    return Incident(discovered_on=today, contract_id=contract_id), []


def entries_of_movement(vault, contract_id: int, m) -> list[int]:
    """The ledger entry the send or transport is (one record); for an older free-text send, the ledger's 送付
    (or 運搬) entries of its day: the quantities that left."""
    if getattr(m, "ledger_seq", None) is not None:
        return [m.ledger_seq]
    f = ledger.LedgerFilter(contract_id=contract_id, kind=MOVEMENT_KINDS[m.kind], date_from=m.sent_on, date_to=m.sent_on)
    return list(ledger.matching_seqs(vault, f))


def open_incident(vault, incident: Incident, affected: list[AffectedItem] = ()) -> Incident:
    """Keep a new incident and what it affected, in one transaction."""
    i = replace(incident, id=None)
    problems = incident_problems(vault.conn, i)
    for n, a in enumerate(affected, 1):
        problems += [p.at(pick(f"対象{n}", f"item {n}")) for p in _item_problems(vault.conn, i.contract_id, a)]
    if repos.get_contract(vault.conn, i.contract_id) is None:
        raise _not_found("契約", "The contract")
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        i.id = repo.save_record(conn, i)
        for a in affected:
            repo.save_record(conn, replace(a, incident_id=i.id, id=None))
    return i


def close(vault, incident_id: int, on: str) -> Incident:
    """An incident is closed once its 確報 has been made."""
    i = get(vault, incident_id)
    if not any(r["kind"] == "final" for r in repo.reports(vault.conn, incident_id)):
        raise ValidationError([Problem("incident_close_unreported", {"name": i.ref})])
    return save(vault, replace(i, closed_on=on))


# --- what it affected ------------------------------------------------------------------------------

def item_from_ledger(vault, seq: int) -> AffectedItem:
    e = ledger.get_entry(vault, seq)
    if e is None:
        raise _not_found(f"台帳の記録（第{seq}号）", f"Ledger entry No. {seq}")
    return AffectedItem(item_id=e.item_id, ledger_seq=e.seq, medium=e.medium, records=str(e.quantity),
                        persons=str(e.quantity), approximate=True)


def item_from_inventory(vault, contract_id: int, item_id: int) -> AffectedItem:
    """An item of the 目録 with what the ledger says is held now."""
    row = next((r for r in ledger.reconciliation(vault, contract_id) if r["item"].id == item_id), None)
    if row is None:
        raise _not_found("目録の件名", "The list item")
    return AffectedItem(item_id=item_id, medium=row["item"].media[:100], records=str(max(row["held"], 0)),
                        persons=str(max(row["held"], 0)), approximate=True)


def _item_problems(conn, contract_id: int, a: AffectedItem) -> list[Problem]:
    normalize(a)
    found = validate(a)
    from kojin_desk.areas.ledger import repo as ledger_repo

    item = ledger_repo.get_item(conn, a.item_id) if a.item_id is not None else None
    if a.item_id is not None and (item is None or item.contract_id != contract_id):
        found.append(Problem("item_wrong_contract", {"id": a.item_id}))
    if a.ledger_seq is not None:
        e = ledger_repo.get_entry(conn, a.ledger_seq)
        if e is None or e.contract_id != contract_id or e.item_id != a.item_id:
            found.append(Problem("bad_correction", {"seq": a.ledger_seq}))
    return found


def affected(vault, incident_id: int) -> list[AffectedItem]:
    return repo.items(vault.conn, incident_id)


def save_item(vault, a: AffectedItem) -> AffectedItem:
    i = get(vault, a.incident_id)
    a = replace(a)
    problems = _item_problems(vault.conn, i.contract_id, a)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        a.id = repo.save_record(conn, a)
    return a


def remove_item(vault, item_id: int) -> None:
    with vault.transaction() as conn:
        repo.delete_item(conn, item_id)


def item_names(vault, contract_id: int) -> dict[int, str]:
    return {x.id: f"目録{x.catalog}「{x.name}」" for x in ledger.list_items(vault, contract_id)}


# --- people and timeline -------------------------------------------------------------------------

def involved(vault, incident_id: int) -> list[Involved]:
    return repo.involved(vault.conn, incident_id)


def set_involved(vault, incident_id: int, chosen: list[Involved]) -> None:
    get(vault, incident_id)
    known = people.by_id(vault)
    bad = [Problem("unknown_person", {"id": p.person_id}) for p in chosen if p.person_id not in known]
    if bad:
        raise ValidationError(bad)
    with vault.transaction() as conn:
        repo.set_involved(conn, incident_id, chosen)


def events(vault, incident_id: int) -> list[Event]:
    return repo.events(vault.conn, incident_id)


def add_event(vault, event: Event) -> Event:
    i = get(vault, event.incident_id)
    e = replace(event)
    _check(e)
    if e.day < i.discovered_on and e.kind != "その他":
        raise ValidationError([Problem("dates_reversed", {"start": pick("発覚日", "Discovered on"), "end": pick("日付", "Date")})])
    if e.instruction.strip() and e.instruction_id is None:
        e.instruction_id = _register_instruction(vault, i, e).id
    with vault.transaction() as conn:
        e.id = repo.save_record(conn, e)
    return e


def _register_instruction(vault, i: Incident, e: Event):
    """Art. 13(1) 「その指示に従わなければならない」: what Tokyo instructed goes into the one register of
    instructions and approvals, which the timeline item then points at."""
    record = Instruction(kind=INCIDENT_KIND, received_on=e.day, issuer=(e.who or "東京都")[:200],
                         summary=f"{i.ref}: {e.instruction}"[:2000], contract_id=i.contract_id)
    return instructions.save(vault, record)


def reports(vault, incident_id: int) -> list[dict]:
    return repo.reports(vault.conn, incident_id)


# --- deadlines, exposure, findings ---------------------------------------------------------------

def persons(items: list[AffectedItem]) -> tuple[int, int, bool]:
    """本人の数, 件数 and whether any is approximate."""
    return (sum(int(a.persons) for a in items), sum(int(a.records) for a in items), any(a.approximate for a in items))


def ppc_triggers(i: Incident, items: list[AffectedItem]) -> list[str]:
    """The PPC's reportable situations (施行規則第7条各号) this incident meets."""
    out = [label for flag, label in ((i.sensitive, "要配慮個人情報（第1号）"), (i.property_risk, "財産的被害のおそれ（第2号）"),
                                     (i.improper, "不正の目的によるおそれ（第3号）")) if flag]
    if persons(items)[0] > PPC_PERSONS:
        out.append("本人の数が1,000人超（第4号）")
    return out


def status(vault, i: Incident) -> dict:
    """What the incident page shows at its head: deadlines, reports made, PPC triggers, exposure."""
    done = {r["kind"]: r["issue_date"] for r in repo.reports(vault.conn, i.id)} if i.id else {}
    items = repo.items(vault.conn, i.id) if i.id else []
    contract = repos.get_contract(vault.conn, i.contract_id)
    return {"quick_due": quick_due(i), "final_due": final_due(i), "final_days": final_days(i),
            "quick_on": done.get("quick", ""), "final_on": done.get("final", ""),
            "persons": persons(items), "triggers": ppc_triggers(i, items),
            "amount": contract.amount if contract else "", "penalty": penalty(contract.amount if contract else "")}


def findings(conn, contract, today: str | None = None) -> list[tuple[Problem, str, str, bool, int]]:
    """(problem, article, due, todo, incident id) per open incident: the 速報 and 確報 before their due dates (todo), overdue
    after (a problem), and a dispute with a third party not yet notified in writing (Art. 16(2): 直ちに)."""
    today = today or date.today().isoformat()
    out = []
    for i in repo.incidents(conn, contract.id):
        if i.closed_on:
            continue
        done = {r["kind"] for r in repo.reports(conn, i.id)}
        name = i.ref
        for kind, due, days in (("quick", quick_due(i), i.quick_days), ("final", final_due(i), final_days(i))):
            if kind in done:
                continue
            late = today > due
            code = f"incident_{kind}_{'overdue' if late else 'due'}"
            out.append((Problem(code, {"name": name, "due": due, "discovered": i.discovered_on, "days": days}),
                        "第13条第1項", due, not late, i.id))
        notified = len([r for r in repo.reports(conn, i.id) if r["kind"] == "dispute"])
        disputes = [e for e in repo.events(conn, i.id) if e.kind == "第三者との紛争等"]
        for e in disputes[notified:]:
            out.append((Problem("incident_dispute_unnotified", {"name": name, "date": e.day}), "第16条第2項", e.day,
                        today <= e.day, i.id))
    return out
