"""The send and transport log at scale: newest first, read a page at a time, its buttons on the selected row,
the open sends alone, and a printed log of one period.

A million-entry vault holds some 285,000 movements: the tab must never read them all (see the last test).
"""

from datetime import date, timedelta

import pytest
from pdfcheck import all_text
from places_setup import places_context
from PySide6.QtWidgets import QPushButton

from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Method, Movement
from kojin_desk.services import documents, office_contracts
from kojin_desk.ui.areas.places import log_model, movements_tab
from kojin_desk.ui.areas.places.area import PlacesArea
from kojin_desk.ui.areas.places.log_period_dialog import LogPeriodDialog
from kojin_desk.ui.form_wizard import FormWizard

START = date(2026, 4, 1)


def _fill(ctx, n: int) -> list[Movement]:
    """`n` movements over 30 days, many on one day and ids out of date order (the order's tie-break matters);
    every third a transport, and of the sends every other one checked and approved."""
    vault, cid = ctx.vault, ctx.contract_id
    team = {p.name: pid for pid, p in people.by_id(vault).items()}
    sending = places.save_method(vault, Method("暗号化メール", "メール", "暗号化", kind="sending", declared_on="2026-03-31",
                                               contract_id=cid))
    transport = places.save_method(vault, Method("社用車", "都庁まで", "施錠鞄", kind="transport", declared_on="2026-03-31",
                                                 contract_id=cid))
    rows = []
    for i in range(n):
        kind = "transport" if i % 3 == 0 else "sending"
        checked = kind == "sending" and i % 2 == 0
        rows.append(Movement(
            sent_on=(START + timedelta(days=(i * 7) % 30)).isoformat(), what=f"送付物{i:04d}", recipient="都の担当課",
            kind=kind, method_id=(sending if kind == "sending" else transport).id, sender_id=team["齋藤 さくら"],
            checker_id=team["髙橋 一郎"] if checked else None, checked_on="2026-05-01" if checked else "",
            ok_recipient=checked, ok_hidden=checked, ok_method=checked,
            approver_id=team["山﨑 花子"] if checked else None, contract_id=cid))
    with vault.transaction() as conn:
        places_repo.insert_movements(conn, rows)
    stored = movements.movements(vault, cid)
    return sorted(stored, key=lambda m: (m.sent_on, m.id), reverse=True)  # the log's order: newest first


@pytest.fixture
def ctx(vault, tmp_path):
    return places_context(vault, tmp_path)


def _log_tab(qtbot, ctx):
    area = PlacesArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    area.tabs.setCurrentWidget(area.movements)
    return area, area.movements


def test_rows_in_order_across_pages_and_after_a_jump(qtbot, ctx):
    expected = _fill(ctx, 450)
    _, tab = _log_tab(qtbot, ctx)
    model = tab.model
    assert model.rowCount() == 450 and tab.count_label.text() == "450件"
    assert [model.movement(r).id for r in range(450)] == [m.id for m in expected]  # pages 0, 1, 2 read in turn
    for r in (0, 1, 2, 199, 200, 449):
        m = expected[r]
        status = ("—" if m.kind == "transport" else "確認済み（髙橋 一郎）" if m.check_complete
                  else "未確認：別の人の確認が必要")
        assert [model.index(r, c).data() for c in range(8)] == [
            f"令和8年{m.sent_on[6:7] if m.sent_on[5] == '0' else m.sent_on[5:7]}月{int(m.sent_on[8:])}日",
            "送付" if m.kind == "sending" else "運搬", status, m.what, "都の担当課",
            "暗号化メール" if m.kind == "sending" else "社用車", "", "齋藤 さくら"]
    assert model.index(0, 0).data() == "令和8年4月30日" and model.index(449, 0).data() == "令和8年4月1日"
    statuses = {model.index(r, 2).data() for r in range(450)}
    assert statuses == {"—", "確認済み（髙橋 一郎）", "未確認：別の人の確認が必要"}
    # A jump to the end and back into the middle reads each page from a key found through the index.
    model.reload()
    assert model.movement(449).id == expected[449].id
    assert model.movement(250).id == expected[250].id and model.movement(199).id == expected[199].id
    assert [model.movement(r).id for r in range(200, 450)] == [m.id for m in expected[200:]]


def test_check_and_incident_act_on_the_selected_row(qtbot, ctx, monkeypatch, no_modal_boxes):
    expected = _fill(ctx, 450)
    area, tab = _log_tab(qtbot, ctx)
    row = next(r for r in range(230, 450) if not expected[r].check_complete)  # an open send on the second page
    seen = []
    monkeypatch.setattr(movements_tab.CheckDialog, "exec", lambda dialog: seen.append(dialog.movement) or 0)
    tab.table.selectRow(row)
    tab.table.scrollTo(tab.model.index(row, 0))
    area.findChild(QPushButton, "check_movement").click()
    assert [m.id for m in seen] == [expected[row].id] and seen[0].what == expected[row].what
    asked = []
    ctx.action_requested.connect(asked.append)
    area.findChild(QPushButton, "incident").click()
    assert asked == [f"incidents/new:movement:{expected[row].id}"]
    transport = next(r for r in range(450) if expected[r].kind == "transport")
    tab.table.selectRow(transport)
    area.findChild(QPushButton, "check_movement").click()  # a transport has no second check: a hint instead
    assert len(seen) == 1 and no_modal_boxes[-1][0] == "information"


