"""Items keep their history (Art. 3(2)): a change of an item's name, list or count is a revision, never an overwrite.

目録A and C are Tokyo's statements: they change only by recording Tokyo's revised notice (its date and 文書番号).
目録B is revised by the contractor as the work goes on, each time with its reason, and reported to Tokyo.
Past ledger entries keep the name that was true on their date (see repo.VIEW_COLS).
"""

from __future__ import annotations

from datetime import date, timedelta

from kojin_desk.areas.ledger.model import InventoryItem
from kojin_desk.domain.text import check_text
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

TOKYO_LISTS = ("A", "C")  # Art. 3(2), 5(1) なお書き: stated by Tokyo
TRACKED = ("catalog", "name", "count")
SOURCES = ("legacy", "tokyo", "contractor")


def changed(old: InventoryItem, new: InventoryItem) -> bool:
    return any(str(getattr(old, f)) != str(getattr(new, f)) for f in TRACKED)


def revision(old: InventoryItem, new: InventoryItem, revised_at: str, effective_on: str, reason: str,
             notice_ref: str) -> dict:
    """The revision row (without id) that turns `old` into `new`."""
    tokyo = old.catalog in TOKYO_LISTS or new.catalog in TOKYO_LISTS
    return {"item_id": old.id, "revised_at": revised_at, "old_count": int(old.count), "new_count": int(new.count),
            "reason": reason, "old_name": old.name, "new_name": new.name, "old_catalog": old.catalog,
            "new_catalog": new.catalog, "effective_on": effective_on, "notice_ref": notice_ref,
            "source": "tokyo" if tokyo else "contractor"}


def problems(r: dict, previous_effective: str = "") -> list[Problem]:
    """The rules of one revision: who may make it, and that it does not go back before the one before it."""
    found = check_text(r["reason"], pick("修正の理由", "Reason for the revision"), max_len=500)
    found += check_text(r["notice_ref"], pick("東京都の修正通知の文書番号", "Reference of Tokyo's notice"), max_len=60)
    if r["source"] == "legacy":
        return found
    if not is_iso_date(r["effective_on"]):
        found.append(Problem("bad_date", {"field": pick("修正の年月日", "Date of the revision"), "value": r["effective_on"][:30]}))
    elif is_iso_date(r["revised_at"][:10]) and r["effective_on"] > _day_after(r["revised_at"][:10]):
        found.append(Problem("revision_future", {"date": r["effective_on"]}))
    elif previous_effective and r["effective_on"] < previous_effective:
        found.append(Problem("revision_out_of_order", {"date": r["effective_on"], "previous": previous_effective}))
    if r["source"] == "tokyo" and not r["notice_ref"].strip():
        found.append(Problem("inventory_notice_required", {"name": r["old_name"][:40]}))
    if r["source"] == "contractor" and not r["reason"].strip():
        found.append(Problem("inventory_reason_required", {"name": r["old_name"][:40]}))
    return found


def _day_after(day: str) -> str:
    """revised_at is UTC; a day's slack keeps a revision dated today in Tokyo valid."""
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def chain_problems(item: InventoryItem, revisions: list[dict]) -> list[tuple[int, Problem]]:
    """(index, problem) for revisions of one item (in order) that do not follow from the one before, or do not lead
    to the item as it is. Legacy revisions (count only, made before revisions were kept whole) are taken as they are."""
    out = []
    previous_effective, before = "", None
    for k, r in enumerate(revisions):
        want = "tokyo" if (r["old_catalog"] in TOKYO_LISTS or r["new_catalog"] in TOKYO_LISTS) else "contractor"
        if r["source"] not in SOURCES or (r["source"] != "legacy" and r["source"] != want):
            out.append((k, Problem("inventory_notice_required", {"name": r["old_name"][:40]})))
        out += [(k, p) for p in problems(r, previous_effective)]
        if r["source"] != "legacy":
            if before is not None and before != (r["old_catalog"], r["old_name"], r["old_count"]):
                out.append((k, Problem("revision_broken", {"name": r["old_name"][:40]})))
            before = (r["new_catalog"], r["new_name"], r["new_count"])
            previous_effective = r["effective_on"]
    if before is not None and before != (item.catalog, item.name, int(item.count)):
        out.append((len(revisions) - 1, Problem("revision_broken", {"name": item.name[:40]})))
    return out
