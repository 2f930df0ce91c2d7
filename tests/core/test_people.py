"""People, roles and training (Art. 4–7): the rules hold in the services, with real SQLCipher, no Qt."""

from datetime import date, timedelta

import pytest
from hostile import hostile_strings
from pdfcheck import all_text, squeeze

from kojin_desk.areas import check, issuing
from kojin_desk.areas.people import audits, training
from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import (
    MANDATORY_TOPICS,
    Audit,
    AuditAction,
    DispatchCheck,
    Person,
    TrainingSession,
)
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.domain.records import Contract
from kojin_desk.errors import ValidationError
from kojin_desk.formkit.definition import get_form
from kojin_desk.pdf.fonts import drawable
from kojin_desk.services import documents, office_contracts

TODAY = date.today().isoformat()
FORM = staff_forms.STAFF_FORM


def codes(problems):
    return [p.code for p in problems]


@pytest.fixture
def contract(vault):
    from kojin_desk.areas.demo import OFFICE

    office_contracts.save_office(vault, OFFICE)
    return office_contracts.save_contract(vault, Contract(title="データ入力業務委託", start_on="2026-04-01",
                                                          end_on="2099-03-31", signed_on="2026-04-01"))


@pytest.fixture
def staff(vault):
    names = ["山﨑 花子", "𠮷田 一郎", "齋藤 さくら", "髙橋 次郎", "渡邉 三郎"]
    return [people.save_person(vault, Person(name=n, affiliation="業務部", employment="正社員")) for n in names]


def train(vault, contract, persons, held_on=TODAY):
    training.save_session(vault, TrainingSession(held_on=held_on, topics="特記仕様、罰則、漏えい時の責任",
                                                 instructor="山﨑 花子", contract_id=contract.id,
                                                 attendees=[p.id for p in persons]))


def test_names_are_kept_as_typed_and_phone_normalised(vault):
    p = people.save_person(vault, Person(name="髙橋\u3000一郎", contact="０３－５５５５－０１２３"))
    stored = people.list_people(vault)[0]
    assert stored.name == "髙橋\u3000一郎" and stored.contact == "03-5555-0123" and stored.id == p.id


def test_person_rules_are_refused_clearly(vault):
    with pytest.raises(ValidationError) as err:
        people.save_person(vault, Person(name="", employment="アルバイト", start_on="2026-04-01", end_on="2026-03-01"))
    text = str(err.value)
    assert "氏名を入力してください" in text and "雇用区分" in text
    with pytest.raises(ValidationError, match="在籍終了日が在籍開始日より前"):
        people.save_person(vault, Person(name="a", start_on="2026-04-01", end_on="2026-03-01"))
    assert people.list_people(vault) == []


def test_exactly_one_active_responsible(vault, contract, staff):
    two = [RosterRow(staff[0].id, "responsible"), RosterRow(staff[1].id, "responsible")]
    with pytest.raises(ValidationError, match="責任者.*1名だけ.*2名"):
        people.apply_roster(vault, contract.id, two, TODAY)
    with pytest.raises(ValidationError, match="0名"):
        people.apply_roster(vault, contract.id, [RosterRow(staff[1].id, "worker")], TODAY)
    assert people.assignments(vault, contract.id) == []
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible")], TODAY)
    # The database refuses a second active one too, whatever the caller.
    with pytest.raises(Exception, match="UNIQUE"):
        vault.conn.execute("INSERT INTO assignments (contract_id, person_id, role, start_on) VALUES (?, ?, 'responsible', ?)",
                           (contract.id, staff[1].id, TODAY))


def test_replacing_the_responsible_person_ends_the_old_role(vault, contract, staff):
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible")], "2026-04-01")
    people.apply_roster(vault, contract.id, [RosterRow(staff[1].id, "responsible")], "2026-05-01")
    every = people.assignments(vault, contract.id, active_only=False)
    assert [(a.person_id, a.start_on, a.end_on) for a in every] == [
        (staff[0].id, "2026-04-01", "2026-05-01"), (staff[1].id, "2026-05-01", "")]


def test_untrained_worker_is_warned_at_assignment_and_reported_by_check(vault, contract, staff):
    rows = [RosterRow(staff[0].id, "responsible"), RosterRow(staff[1].id, "worker", "入力")]
    warned = people.roster_warnings(vault, contract.id, rows, TODAY)
    assert codes(warned).count("untrained") == 2
    train(vault, contract, [staff[0]])
    people.apply_roster(vault, contract.id, rows, TODAY)
    found = [p for p in check.problems(vault) if p.code == "untrained"]
    assert len(found) == 1 and "𠮷田 一郎" in str(found[0]) and "第7条第3項" in str(found[0])
    train(vault, contract, [staff[1]], held_on=(date.today() + timedelta(days=1)).isoformat())
    assert "untrained" in codes(check.problems(vault)), "a session after the start does not count"
    train(vault, contract, [staff[1]])
    assert "untrained" not in codes(check.problems(vault))


