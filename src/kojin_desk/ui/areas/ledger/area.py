"""Inventory & ledger area: the ledger (entry row, filters, lazy table), lists A/B/C, inspections."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import KINDS
from kojin_desk.domain.wareki import parse_date
from kojin_desk.errors import KojinError
from kojin_desk.formkit.definition import get_form
from kojin_desk.progress import Cancelled
from kojin_desk.services import documents
from kojin_desk.services.files import save_file
from kojin_desk.ui.areas.ledger.entry_row import EntryRow
from kojin_desk.ui.areas.ledger.inspections_tab import InspectionsTab
from kojin_desk.ui.areas.ledger.inventory_tab import InventoryTab
from kojin_desk.ui.areas.ledger.table_model import LedgerModel
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.pdf_view import PdfDialog, ask_save_path, file_name
from kojin_desk.ui.progress_dialog import WorkProgress
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel, show_error

DEFAULT_WIDTHS = [60, 150, 80, 220, 80, 100, 130, 100, 180, 220, 60]


class LedgerTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_row = EntryRow(ctx)
        self.entry_row.saved.connect(lambda _e: self.apply_filter())
        self.model = LedgerModel(ctx, self)
        self.view = QTableView()
        self.view.setObjectName("ledger")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.setSortingEnabled(True)
        # Qt draws a descending sort as an up arrow, which reads as "oldest first": no arrow until the user sorts.
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().sectionResized.connect(self._remember_widths)
        self.item_filter, self.kind_filter = QComboBox(), QComboBox()
        self.person_filter, self.date_from, self.date_to, self.text_filter = (QLineEdit() for _ in range(4))
        self.text_filter.setObjectName("text_filter")
        self.text_filter.setPlaceholderText(self.tr("Search all columns"))
        self.date_from.setPlaceholderText(self.tr("from (R8.4.1)"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.person_filter.setPlaceholderText(self.tr("person"))
        self.filter_error = ErrorLabel()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.apply_filter)
        for w in (self.person_filter, self.date_from, self.date_to, self.text_filter):
            w.textChanged.connect(self.debounce.start)
        for w in (self.item_filter, self.kind_filter):
            w.currentIndexChanged.connect(self.debounce.start)
        filters = QHBoxLayout()
        for w in (QLabel(self.tr("Filter:")), self.item_filter, self.kind_filter, self.person_filter, self.date_from,
                  self.date_to, self.text_filter):
            filters.addWidget(w)
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        actions = [(self.tr("Correct selected…"), self.correct_selected), (self.tr("Receipt (受領書)…"), self.receipt),
                   (self.tr("Print ledger…"), self.print_ledger), (self.tr("Export CSV…"), self.export_csv),
                   (self.tr("Import CSV…"), self.import_csv), (self.tr("Incident…"), self.incident)]
        for text, slot in actions:
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.count_label)
        buttons.addWidget(ArticleLink("第11条第10項第4号"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry_row)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.entry_row.reset()
        for combo, values in ((self.item_filter, [(f"[{i.catalog}] {i.name}", i.id) for i in
                                                  ledger.list_items(self.ctx.vault, self.ctx.contract_id or 0)]),
                              (self.kind_filter, [(value_label(k), k) for k in KINDS])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            for text, data in values:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self.apply_filter()
        widths = self.ctx.settings.column_widths.get("ledger") or DEFAULT_WIDTHS
        for col, w in enumerate(widths[: self.model.columnCount()]):
            self.view.setColumnWidth(col, w)

    def current_filter(self) -> ledger.LedgerFilter:
        def day(edit: QLineEdit) -> str:
            text = edit.text().strip()
            return parse_date(text).isoformat() if text else ""

        self.filter_error.show_message("")
        try:
            start, end = day(self.date_from), day(self.date_to)
        except ValueError:
            self.filter_error.show_message(self.tr("Type dates like 2026-04-01 or R8.4.1."))
            start = end = ""
        return ledger.LedgerFilter(contract_id=self.ctx.contract_id or 0, item_id=self.item_filter.currentData(),
                                 kind=self.kind_filter.currentData() or "", person=self.person_filter.text().strip(),
                                 date_from=start, date_to=end, text=self.text_filter.text().strip())

    def _sorted(self, column: int, order) -> None:
        """The arrow stays on the column the rows are really in order of (a column without an order of its
        own, such as 備考, leaves them by No.)."""
        header = self.view.horizontalHeader()
        real = self.model.ordered_column()
        if real != column:
            header.blockSignals(True)
            header.setSortIndicator(real, order)
            header.blockSignals(False)
        header.setSortIndicatorShown(True)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n entries", "", n).replace(str(n), f"{n:,}", 1))  # 114,287件

    def _listing(self) -> tuple[ledger.LedgerFilter, int | None]:
        """The filter to print or export, and its row count when the table already shows that filter."""
        f = self.current_filter()
        return f, (self.model.rowCount() if f == self.model.filter else None)

    def _remember_widths(self, *_args) -> None:
        self.ctx.settings.column_widths["ledger"] = [self.view.columnWidth(c) for c in range(self.model.columnCount())]

    def selected_seq(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.seq_at(rows[0].row()) if rows else None

    def correct_selected(self) -> None:
        seq = self.selected_seq()
        entry = ledger.get_entry(self.ctx.vault, seq) if seq else None
        if entry is not None:
            self.entry_row.start_correction(entry)

    def incident(self) -> None:
        """Art. 13: an incident on the selected entry, its quantity taken from the entry."""
        seq = self.selected_seq()
        if seq:
            self.ctx.action_requested.emit(f"incidents/new:ledger:{seq}")

    def receipt(self) -> None:
        from kojin_desk.ui.form_wizard import FormWizard

        seq = self.selected_seq()
        try:
            data = ledger.receipt_data(self.ctx.vault, seq or 0)
        except KojinError as exc:
            show_error(self, exc)
            return
        FormWizard(self.ctx, "receipt", self, initial=data).exec()

    def print_ledger(self) -> None:
        try:
            style = self.ctx.settings.date_style
            with WorkProgress(self, self.tr("Print ledger"), cancellable=True) as progress:
                f, total = self._listing()
                data = ledger.print_data(self.ctx.vault, f, style, progress=progress, total=total)
                pdf, _ = documents.render_pdf("handling_ledger", data, style, progress)
        except Cancelled:
            return
        except KojinError as exc:
            show_error(self, exc)
            return
        PdfDialog(self.tr("Handling ledger"), pdf, file_name(get_form("handling_ledger").title_ja), self).exec()

    def export_csv(self) -> None:
        name = ask_save_path(self, self.tr("Export CSV"), file_name(get_form("handling_ledger").title_ja, suffix=".csv"),
                             "CSV (*.csv)")
        if name:
            try:
                # Cancelling is safe: nothing is written until every row is in.
                with WorkProgress(self, self.tr("Export CSV"), cancellable=True) as progress:
                    f, total = self._listing()
                    data = ledger.export_csv(self.ctx.vault, f, progress=progress, total=total)
                save_file(name, data)
            except Cancelled:
                pass
            except KojinError as exc:
                show_error(self, exc)

    def import_csv(self) -> None:
        from kojin_desk.ui.areas.ledger.csv_import_dialog import CsvImportDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import CSV"), "", "CSV (*.csv)")
        if name and CsvImportDialog(self.ctx, name, self).exec():
            self.reload()


class LedgerArea(QTabWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger_tab = LedgerTab(ctx)
        self.inventory_tab = InventoryTab(ctx)
        self.inspections_tab = InspectionsTab(ctx)
        self.addTab(self.ledger_tab, self.tr("Ledger"))
        self.addTab(self.inventory_tab, self.tr("Lists A/B/C"))
        self.addTab(self.inspections_tab, self.tr("Inspections"))
        ctx.contract_changed.connect(self.refresh)
        self.inventory_tab.changed.connect(self.ledger_tab.reload)
        self.currentChanged.connect(self._refresh_tab)

    def _refresh_tab(self, index: int) -> None:
        # Lists and inspections are worked out when their tab is shown, not while the ledger opens.
        tab = self.widget(index)
        if tab is not self.ledger_tab:
            tab.refresh()

    def refresh(self) -> None:
        self.ledger_tab.reload()
        self._refresh_tab(self.currentIndex())

    def run_step(self, step: str) -> None:
        """A next step from the dashboard (the action keys of areas.ledger.area)."""
        tabs = {"inventory": self.inventory_tab, "inspections": self.inspections_tab}
        if step in tabs:
            self.setCurrentWidget(tabs[step])
