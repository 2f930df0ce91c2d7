"""Staff registration from the GUI: one 責任者 and three 従事者 → 届; one worker changes → 変更届 with the difference."""

import re

from pdfcheck import all_text
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard

from kojin_desk.areas import check
from kojin_desk.areas.demo import OFFICE
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people import training
from kojin_desk.areas.people.model import Person, TrainingSession
from kojin_desk.domain.records import Contract
from kojin_desk.services import documents, office_contracts
from kojin_desk.settings import Settings
from kojin_desk.store.vault import Vault
from kojin_desk.ui.areas.people.staff_wizard import StaffWizard
from kojin_desk.ui.context import Context
from kojin_desk.ui.form_wizard import FormWizard
from kojin_desk.ui.record_editor import RecordDialog


def _editor(page, key):
    return next(e for (g, k), e in page.editors.items() if k == key)


def _issue(qtbot, ctx, form_id, data, fill=None):
    """Walk a form wizard from its first page to 発行, as a user pressing 次へ would."""
    wizard = FormWizard(ctx, form_id, initial=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.preview_page:
        if fill:
            fill(wizard.currentPage())
        before = wizard.currentPage()
        wizard.next()
        assert wizard.currentPage() is not before, getattr(before, "error", None) and before.error.text()
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    return wizard.issued


def test_register_notify_change_notify(qtbot, vault, tmp_path, monkeypatch):
    office_contracts.save_office(vault, OFFICE)
    contract = office_contracts.save_contract(vault, Contract(
        title="令和8年度 調査票入力業務委託", number="8-生活-0100", start_on="2026-04-01", end_on="2099-03-31",
        signed_on="2026-04-01"))
    ctx = Context(vault, Settings(), tmp_path)
    ctx.contract_id = contract.id
    for name in ("齋藤 さくら", "𠮷田 一郎", "髙橋 次郎", "渡邉 三郎"):
        people.save_person(vault, Person(name=name, affiliation="業務部", employment="正社員"))

    def fill_person(dialog):  # the 「人を追加」 dialog, as a user would fill it
        dialog.form.editors["name"].setText("山﨑 花子")
        dialog.form.editors["title"].setText("課長")
        dialog.form.editors["contact"].setText("０３－５５５５－０１２４")
        dialog.try_save()
        return dialog.result()
    monkeypatch.setattr(RecordDialog, "exec", fill_person)

    wizard = StaffWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    roster = wizard.roster_page
    roster.on.setText("R8.4.1")
    roster.add_person()
    roster.set_role("山﨑 花子", "responsible", "総括")
    roster.set_role("齋藤 さくら", "responsible")
    wizard.next()
    assert wizard.currentPage() is roster and "1名だけ" in roster.errors.text()
    roster.set_role("齋藤 さくら", "worker", "入力")
    roster.set_role("𠮷田 一郎", "worker", "入力")
    roster.set_role("髙橋 次郎", "worker", "検査")
    assert "研修" in roster.warnings.text() and "第7条第3項" in roster.warnings.text()  # warned at assignment
    wizard.next()
    contacts = wizard.contacts_page
    assert wizard.currentPage() is contacts
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()  # no contact yet: refused with the article
    assert wizard.isVisible() and "少なくとも1件" in contacts.error.text()
    contacts.add_row()
    contacts.grid.item(0, 0).setText("山﨑 花子（責任者）")
    contacts.grid.item(0, 1).setText("03-5555-0124")
    contacts.grid.item(0, 2).setText("第一報の受付、都への報告")
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    form_id, data = wizard.next_form
    assert form_id == "staff_notification"
    first = _issue(qtbot, ctx, form_id, data)
    text = all_text(first["pdf"])
    for name in ("山﨑花子", "齋藤さくら", "𠮷田一郎", "髙橋次郎", "03-5555-0124"):
        assert name in text
    assert "渡邉三郎" not in text and "責任者及び従事者届" in text

    # The untrained workers are what `check` now reports; a session before the start puts it right.
    assert any(p.code == "untrained" for p in check.problems(vault))
    training.save_session(vault, TrainingSession(held_on="2026-03-30", topics="特記仕様、罰則、責任", instructor="山﨑 花子",
                                                 contract_id=contract.id,
                                                 attendees=[p.id for p in people.list_people(vault)]))
    assert not any(p.code == "untrained" for p in check.problems(vault))

    # One worker leaves, another joins, on 1 June.
    change = StaffWizard(ctx)
    qtbot.addWidget(change)
    change.show()
    assert change.roster_page.grid.rowCount() == 5
    change.roster_page.on.setText("2026-06-01")
    change.roster_page.set_role("髙橋 次郎", "")
    change.roster_page.set_role("渡邉 三郎", "worker", "検査")
    change.next()
    assert [s.who for s in change.contacts_page.steps()] == ["山﨑 花子（責任者）"]  # kept from the vault
    change.button(QWizard.WizardButton.FinishButton).click()
    form_id, data = change.next_form
    assert form_id == "staff_notification" and data["notice_kind"] == "変更"
    assert {(c["change"], c["name"]) for c in data["changes"]} == {("追加", "渡邉 三郎"), ("削除", "髙橋 次郎")}

    def fill_reason(page):
        if any(k == "reason" for _, k in getattr(page, "editors", {})):
            _editor(page, "reason").set_value("担当替えのため")
    second = _issue(qtbot, ctx, form_id, data, fill_reason)
    text = all_text(second["pdf"])
    assert "変更届" in text and "令和8年6月1日" in text and "担当替えのため" in text
    assert "追加" in text and "削除" in text and "渡邉三郎" in text and "髙橋次郎" in text

    # Both notifications survive a restart, numbered in the issued documents.
    data_dir = vault.data_dir
    vault.close()
    reopened = Vault.unlock(data_dir, "test-passphrase")
    kept = [(d["form_id"], d["version"], d["title"]) for d in documents.list_documents(reopened, contract.id)]
    assert kept == [("staff_notification", 1, "個人情報取扱責任者及び従事者届"),
                    ("staff_notification", 2, "個人情報取扱責任者及び従事者変更届")]
    active = {people.people_by_id(reopened.conn)[a.person_id].name for a in people.assignments(reopened, contract.id)}
    assert active == {"山﨑 花子", "齋藤 さくら", "𠮷田 一郎", "渡邉 三郎"}
    assert "03-5555-0124" in {p.contact for p in people.list_people(reopened)}  # typed full-width
    reopened.close()


def _walk(qtbot, wizard):
    """Press 次へ until the preview; the pages seen and whether a 変更 field was ever visible."""
    seen, change_fields = [], []
    while wizard.currentPage() is not wizard.preview_page:
        page = wizard.currentPage()
        seen.append(page.title())
        for (_, key), editor in getattr(page, "editors", {}).items():
            if key in ("changed_on", "reason") and editor.widget.isVisible():
                change_fields.append(key)
        wizard.next()
        assert wizard.currentPage() is not page, page.title()
    return seen, change_fields


def test_a_new_notification_asks_nothing_about_changes(qtbot, demo_vault, tmp_path):
    """新規: no 変更の内容 page, no 変更年月日 or 変更の理由, no date hint on pages without a date."""
    from kojin_desk.areas.people import forms as staff_forms
    from kojin_desk.areas.places import forms as place_forms

    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = office_contracts.list_contracts(demo_vault)[0].id
    staff = staff_forms.notification(demo_vault, ctx.contract_id, "2026-04-01")
    place = place_forms.notification(demo_vault, ctx.contract_id, "workplace_notification", "2026-04-01")
    for form_id, data in (("staff_notification", staff), ("workplace_notification", place)):
        data = {**data, "notice_kind": "新規", "changes": [], "changed_on": "", "reason": ""}
        wizard = FormWizard(ctx, form_id, initial=data)
        qtbot.addWidget(wizard)
        wizard.show()
        seen, change_fields = _walk(qtbot, wizard)
        assert "変更の内容" not in seen and change_fields == [], (form_id, seen, change_fields)
        hints = [lbl.text() for p in wizard.table_pages for lbl in p.findChildren(QLabel)]
        assert not any(re.search(r"(?<!\d)0行以上", h) for h in hints)  # no 「0行以上入力してください」
        for page in wizard.table_pages:
            has_date = any(c.type == "date" for c in page.table_def.columns)
            assert has_date == any("R8.3.31" in lbl.text() for lbl in page.findChildren(QLabel)), page.title()

        # Switched to 変更, the change page and fields are asked; back to 新規, they are not printed.
        kind = wizard.header_page.editors[("", "notice_kind")]
        kind.set_value("変更")
        wizard.restart()
        seen, change_fields = _walk(qtbot, wizard)
        assert "変更の内容" in seen and set(change_fields) == {"changed_on", "reason"}
        next(e for (g, k), e in wizard.pages_with_data[-1].editors.items() if k == "reason").set_value("担当替え")
        kind.set_value("新規")
        assert wizard.collect()["reason"] == "" and wizard.collect()["changes"] == []
        wizard.reject()


def test_enter_in_a_table_cell_keeps_the_page(qtbot, demo_vault, tmp_path):
    from PySide6.QtCore import Qt

    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = office_contracts.list_contracts(demo_vault)[0].id
    wizard = StaffWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    roster = wizard.roster_page
    scope = roster.grid.cellWidget(0, roster.SCOPE)
    scope.setFocus()
    scope.clear()
    qtbot.keyClicks(scope, "scan")
    qtbot.keyClick(scope, Qt.Key.Key_Return)
    assert wizard.currentPage() is roster and scope.text() == "scan"
    roster.grid.setFocus()
    roster.grid.setCurrentCell(0, roster.NAME)
    qtbot.keyClick(roster.grid, Qt.Key.Key_Enter)
    assert wizard.currentPage() is roster and roster.grid.currentRow() == 1
    wizard.next()
    contacts = wizard.contacts_page
    assert wizard.currentPage() is contacts
    contacts.grid.setFocus()
    contacts.grid.setCurrentCell(0, 1)
    contacts.grid.editItem(contacts.grid.item(0, 1))
    editor = contacts.grid.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "03-1111-2222")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wizard.currentPage() is contacts and contacts.grid.item(0, 1).text() == "03-1111-2222"
    wizard.reject()
