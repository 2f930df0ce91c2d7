"""dump: the whole vault as JSON; load: a new vault from a dump, refused whole if any rule breaks."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from kojin_desk.areas.ledger.model import GENESIS, Entry, InventoryItem, entry_problems, item_problems
from kojin_desk.domain.records import Contract, Office
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.services import office_contracts
from kojin_desk.areas.people import transfer as transfer_people
from kojin_desk.areas.places import transfer as transfer_places
from kojin_desk.areas.people.transfer import parse_record
from kojin_desk.store import repos
from kojin_desk.areas.ledger import inspection_repo
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.store.keyfile import KdfParams
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault

FORMAT = "kojin-desk-dump"


def dump(vault) -> dict:
    conn = vault.conn
    contracts = []
    for c in repos.list_contracts(conn):
        item = asdict(c)
        item["created_at"] = repos.contract_created_at(conn, c.id)
        contracts.append(item)
    contracts.sort(key=lambda c: c["id"])
    documents = []
    for d in repos.list_documents(conn, with_pdf=True):
        d = dict(d)
        d["data"] = json.loads(d.pop("data_json"))
        d["pdf_base64"] = base64.b64encode(d.pop("pdf")).decode("ascii")
        documents.append(d)
    return {
        "format": FORMAT,
        "schema_version": LATEST,
        "office": asdict(repos.get_office(conn)),
        "contracts": contracts,
        "drafts": repos.list_drafts(conn),
        "documents": documents,
        "inventory_items": [asdict(i) for i in ledger_repo.list_items(conn)],
        "inventory_revisions": ledger_repo.revisions(conn),
        "ledger": [asdict(e) for e in ledger_repo.all_entries(conn)],
        "inspection_plans": inspection_repo.all_plans(conn),
        "inspections": inspection_repo.all_records(conn),
        **transfer_people.dump(conn),
        **transfer_places.dump(conn),
    }


def dumps(vault) -> str:
    return json.dumps(dump(vault), ensure_ascii=False, indent=1, sort_keys=True)


def _contract_name(i: int, raw: dict) -> str:
    title = str(raw.get("title", ""))[:30] if isinstance(raw, dict) else ""
    return pick(f"契約[{i}]「{title}」", f"contracts[{i}] '{title}'")


def parse(doc: object) -> "Parsed":
    """Check every rule of a dump; raise ValidationError listing each broken one."""
    from kojin_desk.services import documents as docs  # forms are loaded only when a dump is

    problems: list[Problem] = []
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError([Problem("bad_json", {"path": "dump", "detail": f"format != {FORMAT}"})])
    office = parse_record(Office, doc.get("office", {}), pick("事業者", "office"), problems)
    if office:
        problems += [p.at(pick("事業者", "office")) for p in office_contracts.office_problems(office)]

    contracts: list[tuple[Contract, str]] = []
    numbers: dict[str, int] = {}
    ids: set[int] = set()
    for i, raw in enumerate(doc.get("contracts") or []):
        where = _contract_name(i, raw)
        c = parse_record(Contract, raw, where, problems, extra={"created_at"})
        if c is None:
            continue
        if not isinstance(c.id, int) or c.id in ids:
            problems.append(Problem("bad_type", {"field": "id", "expected": "unique integer"}, where))
            continue
        ids.add(c.id)
        normalized = office_contracts.contract_problems_standalone(c)
        problems += [p.at(where) for p in normalized]
        if c.number:
            if c.number in numbers:
                problems.append(Problem("duplicate_number", {"number": c.number}, where))
            numbers[c.number] = c.id
        contracts.append((c, str(raw.get("created_at") or repos.now())))

    drafts = []
    for i, d in enumerate(doc.get("drafts") or []):
        where = pick(f"下書き[{i}]", f"drafts[{i}]")
        if not isinstance(d, dict) or d.get("contract_id") not in ids:
            problems.append(Problem("unknown_contract", {"id": d.get("contract_id") if isinstance(d, dict) else "?"}, where))
            continue
        drafts.append(d)

    documents = []
    for i, d in enumerate(doc.get("documents") or []):
        where = pick(f"発行済み文書[{i}]", f"documents[{i}]")
        parsed, doc_problems = docs.parse_dumped_document(d, ids)
        problems += [p.at(where) for p in doc_problems]
        if parsed:
            documents.append(parsed)
    seen = set()
    for d in documents:
        key = (d["contract_id"], d["form_id"], d["version"])
        if key in seen:
            problems.append(Problem("duplicate_version", {}, f"{d['form_id']} v{d['version']}"))
        seen.add(key)
    items, entries = _parse_ledger(doc, ids, problems)
    for i, r in enumerate(doc.get("inventory_revisions") or []):
        if not isinstance(r, dict) or r.get("item_id") not in items or set(r) != set(ledger_repo.REVISION_COLS):
            problems.append(Problem("bad_json", {"path": f"inventory_revisions[{i}]", "detail": "item_id"}))
    extra = {k: doc.get(k) or [] for k in ("inspection_plans", "inspections")}
    shapes = {"inspection_plans": {"contract_id": int, "interval_months": int, "first_due": str},
              "inspections": {"id": int, "contract_id": int, "done_on": str, "inspector": str, "media_ok": int,
                              "accuracy_ok": int, "storage_ok": int, "findings": str, "follow_up": str}}
    for k, rows in extra.items():
        for i, r in enumerate(rows):
            if not isinstance(r, dict) or r.get("contract_id") not in ids:
                problems.append(Problem("unknown_contract", {"id": r.get("contract_id") if isinstance(r, dict) else "?"}, f"{k}[{i}]"))
            elif set(r) != set(shapes[k]) or not all(isinstance(r[f], t) for f, t in shapes[k].items()):
                problems.append(Problem("bad_json", {"path": f"{k}[{i}]", "detail": ", ".join(shapes[k])}))
    staff = transfer_people.parse(doc, ids, problems)
    places = transfer_places.parse(doc, ids, {p.id: p.name for p in staff.people}, problems)
    if problems:
        raise ValidationError(problems)
    return Parsed(office, contracts, drafts, documents, items, entries, extra["inspection_plans"], extra["inspections"],
                  doc.get("inventory_revisions") or [], staff, places)


def _parse_ledger(doc: dict, contract_ids: set[int], problems: list[Problem]):
    items: dict[int, InventoryItem] = {}
    for i, raw in enumerate(doc.get("inventory_items") or []):
        where = pick(f"目録[{i}]", f"inventory_items[{i}]")
        item = parse_record(InventoryItem, raw, where, problems)
        if item is None:
            continue
        if item.contract_id not in contract_ids:
            problems.append(Problem("unknown_contract", {"id": item.contract_id}, where))
        item.count = str(item.count)
        problems += [p.at(where) for p in item_problems(item)]
        items[item.id] = item
    entries: list[Entry] = []
    prev, corrected = GENESIS, set()
    for i, raw in enumerate(doc.get("ledger") or []):
        e = parse_record(Entry, raw, pick(f"台帳[{i}]", f"ledger[{i}]"), problems)
        if e is None:
            return items, entries
        e.quantity = str(e.quantity)
        where = pick(f"台帳 第{e.seq}号", f"ledger No. {e.seq}")
        claimed = e.hash
        try:
            intact = e.seq == i + 1 and e.prev_hash == prev and ledger_repo.seal(e).hash == claimed
        except Exception:  # a value SQLite cannot bind (a list, a huge number…) was never hashed by us
            intact = False
        if not intact:
            problems.append(Problem("ledger_altered" if e.seq == i + 1 else "ledger_missing", {"seq": i + 1}))
            return items, entries  # everything after a broken link is unverifiable
        problems += [p.at(where) for p in entry_problems(e)]
        item = items.get(e.item_id)
        if item is None or item.contract_id != e.contract_id:
            problems.append(Problem("item_wrong_contract", {"id": e.item_id}, where))
        if e.corrects is not None:
            target = entries[e.corrects - 1] if 0 < e.corrects <= len(entries) else None
            if target is None or target.contract_id != e.contract_id or e.corrects in corrected:
                problems.append(Problem("bad_correction", {"seq": e.corrects}, where))
            corrected.add(e.corrects)
        entries.append(e)
        prev = e.hash
    return items, entries


@dataclass
class Parsed:
    office: Office
    contracts: list
    drafts: list
    documents: list
    items: dict
    entries: list
    inspection_plans: list
    inspections: list
    revisions: list
    people: transfer_people.ParsedPeople
    places: transfer_places.ParsedPlaces


def read_dump_file(path: Path) -> object:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise KojinError("file_unreadable", path=path, detail=exc.strerror) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KojinError("bad_dump", path=path, detail=str(exc)) from None


def load(doc: object, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams()) -> Vault:
    """Create a new vault holding exactly the dump, or nothing at all."""
    from kojin_desk.services.vault_access import check_new_passphrase

    parsed = parse(doc)
    check_new_passphrase(passphrase)
    vault = Vault.create(data_dir, passphrase, kdf)
    try:
        with vault.transaction() as conn:
            repos.save_office(conn, parsed.office)
            for c, created_at in parsed.contracts:
                repos.save_contract(conn, c, created_at)
            for d in parsed.drafts:
                repos.save_draft(conn, d["contract_id"], d["form_id"], d["data"], d.get("updated_at"))
            for d in parsed.documents:
                repos.insert_document(conn, d)
            for item in parsed.items.values():
                ledger_repo.save_item(conn, item)
            for r in parsed.revisions:
                ledger_repo.insert_revision(conn, r)
            ledger_repo.insert_chained(conn, parsed.entries)
            for p in parsed.inspection_plans:
                inspection_repo.set_plan(conn, p["contract_id"], p["interval_months"], p["first_due"])
            for r in parsed.inspections:
                inspection_repo.insert(conn, r)
            transfer_people.load(conn, parsed.people)
            transfer_places.load(conn, parsed.places)
            problems = transfer_places.cross_problems(conn, parsed.entries)
            if problems:
                raise ValidationError(problems)
    except BaseException:
        vault.close()
        for name in (Vault.db_path(data_dir), Vault.key_path(data_dir)):
            name.unlink(missing_ok=True)
        raise
    return vault
