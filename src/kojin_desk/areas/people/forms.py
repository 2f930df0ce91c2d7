"""Form data built from the people records (届, 変更届, 監査者届, 誓約書, 研修), and the rules a form
must meet before it is issued."""

from __future__ import annotations

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import MANDATORY_TOPICS, ROLES, Person
from kojin_desk.areas.people.service import people_by_id
from kojin_desk.domain.diff import row_changes
from kojin_desk.domain.text import check_text
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.services import documents

STAFF_FORM = "staff_notification"  # 届出の区分 新規 or 変更 (the 変更届)
COMPARED = {"affiliation": "所属・役職", "employment": "雇用区分", "scope": "担当する業務"}

DEFAULT_PROCEDURE = (
    "１　責任者又は従事者を変更しようとするときは、責任者が変更の内容及び理由を取りまとめ、変更前に東京都へ変更届を提出する。\n"
    "２　新たに従事する者には、業務に従事させる前に個人情報保護に関する研修を受講させ、誓約書を提出させる。\n"
    "３　従事しなくなる者からは、貸与した資料・媒体・入館証等を回収し、情報システムの利用権限を直ちに削除する。\n"
    "４　責任者が変更となる場合は、前任者から後任者へ引継ぎを行い、その記録を保管する。")
DEFAULT_PLEDGE = (
    "１　業務上知り得た個人情報等を、在職中及び退職後においても、他に漏らし、又は契約の目的以外に利用しません。\n"
    "２　個人情報に関する特記仕様及び責任者の指示に従い、個人情報等を適正に取り扱います。\n"
    "３　個人情報等を作業場所から持ち出し、又は許可なく複写・複製しません。\n"
    "４　漏えい等が発生し、又はそのおそれがあるときは、直ちに責任者に報告します。\n"
    "５　これらに違反した場合は、法令に基づく罰則及び民事上の責任を負うことがあることを理解しています。")
DEFAULT_AUDIT_PLAN = ("目録Cに記載された特定個人情報等の管理状況について、定期監査を年2回（9月及び3月）実施するほか、"
                      "必要に応じ随時に監査する。指摘事項は責任者に通知し、是正措置の完了まで確認する。")
DEFAULT_TOPICS = [
    {"topic": "個人情報保護法における東京都の機関及び受託者の義務", "method": "講義（資料配布）"},
    {"topic": "本特記仕様において従事者が遵守すべき事項", "method": "講義（特記仕様の読み合わせ）"},
    {"topic": MANDATORY_TOPICS[0], "method": "講義（事例紹介）"},
    {"topic": MANDATORY_TOPICS[1], "method": "講義（事例紹介）"},
    {"topic": "情報セキュリティ（パスワード、暗号化、送付時の確認）", "method": "実習"},
]


def _affiliation(p: Person) -> str:
    return "　".join(v for v in (p.affiliation, p.title) if v)


# --- 変更手続 (Art. 5(3)) --------------------------------------------------------------------------

def procedure(vault, contract_id: int) -> str:
    stored = people_repo.procedure(vault.conn, contract_id)
    return DEFAULT_PROCEDURE if stored is None else stored


