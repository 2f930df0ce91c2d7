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
