"""Issued documents of the current contract, and the forms that can be issued."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.domain.wareki import format_date
from kojin_desk.formkit.definition import all_forms
from kojin_desk.services import documents
from kojin_desk.ui.pdf_view import PdfDialog, file_name


class _Sorted(QTableWidgetItem):
    """A cell shown as text (和暦 dates) and sorted by its value (the ISO date, the version number)."""

    def __init__(self, text: str, key) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other) -> bool:
        return self.key < other.key if isinstance(other, _Sorted) else super().__lt__(other)

class DocumentsArea(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The SHA-256 of each PDF stays in the vault (and `check`): a fingerprint means nothing to read here.
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("documents")
        self.table.setHorizontalHeaderLabels([self.tr("Form"), self.tr("Version"), self.tr("Date of issue"),
                                              self.tr("Issued at")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        new_buttons = QHBoxLayout()
        self.form_choice = QComboBox()
        self.form_choice.setObjectName("form_choice")
        for form in (f for f in all_forms().values() if f.letter):  # records (ledger, lists) print from their area
            self.form_choice.addItem(form.title, form.id)
        self.new_button = QPushButton(self.tr("Make…"))
        self.new_button.setObjectName("new_form")
        self.new_button.clicked.connect(lambda: self.new_form(self.form_choice.currentData()))
        new_buttons.addWidget(QLabel(self.tr("New submission:")))
        new_buttons.addWidget(self.form_choice)
        new_buttons.addWidget(self.new_button)
        new_buttons.addStretch()
        self.open_button = QPushButton(self.tr("Open / print…"))
        self.open_button.clicked.connect(self.open_selected)
        new_buttons.addWidget(self.open_button)
        self.empty = QLabel(self.tr("No document issued for this contract yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("Documents")))
        layout.addLayout(new_buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = documents.list_documents(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        style = self.ctx.settings.date_style
        for r, d in enumerate(rows):
            issued = d["issued_at"].replace("T", " ")[:16]
            values = [(d["title"], d["title"]), (f"{d['version']}", d["version"]),
                      (format_date(d["issue_date"], style), d["issue_date"]),
                      (f"{format_date(issued[:10], style)} {issued[11:]}", issued)]
            for c, (text, key) in enumerate(values):
                item = _Sorted(text, key)
                item.setData(256, d["id"])
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        for column in range(1, 4):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        self.new_button.setEnabled(self.ctx.contract_id is not None)

    def run_step(self, step: str) -> None:
        if step.startswith("new:"):
            self.new_form(step.split(":", 1)[1])

    def new_form(self, form_id: str) -> None:
        from kojin_desk.ui.form_wizard import FormWizard

        FormWizard(self.ctx, form_id, self).exec()

    def open_selected(self, *_args) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        doc = documents.get_document(self.ctx.vault, item.data(256))
        name = file_name(doc["title"], doc["issue_date"])
        title = self.tr("%1 (version %2)").replace("%1", doc["title"]).replace("%2", str(doc["version"]))
        PdfDialog(title, doc["pdf"], name, self).exec()
