"""Places from the GUI: the work place, transport and sending wizards to issued PDFs, a work place change
notification showing the difference, then a send recorded and checked by a second person."""

import pytest
from dialogs import typed_in
from pdfcheck import all_text
from places_setup import places_context
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from kojin_desk.areas import issuing
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import service as places
from kojin_desk.services import documents
from kojin_desk.store.vault import Vault
from kojin_desk.ui.areas.places import movements_tab
from kojin_desk.ui.areas.places.area import PlacesArea
from kojin_desk.ui.areas.places.declaration_wizard import DeclarationWizard
from kojin_desk.ui.areas.places.log_period_dialog import LogPeriodDialog
from kojin_desk.ui.form_wizard import FormWizard
from kojin_desk.ui.record_editor import RecordDialog


@pytest.fixture
def ctx(vault, tmp_path):
    return places_context(vault, tmp_path)


def _dialog_fills(monkeypatch, queue):
    """Each RecordDialog takes the next dict of values, as a user typing into it would."""
    monkeypatch.setattr(RecordDialog, "exec", lambda dialog: typed_in(queue.pop(0))(dialog))


def _declare(qtbot, ctx, form_id, changed_on=None, edit=None):
    wizard = DeclarationWizard(ctx, form_id)
    qtbot.addWidget(wizard)
    wizard.show()
    if edit:
        edit(wizard.list)
    if changed_on:
        wizard.changed_on.setText(changed_on)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.error.text()
    form = FormWizard(ctx, wizard.next_form[0], initial=wizard.next_form[1])
    qtbot.addWidget(form)
    form.show()
    while form.currentPage() is not form.preview_page:
        before = form.currentPage()
        form.next()
        assert form.currentPage() is not before
    form.accept()
    return form.issued


def test_declare_places_and_methods_then_change_the_work_place(qtbot, ctx, monkeypatch):
    _dialog_fills(monkeypatch, [
        {"name": "作業室A", "address": "千代田区神田錦町九丁目2番3号", "building": "4階", "storage": "入退室管理のある保管室",
         "entry_control": "ICカード", "data_storage": "暗号化ファイルサーバ"},
        {"name": "社用車", "procedure": "作業室から都庁まで", "safeguards": "2名で運搬、施錠鞄"},
        {"name": "簡易書留", "procedure": "窓口から発送", "safeguards": "二重封筒、宛名の複数人確認"},
        {"entry_control": "ICカードと生体認証"},
        {"name": "保管室", "address": "千代田区神田錦町九丁目2番3号", "building": "4階", "storage": "金庫",
         "entry_control": "鍵"},
    ])
    wizard = DeclarationWizard(ctx, "workplace_notification")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "1件以上" in wizard.error.text()  # nothing registered yet
    first = _declare(qtbot, ctx, "workplace_notification", edit=lambda lst: lst.add())
    assert "作業場所届" in all_text(first["pdf"]) and "作業室A" in all_text(first["pdf"])
    transport = _declare(qtbot, ctx, "transport_notification", edit=lambda lst: lst.add())
    sending = _declare(qtbot, ctx, "sending_notification", edit=lambda lst: lst.add())
    assert "運搬方法届" in all_text(transport["pdf"]) and "社用車" in all_text(transport["pdf"])
    assert "送付方法届" in all_text(sending["pdf"]) and "簡易書留" in all_text(sending["pdf"])
    assert places.methods(ctx.vault, ctx.contract_id, "sending")[0].declared_on == sending["issue_date"]

    def change(lst):
        lst.table.selectRow(0)
        lst.edit()
        lst.add()
    change_doc = _declare(qtbot, ctx, "workplace_notification", "R8.12.1", change)
    text = all_text(change_doc["pdf"])
    assert change_doc["title"] == "作業場所変更届" and "作業場所変更届" in text and "令和8年12月1日" in text
    assert "入退室管理：ICカード→ICカードと生体認証" in text and "追加" in text and "保管室" in text

    data_dir = ctx.vault.data_dir
    ctx.vault.close()
    reopened = Vault.unlock(data_dir, "test-passphrase")
    kept = [(d["form_id"], d["version"], d["title"]) for d in documents.list_documents(reopened, 1)]
    assert kept == [("workplace_notification", 1, "作業場所届"), ("transport_notification", 1, "運搬方法届"),
                    ("sending_notification", 1, "送付方法届"), ("workplace_notification", 2, "作業場所変更届")]
    reopened.close()


