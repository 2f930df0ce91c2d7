"""The ledger as the spine: who handled what, where, and under which of Tokyo's approvals (one truth).

Every rule here is asked when an entry is appended, when a dump is loaded and (for what is only
reported) by `check`. Entries made before schema step 6 (below `ledger_rules_from`) keep their
free text; `check` lists the ones that match no registered person or declared place, once.
"""

from __future__ import annotations

from functools import cached_property

from kojin_desk.areas.instructions import repo as instructions_repo
from kojin_desk.areas.instructions.model import COPY, TAKEOUT
from kojin_desk.areas.ledger import repo
from kojin_desk.areas.ledger.model import AFTER_END, LIST_B_ONLY, MOVES, Entry
from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.errors import Problem
from kojin_desk.store import repos

RULES_FROM_KEY = "ledger_rules_from"
SENDERS = ("responsible", "worker")  # Art. 11(7): 従事者 send; the 責任者 is one too


def rules_from(conn) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (RULES_FROM_KEY,)).fetchone()
    return int(row[0]) if row else 1


def set_rules_from(conn, seq: int) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (RULES_FROM_KEY, str(seq)))


def _active(a, day: str) -> bool:
    return a.start_on <= day and (not a.end_on or day < a.end_on)


class ContractRecords:
    """What the rules read about one contract, read once (a dump of 100,000 entries asks it for each)."""

    def __init__(self, conn, contract_id: int) -> None:
        self.conn, self.contract_id = conn, contract_id

    @cached_property
    def contract(self):
        return repos.get_contract(self.conn, self.contract_id)

    @cached_property
    def people(self) -> dict:
        return {p.id: p for p in people_repo.people(self.conn)}

    @cached_property
    def assignments(self) -> list:
        return people_repo.assignments(self.conn, self.contract_id)

    @cached_property
    def workplaces(self) -> list:
        return places_repo.workplaces(self.conn, self.contract_id)

    @cached_property
    def approvals(self) -> list:
        return instructions_repo.instructions(self.conn, self.contract_id)

    @cached_property
    def takeouts(self) -> list:
        return places_repo.takeouts(self.conn, self.contract_id)

    @cached_property
    def items(self) -> dict:
        return {i.id: i for i in repo.list_items(self.conn, self.contract_id)}

    def roles_of(self, name: str, day: str) -> set[str]:
        return {a.role for a in self.assignments
                if _active(a, day) and a.person_id in self.people and self.people[a.person_id].name == name}

    def person_id(self, name: str, day: str) -> int | None:
        return next((a.person_id for a in self.assignments
                     if _active(a, day) and self.people.get(a.person_id) and self.people[a.person_id].name == name), None)

    def declared_places(self, day: str) -> set[str]:
        return {w.name for w in self.workplaces if not w.ended_on or day < w.ended_on}

    def approved(self, kind: str, day: str, item: str = "", place: str = ""):
        return next((i for i in self.approvals if i.covers(kind, day, item, place)), None)

    def takeout_covers(self, day: str, destination: str = "") -> bool:
        return any(t.covers(day) and (not destination or t.destination == destination) for t in self.takeouts)


def entry_problems(records: ContractRecords, e: Entry, copied_before: int | None = None) -> list[Problem]:
    """The rules across records for one entry (the entry's own fields are checked before this).

    `copied_before`: copies of the item already recorded (the caller knows it while loading a dump)."""
    day, found = e.at[:10], []
    roles = records.roles_of(e.person, day)
    if not roles:  # Art. 11(10)(4) 担当者, Art. 5(1): only the people notified to Tokyo handle the data
        found.append(Problem("ledger_person_unregistered", {"name": e.person[:40], "date": day}))
    elif e.kind in MOVES and not roles & set(SENDERS):
        found.append(Problem("sender_not_worker", {"name": e.person[:40]}))
    places = records.declared_places(day)
    if e.place not in places:  # Art. 11(3): handled only at a declared work place
        found.append(Problem("ledger_place_undeclared", {"place": e.place[:40], "date": day}))
    if e.kind == "運搬" and not (e.counterpart.startswith("東京都") or e.counterpart in places
                                or records.approved(TAKEOUT, day, place=e.counterpart)
                                or records.takeout_covers(day, e.counterpart)):
        found.append(Problem("transport_unapproved", {"to": e.counterpart[:40], "date": day}))
    item = records.items.get(e.item_id)
    if item is not None:
        found += _item_problems(records, e, item, day, copied_before)
    contract = records.contract
    if contract and contract.end_on and day > contract.end_on and e.kind not in AFTER_END:
        found.append(Problem("after_contract_end", {"kind": e.kind, "end": contract.end_on}))
    return found


def _item_problems(records: ContractRecords, e: Entry, item, day: str, copied_before: int | None) -> list[Problem]:
    found = []
    if e.kind in LIST_B_ONLY and item.catalog != "B":
        found.append(Problem("kind_needs_list_b", {"kind": e.kind}))
    if e.kind == "受領" and item.catalog == "B":  # Art. 11(2): a 受領 (and its 受領書) is for what Tokyo hands over
        found.append(Problem("receipt_is_from_tokyo"))
    if e.kind == "取得" and not e.note.strip():  # Art. 3(3): the acquisition follows the Act's procedure
        found.append(Problem("acquisition_basis"))
    if e.kind == "複写・複製":
        approval = records.approved(COPY, day, item=item.name)
        if approval is None:
            found.append(Problem("copy_unapproved", {"item": item.name[:40], "date": day}))
        elif approval.quantity:
            before = copied_before if copied_before is not None else repo.copied(records.conn, e.contract_id, item.id)
            if before + int(e.quantity) > int(approval.quantity):
                found.append(Problem("copy_over_limit", {"item": item.name[:40], "allowed": approval.quantity,
                                                         "reference": approval.reference[:40]}))
    return found
