"""Inventories, the append-only ledger, reconciliation of 件数, CSV, and periodic inspections."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime

from kojin_desk.areas.ledger import history, repo, rules
from kojin_desk.areas.ledger import reconcile as reconciling
from kojin_desk.areas.ledger.model import (
    MOVES,
    Entry,
    InventoryItem,
    csv_in,
    csv_out_sql,
    entry_problems,
    item_problems,
)
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import Progress, counted
from kojin_desk.store.repos import now

# --- inventories -------------------------------------------------------------------------------

def save_item(vault, item: InventoryItem, reason: str = "", effective_on: str = "", notice_ref: str = "") -> InventoryItem:
    """A new item, or a change. A change of name, list or count is a revision (history.py): for 目録A/C it needs
    Tokyo's revised notice (`notice_ref`, dated `effective_on`), for 目録B its reason (Art. 3(2))."""
    item = replace(item)
    problems = item_problems(item)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        old = repo.get_item(conn, item.id) if item.id is not None else None
        if old is not None and history.changed(old, item):
            r = history.revision(old, item, now(), effective_on or date.today().isoformat(), reason, notice_ref)
            previous = [x["effective_on"] for x in repo.revisions(conn, item.id) if x["source"] != "legacy"]
            problems = history.problems(r, previous[-1] if previous else "")
            if problems:
                raise ValidationError(problems)
            repo.insert_revision(conn, r)
        item.id = repo.save_item(conn, item)
    return item


def revisions(vault, item_id: int | None = None) -> list[dict]:
    return repo.revisions(vault.conn, item_id)


def list_items(vault, contract_id: int) -> list[InventoryItem]:
    return repo.list_items(vault.conn, contract_id)


# --- entries -------------------------------------------------------------------------------------

def now_minute() -> str:
    return datetime.now().strftime("%Y-%m-%dT%H:%M")


def _entry_rule_problems(conn, e: Entry, as_move: bool = False) -> list[Problem]:
    from kojin_desk.areas.places.service import ledger_entry_problems

    problems = entry_problems(e)
    if problems:
        return problems
    problems += ledger_entry_problems(conn, e)
    if e.kind in MOVES and not as_move:
        problems.append(Problem("send_needs_movement"))
    item = repo.get_item(conn, e.item_id)
    if item is None or item.contract_id != e.contract_id:
        problems.append(Problem("item_wrong_contract", {"id": e.item_id}))
    if e.corrects is not None:
        target = repo.get_entry(conn, e.corrects)
        already = repo.corrected(conn, e.corrects)
        if target is None or target.contract_id != e.contract_id or already:
            problems.append(Problem("bad_correction", {"seq": e.corrects}))
    return problems + rules.entry_problems(rules.ContractRecords(conn, e.contract_id), e)


def append_in(conn, entry: Entry, as_move: bool = False) -> Entry:
    e = replace(entry, seq=None, prev_hash="", hash="", recorded_at=now())
    problems = _entry_rule_problems(conn, e, as_move)
    if problems:
        raise ValidationError(problems)
    e.quantity = str(int(e.quantity))
    return repo.append(conn, e)


def append(vault, entry: Entry) -> Entry:
    """Check every rule, then chain and keep the entry. Nothing is ever updated in place."""
    with vault.transaction() as conn:
        return append_in(conn, entry)


def defaults_for_next(vault, contract_id: int) -> Entry:
    """A new entry row pre-filled from the last one: same item, person, place, medium."""
    last = repo.last_entry(vault.conn, contract_id)
    base = Entry(at=now_minute(), contract_id=contract_id)
    if last is None:
        items = repo.list_items(vault.conn, contract_id)
        base.item_id = items[0].id if items else None
        return base
    return replace(base, kind=last.kind, item_id=last.item_id, medium=last.medium, place=last.place,
                   person=last.person, counterpart=last.counterpart, equipment=last.equipment, quantity="1")


def recent_values(vault, contract_id: int) -> dict[str, list[str]]:
    """Suggestions for the entry row: the distinct people, places, media and counterparts used lately."""
    return repo.recent_values(vault.conn, contract_id, ("person", "place", "medium", "counterpart"))


# --- listing (the ledger view pages through these) ----------------------------------------------

LedgerFilter = repo.LedgerFilter
SORTABLE = repo.SORTABLE


def get_entry(vault, seq: int) -> Entry | None:
    return repo.get_entry(vault.conn, seq)


