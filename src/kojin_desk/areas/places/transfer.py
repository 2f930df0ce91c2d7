"""dump/load of work places, equipment, cloud services, methods, take-outs and the send log.

Field rules are checked while parsing; the rules across records (a declared method, registered
equipment, a check by someone other than the sender, Tokyo's approval of a take-out) are checked
by the same service functions once the records are in the new vault, before it is committed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kojin_desk.areas.places import movements_stream
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places.model import (
    Certification,
    CloudService,
    Equipment,
    Method,
    Movement,
    TakeOut,
    WorkPlace,
)
from kojin_desk.areas.places.movements_stream import StreamedMovements
from kojin_desk.domain.dump_reader import DumpReader
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

TABLES = {"workplaces": WorkPlace, "equipment": Equipment, "cloud_services": CloudService,
          "cloud_certifications": Certification, "methods": Method, "takeouts": TakeOut, "movements": Movement}


def dump(conn) -> dict:
    # Generators: write_dump streams them (the send log grows with the ledger: ~2 records in 7 entries).
    return {key: (asdict(r) for r in places_repo.each(conn, cls)) for key, cls in TABLES.items()}


@dataclass
class ParsedPlaces:
    records: dict = field(default_factory=dict)  # table key -> records, all but the send log (streamed)
    movements: StreamedMovements | None = None

    @property
    def movement_ids(self):
        """The ids of the send log's records (what an incident may name)."""
        return self.movements.ids.first if self.movements and self.movements.ids else {}


ENTRY_RECORD = ("台帳の記録", "ledger entry")  # one send or transport record per entry


def stream(conn, rows, problems: list[Problem]) -> StreamedMovements:
    return movements_stream.stream(conn, rows, problems, pick(*ENTRY_RECORD))


def parse(doc: dict, contract_ids: set[int], people: dict[int, str], problems: list[Problem],
          movements: StreamedMovements | None = None) -> ParsedPlaces:
    """`people`: id → name of the dump's person registry; `movements`: what `stream` wrote of the send log,
    whose references are checked here."""
    reader, out = DumpReader(doc, contract_ids, problems), ParsedPlaces(movements=movements)
    ids: dict[str, set[int]] = {key: set() for key in TABLES}
    codes: set[tuple] = set()
    for key, cls in TABLES.items():  # owners come before what they own: services, then certifications
        if key == movements_stream.KEY:
            continue
        owner = ("service_id", ids["cloud_services"]) if cls is Certification else None
        kept = []
        for where, _, r in reader.records(cls, key, ids[key], owner=owner):
            if cls is Method and (r.kind not in ("transport", "sending") or not (r.declared_on == "" or is_iso_date(r.declared_on))):
                problems.append(Problem("bad_json", {"path": where, "detail": "kind, declared_on"}))
            if cls is Equipment:
                if (r.contract_id, r.code) in codes:
                    problems.append(Problem("duplicate_code", {"asset": r.code}, where))
                codes.add((r.contract_id, r.code))
            kept.append(r)
        out.records[key] = kept
    movements_stream.check_refs(movements, contract_ids, ids["methods"], people, problems)
    return out


def load(conn, parsed: ParsedPlaces) -> None:
    """Everything but the send log, which `stream` wrote."""
    for key in TABLES:
        for r in parsed.records.pop(key, []):
            places_repo.save(conn, r)


def load_problems(conn) -> list[Problem]:
    """The rules that join records (a declared method, a check by someone else), asked of the loaded vault."""
    from kojin_desk.areas.places import movements

    found = []
    for m in places_repo.each(conn, Movement):  # one at a time (hundreds of thousands with a long ledger)
        where = pick(f"送付・運搬記録 id {m.id}（{m.sent_on}）", f"movements id {m.id} ({m.sent_on})")
        found += [p.at(where) for p in movements.movement_problems(conn, m)]
    return found
