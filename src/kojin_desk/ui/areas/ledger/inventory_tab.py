"""Lists A/B/C with the reconciliation of 件数: received − returned − destroyed/erased = held."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import InventoryItem
from kojin_desk.errors import KojinError
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.widgets import ArticleLink, show_error


class InventoryTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("inventory")
        self.table.setHorizontalHeaderLabels([self.tr("List"), self.tr("Title"), self.tr("Records"), self.tr("Media"),
                                              self.tr("Received"), self.tr("Returned"), self.tr("Destroyed/erased"),
                                              self.tr("Held"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self.edit)
        add, edit = QPushButton(self.tr("Add item…")), QPushButton(self.tr("Edit item…"))
        print_button = QPushButton(self.tr("Print lists…"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        print_button.clicked.connect(self.print_lists)
        buttons = QHBoxLayout()
        for w in (add, edit, print_button):
            buttons.addWidget(w)
        buttons.addStretch()
        for citation in ("第3条第2項", "第5条第1項"):
            buttons.addWidget(ArticleLink(citation))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows = ledger.reconciliation(self.ctx.vault, self.ctx.contract_id or 0)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            item = row["item"]
            values = [item.catalog, item.name, f"{int(item.count):,}", item.media, f"{row['received']:,}",
                      f"{row['returned']:,}", f"{row['destroyed']:,}", f"{row['held']:,}",
                      self.tr("OK") if row["ok"] else self.tr("Mismatch")]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if c in (2, 4, 5, 6, 7):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not row["ok"]:
                    cell.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def _save(self, item: InventoryItem) -> InventoryItem:
        old = next((i for i in ledger.list_items(self.ctx.vault, self.ctx.contract_id) if i.id == item.id), None)
        reason = ""
        if old is not None and old.count != item.count:
            reason, ok = QInputDialog.getText(self, self.tr("Revise the number of records"),
                                              self.tr("Reason for the revision (reported with the progress, Art. 3(2)):"))
            if not ok:
                raise KojinError("interrupted")
        return ledger.save_item(self.ctx.vault, item, reason)

    def add(self) -> None:
        if self.ctx.contract_id is None:
            return
        dialog = RecordDialog(self.tr("Add list item"), InventoryItem(contract_id=self.ctx.contract_id), self._save, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit(self, *_args) -> None:
        cell = self.table.item(self.table.currentRow(), 0)
        if cell is None:
            return
        item = next(i for i in ledger.list_items(self.ctx.vault, self.ctx.contract_id) if i.id == cell.data(Qt.ItemDataRole.UserRole))
        if RecordDialog(self.tr("Edit list item"), item, self._save, self).exec():
            self.refresh()
            self.changed.emit()

    def print_lists(self) -> None:
        from kojin_desk.formkit.definition import get_form
        from kojin_desk.services import documents
        from kojin_desk.ui.pdf_view import PdfDialog, file_name

        try:
            pdf, _ = documents.render_pdf("inventory_list", ledger.inventory_print_data(self.ctx.vault, self.ctx.contract_id),
                                          self.ctx.settings.date_style)
        except KojinError as exc:
            show_error(self, exc)
            return
        PdfDialog(self.tr("Lists A/B/C"), pdf, file_name(get_form("inventory_list").title_ja), self).exec()
