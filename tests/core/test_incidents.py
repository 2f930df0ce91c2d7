"""Incidents (Art. 13, 16(2)): deadlines at their boundaries, reports with the nine items, dump → edit → load."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pdfcheck import all_text

from kojin_desk.areas import check, issuing, transfer
from kojin_desk.areas.incidents import forms, service
from kojin_desk.areas.incidents.model import Event, Incident, final_due, penalty, quick_due
from kojin_desk.errors import ValidationError
from kojin_desk.services import office_contracts

PASS = "test-passphrase"


@pytest.mark.parametrize("discovered, days, improper, quick, final", [
    ("2026-07-03", 3, False, "2026-07-06", "2026-08-02"),   # a Friday: calendar days, the weekend counts
    ("2026-01-31", 3, False, "2026-02-03", "2026-03-02"),   # month end; February has 28 days in 2026
    ("2026-02-26", 5, False, "2026-03-03", "2026-03-28"),
    ("2026-12-30", 4, True, "2027-01-03", "2027-02-28"),    # 不正の目的: 60 days, across the year end
    ("2028-01-01", 3, True, "2028-01-04", "2028-03-01"),    # 60 days across a leap February
])
def test_deadlines_count_calendar_days_from_discovery(discovered, days, improper, quick, final):
    i = Incident(title="x", discovered_on=discovered, quick_days=days, improper=improper)
    assert (quick_due(i), final_due(i)) == (quick, final)


def test_findings_todo_until_the_due_day_then_a_problem_with_the_article(demo_vault):
    contract = office_contracts.get_contract(demo_vault, 1)
    i = service.open_incident(demo_vault, Incident(title="深夜に発覚した誤送付", discovered_on="2026-07-03",
                                                   discovered_time="23:50", place_kind="other", place_text="再委託先",
                                                   contract_id=1))
    on_due = service.findings(demo_vault.conn, contract, today="2026-07-06")
    assert [(p.code, todo) for p, _, _, todo, _ in on_due] == [("incident_quick_due", True), ("incident_final_due", True)]
    late = service.findings(demo_vault.conn, contract, today="2026-07-07")
    problem, article, due, todo, iid = late[0]
    assert (problem.code, article, due, todo, iid) == ("incident_quick_overdue", "第13条第1項", "2026-07-06", False, i.id)
    assert "第13条第1項" in str(problem) and "3日" in str(problem)
    service.save(demo_vault, replace(i, improper=True))
    final = service.findings(demo_vault.conn, contract, today="2026-09-01")[1]
    assert final[0].code == "incident_final_due" and final[2] == "2026-09-01"  # 60 days: due that very day
    assert service.findings(demo_vault.conn, contract, today="2026-09-02")[1][0].code == "incident_final_overdue"


def test_demo_has_one_closed_incident_and_check_stays_clean(demo_vault):
    found = service.incidents(demo_vault, 1)
    assert len(found) == 1 and found[0].closed_on
    assert [r["kind"] for r in service.reports(demo_vault, found[0].id)] == ["quick", "final"]
    assert check.run(demo_vault) == []


def test_quick_then_final_report_carry_the_nine_items_and_what_changed(demo_vault):
    draft, affected = service.draft(demo_vault, 1, "movement:1")
    assert draft.place_kind == "movement" and draft.occurred_on == "2026-04-03"
    assert affected and affected[0].ledger_seq is not None  # a send is a ledger entry: its quantity is the record's
    i = service.open_incident(demo_vault, replace(draft, discovered_on="2026-07-03"), affected)
    if not affected:  # no 送付 entry on the send's day: the quantity comes from the 目録 and the ledger's totals
        item = service.item_from_inventory(demo_vault, 1, 1)
        assert int(item.records) > 0
        service.save_item(demo_vault, replace(item, incident_id=i.id))
    quick = forms.report_data(demo_vault, i.id, "速報")
    quick["issue_date"] = "2026-07-06"
    issuing.issue(demo_vault, 1, forms.REPORT, quick)
    service.save(demo_vault, replace(service.get(demo_vault, i.id), cause="宛先の確認漏れ", circumstances="別課の職員宛に送付した。"))
    service.add_event(demo_vault, Event(i.discovered_on, "", "再発防止策", "責任者", "宛先を2名で読み上げ確認する。",
                                        incident_id=i.id))
    final = forms.report_data(demo_vault, i.id, "確報")
    assert final["quick_issue_date"] == "2026-07-06"
    changes = {r["label"][:3]: r["change"] for r in final["items"]}
    assert changes["(4)"] == "追加" and changes["(8)"] == "追加" and changes["(1)"] == "変更"
    final["issue_date"] = "2026-07-20"
    doc = issuing.issue(demo_vault, 1, forms.REPORT, final)
    text = all_text(doc["pdf"])
    for label in forms.ITEM_LABELS:
        assert label.split(" ")[0] in text
    assert "確報" in text and "宛先の確認漏れ" in text and "速報時" in text

    too_early = forms.report_data(demo_vault, i.id, "確報")
    too_early.update(issue_date="2026-07-01", quick_issue_date="")
    with pytest.raises(ValidationError, match="速報の日付"):
        issuing.issue(demo_vault, 1, forms.REPORT, too_early)
    assert [r["kind"] for r in service.reports(demo_vault, i.id)] == ["quick", "final"]


def test_close_needs_the_final_report(demo_vault):
    i = service.open_incident(demo_vault, Incident(title="所在不明", discovered_on="2026-07-01", place_kind="other",
                                                   place_text="不明", contract_id=1))
    with pytest.raises(ValidationError, match="確報"):
        service.close(demo_vault, i.id, "2026-07-02")


def test_penalty_is_a_tenth_of_the_contract_amount():
    assert penalty("12,000,000") == 1_200_000 and penalty("") is None and penalty("abc") is None


def test_dump_edit_load_overdue_quick_report_loads_and_check_names_it(demo_vault, tmp_path, kdf):
    with demo_vault.transaction() as conn:
        conn.execute("UPDATE incidents SET closed_on = ''")
    doc = transfer.dump(demo_vault)
    doc["incident_reports"] = [r for r in doc["incident_reports"] if r["kind"] == "dispute"]  # never reported
    doc["incidents"][0]["discovered_on"] = "2026-05-20"
    loaded = transfer.load(json.loads(json.dumps(doc)), tmp_path / "loaded", PASS, kdf)
    found = [str(p) for p in check.run(loaded)]
    loaded.close()
    assert any("速報" in p and "第13条第1項" in p and "期限" in p for p in found), found


def test_dump_with_a_final_report_dated_before_its_quick_report_is_refused(demo_vault, tmp_path, kdf):
    doc = transfer.dump(demo_vault)
    final = next(r for r in doc["incident_reports"] if r["kind"] == "final")
    final["issue_date"] = "2026-05-01"
    with pytest.raises(ValidationError) as err:
        transfer.load(doc, tmp_path / "refused", PASS, kdf)
    assert "incident_reports[1]" in str(err.value) and "事故第1号" in str(err.value)
    assert not (tmp_path / "refused" / "vault.db").exists()


def test_dump_load_roundtrip_keeps_incidents(demo_vault, tmp_path, kdf):
    text = transfer.dumps(demo_vault)
    loaded = transfer.load(json.loads(text), tmp_path / "loaded", PASS, kdf)
    assert transfer.dumps(loaded) == text
    loaded.close()


def test_tokyo_instruction_on_the_timeline_goes_into_the_instructions_register(demo_vault):
    from kojin_desk.areas.instructions import service as instructions

    i = service.open_incident(demo_vault, Incident(title="誤送付", discovered_on="2026-07-03", place_kind="other",
                                                   place_text="再委託先", contract_id=1))
    e = service.add_event(demo_vault, Event("2026-07-03", "18:00", "東京都への連絡", "課税指導課 主事", "誤送付を報告。",
                                            "受信者に削除を依頼し、結果を報告すること。", incident_id=i.id))
    record = next(r for r in instructions.instructions(demo_vault, 1) if r.id == e.instruction_id)
    assert record.kind == "事故対応の指示（第13条）" and "削除を依頼" in record.summary and record.received_on == "2026-07-03"
