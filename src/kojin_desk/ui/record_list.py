"""A table of records with Add and Edit buttons, each opening the record's dialog (one definition per record)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.record_table import RecordTable
from kojin_desk.ui.widgets import button_row


class RecordList(QWidget):
    """`load()` gives the records, `new()` a blank one, `save(record)` keeps one (or raises with the reasons)."""

    changed = Signal()

    def __init__(self, ctx, record_type, names: list[str], load, new, save, title: str,
                 articles: tuple[str, ...] = (), extra: list = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.load, self.new, self.save, self.title = ctx, load, new, save, title
        self.table = RecordTable(record_type, names, lambda: ctx.settings.date_style, list(extra))
        self.table.doubleClicked.connect(self.edit)
        self.widths_key = f"records.{record_type.__name__}.{len(names)}"  # remembered per kind of record
        self.table.remembered = ctx.settings.column_widths.get(self.widths_key)
        self.table.horizontalHeader().sectionResized.connect(self._remember_widths)
        self.buttons = button_row([("add", self.tr("Add…"), self.add), ("edit", self.tr("Edit…"), self.edit)], articles)
        self._next_button = 2  # extra buttons go after Add and Edit, before the stretch
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

    def add_button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self._next_button, button)
        self._next_button += 1
        return button

    def _remember_widths(self, *_args) -> None:
        if not self.table.filling:
            self.table.remembered = self.ctx.settings.column_widths[self.widths_key] = self.table.user_widths()

    def refresh(self) -> None:
        self.table.set_records(self.load() if self.ctx.contract_id is not None else [])

    def _open(self, record) -> bool:
        if self.ctx.contract_id is None:
            return False
        if RecordDialog(self.title, record, self.save, self).exec():
            self.refresh()
            self.changed.emit()
            self.ctx.data_changed.emit()
            return True
        return False

    def add(self) -> bool:
        return self._open(self.new())

    def edit(self, *_args) -> bool:
        record = self.table.current()
        return self._open(record) if record is not None else False
