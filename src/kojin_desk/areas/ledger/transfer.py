"""dump/load of the inventories (目録), their revisions, the chained ledger and the inspections.

A ledger in a dump is verified link by link: everything after a broken link is unverifiable, so the dump
is refused there, naming the entry.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from kojin_desk.areas.ledger import history, inspection_repo, inspections, rules
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger.model import (
    GENESIS,
    MOVES,
    Entry,
    InventoryItem,
    entry_problems,
    item_problems,
)
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.domain.dump_reader import Unique, is_id, known, parse_record, rows
from kojin_desk.domain.records import specs
from kojin_desk.domain.text import check_text
from kojin_desk.errors import Problem
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import EVERY, counted

KEYS = ("inventory_items", "inventory_revisions", "ledger", "ledger_rules_from", "inspection_plans", "inspections")
MAX_COUNT = 10**12 - 1  # the 件数 field's 12 digits
NAME = dict(specs(InventoryItem))["name"]  # a revision's names obey the item's own rule
SHAPES = {"inspection_plans": {"contract_id": int, "interval_months": int, "first_due": str},
          "inspections": {"id": int, "contract_id": int, "done_on": str, "inspector": str, "media_ok": int,
                          "accuracy_ok": int, "storage_ok": int, "findings": str, "follow_up": str}}


def dump(conn) -> dict:
    return {
        "inventory_items": [asdict(i) for i in ledger_repo.list_items(conn)],
        "inventory_revisions": ledger_repo.revisions(conn),
        "ledger": counted((asdict(e) for e in ledger_repo.all_entries(conn)),  # streamed by write_dump
                          ledger_repo.head(conn)[0], msg("progress_dump")),
        "ledger_rules_from": rules.rules_from(conn),
        "inspection_plans": inspection_repo.all_plans(conn),
        "inspections": inspection_repo.all_records(conn),
    }


@dataclass
class StreamedLedger:
    """What `stream` learnt of the entries it verified and wrote (they are in the vault, not in memory)."""
    count: int = 0
    # (item id, contract id) -> the entry numbers naming it: checked against the lists once they are read.
    pairs: dict = field(default_factory=dict)


@dataclass
class ParsedLedger:
    items: dict = field(default_factory=dict)
    entries: StreamedLedger = field(default_factory=StreamedLedger)
    revisions: list = field(default_factory=list)
    inspection_plans: list = field(default_factory=list)
    inspections: list = field(default_factory=list)
    rules_from: int = 1


def stream(conn, rows, problems: list[Problem]) -> StreamedLedger:
    """Verify the chain and each entry's own rules as the entries arrive, and write them a batch at a time
    (inside the load's transaction: a refused dump leaves nothing). Memory stays flat in the ledger's size."""
    out = StreamedLedger()
    if not isinstance(rows, (list, Iterator)):
        problems.append(Problem("bad_type", {"field": "ledger", "expected": "list"}))
        return out
    prev, corrected, contract_of, batch = GENESIS, set(), [], []
    for i, raw in enumerate(rows):
        e = parse_record(Entry, raw, pick(f"台帳[{i}]", f"ledger[{i}]"), problems)
        if e is None:
            break
        e.quantity = str(e.quantity)
        where = pick(f"台帳 第{e.seq}号", f"ledger No. {e.seq}")
        claimed = e.hash
        try:
            intact = e.seq == i + 1 and e.prev_hash == prev and ledger_repo.seal(e, conn).hash == claimed
        except Exception:  # a value SQLite cannot bind (a list, a huge number…) was never hashed by us
            intact = False
        if not intact:
            problems.append(Problem("ledger_altered" if e.seq == i + 1 else "ledger_missing", {"seq": i + 1}))
            break  # everything after a broken link is unverifiable
        problems += [p.at(where) for p in entry_problems(e)]
        if e.corrects is not None:
            ok = (isinstance(e.corrects, int) and 0 < e.corrects <= len(contract_of)
                  and contract_of[e.corrects - 1] == e.contract_id and e.corrects not in corrected)
            if not ok:
                problems.append(Problem("bad_correction", {"seq": e.corrects}, where))
            corrected.add(e.corrects)
        contract_of.append(e.contract_id)
        out.pairs.setdefault((e.item_id, e.contract_id), array("q")).append(e.seq)
        out.count, prev = e.seq, e.hash
        if not problems:  # once the dump is refused, only the checks go on
            batch.append(e)
        if len(batch) >= EVERY:
            ledger_repo.insert_chained(conn, batch)
            batch = []
    if not problems:
        ledger_repo.insert_chained(conn, batch)
    return out


def parse(doc: dict, contract_ids: set[int], problems: list[Problem], streamed: StreamedLedger | None = None) -> ParsedLedger:
    """The ledger's part of a dump but its entries, which `stream` checked and wrote (None: the dump has no
    ledger); the entries' items are checked against the lists here."""
    out = ParsedLedger()
    out.items = _parse_items(doc, contract_ids, problems)
    out.entries = streamed or StreamedLedger()
    for (item_id, contract_id), seqs in out.entries.pairs.items():
        item = out.items.get(item_id)
        if item is None or item.contract_id != contract_id:
            problems += [Problem("item_wrong_contract", {"id": item_id}, pick(f"台帳 第{s}号", f"ledger No. {s}"))
                         for s in seqs]
    out.revisions = _parse_revisions(doc, out.items, problems)
    # A dump made before the ledger joined the registry has no watermark: all its entries are free text.
    out.rules_from = doc.get("ledger_rules_from", out.entries.count + 1)
    if not is_id(out.rules_from):
        problems.append(Problem("bad_type", {"field": "ledger_rules_from", "expected": "integer >= 1"}))
    out.inspection_plans, out.inspections = _parse_inspections(doc, contract_ids, problems)
    return out


