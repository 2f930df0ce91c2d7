"""A contract with a responsible person and two workers, as the Places and send log GUI tests start from."""

from __future__ import annotations

from kojin_desk.areas.demo import OFFICE
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.domain.records import Contract
from kojin_desk.services import office_contracts
from kojin_desk.settings import Settings
from kojin_desk.ui.context import Context


def places_context(vault, tmp_path) -> Context:
    office_contracts.save_office(vault, OFFICE)
    c = office_contracts.save_contract(vault, Contract(title="調査票集計業務委託", start_on="2026-04-01", end_on="2099-03-31",
                                                       signed_on="2026-04-01"))
    team = [people.save_person(vault, Person(name=n)) for n in ("山﨑 花子", "齋藤 さくら", "髙橋 一郎")]
    people.apply_roster(vault, c.id, [RosterRow(team[0].id, "responsible"), RosterRow(team[1].id, "worker"),
                                      RosterRow(team[2].id, "worker")], "2026-04-01")
    context = Context(vault, Settings(), tmp_path)
    context.contract_id = c.id
    return context
