"""The demo office's people: a trained team with pledges, a dispatch worker, an auditor, and notifications."""

from __future__ import annotations

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.people import audits, training
from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import (
    Audit,
    AuditAction,
    ContactStep,
    DispatchCheck,
    Person,
    TrainingSession,
)
from kojin_desk.areas.people.service import RosterRow

# (person, role, scope); the first four are the people of the demo ledger.
TEAM = [
    (Person("山﨑 花子", "やまざき はなこ", "業務部", "課長", "03-5555-0124", "正社員", "2012-04-01"),
     "responsible", "業務全般の統括、個人情報等の管理"),
    (Person("齋藤 さくら", "さいとう さくら", "業務部", "主任", "03-5555-0125", "正社員", "2018-04-01"),
     "worker", "データ入力、検査"),
    (Person("髙橋 一郎", "たかはし いちろう", "業務部", "", "03-5555-0126", "契約社員", "2024-10-01"),
     "worker", "データ入力"),
    (Person("渡邉 次郎", "わたなべ じろう", "業務部", "係長", "03-5555-0127", "正社員", "2015-04-01"),
     "worker", "媒体の保管、定期点検"),
    (Person("𠮷野 誠", "よしの まこと", "監査室", "室長", "03-5555-0130", "正社員", "2010-04-01"),
     "auditor", "目録Cの監査"),
]
LATER = (Person("小林 美咲", "こばやし みさき", "業務部", "", "03-5555-0128", "派遣労働者", "2026-05-20"),
         "worker", "データ入力")
CONTACTS = [
    ContactStep("山﨑 花子（責任者）", "03-5555-0124", "第一報の受付、被害拡大の防止、東京都への報告"),
    ContactStep("東京都主税局課税部課税指導課", "03-5555-0199", "事故報告（直ちに電話、後日書面）"),
    ContactStep("𠮷田 太郎（代表取締役）", "03-5555-0123", "対応の指揮、公表の判断"),
]


def build(vault, ctx: DemoContext) -> None:
    contract_id = ctx.current_id
    team = [(people.save_person(vault, p), role, scope) for p, role, scope in TEAM]
    later = people.save_person(vault, LATER[0])
    training.save_session(vault, TrainingSession(
        held_on="2026-04-01", topics="特記仕様の遵守事項、個人情報保護法上の義務、罰則の内容、漏えい時の民事・刑事・行政上の責任",
        instructor="山﨑 花子", place="本社4階 会議室", contract_id=contract_id,
        attendees=[p.id for p, role, _ in team if role != "auditor"]))
    for p, role, _ in team:
        if role != "auditor":
            people.record_pledge(vault, contract_id, p.id, "2026-04-01")
    people.set_contact_chain(vault, contract_id, CONTACTS)
    people.apply_roster(vault, contract_id, [RosterRow(p.id, role, scope) for p, role, scope in team], "2026-04-01")
    ctx.issue(vault, contract_id, "training_plan", _dated(staff_forms.training_plan(vault, contract_id), "2026-04-01"))
    ctx.issue(vault, contract_id, "staff_notification", _dated(staff_forms.notification(vault, contract_id), "2026-04-01"))
    ctx.issue(vault, contract_id, "auditor_notification",
                    _dated(staff_forms.auditor_notification(vault, contract_id), "2026-04-01"))

    # A dispatch worker joins in June: trained, pledged and checked first, then a 変更届.
    training.save_session(vault, TrainingSession(
        held_on="2026-05-25", topics="新規従事者研修（特記仕様、罰則、漏えい時の責任、送付時の確認）",
        instructor="山﨑 花子", place="本社4階 会議室", contract_id=contract_id, attendees=[later.id]))
    people.record_pledge(vault, contract_id, later.id, "2026-05-25")
    people.save_dispatch_check(vault, DispatchCheck("株式会社サンプル人材", "労働者派遣契約 第2026-031号", True,
                                                    "2026-05-20", contract_id, later.id))
    rows = [RosterRow(p.id, role, scope) for p, role, scope in team] + [RosterRow(later.id, LATER[1], LATER[2])]
    people.apply_roster(vault, contract_id, rows, "2026-06-01")
    data = staff_forms.notification(vault, contract_id, "2026-06-01")
    data["reason"] = "入力件数の増加に対応するため、従事者を1名追加する。"
    ctx.issue(vault, contract_id, "staff_notification", _dated(data, "2026-05-26"))

    # The previous (closed) contract: its 責任者 handled the survey forms, trained and pledged first.
    lead = team[0][0]
    training.save_session(vault, TrainingSession(
        held_on="2025-06-02", topics="特記仕様の遵守事項、罰則の内容、漏えい時の民事・刑事・行政上の責任",
        instructor="山﨑 花子", place="本社4階 会議室", contract_id=ctx.previous_id, attendees=[lead.id]))
    people.record_pledge(vault, ctx.previous_id, lead.id, "2025-06-02")
    people.apply_roster(vault, ctx.previous_id, [RosterRow(lead.id, "responsible", "業務全般の統括")], "2025-06-02")

    audit = audits.save_audit(vault, Audit("定期", "2026-09-30", "𠮷野 誠", "目録Cの保管・利用・台帳記録",
                                             "保管庫の鍵の受渡し記録に記入漏れが2件あった。", contract_id))
    audits.save_action(vault, AuditAction("鍵の受渡し記録を日次で責任者が確認する。", "2026-10-15", "2026-10-09", audit.id))


def _dated(data: dict, issue_date: str) -> dict:
    data["issue_date"] = issue_date
    return data

