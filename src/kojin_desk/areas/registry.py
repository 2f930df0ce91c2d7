"""The areas, in dependency order (an area comes after every area it `needs`). Adding an area is one line here."""

from __future__ import annotations

from kojin_desk.areas.contract import Area
from kojin_desk.areas.incidents.area import IncidentsArea
from kojin_desk.areas.instructions.area import InstructionsArea
from kojin_desk.areas.ledger.area import LedgerArea
from kojin_desk.areas.people.area import PeopleArea
from kojin_desk.areas.places.area import PlacesArea

AREAS: list[Area] = [
    PeopleArea(),
    PlacesArea(),
    InstructionsArea(),
    LedgerArea(),
    IncidentsArea(),
]


def area(key: str) -> Area:
    return next(a for a in AREAS if a.key == key)
