"""あらかじめ (Art. 5(1), 11(3), (5), (6)): a change to the roster, the work places or the methods is reported
until a 変更届 listing it is issued, with the date it takes effect."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from kojin_desk.areas import check, issuing
from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.areas.places import forms as place_forms
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Method
from kojin_desk.areas.registry import area
from kojin_desk.services import office_contracts

TODAY = date.today()


def _findings(vault, key):
    contract = office_contracts.get_contract(vault, 1)
    return [f for f in area(key).findings(vault.conn, contract) if f.problem.code == "unnotified_change"]


def _add_worker(vault, on: str) -> Person:
    p = people.save_person(vault, Person(name="新井 四郎", employment="正社員", affiliation="入力課"))
    rows = people.roster(vault, 1) + [RosterRow(p.id, "worker", "入力")]
    people.apply_roster(vault, 1, rows, on)
    return p


def _issue_staff_change(vault, changed_on: str) -> None:
    data = staff_forms.notification(vault, 1, changed_on)
    data["reason"] = "従事者の追加のため"
    issuing.issue(vault, 1, "staff_notification", data)


def test_a_worker_added_today_is_a_breach_until_the_change_is_notified(demo_vault):
    assert _findings(demo_vault, "people") == [] and check.run(demo_vault) == []
    _add_worker(demo_vault, TODAY.isoformat())
    found = _findings(demo_vault, "people")
    assert len(found) == 1 and not found[0].todo
    f = found[0]
    assert (f.article, f.action, f.due) == ("第5条第1項", "people/staff_wizard", TODAY.isoformat())
    assert "従事者「新井 四郎」の追加" in str(f) and "東京都に届け出られていません" in str(f)
    assert any("新井 四郎" in str(p) and "第5条第1項" in str(p) for p in check.run(demo_vault))
    _issue_staff_change(demo_vault, TODAY.isoformat())
    assert _findings(demo_vault, "people") == []


def test_a_future_change_is_a_next_step_and_fine_once_notified(demo_vault):
    later = (TODAY + timedelta(days=20)).isoformat()
    _add_worker(demo_vault, later)
    [f] = _findings(demo_vault, "people")
    assert f.todo and f.due == later and f"{later}から" in str(f)
    assert not any("届け出られていません" in str(p) for p in check.run(demo_vault))  # not yet a breach
    _issue_staff_change(demo_vault, later)  # notified beforehand: nothing left to say
    assert _findings(demo_vault, "people") == []


def test_a_worker_ended_without_notice_is_reported_from_the_end_date(demo_vault):
    rows = people.roster(demo_vault, 1)
    worker = next(r for r in rows if r.role == "worker")
    ended = (TODAY - timedelta(days=3)).isoformat()
    people.apply_roster(demo_vault, 1, [r for r in rows if r is not worker], ended)
    [f] = _findings(demo_vault, "people")
    assert not f.todo and f.due == ended and "削除" in str(f)


def test_a_work_place_changed_or_ended_without_notice_is_reported(demo_vault):
    [w, *_] = places.workplaces(demo_vault, 1)
    places.save_workplace(demo_vault, replace(w, entry_control="暗証番号"))
    [f] = _findings(demo_vault, "places")
    assert (f.article, f.action, f.todo) == ("第11条第3項", "places/declare:workplace_notification", False)
    assert f"作業場所「{w.name}」の変更" in str(f)
    data = place_forms.notification(demo_vault, 1, "workplace_notification", TODAY.isoformat())
    issuing.issue(demo_vault, 1, "workplace_notification", data)
    assert _findings(demo_vault, "places") == []
    ended = (TODAY - timedelta(days=1)).isoformat()
    places.save_workplace(demo_vault, replace(places.workplaces(demo_vault, 1)[0], ended_on=ended))
    [f] = _findings(demo_vault, "places")
    assert f.due == ended and "削除" in str(f) and not f.todo


def test_a_method_added_after_the_notification_is_one_next_step(demo_vault):
    places.save_method(demo_vault, Method(name="バイク便", procedure="専用ケースで運ぶ", safeguards="施錠ケース",
                                          kind="transport", contract_id=1))
    contract = office_contracts.get_contract(demo_vault, 1)
    found = [f for f in area("places").findings(demo_vault.conn, contract) if "運搬" in str(f) or "バイク便" in str(f)]
    assert len(found) == 1 and found[0].todo and found[0].article == "第11条第5項"
    assert found[0].action == "places/declare:transport_notification" and "使用開始前" in str(found[0])
