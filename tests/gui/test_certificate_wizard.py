"""The destruction/erasure certificate wizard end to end, then a restart finds the same PDF."""

import hashlib

from pdfcheck import all_text
from PySide6.QtWidgets import QWizard

from kojin_desk.areas import issuing
from kojin_desk.services import documents
from kojin_desk.settings import Settings
from kojin_desk.store.vault import Vault
from kojin_desk.ui.context import Context
from kojin_desk.ui.form_wizard import FormWizard

FORM = "destruction_certificate"


def _editor(page, key):
    return next(e for (g, k), e in page.editors.items() if k == key)


def test_walk_issue_restart_same_sha(qtbot, demo_vault, tmp_path):
    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    wizard = FormWizard(ctx, FORM)
    qtbot.addWidget(wizard)
    wizard.show()
    header = wizard.header_page
    assert _editor(header, "name").value() == "株式会社サンプル情報処理"  # from the vault
    _editor(header, "issue_date").set_value("R9.3.31")
    wizard.next()
    table_page = wizard.table_pages[0]
    assert wizard.currentPage() is table_page
    wizard.next()  # no rows yet: refused with the rule named
    assert wizard.currentPage() is table_page and "1行以上" in table_page.error.text()
    table_page.add_row({"item": "給与支払報告書", "medium": "紙", "quantity": "１２，４８０枚", "method": "溶解",
                        "responsible": "山﨑 花子", "done_on": "令和9年3月25日"})
    table_page.add_row({"item": "入力データ", "medium": "USBメモリ", "quantity": "1個", "method": "消磁",
                        "responsible": "𠮷田 太郎", "done_on": "2027-02-30"})
    wizard.next()
    assert "2行目: 廃棄又は消去の年月日" in table_page.error.text()
    table_page.grid.item(1, 5).setText("2027-02-28")
    wizard.next()
    wizard.next()  # retained: none
    fields_page = wizard.currentPage()
    _editor(fields_page, "responsible_name").set_value("")
    wizard.next()
    assert wizard.currentPage() is fields_page
    _editor(fields_page, "responsible_name").set_value("山﨑 花子")
    _editor(fields_page, "witness").set_value("")
    _editor(fields_page, "witness_date").set_value("")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.view.pdf.startswith(b"%PDF")
    assert wizard.preview_page.view.pages.count() >= 1
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    issued = wizard.issued
    assert issued["version"] == 1

    data_dir = demo_vault.data_dir
    demo_vault.close()
    reopened = Vault.unlock(data_dir, "test-passphrase")
    docs = [d for d in documents.list_documents(reopened, 1) if d["form_id"] == FORM]
    assert [d["sha256"] for d in docs] == [issued["sha256"]]
    pdf = documents.get_document(reopened, docs[0]["id"])["pdf"]
    assert hashlib.sha256(pdf).hexdigest() == issued["sha256"]
    text = all_text(pdf)
    assert "12,480枚" in text and "令和9年3月25日" in text and "𠮷田太郎" in text and "平成" not in text
    reopened.close()


def test_typing_is_saved_as_draft_and_resumed(qtbot, demo_vault, tmp_path):
    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    wizard = FormWizard(ctx, FORM)
    qtbot.addWidget(wizard)
    fields_page = wizard.pages_with_data[-1]
    _editor(fields_page, "remarks").widget.setPlainText("途中まで入力した備考 \u202e")
    qtbot.waitUntil(lambda: (issuing.start_data(demo_vault, 1, FORM).get("remarks") or "").startswith("途中"), timeout=3000)
    wizard.reject()
    again = FormWizard(ctx, FORM)
    qtbot.addWidget(again)
    assert _editor(again.pages_with_data[-1], "remarks").value() == "途中まで入力した備考 \u202e"