def test_contract_with_list_c_needs_an_auditor(vault, contract, staff):
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.areas.ledger.model import InventoryItem

    train(vault, contract, staff)
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible")], TODAY)
    people.record_pledge(vault, contract.id, staff[0].id, TODAY)
    assert "auditor_missing" not in codes(check.problems(vault))
    ledger.save_item(vault, InventoryItem(catalog="C", name="個人番号記載の申告書", count="10", contract_id=contract.id))
    found = [p for p in check.problems(vault) if p.code == "auditor_missing"]
    assert found and "監査者" in str(found[0])
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible"),
                                             RosterRow(staff[4].id, "auditor")], TODAY)
    assert "auditor_missing" not in codes(check.problems(vault))


def test_dispatch_worker_needs_the_confidentiality_clause_checked(vault, contract, staff):
    temp = people.save_person(vault, Person(name="派遣 太郎", employment="派遣労働者"))
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible"), RosterRow(temp.id, "worker")], TODAY)
    assert "dispatch_unchecked" in codes(check.problems(vault))
    with pytest.raises(ValidationError, match="派遣元事業者"):
        people.save_dispatch_check(vault, DispatchCheck(contract_id=contract.id, person_id=temp.id))
    people.save_dispatch_check(vault, DispatchCheck(agency="株式会社サンプル派遣", contract_ref="派遣契約 第12号",
                                                    stated=True, checked_on="R8.4.1", contract_id=contract.id,
                                                    person_id=temp.id))
    assert people.dispatch_checks(vault, contract.id)[temp.id].checked_on == "2026-04-01"
    assert "dispatch_unchecked" not in codes(check.problems(vault))


def test_pledge_scan_is_kept_in_the_vault(vault, contract, staff):
    scan = b"%PDF-1.4 signed pledge SCANMARKER-7f3a" + bytes(range(256)) * 100
    people.record_pledge(vault, contract.id, staff[0].id, "令和8年4月1日", scan, "誓約書_山﨑.pdf")
    people.record_pledge(vault, contract.id, staff[0].id, "2026-04-02")  # a new date keeps the scan
    assert people.pledge_scan(vault, contract.id, staff[0].id) == (scan, "誓約書_山﨑.pdf")
    assert people.pledges(vault, contract.id)[staff[0].id]["signed_on"] == "2026-04-02"
    with pytest.raises(ValidationError, match="大きすぎ"):
        people.record_pledge(vault, contract.id, staff[1].id, TODAY, b"x" * (people.MAX_SCAN_MB * 1048576 + 1), "big.pdf")
    data_dir = vault.data_dir
    vault.close()
    for f in data_dir.rglob("*"):
        if f.is_file():
            assert b"SCANMARKER" not in f.read_bytes(), f


def test_training_plan_without_penalties_and_liability_cannot_be_issued(vault, contract):
    data = staff_forms.training_plan(vault, contract.id)
    assert set(MANDATORY_TOPICS) <= set(get_form("training_plan").table("topics").columns[0].choices)
    data["topics"] = [t for t in data["topics"] if t["topic"] != MANDATORY_TOPICS[1]]
    with pytest.raises(ValidationError) as err:
        issuing.issue(vault, contract.id, "training_plan", data)
    assert MANDATORY_TOPICS[1] in str(err.value) and "第7条第2項" in str(err.value)
    assert documents.list_documents(vault, contract.id) == []
    pdf = issuing.issue(vault, contract.id, "training_plan", staff_forms.training_plan(vault, contract.id))["pdf"]
    assert all(t in all_text(pdf) for t in MANDATORY_TOPICS)