def count(vault, f: LedgerFilter) -> int:
    return repo.count(vault.conn, f)


def matching_seqs(vault, f: LedgerFilter, order: str = "seq", descending: bool = False):
    return repo.matching_seqs(vault.conn, f, order, descending)


def rows_by_seqs(vault, seqs) -> list[tuple]:
    return repo.rows_by_seqs(vault.conn, seqs)


def window(vault, f: LedgerFilter, order: str, descending: bool, after: tuple | None, limit: int) -> list[tuple]:
    return repo.window(vault.conn, f, order, descending, after, limit)


def key_at(vault, f: LedgerFilter, order: str, descending: bool, position: int, total: int) -> tuple | None:
    return repo.key_at(vault.conn, f, order, descending, position, total)


keyed = repo.keyed
sort_key = repo.sort_key


# --- reconciliation (Art. 11(10)(4), 3(2), 12(5); see reconcile.py) ----------------------------

def reconciliation(vault, contract_id: int) -> list[dict]:
    from kojin_desk.store import repos

    contract = repos.get_contract(vault.conn, contract_id)
    return reconcile(vault.conn, contract_id, ended=contract is not None and reconciling.ended(contract))


def reconcile(conn, contract_id: int, ended: bool = False) -> list[dict]:
    return reconciling.reconcile(conn, contract_id, ended)


# --- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = ["no", "at", "kind", "item", "quantity", "medium", "equipment", "place", "person", "counterpart", "note", "corrects"]
CSV_HEADER = ["番号", "日時", "区分", "件名", "数量", "媒体", "使用機器", "場所", "担当者", "相手方", "備考", "訂正元"]


def _rows(vault, f: repo.LedgerFilter, progress: Progress | None, total: int | None, label: str,
          columns: tuple[str, ...] = ()):
    """Every row of the listing, telling `progress` (counted first unless the caller knows `total`)."""
    rows = repo.iter_rows(vault.conn, f, columns=columns)
    if progress is None:
        return rows
    total = repo.count(vault.conn, f) if total is None else total
    return counted(rows, total, label, progress)


# The CSV's cells: numbers and dates as listed, text neutralised by SQL (listed by entry number, which stays as is).
_CSV_TEXT = (2, 3, 5, 6, 7, 8, 9, 10)  # kind, item, medium, equipment, place, person, counterpart, note
_CSV_COLUMNS = tuple(csv_out_sql(c) if i in _CSV_TEXT else c for i, c in enumerate(repo.VIEW_COLS))


def export_csv(vault, f: repo.LedgerFilter, progress: Progress | None = None, total: int | None = None) -> bytes:
    """UTF-8 with BOM (Excel opens it as Japanese); text that a spreadsheet would run as a formula is quoted with '.
    `progress` may raise Cancelled (nothing is written until the caller saves the bytes)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    w.writerows(_rows(vault, f, progress, total, msg("progress_csv"), _CSV_COLUMNS))
    return buf.getvalue().encode("utf-8")


def parse_csv(vault, contract_id: int, data: bytes) -> tuple[list[Entry], list[str]]:
    """Entries ready to append, and a message per bad row; the caller imports only when there is none."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp932", errors="strict")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows and rows[0] == [h for h in CSV_HEADER if h != "使用機器"]:  # exported before equipment was recorded
        rows = [CSV_HEADER] + [row[:6] + [""] + row[6:] for row in rows[1:]]
    if not rows or rows[0] != CSV_HEADER:
        raise KojinError("csv_header", columns="、".join(CSV_HEADER))
    items = {i.name: i.id for i in repo.list_items(vault.conn, contract_id)}
    for r in repo.revisions(vault.conn):  # an exported ledger prints older names on older entries
        if r["item_id"] in items.values():
            items.setdefault(r["old_name"], r["item_id"])
    entries, errors = [], []
    for line, row in enumerate(rows[1:], 2):
        if not any(row):
            continue
        values = dict(zip(CSV_COLUMNS, (csv_in(v) for v in row + [""] * (len(CSV_COLUMNS) - len(row)))))
        if values["item"] not in items:
            errors.append(str(Problem("csv_row", {"line": line, "problem": str(Problem("csv_unknown_item", {"name": values["item"][:40]}))})))
            continue
        e = Entry(at=values["at"], kind=values["kind"], quantity=values["quantity"], medium=values["medium"],
                  equipment=values["equipment"], place=values["place"], person=values["person"], counterpart=values["counterpart"], note=values["note"],
                  item_id=items[values["item"]], contract_id=contract_id,
                  corrects=int(values["corrects"]) if values["corrects"].isdigit() else None)
        found = entry_problems(e)
        if found:
            errors += [str(Problem("csv_row", {"line": line, "problem": str(p)})) for p in found]
        else:
            entries.append(e)
    return entries, errors