def _shaped(raw: object, shape: dict, where: str, problems: list[Problem]) -> bool:
    if not isinstance(raw, dict) or set(raw) != set(shape) or not all(isinstance(raw[f], t) for f, t in shape.items()):
        problems.append(Problem("bad_json", {"path": where, "detail": ", ".join(shape)}))
        return False
    return True


def _unique_id(value: int, ids: Unique, where: str, problems: list[Problem]) -> bool:
    if not is_id(value):
        problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}, where))
        return False
    return ids.add(value, where)


LEGACY_REVISION = {"id", "item_id", "revised_at", "old_count", "new_count", "reason"}  # dumps made before schema 6
TEXT_COLS = ("revised_at", "reason", "old_name", "new_name", "old_catalog", "new_catalog", "effective_on", "notice_ref", "source")


def _parse_revisions(doc: dict, items: dict, problems: list[Problem]) -> list[dict]:
    """Each item's revisions must follow one from another and lead to the item as listed (history.py); each one
    unique, with whole counts and its texts through the screens' rules."""
    kept: list[dict] = []
    ids = Unique(problems, "id")
    for where, r in rows(doc, "inventory_revisions", problems):
        if isinstance(r, dict) and not known(r.get("item_id"), items):
            item_id = str(r.get("item_id"))[:20]
            problems.append(Problem("not_found", {"what": pick(f"目録 id {item_id}", f"Inventory item id {item_id}")}, where))
            continue
        if isinstance(r, dict) and set(r) == LEGACY_REVISION and known(r.get("item_id"), items):
            item = items[r["item_id"]]
            r = {**r, "old_name": item.name, "new_name": item.name, "old_catalog": item.catalog,
                 "new_catalog": item.catalog, "effective_on": str(r.get("revised_at", ""))[:10], "notice_ref": "", "source": "legacy"}
        if (not isinstance(r, dict) or not known(r.get("item_id"), items) or set(r) != set(ledger_repo.REVISION_COLS)
                or not all(isinstance(r[c], str) for c in TEXT_COLS)
                or not all(isinstance(r[c], int) and not isinstance(r[c], bool) for c in ("id", "old_count", "new_count"))):
            problems.append(Problem("bad_json", {"path": where, "detail": ", ".join(ledger_repo.REVISION_COLS)}))
            continue
        if not _unique_id(r["id"], ids, where, problems):
            continue
        found = [Problem("out_of_range", {"field": label, "min": 0, "max": MAX_COUNT})
                 for key, label in (("old_count", pick("修正前の件数", "Old count")), ("new_count", pick("修正後の件数", "New count")))
                 if not 0 <= r[key] <= MAX_COUNT]
        found += [p for key in ("old_name", "new_name") for p in check_text(r[key], NAME.label, max_len=NAME.max_len)]
        found += check_text(r["revised_at"], "revised_at", max_len=40)
        problems += [p.at(where) for p in found]
        kept.append(r)
    for item_id, item in items.items():
        mine = sorted((r for r in kept if r["item_id"] == item_id), key=lambda r: r["id"])
        for k, p in history.chain_problems(item, mine):
            problems.append(p.at(pick(f"目録「{item.name[:30]}」の修正履歴[{k}]", f"revisions of list item '{item.name[:30]}' [{k}]")))
    return kept


