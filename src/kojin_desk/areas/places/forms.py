"""作業場所届, 運搬方法届 and 送付方法届 (new or change, with the difference), the take-out request,
and what issuing a method notification means: the methods it lists may be used from its date."""

from __future__ import annotations

from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places.model import TakeOut
from kojin_desk.domain.diff import row_changes
from kojin_desk.errors import KojinError, Problem
from kojin_desk.i18n import pick
from kojin_desk.services import documents

METHOD_FORMS = {"transport_notification": "transport", "sending_notification": "sending"}
NOTICE_FORMS = ("workplace_notification", *METHOD_FORMS)
COMPARED = {
    "workplace_notification": {"address": "所在地・建物・部屋", "storage": "保管設備", "entry_control": "入退室管理",
                               "data_storage": "電子データの保存場所"},
    "transport_notification": {"procedure": "手順・経路", "safeguards": "安全対策", "scope": "対象"},
    "sending_notification": {"procedure": "手順・経路", "safeguards": "安全対策", "scope": "対象"},
}
WORDS = {"added": "追加", "changed": "変更", "removed": "廃止"}


def current_rows(vault, contract_id: int, form_id: str) -> list[dict]:
    """The records in use now, as rows of the notification."""
    return rows_in_use(vault.conn, contract_id, form_id)


def rows_in_use(conn, contract_id: int, form_id: str) -> list[dict]:
    if form_id == "workplace_notification":
        return [{"name": w.name, "address": "　".join(v for v in (w.address, w.building) if v), "storage": w.storage,
                 "entry_control": w.entry_control, "data_storage": w.data_storage}
                for w in places_repo.workplaces(conn, contract_id, active_only=True)]
    return [{"name": m.name, "procedure": m.procedure, "safeguards": m.safeguards, "scope": m.scope}
            for m in places_repo.methods(conn, contract_id, METHOD_FORMS[form_id]) if not m.ended_on]


def table_key(form_id: str) -> str:
    return "places" if form_id == "workplace_notification" else "methods"


def notification(vault, contract_id: int, form_id: str, changed_on: str = "") -> dict:
    """The first 届 (新規), or a 変更届 listing what was added, ended or changed since the last one."""
    if form_id not in NOTICE_FORMS:
        raise KojinError("unknown_form", form=form_id)
    previous = documents.last_issued_data(vault, contract_id, form_id)
    data = documents.new_data(vault, contract_id, form_id)
    rows = current_rows(vault, contract_id, form_id)
    data[table_key(form_id)] = rows
    if previous is None:
        data.update(notice_kind="新規", changes=[], changed_on="")
        return data
    found = row_changes(previous.get(table_key(form_id), []), rows, lambda r: r["name"], COMPARED[form_id])
    data.update(notice_kind="変更", changed_on=changed_on or data["issue_date"],
                changes=[{"change": WORDS[c], "name": r["name"], "detail": d} for c, r, d in found])
    return data


def takeout_request(vault, contract_id: int, takeout_id: int) -> dict:
    t = places_repo.get(vault.conn, TakeOut, takeout_id)
    if t is None or t.contract_id != contract_id:
        raise KojinError("not_found", what=pick("持出し", "The take-out"))
    data = documents.new_data(vault, contract_id, "takeout_request")
    data.update(what=t.what, reason=t.reason, destination=t.destination, from_on=t.from_on, to_on=t.to_on,
                safeguards=t.safeguards, remarks="")
    return data


def prefill(vault, contract_id: int, form_id: str) -> dict | None:
    if form_id in NOTICE_FORMS:
        return notification(vault, contract_id, form_id)
    if form_id == "send_log":
        return send_log(vault, contract_id)
    return None


def send_log(vault, contract_id: int, most: int | None = None) -> dict:
    """The whole log when one form holds it (`most` rows, the form's limit); else the month of the latest send
    (the send log's own print asks for any other period)."""
    from kojin_desk.areas.places.movements import log_count, log_data
    from kojin_desk.formkit.definition import get_form

    if log_count(vault, contract_id) <= (most or get_form("send_log").tables[0].max_rows):
        return log_data(vault, contract_id)
    latest = places_repo.movement_key_at(vault.conn, contract_id, 0, 1)[0]
    return log_data(vault, contract_id, date_from=latest[:8] + "01")


def issue_problems(form_id: str, clean: dict) -> list[Problem]:
    if form_id in NOTICE_FORMS and clean.get("notice_kind") == "変更" and not clean.get("changed_on"):
        return [Problem("required", {"field": pick("変更年月日", "Date of change")})]
    return []


def after_issue(conn, contract_id: int, form_id: str, clean: dict) -> None:
    """Art. 11(5), (6): a method may be used once a notification listing it has been made."""
    if form_id not in METHOD_FORMS:
        return
    listed = {r["name"] for r in clean.get("methods", [])}
    ids = [m.id for m in places_repo.methods(conn, contract_id, METHOD_FORMS[form_id]) if m.name in listed]
    places_repo.mark_declared(conn, ids, clean["issue_date"])
