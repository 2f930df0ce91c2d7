"""The People area on the demo vault: registry, pledges with scans, dispatch, training, audits, prints."""

import pytest
from dialogs import typed_in
from pdfcheck import all_text
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from kojin_desk.areas.people import service as people
from kojin_desk.areas.people import training
from kojin_desk.services import documents
from kojin_desk.settings import Settings
from kojin_desk.store.vault import Vault
from kojin_desk.ui.areas.people.area import PeopleArea
from kojin_desk.ui.context import Context
from kojin_desk.ui.form_wizard import FormWizard
from kojin_desk.ui.record_editor import RecordDialog


@pytest.fixture
def area(qtbot, demo_vault, tmp_path, monkeypatch):
    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    issued = []

    def walk(wizard):  # a user pressing 次へ to the preview, then 発行
        wizard.show()
        while wizard.currentPage() is not wizard.preview_page:
            before = wizard.currentPage()
            wizard.next()
            assert wizard.currentPage() is not before, before.error.text() if hasattr(before, "error") else ""
        wizard.accept()
        issued.append(wizard.issued)
        return wizard.result()
    monkeypatch.setattr(FormWizard, "exec", walk)
    widget = PeopleArea(ctx)
    qtbot.addWidget(widget)
    widget.issued = issued
    return widget


def _fill_dialog(monkeypatch, values):
    monkeypatch.setattr(RecordDialog, "exec", typed_in(values))


def _select(table, text):
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)
    table.selectRow(row)


def test_structure_shows_roles_training_and_pledges(area):
    table = area.structure.table
    names = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"山﨑 花子", "小林 美咲", "𠮷野 誠"} <= names
    assert area.structure.warnings.text() == ""  # the demo is in order


def test_registry_add_refuses_then_saves(area, monkeypatch):
    area.tabs.setCurrentIndex(1)
    registry = area.tabs.currentWidget()
    count = registry.table.rowCount()
    _fill_dialog(monkeypatch, {"name": "葛\U000e0100西 ひかり", "employment": "契約社員", "start_on": "2026-02-30"})
    registry.add()
    assert registry.table.rowCount() == count  # impossible date: nothing saved
    _fill_dialog(monkeypatch, {"name": "葛\U000e0100西 ひかり", "employment": "契約社員", "start_on": "R8.10.1"})
    registry.add()
    assert registry.table.rowCount() == count + 1
    saved = next(p for p in people.list_people(area.ctx.vault) if p.name.startswith("葛"))
    assert saved.name == "葛\U000e0100西 ひかり" and saved.start_on == "2026-10-01"


def test_pledge_print_sign_scan_and_dispatch(area, monkeypatch, tmp_path):
    area.tabs.setCurrentIndex(2)
    tab = area.tabs.currentWidget()
    _select(tab.table, "髙橋 一郎")
    tab.print_pledge()
    pdf = area.issued[-1]["pdf"]
    assert "誓約書" in all_text(pdf) and "髙橋一郎" in all_text(pdf) and "第5条第4項" in all_text(pdf)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("令和8年11月2日", True)))
    tab.record_signed()
    scan = tmp_path / "誓約書スキャン.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned SCAN-GUI-MARKER")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), "")))
    tab.attach_scan()
    _select(tab.table, "髙橋 一郎")
    row = tab.table.currentRow()
    assert tab.table.item(row, 2).text() == "令和8年11月2日" and tab.table.item(row, 3).text() == "誓約書スキャン.pdf"
    out = tmp_path / "out" / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.save_scan()
    assert out.read_bytes() == scan.read_bytes()

    _select(tab.table, "小林 美咲")
    _fill_dialog(monkeypatch, {"agency": "株式会社サンプル人材", "contract_ref": "第2026-099号", "stated": True,
                               "checked_on": "R8.11.1"})
    tab.dispatch()
    assert "第2026-099号" in tab.table.item(tab.table.currentRow(), 4).text()


def test_training_session_and_record(area, monkeypatch):
    area.tabs.setCurrentIndex(3)
    tab = area.tabs.currentWidget()
    before = tab.table.rowCount()
    from kojin_desk.ui.areas.people import training_tab

    def fill_session(dialog):
        dialog.form.editors["held_on"].setText("R8.11.20")
        dialog.form.editors["topics"].setPlainText("送付時の複数人確認（第11条第7項）")
        dialog.form.editors["instructor"].setText("山﨑 花子")
        dialog.check("齋藤 さくら")
        dialog.check("小林 美咲")
        dialog.try_save()
        return dialog.result()
    monkeypatch.setattr(training_tab.SessionDialog, "exec", fill_session)
    tab.add()
    assert tab.table.rowCount() == before + 1
    session = training.sessions(area.ctx.vault, 1)[-1]
    assert session.held_on == "2026-11-20" and len(session.attendees) == 2
    tab.table.selectRow(tab.table.rowCount() - 1)
    tab.print_record()
    text = all_text(area.issued[-1]["pdf"])
    assert "研修実施記録" in text and "齋藤さくら" in text and "小林美咲" in text and "令和8年11月20日" in text
    tab.plan()
    assert area.issued[-1]["form_id"] == "training_plan" and area.issued[-1]["version"] == 2


def test_audit_action_overdue_then_completed(area, monkeypatch):
    area.tabs.setCurrentIndex(4)
    tab = area.tabs.currentWidget()
    _fill_dialog(monkeypatch, {"kind": "随時", "done_on": "R8.11.1", "auditor": "𠮷野 誠", "findings": "鍵の管理簿に押印漏れ"})
    tab._edit_audit(None)
    tab.audits.selectRow(0)
    _fill_dialog(monkeypatch, {"action": "押印欄の確認を日次化", "due_on": "R8.11.10"})
    tab.add_action()
    assert tab.actions.rowCount() == 1
    from kojin_desk.areas import check

    assert any(p.code == "audit_action_overdue" for p in check.problems(area.ctx.vault))
    area.tabs.setCurrentIndex(4)
    tab.audits.selectRow(0)
    tab.actions.selectRow(0)
    _fill_dialog(monkeypatch, {"done_on": "R8.11.8"})
    tab.edit_action()
    assert not any(p.code == "audit_action_overdue" for p in check.problems(area.ctx.vault))


def test_auditor_notification_from_the_structure(area):
    area.structure.findChild(QPushButton, "auditor_notification").click()
    doc = area.issued[-1]
    assert doc["form_id"] == "auditor_notification" and doc["version"] == 2 and "𠮷野誠" in all_text(doc["pdf"]) and "監査者届" in all_text(doc["pdf"])
    data_dir = area.ctx.vault.data_dir
    area.ctx.vault.close()
    reopened = Vault.unlock(data_dir, "test-passphrase")
    assert documents.get_document(reopened, doc["id"])["sha256"] == doc["sha256"]
    reopened.close()


def test_too_large_scan_is_refused_before_reading(area, monkeypatch, tmp_path, no_modal_boxes):
    area.tabs.setCurrentIndex(2)
    tab = area.tabs.currentWidget()
    _select(tab.table, "齋藤 さくら")
    big = tmp_path / "huge.pdf"
    with big.open("wb") as f:
        f.truncate(21 * 1048576)  # sparse: no 21 MB written
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), "")))
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    tab.attach_scan()
    assert no_modal_boxes and "大きすぎます（21.0 MB、上限 20 MB）" in no_modal_boxes[-1][1][2]
    assert not people.pledges(area.ctx.vault, 1)[2]["has_scan"]