def set_procedure(vault, contract_id: int, text: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = check_text(text, pick("変更する場合の手続", "Change procedure"), max_len=2000, required=True, multiline=True)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        people_repo.set_procedure(conn, contract_id, text)


# --- 責任者・従事者届 and 変更届 (Art. 5(1)) --------------------------------------------------------

def staff_rows(vault, contract_id: int) -> list[dict]:
    """The active 責任者 and 従事者 as rows of the notification."""
    people = people_by_id(vault.conn)
    rows = []
    for a in people_repo.assignments(vault.conn, contract_id, active_only=True):
        if a.role == "auditor":
            continue
        p = people[a.person_id]
        rows.append({"role": ROLES[a.role][0], "name": p.name, "affiliation": _affiliation(p),
                     "employment": p.employment, "scope": a.scope})
    return rows


def contact_rows(vault, contract_id: int) -> list[dict]:
    return [{"who": s.who, "phone": s.phone, "duty": s.duty} for s in people_repo.contact_chain(vault.conn, contract_id)]


def last_notified(vault, contract_id: int) -> dict | None:
    """The data of the latest 責任者・従事者届 or 変更届 issued for the contract."""
    return documents.last_issued_data(vault, contract_id, STAFF_FORM)


def unchanged(vault, contract_id: int, data: dict) -> bool:
    """A 変更届 with nothing to say: the same people, contact chain and procedure as the last notification."""
    previous = last_notified(vault, contract_id)
    return (previous is not None and not data["changes"]
            and all(previous.get(k) == data[k] for k in ("contacts", "procedure")))


def changes(before: list[dict], after: list[dict]) -> list[dict]:
    """Rows added, removed or changed, matched by role and name (names are kept exactly as typed)."""
    words = {"added": "追加", "changed": "変更", "removed": "削除"}
    out = []
    for change, r, detail in row_changes(before, after, lambda r: (r["role"], r["name"]), COMPARED):
        if change == "added" and r.get("scope"):
            detail = f"担当する業務：{r['scope']}"
        out.append({"change": words[change], "role": r["role"], "name": r["name"], "detail": detail})
    return out


def notification(vault, contract_id: int, changed_on: str = "") -> dict:
    """The first 届 (新規), or a 変更届 listing what changed since the last one issued."""
    previous = last_notified(vault, contract_id)
    data = documents.new_data(vault, contract_id, STAFF_FORM)
    data.update(staff=staff_rows(vault, contract_id), contacts=contact_rows(vault, contract_id),
                procedure=procedure(vault, contract_id), notice_kind="新規", changes=[], changed_on="", reason="")
    if previous is not None:
        data.update(notice_kind="変更", changes=changes(previous.get("staff", []), data["staff"]),
                    changed_on=changed_on or data["issue_date"])
        if previous.get("procedure") and previous["procedure"] != data["procedure"]:
            data["reason"] = pick("変更手続を改めたため。", "The change procedure was revised.")
    return data


def auditor_notification(vault, contract_id: int) -> dict:
    data = documents.new_data(vault, contract_id, "auditor_notification")
    people = people_by_id(vault.conn)
    data["auditors"] = [{"name": people[a.person_id].name, "affiliation": _affiliation(people[a.person_id]),
                         "contact": people[a.person_id].contact}
                        for a in people_repo.assignments(vault.conn, contract_id, True) if a.role == "auditor"]
    data["audit_plan"] = DEFAULT_AUDIT_PLAN
    return data


def pledge(vault, contract_id: int, person_id: int) -> dict:
    person = people_by_id(vault.conn).get(person_id)
    if person is None:
        raise KojinError("not_found", what=pick("人員", "The person"))
    data = documents.new_data(vault, contract_id, "pledge")
    data.update(pledge_items=DEFAULT_PLEDGE, pledged_on="", affiliation=_affiliation(person), name=person.name)
    return data


def training_plan(vault, contract_id: int) -> dict:
    data = documents.new_data(vault, contract_id, "training_plan")
    data.update(topics=[dict(t) for t in DEFAULT_TOPICS], targets="本契約の責任者及び全ての従事者",
                timing="業務に従事させる前に1回（新たに従事する者はその都度）、その後は年1回以上",
                instructor="")
    return data


def training_record(vault, contract_id: int, session_id: int) -> dict:
    session = next((s for s in people_repo.sessions(vault.conn, contract_id) if s.id == session_id), None)
    if session is None:
        raise KojinError("not_found", what=pick("研修", "The training session"))
    people = people_by_id(vault.conn)
    roles = {}
    for a in people_repo.assignments(vault.conn, contract_id):
        roles.setdefault(a.person_id, ROLES[a.role][0])
    data = documents.new_data(vault, contract_id, "training_record")
    data.update(held_on=session.held_on, place=session.place, instructor=session.instructor, topics=session.topics,
                attendees=[{"name": people[p].name, "affiliation": _affiliation(people[p]),
                            "role": roles.get(p, ""), "signature": ""} for p in session.attendees])
    return data


def prefill(vault, contract_id: int, form_id: str) -> dict | None:
    """A new form filled from the people records, or None when the form is not one of these."""
    if form_id == STAFF_FORM:
        return notification(vault, contract_id)
    builders = {"auditor_notification": auditor_notification, "training_plan": training_plan}
    return builders[form_id](vault, contract_id) if form_id in builders else None


# --- rules checked before a form is issued ------------------------------------------------------

def issue_problems(form_id: str, clean: dict) -> list[Problem]:
    """Rules of the appendix that a filled-in form must meet to be issued (beyond field checks)."""
    found: list[Problem] = []
    if form_id == STAFF_FORM:
        count = sum(r.get("role") == ROLES["responsible"][0] for r in clean.get("staff", []))
        if count != 1:
            found.append(Problem("responsible_count", {"count": count}))
        if clean.get("notice_kind") == "変更":
            found += [Problem("required", {"field": label}) for key, label in
                      (("changed_on", pick("変更年月日", "Date of change")), ("reason", pick("変更の理由", "Reason for the change")))
                      if not clean.get(key)]
    if form_id == "training_plan":
        topics = {r.get("topic") for r in clean.get("topics", [])}
        found += [Problem("plan_topic_missing", {"topic": t}) for t in MANDATORY_TOPICS if t not in topics]
    return found
