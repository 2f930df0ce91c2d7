"""The dashboard says "notify Tokyo" when a worker is added (Art. 5(1)), and stops once the 変更届 is issued."""

from datetime import date

from kojin_desk.areas import issuing
from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.settings import Settings
from kojin_desk.ui.areas.dashboard import DashboardArea
from kojin_desk.ui.context import Context


def _texts(dashboard):
    return [dashboard.todo.item(i).text() for i in range(dashboard.todo.count())]


def test_dashboard_asks_to_notify_a_new_worker_until_the_change_notification_is_issued(qtbot, demo_vault, tmp_path):
    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    actions = []
    dashboard = DashboardArea(ctx, actions.append)
    qtbot.addWidget(dashboard)
    assert not any("東京都に届け出られていません" in t for t in _texts(dashboard))

    worker = people.save_person(demo_vault, Person(name="新井 四郎", employment="正社員"))
    people.apply_roster(demo_vault, 1, people.roster(demo_vault, 1) + [RosterRow(worker.id, "worker", "入力")],
                        date.today().isoformat())
    ctx.data_changed.emit()
    notify = [i for i in range(dashboard.todo.count()) if "新井 四郎" in dashboard.todo.item(i).text()
              and "東京都に届け出られていません" in dashboard.todo.item(i).text()]
    assert len(notify) == 1
    dashboard.run_item(dashboard.todo.item(notify[0]))
    assert actions == ["people/staff_wizard"]

    data = staff_forms.notification(demo_vault, 1, date.today().isoformat())
    data["reason"] = "従事者の追加のため"
    issuing.issue(demo_vault, 1, "staff_notification", data)
    ctx.data_changed.emit()
    assert not any("東京都に届け出られていません" in t for t in _texts(dashboard))