def test_notification_then_change_notification_shows_the_difference(vault, contract, staff):
    responsible, a, b, c, d = staff
    people.set_contact_chain(vault, contract.id, [])
    people.apply_roster(vault, contract.id, [RosterRow(responsible.id, "responsible", "総括"),
                                             RosterRow(a.id, "worker", "入力"), RosterRow(b.id, "worker", "入力"),
                                             RosterRow(c.id, "worker", "検査")], "2026-04-01")
    data = staff_forms.notification(vault, contract.id)
    assert data["notice_kind"] == "新規" and [r["name"] for r in data["staff"]][0] == "山﨑 花子"
    data["contacts"] = [{"who": "山﨑 花子（責任者）", "phone": "03-5555-0124", "duty": "第一報を受け、都へ報告"}]
    first = issuing.issue(vault, contract.id, FORM, data)
    text = all_text(first["pdf"])
    assert first["title"] == "個人情報取扱責任者及び従事者届" and "従事者変更届" not in text
    assert all(p.name.replace(" ", "") in text for p in (responsible, a, b, c)) and "渡邉三郎" not in text

    people.apply_roster(vault, contract.id, [RosterRow(responsible.id, "responsible", "総括"),
                                             RosterRow(a.id, "worker", "入力"), RosterRow(b.id, "worker", "入力・照合"),
                                             RosterRow(d.id, "worker", "検査")], "2026-06-01")
    data = staff_forms.notification(vault, contract.id, "2026-06-01")
    assert data["notice_kind"] == "変更"
    assert {(r["change"], r["name"]) for r in data["changes"]} == {
        ("追加", "渡邉 三郎"), ("削除", "髙橋 次郎"), ("変更", "齋藤 さくら")}
    data["contacts"] = [{"who": "山﨑 花子", "phone": "03-5555-0124", "duty": ""}]
    with pytest.raises(ValidationError, match="変更の理由を入力してください"):
        issuing.issue(vault, contract.id, FORM, data)
    data["reason"] = "担当替えのため"
    second = issuing.issue(vault, contract.id, FORM, data)
    text = all_text(second["pdf"])
    assert (second["title"], second["version"]) == ("個人情報取扱責任者及び従事者変更届", 2)
    assert "変更届" in text and "追加" in text and "削除" in text and "入力→入力・照合" in text
    assert "髙橋次郎" in text and "渡邉三郎" in text
    # The next change compares with the 変更届 just issued, not with the first notification.
    assert staff_forms.changes(staff_forms.last_notified(vault, contract.id)["staff"],
                               staff_forms.staff_rows(vault, contract.id)) == []


def test_notification_needs_exactly_one_responsible_row(vault, contract, staff):
    people.apply_roster(vault, contract.id, [RosterRow(staff[0].id, "responsible")], TODAY)
    data = staff_forms.notification(vault, contract.id)
    data["contacts"] = [{"who": "山﨑", "phone": "1", "duty": ""}]
    data["staff"].append(dict(data["staff"][0], name="別人"))
    with pytest.raises(ValidationError, match="2名"):
        issuing.issue(vault, contract.id, FORM, data)


def test_overdue_corrective_action_is_reported(vault, contract):
    audit = audits.save_audit(vault, Audit(kind="随時", done_on="2026-05-10", auditor="渡邉 三郎",
                                             findings="施錠漏れ", contract_id=contract.id))
    with pytest.raises(ValidationError, match="完了日が監査の実施日より前"):
        audits.save_action(vault, AuditAction(action="保管庫の施錠確認", due_on="2026-05-20",
                                                done_on="2026-05-01", audit_id=audit.id))
    action = audits.save_action(vault, AuditAction(action="保管庫の施錠確認を日次化", due_on="2026-05-20",
                                                     audit_id=audit.id))
    assert "audit_action_overdue" in codes(check.problems(vault))
    action.done_on = "2026-05-18"
    audits.save_action(vault, action)
    assert "audit_action_overdue" not in codes(check.problems(vault))


def test_hostile_names_are_kept_exactly_or_refused_clearly(vault, contract):
    kept, refused = [], 0
    for s in hostile_strings():
        try:
            kept.append(people.save_person(vault, Person(name=s, affiliation=s[:100])))
        except ValidationError as exc:
            refused += 1
            assert "Traceback" not in str(exc) and ("氏名" in str(exc) or "所属" in str(exc))
    stored = {p.id: p.name for p in people.list_people(vault)}
    assert all(stored[p.id] == p.name for p in kept) and refused and kept
    rows = [RosterRow(kept[0].id, "responsible")] + [RosterRow(p.id, "worker") for p in kept[1:]]
    people.apply_roster(vault, contract.id, rows, TODAY)
    data = staff_forms.notification(vault, contract.id)
    data["contacts"] = [{"who": kept[-1].name, "phone": "03-0000-0000", "duty": ""}]
    text = all_text(issuing.issue(vault, contract.id, FORM, data)["pdf"])
    missing = [p.name for p in kept if p.name.strip() and squeeze(drawable(p.name)) not in text]
    assert missing == []
