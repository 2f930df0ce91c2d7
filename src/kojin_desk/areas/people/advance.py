"""あらかじめ (Art. 5(1)): the 責任者 and 従事者 in effect, compared with the last 届 or 変更届 issued to Tokyo.

Each change not yet notified is reported with the date it takes effect: a breach once that date has come,
a next step (due that day) while it is still ahead. A change already notified is fine, whatever its date.
"""

from __future__ import annotations

from kojin_desk.areas.contract import Finding
from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.forms import COMPARED, STAFF_FORM, roster_rows
from kojin_desk.areas.people.model import ROLES
from kojin_desk.areas.people.service import people_by_id
from kojin_desk.domain.diff import row_changes
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick
from kojin_desk.store import repos

CHANGES = {"added": ("追加", "addition"), "changed": ("変更", "change"), "removed": ("削除", "removal")}
ARTICLE = "第5条第1項"


def change_finding(change: str, what: str, name: str, on: str, today: str, article: str, action: str) -> Finding:
    """One change not yet notified; `on` is the date it takes effect ('' when it has no date: before first use)."""
    when = pick(f"{on}から", f"from {on}") if on else pick("使用開始前", "before first use")
    problem = Problem("unnotified_change", {"what": what, "name": name[:40], "change": pick(*CHANGES[change]),
                                            "when": when, "article": article})
    return Finding(problem, article, action, due=on, todo=not on or on > today)


def _effective(change: str, row: dict, assignments, people, today: str) -> str:
    """When the change takes effect: the role's start for an addition, its end for a removal, today otherwise."""
    same = [a for a in assignments if ROLES[a.role][0] == row["role"] and people[a.person_id].name == row["name"]]
    if change == "added":
        return next((a.start_on for a in same if not a.end_on), "") or today
    if change == "removed":
        return max((a.end_on for a in same if a.end_on), default="") or today
    return today


def findings(conn, contract_id: int, today: str) -> list[Finding]:
    previous = repos.last_issued_data(conn, contract_id, STAFF_FORM)
    if previous is None:  # the first 届 is its own next step
        return []
    people, assignments = people_by_id(conn), people_repo.assignments(conn, contract_id)
    out = []
    for change, row, _detail in row_changes(previous.get("staff", []), roster_rows(conn, contract_id),
                                            lambda r: (r["role"], r["name"]), COMPARED):
        on = _effective(change, row, assignments, people, today)
        role = next((pick(*labels) for labels in ROLES.values() if labels[0] == row["role"]), row["role"])
        out.append(change_finding(change, role, row["name"], on, today, ARTICLE, "people/staff_wizard"))
    return out
