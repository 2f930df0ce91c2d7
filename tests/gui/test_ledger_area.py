"""Ledger area: a 受領 typed with the keyboard only, its 受領書 issued and found in documents; filters; CSV."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.services import documents
from kojin_desk.settings import Settings
from kojin_desk.ui.areas.ledger.area import LedgerArea
from kojin_desk.ui.context import Context


def type_text(widget, text: str) -> None:
    """Key presses carrying any character (QTest.keyClicks takes Latin-1 only), as an IME delivers them."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _area(qtbot, vault, tmp_path):
    ctx = Context(vault, Settings(), tmp_path)
    ctx.contract_id = 1
    area = LedgerArea(ctx)
    qtbot.addWidget(area)
    area.show()
    return area


def test_keyboard_only_receipt_then_receipt_form(qtbot, demo_vault, tmp_path, monkeypatch):
    area = _area(qtbot, demo_vault, tmp_path)
    tab = area.ledger_tab
    row = tab.entry_row
    before = ledger_repo.head(demo_vault.conn)[0]
    # Tab walks the row in reading order (the offscreen platform has no active window to move focus in,
    # so the chain is checked and each field gets the keys a user would type).
    chain, w = [], row.at
    for _ in range(10):
        chain.append(w.objectName())
        w = w.nextInFocusChain()
        while w.objectName() == "" or not w.isVisible():
            w = w.nextInFocusChain()
    assert chain == ["at", "kind", "item", "quantity", "medium", "equipment", "place", "person", "counterpart", "note"]
    qtbot.keyClick(row.at, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(row.at, "2026-11-20 14:05")
    type_text(row.kind, "受")  # keyboard search in the combo box
    assert row.kind.currentText() == "受領"
    row.item.setCurrentIndex(0)  # a list A item: what Tokyo hands over
    type_text(row.quantity, "２４０")
    qtbot.keyClick(row.counterpart, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(row.counterpart, "東京都主税局　𠮷田 係長")
    qtbot.keyClick(row.counterpart, Qt.Key.Key_Return)
    assert row.error.text() == ""
    seq = before + 1
    e = ledger_repo.get_entry(demo_vault.conn, seq)
    assert (e.kind, e.quantity, e.counterpart, e.at) == ("受領", "240", "東京都主税局　𠮷田 係長", "2026-11-20T14:05")
    assert e.person == "渡邉 次郎" or e.person  # remembered from the last entry
    assert row.quantity.text() == "" and row.kind.currentText() == "受領"  # ready for the next one

    tab.text_filter.setText("𠮷田 係長")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    tab.view.selectRow(0)
    assert tab.selected_seq() == seq

    issued = {}

    def run_wizard(wizard):
        wizard.show()
        while wizard.currentPage() is not wizard.preview_page:
            wizard.next()
        wizard.accept()
        issued["doc"] = wizard.issued
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr("kojin_desk.ui.form_wizard.FormWizard.exec", run_wizard)
    tab.receipt()
    doc = issued["doc"]
    assert doc is not None and doc["form_id"] == "receipt"
    assert [d["sha256"] for d in documents.list_documents(demo_vault, 1) if d["form_id"] == "receipt"] == [doc["sha256"]]


def test_typing_errors_are_shown_not_saved(qtbot, demo_vault, tmp_path):
    area = _area(qtbot, demo_vault, tmp_path)
    row = area.ledger_tab.entry_row
    before = ledger_repo.head(demo_vault.conn)[0]
    row.at.setText("2026-02-30 10:00")
    row.quantity.setText("三")
    row.save()
    assert "日付" in row.error.text() and ledger_repo.head(demo_vault.conn)[0] == before


def test_filters_sort_and_csv_export_import(qtbot, demo_vault, tmp_path, monkeypatch):
    area = _area(qtbot, demo_vault, tmp_path)
    tab = area.ledger_tab
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers[:4] == ["番号", "日時", "区分", "件名（目録）"]
    total = tab.model.rowCount()
    everything = demo_vault.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    assert total == everything - 2  # the previous contract's two entries are not shown
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("受領"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=2000)  # lists A and C; list B is 作成
    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    quantities = [tab.model.index(r, 4).data() for r in range(3)]
    assert quantities == sorted(quantities, key=lambda q: int(q.replace(",", "")), reverse=True)

    out = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.export_csv()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr("kojin_desk.ui.areas.ledger.csv_import_dialog.CsvImportDialog.exec",
                        lambda self: (self.do_import(), self.result())[1] if self.ok.isEnabled() else 0)
    tab.import_csv()
    tab.kind_filter.setCurrentIndex(0)
    tab.apply_filter()
    assert tab.model.rowCount() == total + 3


def test_inventory_tab_shows_reconciliation(qtbot, demo_vault, tmp_path):
    area = _area(qtbot, demo_vault, tmp_path)
    table = area.inventory_tab.table
    assert table.rowCount() == 0  # worked out only when its tab is shown
    area.setCurrentWidget(area.inventory_tab)
    assert table.rowCount() == 4
    assert {table.item(r, table.columnCount() - 1).text() for r in range(4)} == {"一致"}
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "複写・複製" in headers and "消去" in headers


def test_model_holds_only_pages_it_showed(qtbot, demo_vault, tmp_path):
    from kojin_desk.ui.areas.ledger import table_model as ledger_model

    area = _area(qtbot, demo_vault, tmp_path)
    model = area.ledger_tab.model
    for r in range(0, model.rowCount(), 7):
        model.index(r, 1).data()
    assert len(model._pages) <= ledger_model.CACHED_PAGES
    area.ledger_tab.text_filter.setText("作業ロット2")
    area.ledger_tab.apply_filter()
    assert model.rowCount() == 50 and all("作業ロット2" in model.index(r, ledger_model.KEYS.index("note")).data() for r in range(50))


def test_the_sort_arrow_stays_on_the_column_the_rows_are_ordered_by(qtbot, demo_vault, tmp_path):
    area = _area(qtbot, demo_vault, tmp_path)
    tab, header = area.ledger_tab, area.ledger_tab.view.horizontalHeader()
    note = tab.model.headers.index("備考")
    tab.view.sortByColumn(note, Qt.SortOrder.AscendingOrder)  # what a click on its header does
    assert header.sortIndicatorSection() == 0 and header.isSortIndicatorShown()  # 備考 has no order: by 番号
    seqs = [tab.model.seq_at(r) for r in range(5)]
    assert seqs == sorted(seqs)
    tab.view.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # 担当者 has its own order
    assert header.sortIndicatorSection() == 8 and tab.model.order == "person"
