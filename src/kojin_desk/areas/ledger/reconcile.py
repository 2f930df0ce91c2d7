"""Reconciliation per item (Art. 11(10)(4), 3(2), 12(2), 12(5)):
received + acquired + created + copied − returned − destroyed − erased = held, compared with the 目録 count,
and — once the contract has ended — nothing held but what the certificate retains under another law."""

from __future__ import annotations

import re
from datetime import date

from kojin_desk.areas.ledger import repo
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick
from kojin_desk.store import repos

# (ledger kind, key, English word); 取得 and 作成 are 目録B's own kinds (Art. 3(3)).
ADDED = (("受領", "received", "received"), ("取得", "acquired", "acquired"), ("作成", "created", "created"),
         ("複写・複製", "copied", "copied"))
REMOVED = (("返還", "returned", "returned"), ("廃棄", "destroyed", "destroyed"), ("消去", "erased", "erased"))
CERTIFICATE = "destruction_certificate"


def formula(row: dict) -> str:
    """The arithmetic in words, non-zero terms only: 「受領48000 + 複写・複製20 − 廃棄999 = 47021」."""
    parts = []
    for sign, terms in (("+", ADDED), ("−", REMOVED)):
        for kind, key, word in terms:
            if row[key]:
                label = pick(f"{kind}{row[key]}", f"{word} {row[key]}")
                parts.append(label if not parts and sign == "+" else f"{sign} {label}")
    return f"{' '.join(parts) or '0'} = {row['held']}"


def retained(conn, contract_id: int) -> dict[str, int | None]:
    """Information items the last issued certificate keeps under another law (Art. 12(5) ただし書): item → quantity
    (None when the quantity has no number, which then covers whatever is held)."""
    data = repos.last_issued_data(conn, contract_id, CERTIFICATE) or {}
    out: dict[str, int | None] = {}
    for r in data.get("retained") or []:
        digits = re.match(r"\s*([0-9,]+)", str(r.get("quantity", "")))
        qty = int(digits.group(1).replace(",", "")) if digits and digits.group(1).replace(",", "") else None
        name = str(r.get("item", ""))
        out[name] = None if qty is None or out.get(name, 0) is None else out.get(name, 0) + qty
    return out


def reconcile(conn, contract_id: int, ended: bool = False, names=None) -> list[dict]:
    """One row per item: each term, `held`, `listed`, `retained`, and `problems` (codes) — `ok` when there is none.

    `names(item)` gives every name the item has had (a certificate may name it by an older one)."""
    totals = repo.item_totals(conn, contract_id)
    kept = retained(conn, contract_id) if ended else {}
    out = []
    for item in repo.list_items(conn, contract_id):
        t = totals.get(item.id, {})
        row = {"item": item, **{key: t.get(kind, 0) for kind, key, _ in ADDED + REMOVED}}
        row["held"] = sum(row[k] for _, k, _ in ADDED) - sum(row[k] for _, k, _ in REMOVED)
        row["listed"] = int(item.count)
        quantities = [kept[n] for n in (names(item) if names else [item.name]) if n in kept]
        row["retained"] = None if None in quantities else sum(quantities)
        problems = []
        if row["held"] < 0:
            problems.append("negative")
        elif row["held"] > row["listed"]:
            problems.append("above_list")
        if ended and row["held"] > 0 and row["retained"] is not None and row["held"] > row["retained"]:
            problems.append("held_after_end")
        row["problems"], row["ok"] = problems, not problems
        out.append(row)
    return out


def ended(contract) -> bool:
    return bool(contract.end_on) and contract.end_on < date.today().isoformat()


# Article and action of each reconciliation problem.
ROUTES = {
    "negative": ("reconcile_mismatch", "第11条第10項第4号", "ledger/inventory"),
    "above_list": ("reconcile_above_list", "第3条第2項", "ledger/inventory"),
    "held_after_end": ("held_after_end", "第12条第2項", "documents/new:destruction_certificate"),
}


def problems(row: dict, contract) -> list[tuple[Problem, str, str, str]]:
    """(problem, article, action, due) for each problem of one reconciled row."""
    out = []
    for code in row["problems"]:
        message, article, action = ROUTES[code]
        params = {"item": row["item"].name[:40], "formula": formula(row), "held": row["held"], "listed": row["listed"],
                  "end": contract.end_on}
        out.append((Problem(message, params), article, action, contract.end_on if code == "held_after_end" else ""))
    return out