def test_a_check_recorded_from_the_log_closes_the_send(qtbot, ctx, monkeypatch):
    expected = _fill(ctx, 450)
    area, tab = _log_tab(qtbot, ctx)
    row = next(r for r in range(300, 450) if not expected[r].check_complete)

    def fill(dialog):
        dialog.checker.setCurrentText("髙橋 一郎")
        for box in (dialog.ok_recipient, dialog.ok_hidden, dialog.ok_method):
            box.setChecked(True)
        dialog.checked_on.setText("R8.6.1")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(movements_tab.CheckDialog, "exec", fill)
    tab.table.selectRow(row)
    area.findChild(QPushButton, "check_movement").click()
    assert tab.model.index(row, 2).data() == "確認済み（髙橋 一郎）"
    assert tab.table.selectionModel().selectedRows()[0].row() == row  # still on the row just checked
    assert movements.get(ctx.vault, expected[row].id).check_complete


def test_open_sends_only(qtbot, ctx):
    expected = _fill(ctx, 450)
    area, tab = _log_tab(qtbot, ctx)
    open_ids = [m.id for m in expected if not m.check_complete]
    assert open_ids and len(open_ids) < 450
    tab.open_only.setChecked(True)
    assert tab.model.rowCount() == len(open_ids) and f"{len(open_ids)}件" in tab.count_label.text()
    assert [tab.model.movement(r).id for r in range(len(open_ids))] == open_ids
    assert {tab.model.index(r, 2).data() for r in range(len(open_ids))} == {"未確認：別の人の確認が必要"}
    contract = office_contracts.get_contract(ctx.vault, ctx.contract_id)
    assert sum(p.code == "send_open" for p in places.warnings(ctx.vault, contract)) == len(open_ids)
    tab.open_only.setChecked(False)
    assert tab.model.rowCount() == 450


def test_print_a_period_of_the_log(qtbot, ctx, monkeypatch):
    expected = _fill(ctx, 450)
    area, tab = _log_tab(qtbot, ctx)
    periods = []

    def pick(dialog):
        periods.append((dialog.date_from.text(), dialog.date_to.text()))  # what the user sees first
        dialog.date_from.setText("R8.4.30")
        dialog.date_to.setText("R8.4.20")
        dialog.save()
        periods.append(dialog.error.text())
        dialog.date_from.setText("R9.1.1")
        dialog.date_to.setText("R9.1.31")
        dialog.save()
        periods.append(dialog.error.text())
        dialog.date_from.setText("令和8年4月10日")
        dialog.date_to.setText("2026-04-11")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(LogPeriodDialog, "exec", pick)
    monkeypatch.setattr(FormWizard, "exec", lambda w: (w.show(), [w.next() for _ in range(3)], w.accept(), w.result())[-1])
    area.findChild(QPushButton, "print_log").click()
    assert periods[0] == ("令和8年4月1日", f"令和{date.today().year - 2018}年{date.today().month}月{date.today().day}日")
    assert "開始日より前" in periods[1] and "ありません" in periods[2]
    issued = [d for d in documents.list_documents(ctx.vault, ctx.contract_id) if d["form_id"] == "send_log"]
    text = all_text(documents.get_document(ctx.vault, issued[0]["id"])["pdf"])
    inside = [m for m in expected if "2026-04-10" <= m.sent_on <= "2026-04-11"]
    assert len(inside) == 30
    assert all(m.what in text for m in inside)
    assert not [m.what for m in expected if m not in inside and m.what in text]
    assert "送付・運搬記録簿" in text and "令和8年4月10日" in text


def test_the_log_never_reads_every_movement(qtbot, ctx, monkeypatch):
    """1,000 movements: opening the tab and scrolling to the end read a page or two, never the whole log."""
    _fill(ctx, 1000)

    def every_movement(*_a, **_k):
        raise AssertionError("the send log read every movement")
    monkeypatch.setattr(places_repo, "movements", every_movement)
    fetched = []
    page = movements.page
    monkeypatch.setattr(movements, "page", lambda *a, **k: fetched.append(len(rows := page(*a, **k))) or rows)
    area, tab = _log_tab(qtbot, ctx)
    qtbot.wait(10)
    assert tab.model.rowCount() == 1000 and 0 < sum(fetched) <= log_model.PAGE
    tab.table.scrollToBottom()
    qtbot.wait(10)
    assert tab.model.index(999, 0).data() == "令和8年4月1日"
    assert sum(fetched) <= 2 * log_model.PAGE
    tab.open_only.setChecked(True)
    qtbot.wait(10)
    assert sum(fetched) <= 3 * log_model.PAGE
