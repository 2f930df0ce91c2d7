"""The handling ledger (Art. 11(10)(4)) and inventories (Art. 3(2), 5): rules and the hash chain.

Each entry's hash covers its content and the previous entry's hash, so a silent edit or
deletion breaks the chain at that entry. A correction is a new entry naming the one it
corrects; the corrected entry stays, but no longer counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kojin_desk.domain.records import normalize, spec_field, validate
from kojin_desk.errors import Problem
from kojin_desk.store.chain_head import GENESIS  # noqa: F401 - the ledger's chain starts there, as every chain

KINDS = ("受領", "取得", "作成", "利用", "複写・複製", "保管", "持出し", "運搬", "送付", "返還", "廃棄", "消去")
MOVES = {"送付": "sending", "運搬": "transport"}  # entered once, with their movement (method, check)
AFTER_END = ("返還", "廃棄", "消去", "保管")  # Art. 12(2): all that may happen once the contract has ended
LIST_B_ONLY = ("取得", "作成")  # Art. 3(2): what the contractor acquires or creates is listed in 目録B
CATALOGS = {"A": "目録A（東京都提供個人情報等）", "B": "目録B（受託者取得個人情報等）",
            "C": "目録C（特定個人情報同等水準管理情報）"}


@dataclass
class InventoryItem:
    """One line of 目録A/B/C: what personal information, how much, on what media."""

    catalog: str = field(default="A", **spec_field("目録", "List", max_len=1, kind="choice", choices=tuple(CATALOGS),
                                                   choice_labels=tuple(CATALOGS.items())))
    name: str = field(default="", **spec_field("件名", "Title", required=True))
    count: str = field(default="0", **spec_field("件数", "Number of records", max_len=12, kind="number"))
    media: str = field(default="", **spec_field("媒体", "Media"))
    sensitive: bool = field(default=False, **spec_field("要配慮個人情報を含む", "Contains sensitive information", kind="bool"))
    notes: str = field(default="", **spec_field("備考", "Notes", max_len=2000, kind="multiline"))
    id: int | None = None
    contract_id: int | None = None


def item_problems(item: InventoryItem) -> list[Problem]:
    normalize(item)
    problems = validate(item)
    if not item.count.isdigit():
        problems.append(Problem("bad_integer", {"field": "件数", "value": item.count[:20]}))
    return problems


@dataclass
class Entry:
    """One ledger line. `seq`, `prev_hash` and `hash` are set when it is appended."""

    at: str = field(default="", **spec_field("日時", "Date and time", max_len=19))
    kind: str = field(default="受領", **spec_field("区分", "Kind", max_len=10))
    quantity: str = field(default="1", **spec_field("数量", "Quantity", max_len=12, kind="number"))
    medium: str = field(default="", **spec_field("媒体", "Medium", max_len=100))
    place: str = field(default="", **spec_field("場所", "Place", max_len=100))
    person: str = field(default="", **spec_field("担当者", "Person in charge", max_len=100, required=True))
    counterpart: str = field(default="", **spec_field("相手方", "From / to", max_len=100))
    note: str = field(default="", **spec_field("備考", "Note", max_len=1000))
    equipment: str = field(default="", **spec_field("使用機器（管理番号）", "Equipment (asset number)", max_len=30, kind="number"))
    item_id: int | None = None
    contract_id: int | None = None
    corrects: int | None = None
    seq: int | None = None
    recorded_at: str = ""
    prev_hash: str = ""
    hash: str = ""

    def canonical_values(self) -> tuple:
        """The values the hash covers, in HASHED_COLUMNS order, with their stored types (equipment only when set)."""
        base = (self.seq, self.prev_hash, self.contract_id, self.item_id, self.at, self.kind, int(self.quantity),
                self.medium, self.place, self.person, self.counterpart, self.note, self.corrects, self.recorded_at)
        return base + ((self.equipment,) if self.equipment else ())


# The hash of entry n is SHA-256 over the UTF-8 of SQLite's json_array() of these columns, in this order;
# the previous entry's hash is one of them, which links the chain. SQLite writes the JSON both when an
# entry is appended and when the chain is checked, so the two can never differ in formatting.
HASHED_COLUMNS = ("seq", "prev_hash", "contract_id", "item_id", "at", "kind", "quantity", "medium", "place",
                  "person", "counterpart", "note", "corrects", "recorded_at")
# Added in schema 5 (Art. 11(8)): appended to the array only when set, so entries made before it keep their hash.
OPTIONAL_HASHED = "equipment"


def entry_hash(canonical_json: str) -> str:
    return hashlib.sha256(canonical_json.encode("utf-8")).hexdigest()


def entry_problems(e: Entry) -> list[Problem]:
    from datetime import datetime

    normalize(e)
    problems = validate(e)
    try:
        datetime.fromisoformat(e.at)
        if len(e.at) not in (16, 19):
            raise ValueError
    except ValueError:
        problems.append(Problem("bad_date", {"field": "日時", "value": e.at[:30]}))
    if e.kind not in KINDS:
        problems.append(Problem("bad_choice", {"field": "区分", "choices": "、".join(KINDS)}))
    if not e.quantity.isdigit() or int(e.quantity) < 0:
        problems.append(Problem("bad_integer", {"field": "数量", "value": e.quantity[:20]}))
    if e.item_id is None:
        problems.append(Problem("required", {"field": "目録の件名"}))
    return problems


# --- CSV: spreadsheet formulas are neutralised on export and restored exactly on import --------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_out_sql(column: str) -> str:
    """The cell of a text column, with a ' before what a spreadsheet would run as a formula (SQL, so an export
    writes whole batches without a Python call per cell)."""
    starts = ", ".join(f"char({ord(c)})" for c in _FORMULA_START)
    return f"CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN char(39) || {column} ELSE {column} END"


def csv_in(value: str) -> str:
    return value[1:] if value.startswith("'") else value
