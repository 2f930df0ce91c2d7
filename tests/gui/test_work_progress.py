"""The progress dialog of long work: CSV export and printing show it while rows are gathered and close it
after; Cancel stops an export without writing a file."""

from PySide6.QtWidgets import QFileDialog, QProgressDialog

from kojin_desk.areas.ledger import service as ledger_service
from kojin_desk.settings import Settings
from kojin_desk.ui.areas.ledger.area import LedgerArea
from kojin_desk.ui.context import Context
from kojin_desk.ui.progress_dialog import WorkProgress


def _tab(qtbot, vault, tmp_path, monkeypatch):
    monkeypatch.setattr(WorkProgress, "SHOW_AFTER_S", 0)  # the demo is small: show at once
    ctx = Context(vault, Settings(), tmp_path)
    ctx.contract_id = 1
    area = LedgerArea(ctx)
    qtbot.addWidget(area)
    area.show()
    return area


def _visible_dialogs(widget) -> list[QProgressDialog]:
    return [d for d in widget.findChildren(QProgressDialog) if d.isVisible()]


def test_export_shows_then_closes_its_progress(qtbot, demo_vault, tmp_path, monkeypatch):
    area = _tab(qtbot, demo_vault, tmp_path, monkeypatch)
    tab = area.ledger_tab
    out = tmp_path / "ledger.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    seen, real = [], ledger_service.export_csv

    def export(vault, f, progress=None, total=None):
        def watched(done, total, label):
            progress(done, total, label)
            seen.append((done, total, [d.labelText() for d in _visible_dialogs(tab)]))
        return real(vault, f, progress=watched, total=total)

    monkeypatch.setattr(ledger_service, "export_csv", export)
    tab.export_csv()
    rows = tab.model.rowCount()
    assert seen[0][:2] == (0, rows) and seen[-1][:2] == (rows, rows)
    assert all(labels == ["台帳をCSVに書き出し中"] for _, _, labels in seen)  # shown, in the vault's language
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _visible_dialogs(tab) == []  # closed when the export ended


def test_cancelled_export_writes_nothing(qtbot, demo_vault, tmp_path, monkeypatch):
    area = _tab(qtbot, demo_vault, tmp_path, monkeypatch)
    tab = area.ledger_tab
    out = tmp_path / "never.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    real = ledger_service.export_csv

    def export(vault, f, progress=None, total=None):
        def press_cancel(done, total, label):
            for d in _visible_dialogs(tab):
                d.cancel()
            progress(done, total, label)
        return real(vault, f, progress=press_cancel, total=total)

    monkeypatch.setattr(ledger_service, "export_csv", export)
    tab.export_csv()
    assert not out.exists() and _visible_dialogs(tab) == []


def test_print_shows_then_closes_its_progress(qtbot, demo_vault, tmp_path, monkeypatch):
    area = _tab(qtbot, demo_vault, tmp_path, monkeypatch)
    tab = area.ledger_tab
    shown = []
    monkeypatch.setattr("kojin_desk.ui.areas.ledger.area.PdfDialog.exec",
                        lambda self: shown.append(_visible_dialogs(tab)) or 0)
    real = ledger_service.print_data

    def gather(vault, f, style, progress=None, total=None):
        def watched(done, total, label):
            progress(done, total, label)
            shown.append([d.labelText() for d in _visible_dialogs(tab)])
        return real(vault, f, style, progress=watched, total=total)

    monkeypatch.setattr(ledger_service, "print_data", gather)
    tab.print_ledger()
    assert shown[0] == ["印刷する台帳の行を集めています"]
    assert shown[-1] == []  # closed before the PDF is shown