def _parse_inspections(doc: dict, contract_ids: set[int], problems: list[Problem]) -> tuple[list, list]:
    """Schedules and records, through the rules the inspection screens apply."""
    plans, plan_owners = [], Unique(problems, pick("契約", "contract"))
    for where, p in rows(doc, "inspection_plans", problems):
        if not _shaped(p, SHAPES["inspection_plans"], where, problems) or not plan_owners.add(p["contract_id"], where):
            continue
        found = [] if p["contract_id"] in contract_ids else [Problem("unknown_contract", {"id": str(p["contract_id"])[:20]})]
        found += inspections.plan_problems(p["interval_months"], p["first_due"])
        problems += [x.at(where) for x in found]
        plans.append(p)
    records, ids = [], Unique(problems, "id")
    for where, r in rows(doc, "inspections", problems):
        if not _shaped(r, SHAPES["inspections"], where, problems) or not _unique_id(r["id"], ids, where, problems):
            continue
        found = [] if r["contract_id"] in contract_ids else [Problem("unknown_contract", {"id": str(r["contract_id"])[:20]})]
        found += inspections.record_problems(r["done_on"], r["inspector"], r["findings"], r["follow_up"])
        found += [Problem("bad_type", {"field": k, "expected": "0/1"}) for k in ("media_ok", "accuracy_ok", "storage_ok")
                  if r[k] not in (0, 1)]
        problems += [x.at(where) for x in found]
        records.append(r)
    return plans, records


def _parse_items(doc: dict, contract_ids: set[int], problems: list[Problem]) -> dict[int, InventoryItem]:
    items: dict[int, InventoryItem] = {}
    ids = Unique(problems, "id")
    for i, (_, raw) in enumerate(rows(doc, "inventory_items", problems)):
        where = pick(f"目録[{i}]", f"inventory_items[{i}]")
        item = parse_record(InventoryItem, raw, where, problems)
        if item is None:
            continue
        if not is_id(item.id):
            problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}, where))
            continue
        if not ids.add(item.id, where):  # entries pointing at it would silently point at the other
            continue
        if not known(item.contract_id, contract_ids):
            problems.append(Problem("unknown_contract", {"id": item.contract_id}, where))
        item.count = str(item.count)
        problems += [p.at(where) for p in item_problems(item)]
        items[item.id] = item
    return items


def load(conn, parsed: ParsedLedger) -> None:
    """Everything but the entries, which `stream` wrote (the vault defers its foreign keys to the commit)."""
    for item in parsed.items.values():
        ledger_repo.save_item(conn, item)
    for r in parsed.revisions:
        ledger_repo.insert_revision(conn, r)
    rules.set_rules_from(conn, parsed.rules_from)
    for p in parsed.inspection_plans:
        inspection_repo.set_plan(conn, p["contract_id"], p["interval_months"], p["first_due"])
    for r in parsed.inspections:
        inspection_repo.insert(conn, r)


def load_problems(conn, parsed: ParsedLedger) -> list[Problem]:
    """The rules across records, asked of the loaded vault entry by entry, read back a batch at a time: Art. 11
    of each entry (registered equipment, an approved take-out), the spine (registered person, declared place,
    Tokyo's approvals), one record per send."""
    from kojin_desk.areas.places.service import ledger_entry_problems

    found, records, copies = [], {}, {}
    links = places_repo.entry_links(conn)
    kind_of = {v: k for k, v in MOVES.items()}  # movement kind -> ledger kind
    for e in counted(ledger_repo.all_entries(conn), parsed.entries.count, msg("progress_load_rules")):
        where = pick(f"台帳 第{e.seq}号", f"ledger No. {e.seq}")
        found += [p.at(where) for p in ledger_entry_problems(conn, e)]
        link = links.pop(e.seq, None)
        if link is not None and (e.kind, e.contract_id) != (kind_of.get(link[1], ""), link[2]):
            found.append(Problem("movement_entry_mismatch", {"id": link[0], "seq": e.seq}))
        if e.seq < parsed.rules_from:
            continue
        r = records.setdefault(e.contract_id, rules.ContractRecords(conn, e.contract_id))
        key = (e.contract_id, e.item_id)
        found += [p.at(where) for p in rules.entry_problems(r, e, copies.get(key, 0))]
        if e.kind == "複写・複製":
            copies[key] = copies.get(key, 0) + int(e.quantity)
        if e.kind in MOVES and link is None:
            found.append(Problem("movement_entry_missing", {"seq": e.seq, "kind": e.kind}))
    found += [Problem("movement_entry_mismatch", {"id": mid, "seq": seq}) for seq, (mid, _, _) in links.items()]
    return found
