"""Lists A/B/C with the reconciliation per item: received + acquired + created + copied − returned − destroyed − erased
= held, compared with the listed count (and nothing held after the contract, but what another law keeps)."""

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
from kojin_desk.domain.wareki import parse_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.widgets import ArticleLink, show_error


class InventoryTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The terms of the reconciliation, in the order of the arithmetic.
        self.terms = [("received", self.tr("Received")), ("acquired", self.tr("Acquired")), ("created", self.tr("Created")),
                      ("copied", self.tr("Copied")), ("returned", self.tr("Returned")), ("destroyed", self.tr("Destroyed")),
                      ("erased", self.tr("Erased"))]
        self.table = QTableWidget(0, len(self.terms) + 6)
        self.table.setObjectName("inventory")
        self.table.setHorizontalHeaderLabels([self.tr("List"), self.tr("Title"), self.tr("Records"), self.tr("Media")]
                                             + [label for _key, label in self.terms]
                                             + [self.tr("Held"), self.tr("Status")])
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
            values = ([item.catalog, item.name, f"{int(item.count):,}", item.media]
                      + [f"{row[key]:,}" for key, _label in self.terms] + [f"{row['held']:,}", self._status(row)])
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if c == 2 or 4 <= c < len(values) - 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not row["ok"]:
                    cell.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def _status(self, row: dict) -> str:
        words = {"negative": self.tr("Negative"), "above_list": self.tr("Above the list"),
                 "held_after_end": self.tr("Held after the contract")}
        return "、".join(words[p] for p in row["problems"]) or self.tr("OK")

    def _save(self, item: InventoryItem) -> InventoryItem:
        """A change of title, list or count is a revision: Tokyo's notice for lists A/C, a reason for list B (Art. 3(2))."""
        old = next((i for i in ledger.list_items(self.ctx.vault, self.ctx.contract_id) if i.id == item.id), None)
        if old is None or all(str(getattr(old, f)) == str(getattr(item, f)) for f in ("catalog", "name", "count")):
            return ledger.save_item(self.ctx.vault, item)
        if "A" in (old.catalog, item.catalog) or "C" in (old.catalog, item.catalog):
            on = self._ask(self.tr("Tokyo's revised notice"), self.tr("Date of Tokyo's revised notice (lists A and C are Tokyo's, Art. 3(2)):"))
            ref = self._ask(self.tr("Tokyo's revised notice"), self.tr("Reference number of Tokyo's notice:"))
            return ledger.save_item(self.ctx.vault, item, effective_on=_iso(on), notice_ref=ref)
        reason = self._ask(self.tr("Revise list B"), self.tr("Reason for the revision (reported to Tokyo, Art. 3(2)):"))
        return ledger.save_item(self.ctx.vault, item, reason)

    def _ask(self, title: str, label: str) -> str:
        text, ok = QInputDialog.getText(self, title, label)
        if not ok:
            raise KojinError("interrupted")
        return text

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


def _iso(text: str) -> str:
    """A typed date (2026-04-01, R8.4.1, 令和8年4月1日) as ISO; left as typed when it is not one (the service says so)."""
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text
