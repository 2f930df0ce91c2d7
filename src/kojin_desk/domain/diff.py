"""What a change notification lists: rows added, removed or changed since the last notification."""

from __future__ import annotations

from collections.abc import Callable


def row_changes(before: list[dict], after: list[dict], key: Callable[[dict], object],
                compared: dict[str, str]) -> list[tuple[str, dict, str]]:
    """(change, row, detail) with change 'added', 'changed' or 'removed'; detail lists 「label：old → new」."""
    old = {key(r): r for r in before}
    new = {key(r): r for r in after}
    out = []
    for k, r in new.items():
        if k not in old:
            out.append(("added", r, ""))
            continue
        diffs = [f"{label}：{old[k].get(c) or '（なし）'} → {r.get(c) or '（なし）'}"
                 for c, label in compared.items() if (old[k].get(c) or "") != (r.get(c) or "")]
        if diffs:
            out.append(("changed", r, "、".join(diffs)))
    out += [("removed", r, "") for k, r in old.items() if k not in new]
    return out
