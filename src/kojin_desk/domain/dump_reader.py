"""Reading a dump's record lists into dataclasses: unknown or missing keys and broken field rules become
problems naming the record, never crashes (shared by the kernel and every area's `parse`)."""

from __future__ import annotations

from dataclasses import fields

from kojin_desk.domain.records import normalize, validate
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import Problem


def parse_record(cls, raw: object, where: str, problems: list[Problem], extra: set[str] = frozenset()):
    """A dataclass from a dump object; unknown or missing keys are problems, not crashes."""
    if not isinstance(raw, dict):
        problems.append(Problem("bad_type", {"field": where, "expected": "object"}))
        return None
    names = {f.name for f in fields(cls)}
    for key in sorted(set(raw) - names - extra):
        problems.append(Problem("unknown_field", {"field": key}, where))
    try:
        return cls(**{k: v for k, v in raw.items() if k in names})
    except TypeError as exc:
        problems.append(Problem("bad_json", {"path": where, "detail": str(exc)}))
        return None



MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id cannot be stored at all


def is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def known(value: object, ids: set) -> bool:
    """`value in ids` for a value from a dump, which may be a list or an object (unhashable): then False."""
    return isinstance(value, (int, str)) and value in ids


def rows(doc: dict, key: str, problems: list[Problem]):
    """(where, raw) of each record of the list `key`; anything but a list is one problem, not a crash."""
    found = doc.get(key, [])
    if not isinstance(found, list):
        problems.append(Problem("bad_type", {"field": key, "expected": "list"}))
        return
    yield from ((f"{key}[{i}]", r) for i, r in enumerate(found))


class Unique:
    """A key that must be unique across a dump's records (an id, a position): a repeat names both records.
    `where` is the record's name, or anything `name` makes one of (a streamed log keeps a position per record,
    a few bytes, and names it only when it repeats)."""

    def __init__(self, problems: list[Problem], what: str, name=str) -> None:
        self.problems, self.what, self.name, self.first = problems, what, name, {}

    def add(self, key: object, where: object) -> bool:
        try:
            hash(key)
        except TypeError:  # a list where a number belongs: reported by the field's own rule
            key = repr(key)[:60]
        if key in self.first:
            self.problems.append(Problem("duplicate_record", {"what": self.what, "key": str(key)[:60],
                                                              "first": self.name(self.first[key])}, self.name(where)))
            return False
        self.first[key] = where
        return True


class DumpReader:
    """Reads the record lists of a dump, adding each broken rule to `problems` (shared with transfer_places)."""

    def __init__(self, doc: dict, contract_ids: set[int], problems: list[Problem]) -> None:
        self.doc, self.contracts, self.problems = doc, contract_ids, problems

    def rows(self, key: str):
        yield from rows(self.doc, key, self.problems)

    def records(self, cls, key: str, id_set: set | None = None, extra: set[str] = frozenset(),
                owner: tuple[str, set] | None = None):
        """Each record of `key` that has its fields right, with the field rules applied.
        `owner`: the field naming the record's owner and the ids it may take (default: a contract)."""
        owner_field, owners = owner or ("contract_id", self.contracts)
        unique = Unique(self.problems, "id")
        for where, raw in self.rows(key):
            r = parse_record(cls, raw, where, self.problems, extra)
            if r is None:
                continue
            if id_set is not None:
                if not is_id(r.id):
                    self.problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}, where))
                    continue
                if not unique.add(r.id, where):
                    continue
                id_set.add(r.id)
            if hasattr(r, owner_field) and not known(getattr(r, owner_field), owners):
                self.problems.append(Problem("unknown_contract", {"id": getattr(r, owner_field)}, where))
                continue
            try:
                normalize(r)
                found = validate(r)
            except (TypeError, AttributeError) as exc:
                found = [Problem("bad_json", {"path": where, "detail": str(exc)})]
            self.problems.extend(p.at(where) for p in found)
            yield where, raw, r

    def person_known(self, pid: object, person_ids: set[int], where: str) -> bool:
        if not known(pid, person_ids):
            self.problems.append(Problem("unknown_person", {"id": pid}, where))
            return False
        return True

    def date(self, value: object, label: str, where: str, required: bool) -> None:
        if (value != "" or required) and not is_iso_date(value):
            self.problems.append(Problem("bad_date", {"field": label, "value": str(value)[:40]}, where))
