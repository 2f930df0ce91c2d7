"""あらかじめ (Art. 11(3), (5), (6)): the work places and methods in use, compared with the last 届 or 変更届
issued for each. A place or method added without a notification is a next step (it may not be used before it is
notified); one ended or changed without it is a breach from its date."""

from __future__ import annotations

from kojin_desk.areas.contract import Finding
from kojin_desk.areas.people.advance import change_finding
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places.forms import COMPARED, METHOD_FORMS, NOTICE_FORMS, rows_in_use, table_key
from kojin_desk.domain.diff import row_changes
from kojin_desk.i18n import pick
from kojin_desk.store import repos

ARTICLES = {"workplace_notification": "第11条第3項", "transport_notification": "第11条第5項",
            "sending_notification": "第11条第6項"}
WHAT = {"workplace_notification": ("作業場所", "work place"), "transport_notification": ("運搬方法", "transport method"),
        "sending_notification": ("送付方法", "sending method")}


def _ended_on(conn, contract_id: int, form_id: str, name: str) -> str:
    if form_id == "workplace_notification":
        records = places_repo.workplaces(conn, contract_id)
    else:
        records = places_repo.methods(conn, contract_id, METHOD_FORMS[form_id])
    return max((r.ended_on for r in records if r.name == name and r.ended_on), default="")


def findings(conn, contract_id: int, today: str) -> tuple[list[Finding], set[str]]:
    """The findings, and the forms that have been issued at least once (their first 届 is not a next step)."""
    out, issued = [], set()
    for form_id in NOTICE_FORMS:
        previous = repos.last_issued_data(conn, contract_id, form_id)
        if previous is None:
            continue
        issued.add(form_id)
        action = f"places/declare:{form_id}"
        for change, row, _detail in row_changes(previous.get(table_key(form_id), []), rows_in_use(conn, contract_id, form_id),
                                                lambda r: r["name"], COMPARED[form_id]):
            on = {"added": "", "changed": today}.get(change, None)
            if on is None:  # removed: from the day it was no longer used
                on = _ended_on(conn, contract_id, form_id, row["name"]) or today
            out.append(change_finding(change, pick(*WHAT[form_id]), row["name"], on, today, ARTICLES[form_id], action))
    return out, issued