def test_send_recorded_then_checked_by_someone_else(qtbot, ctx, monkeypatch):
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.areas.ledger.model import InventoryItem
    from kojin_desk.areas.places import forms as place_forms
    from kojin_desk.areas.places.model import Equipment, Method, WorkPlace
    from kojin_desk.services import documents
    from kojin_desk.ui.areas.ledger import send_dialog

    places.save_workplace(ctx.vault, WorkPlace("作業室", "東京都千代田区", storage="金庫", entry_control="ICカード",
                                               contract_id=ctx.contract_id))
    ledger.save_item(ctx.vault, InventoryItem(catalog="A", name="入力結果データ", count="500", contract_id=ctx.contract_id))

    places.save_equipment(ctx.vault, Equipment("PC-01", encryption="BitLocker", kept_at="作業室", no_leak_software=True,
                                               checked_on="2026-04-01", contract_id=ctx.contract_id))
    places.save_method(ctx.vault, Method("暗号化メール", "メール", "暗号化", kind="sending", contract_id=ctx.contract_id))
    data = place_forms.notification(ctx.vault, ctx.contract_id, "sending_notification")
    data["issue_date"] = "2026-04-10"
    issuing.issue(ctx.vault, ctx.contract_id, "sending_notification", data)
    monkeypatch.setattr(FormWizard, "exec", lambda w: (w.show(), [w.next() for _ in range(3)], w.accept(), w.result())[-1])
    area = PlacesArea(ctx)
    qtbot.addWidget(area)
    area.tabs.setCurrentWidget(area.movements)
    tab = area.movements

    def fill_send(dialog):
        dialog.at.setText("R8.5.1 10:30")
        dialog.quantity.setText("120")
        dialog.medium.setText("電子データ")
        dialog.recipient.setText("都の担当課")
        dialog.equipment.setCurrentIndex(dialog.equipment.findData("PC-01"))
        dialog.sender.setCurrentText("齋藤 さくら")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(send_dialog.SendDialog, "exec", fill_send)
    area.findChild(QPushButton, "record_movement").click()
    assert tab.model.rowCount() == 1 and "未確認" in tab.model.index(0, 2).data()
    assert "複数人による確認" in area.warnings.text()

    seen = {}

    def fill_check(dialog):
        seen["checkers"] = [dialog.checker.itemText(i) for i in range(dialog.checker.count())]
        seen["summary"] = dialog.findChild(QLabel, "send_summary").text()
        dialog.checker.setCurrentText("髙橋 一郎")
        dialog.ok_recipient.setChecked(True)
        dialog.ok_hidden.setChecked(True)
        dialog.save()  # (3) not ticked: refused with the article
        seen["error"] = dialog.error.text()
        dialog.ok_method.setChecked(True)
        dialog.checked_on.setText("R8.5.1")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(movements_tab.CheckDialog, "exec", fill_check)
    tab.table.selectRow(0)
    area.findChild(QPushButton, "check_movement").click()
    assert "齋藤 さくら" not in seen["checkers"]  # the sender is never offered as the checker
    assert "入力結果データ" in seen["summary"] and "齋藤 さくら" in seen["summary"]  # the checker sees which send
    assert "第11条第7項" in seen["error"]
    assert "髙橋 一郎" in tab.model.index(0, 2).data() and "複数人" not in area.warnings.text()
    assert movements.movements(ctx.vault, ctx.contract_id)[0].check_complete
    # Entered once, printed in both registers: the 送付・運搬記録簿 and the 管理台帳.
    log = all_text(documents.render_pdf("send_log", movements.log_data(ctx.vault, ctx.contract_id))[0])
    book = all_text(documents.render_pdf("handling_ledger", ledger.print_data(
        ctx.vault, ledger.LedgerFilter(contract_id=ctx.contract_id)))[0])
    for text in (log, book):
        assert "都の担当課" in text and "入力結果データ" in text and "120" in text
    monkeypatch.setattr(LogPeriodDialog, "exec", lambda d: (d.save(), d.result())[-1])  # the default period
    area.findChild(QPushButton, "print_log").click()
    log = [d for d in documents.list_documents(ctx.vault, ctx.contract_id) if d["form_id"] == "send_log"]
    pdf = documents.get_document(ctx.vault, log[0]["id"])["pdf"]
    assert "送付・運搬記録簿" in all_text(pdf) and "髙橋一郎" in all_text(pdf)
