"""Main window on the demo vault: areas, contract switcher, honest placeholders, lock."""

from PySide6.QtWidgets import QLabel

from kojin_desk.settings import Settings
from kojin_desk.ui.context import Context
from kojin_desk.ui.main_window import MainWindow


def _window(qtbot, vault, tmp_path, unlock_again=lambda: None):
    ctx = Context(vault, Settings(), tmp_path)
    window = MainWindow(ctx, unlock_again)
    qtbot.addWidget(window)
    window.show()
    return window


def test_areas_and_contracts(qtbot, demo_vault, tmp_path):
    window = _window(qtbot, demo_vault, tmp_path)
    titles = [window.area_list.item(i).text() for i in range(window.area_list.count())]
    assert titles == ["ダッシュボード", "人員", "作業場所・運搬・送付", "東京都の指示・承諾", "目録・台帳", "事故対応", "文書",
                      "提出用ファイル"]
    assert window.contracts.count() == 2
    assert "住民税課税資料" in window.contracts.currentText()
    todo = window.findChild(type(window.area(0).todo), "todo")
    texts = [todo.item(i).text() for i in range(todo.count())]
    assert any("作成中の廃棄・消去証明書" in t for t in texts)
    window.area_list.setCurrentRow(1)
    assert window.people.structure.table.rowCount() == 6  # 責任者, 4 従事者, 監査者
    window.area_list.setCurrentRow(2)
    assert window.places.workplaces.lists[0].table.rowCount() == 2 and window.places.warnings.text() == ""
    window.area_list.setCurrentRow(7)
    assert "この版ではまだ作られていません" in " ".join(w.text() for w in window.current_area().findChildren(QLabel))
    window.contracts.setCurrentIndex(1)
    window.area_list.setCurrentRow(6)
    docs = window.documents.table
    assert docs.rowCount() == 1 and docs.item(0, 0).text() == "個人情報等の廃棄・消去証明書"


def test_lock_hides_everything_and_closes_vault(qtbot, demo_vault, tmp_path):
    window = _window(qtbot, demo_vault, tmp_path)
    window.lock()
    assert not demo_vault.is_open
    assert window.centralWidget().objectName() == "locked"
    assert window.contracts.count() == 0
    texts = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "住民税" not in texts


def test_lock_closes_open_dialogs_and_keeps_their_draft(qtbot, demo_vault, tmp_path):
    from kojin_desk.areas import issuing
    from kojin_desk.store.vault import Vault
    from kojin_desk.ui.form_wizard import FormWizard

    window = _window(qtbot, demo_vault, tmp_path)
    wizard = FormWizard(window.ctx, "destruction_certificate", window)
    wizard.show()
    next(e for (g, k), e in wizard.pages_with_data[-1].editors.items() if k == "remarks").set_value("ロック直前の入力")
    window.lock()
    assert not wizard.isVisible() and not demo_vault.is_open
    again = Vault.unlock(demo_vault.data_dir, "test-passphrase")
    assert issuing.start_data(again, window.ctx.contract_id, "destruction_certificate")["remarks"] == "ロック直前の入力"
    again.close()


def test_idle_lock_fires(qtbot, demo_vault, tmp_path):
    from PySide6.QtWidgets import QApplication

    from kojin_desk.ui.idle_lock import IdleLock

    window = _window(qtbot, demo_vault, tmp_path)
    idle = IdleLock(QApplication.instance(), 1, window.lock)
    idle.timer.setInterval(50)  # one minute is too long for a test; the mechanism is the same
    idle.timer.start()
    qtbot.waitUntil(lambda: not demo_vault.is_open, timeout=3000)
    idle.timer.stop()
    QApplication.instance().removeEventFilter(idle)


def test_new_contract_leads_to_staff_registration_and_the_dashboard_lists_the_notifications(qtbot, vault, tmp_path,
                                                                                            monkeypatch, no_modal_boxes):
    from kojin_desk.areas.demo import OFFICE
    from kojin_desk.services import office_contracts
    from kojin_desk.ui.areas.people.staff_wizard import StaffWizard
    from kojin_desk.ui.record_editor import RecordDialog

    office_contracts.save_office(vault, OFFICE)
    window = _window(qtbot, vault, tmp_path)

    def fill_contract(dialog):
        for key, value in (("title", "令和9年度 調査票入力業務委託"), ("start_on", "R9.4.1"), ("end_on", "R10.3.31")):
            dialog.form.editors[key].setText(value)
        dialog.try_save()
        return dialog.result()
    opened = []
    monkeypatch.setattr(RecordDialog, "exec", fill_contract)
    monkeypatch.setattr(StaffWizard, "exec", lambda w: opened.append(w.contract_id) or 0)
    window.new_contract()
    assert opened == [window.ctx.contract_id] and window.area_list.currentRow() == 1  # the staff wizard comes next
    assert any("第5条第1項" in a[2] and "責任者" in a[2] for kind, a in no_modal_boxes)  # and says why first

    window.area_list.setCurrentRow(0)
    todo = window.current_area().todo
    steps = {todo.item(i).data(256): todo.item(i).text() for i in range(todo.count())}
    assert "第5条第1項" in steps["people/staff_wizard"] and "第7条第2項" in steps["people/training_plan"]
    assert "第11条第3項" in steps["places/declare:workplace_notification"]
    todo.setCurrentRow(list(steps).index("people/staff_wizard"))
    window.current_area().go.click()
    assert opened == [window.ctx.contract_id] * 2


def test_a_registered_area_gets_its_page_and_its_dashboard_steps(qtbot, tmp_path, kdf):
    from sample_area.area import SampleArea

    from kojin_desk.areas import demo
    from kojin_desk.areas.registry import AREAS

    AREAS.append(SampleArea())
    try:
        vault = demo.build(tmp_path / "demo", "test-passphrase", kdf, ledger_entries=5)
        window = _window(qtbot, vault, tmp_path)
        titles = [window.area_list.item(i).text() for i in range(window.area_list.count())]
        assert titles.index("見本") == titles.index(AREAS[-2].label()) + 1  # right after the last shipped area
        todo = window.area(0).todo
        steps = {todo.item(i).data(256): todo.item(i).text() for i in range(todo.count())}
        assert "見本メモ「要対応: 見本の確認」" in steps["sample"]
        todo.setCurrentRow(list(steps).index("sample"))
        window.area(0).go.click()
        assert "要対応" in window.current_area().findChild(QLabel, "sample_notes").text()
        vault.close()
    finally:
        AREAS.pop()
