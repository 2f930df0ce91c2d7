"""Documents area: open an issued PDF, save it, print it through Qt; contracts from the GUI."""


from pdfcheck import reader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from kojin_desk.domain.records import Contract
from kojin_desk.services import documents, office_contracts
from kojin_desk.ui.pdf_view import PdfView
from kojin_desk.ui.record_editor import RecordDialog


def test_save_and_print_an_issued_pdf(qtbot, demo_vault, tmp_path, monkeypatch):
    doc = documents.get_document(demo_vault, documents.list_documents(demo_vault, 2)[0]["id"])
    view = PdfView()
    qtbot.addWidget(view)
    view.show_pdf(doc["pdf"], "cert.pdf")
    assert view.pages.count() == len(reader(doc["pdf"]).pages)

    target = tmp_path / "保存先" / "証明書.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    assert view.save_pdf() == target
    assert target.read_bytes() == doc["pdf"]

    printed = tmp_path / "printed.pdf"
    real_init = QPrinter.__init__

    def to_file(self, *args):
        real_init(self, *args)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(printed))

    monkeypatch.setattr(QPrinter, "__init__", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    view.print_pdf()
    assert len(reader(printed.read_bytes()).pages) == len(reader(doc["pdf"]).pages)


def test_contract_dialog_refuses_then_saves(qtbot, vault):
    dialog = RecordDialog("新しい契約", Contract(), lambda c: office_contracts.save_contract(vault, c))
    qtbot.addWidget(dialog)
    editors = dialog.form.editors
    editors["title"].setText("令和8年度 𠮷田区 調査業務委託")
    editors["start_on"].setText("R8.4.1")
    editors["end_on"].setText("令和8年2月30日")
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "契約期間（終了）の日付「令和8年2月30日」が正しくありません" in dialog.form.error.text()
    editors["end_on"].setText("2027/3/31")
    editors["number"].setText("８－１２３")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office_contracts.list_contracts(vault)[0]
    assert (saved.title, saved.start_on, saved.end_on, saved.number) == ("令和8年度 𠮷田区 調査業務委託", "2026-04-01", "2027-03-31", "8-123")


def test_after_issue_the_document_is_named_and_saved_under_a_japanese_name_in_documents(qtbot, demo_vault, tmp_path,
                                                                                       monkeypatch, no_modal_boxes):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QMessageBox

    from kojin_desk.areas.places import forms as place_forms
    from kojin_desk.settings import Settings
    from kojin_desk.ui.context import Context
    from kojin_desk.ui.form_wizard import FormWizard
    from kojin_desk.ui.pdf_view import documents_folder, file_name

    assert file_name("作業場所届", "2026-04-01") == "作業場所届_令和8年4月1日.pdf"
    assert file_name("a/b:c", "2019-05-01", ".csv") == "a_b_c_令和元年5月1日.csv"
    assert documents_folder() == __import__("pathlib").Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))

    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = office_contracts.list_contracts(demo_vault)[0].id
    data = place_forms.notification(demo_vault, ctx.contract_id, "workplace_notification", "2026-04-01")
    data = {**data, "notice_kind": "新規", "changes": [], "changed_on": "", "reason": "", "issue_date": "2026-04-01"}
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, caption, start, kinds: asked.append(start) or (str(tmp_path / "out.pdf"), kinds)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda *a, **k: no_modal_boxes.append(("information", a)) or QMessageBox.StandardButton.Save))
    wizard = FormWizard(ctx, "workplace_notification", initial=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    assert wizard.preview_page.view.default_name == "作業場所届_令和8年4月1日.pdf"
    wizard.accept()
    issued = wizard.issued
    (_, (_, title, text, _)), (_, (_, _, saved, _)) = no_modal_boxes
    assert f"「作業場所届」第{issued['version']}版を発行しました" in text and "PDF" in text
    assert asked == [str(documents_folder() / "作業場所届_令和8年4月1日.pdf")]
    assert (tmp_path / "out.pdf").read_bytes() == issued["pdf"] and str(tmp_path / "out.pdf") in saved


def test_the_list_shows_dates_in_wareki_and_sorts_them_as_dates(qtbot, demo_vault, tmp_path):
    import json

    from PySide6.QtCore import Qt

    from kojin_desk.settings import Settings
    from kojin_desk.ui.areas.documents import DocumentsArea
    from kojin_desk.ui.context import Context

    first = documents.get_document(demo_vault, documents.list_documents(demo_vault, 1)[0]["id"])
    later = {**json.loads(first["data_json"]), "issue_date": "2026-11-02"}  # 令和8年11月2日: before 4月 as text
    documents.keep_issued(demo_vault, 1, first["form_id"], later, first["pdf"])
    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    area = DocumentsArea(ctx)
    qtbot.addWidget(area)
    table = area.table
    issued = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert issued and all(t.startswith("令和") and "-" not in t for t in issued)  # 発行日時 too, not ISO
    table.sortItems(2, Qt.SortOrder.AscendingOrder)
    by_date = [d["issue_date"] for d in sorted(documents.list_documents(demo_vault, 1), key=lambda d: d["issue_date"])]
    shown = [table.item(r, 2).text() for r in range(table.rowCount())]
    from kojin_desk.domain.wareki import format_date
    assert shown == [format_date(d, "wareki") for d in by_date] and shown[-1] == "令和8年11月2日"