def import_entries(vault, entries: list[Entry]) -> int:
    """All rows or none: one transaction."""
    with vault.transaction() as conn:
        for e in entries:
            append_in(conn, e)
    return len(entries)


# --- papers from the ledger ------------------------------------------------------------------

def _header(vault, contract_id: int, form_id: str) -> dict:
    from kojin_desk.services import documents

    return documents.new_data(vault, contract_id, form_id)


def receipt_data(vault, seq: int) -> dict:
    """A 受領書 (Art. 11(2)) pre-filled from a 受領 entry."""
    e = repo.get_entry(vault.conn, seq)
    if e is None or e.kind != "受領":
        raise KojinError("not_found", what=pick(f"台帳の受領の記録（第{seq}号）", f"Receipt entry No. {seq}"))
    item = repo.get_item(vault.conn, e.item_id)
    data = _header(vault, e.contract_id, "receipt")
    data.update(received_on=e.at[:10], handed_over_by=e.counterpart, received_by=e.person, ledger_no=e.seq,
                items=[{"item": item.name, "medium": e.medium or item.media, "quantity": f"{e.quantity}件"}])
    return data


def print_data(vault, f: repo.LedgerFilter, date_style: str = "wareki", progress: Progress | None = None,
               total: int | None = None) -> dict:
    """The handling ledger as form data (A4 landscape, every column, the chain head for later comparison)."""
    from kojin_desk.domain.wareki import format_date

    data = _header(vault, f.contract_id, "handling_ledger")
    rows = []
    for seq, at, kind, item, qty, medium, equipment, place, person, counterpart, note, corrects in _rows(
            vault, f, progress, total, msg("progress_print")):
        rows.append({"no": seq, "at": f"{format_date(at[:10], date_style)} {at[11:16]}", "kind": kind, "item": item,
                     "quantity": qty, "medium": medium, "equipment": equipment, "place": place, "person": person,
                     "counterpart": counterpart, "note": note, "corrects": corrects})
    data["entries"] = rows
    data["chain_head"] = repo.head(vault.conn)[1] if rows else ""
    return data


def inventory_b_report_data(vault, contract_id: int) -> dict:
    """The report to Tokyo of Art. 3(2): every revision of 目録B since the last report issued."""
    from kojin_desk.store import repos

    data = _header(vault, contract_id, "inventory_b_report")
    reported = [d["issued_at"] for d in repos.list_documents(vault.conn, contract_id) if d["form_id"] == "inventory_b_report"]
    items = {i.id for i in repo.list_items(vault.conn, contract_id)}
    def change(before, after) -> str:
        return f"{before} → {after}" if before != after else f"{after}（変更なし）"

    data["revisions"] = [{"revised_on": r["effective_on"], "item": change(r["old_name"], r["new_name"]),
                          "count": change(f"{r['old_count']:,}件", f"{r['new_count']:,}件"), "reason": r["reason"]}
                         for r in repo.revisions(vault.conn) if r["item_id"] in items and r["source"] == "contractor"
                         and (not reported or r["revised_at"] > reported[-1])]
    return data


def inventory_print_data(vault, contract_id: int) -> dict:
    """目録A/B/C as a printable list, with what the ledger says is held now."""
    data = _header(vault, contract_id, "inventory_list")
    data["items"] = [{"catalog": r["item"].catalog, "name": r["item"].name, "count": int(r["item"].count),
                      "media": r["item"].media, "sensitive": "含む" if r["item"].sensitive else "含まない",
                      "held": r["held"]} for r in reconciliation(vault, contract_id)]
    return data


def registered_names(vault, contract_id: int) -> list[str]:
    """Who may be named as 担当者: the people with a role on the contract (the entry row offers them)."""
    records = rules.ContractRecords(vault.conn, contract_id)
    return list(dict.fromkeys(records.people[a.person_id].name for a in records.assignments if a.person_id in records.people))


def declared_places(vault, contract_id: int) -> list[str]:
    return [w.name for w in rules.ContractRecords(vault.conn, contract_id).workplaces if not w.ended_on]
