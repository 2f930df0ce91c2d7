"""The person registry shared by every contract: add and edit people."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.record_table import RecordTable


class RegistryTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = RecordTable(Person, ["name", "furigana", "affiliation", "title", "contact", "employment",
                                          "start_on", "end_on"], lambda: ctx.settings.date_style)
        self.table.setObjectName("registry")
        self.table.doubleClicked.connect(self.edit)
        add, edit = QPushButton(self.tr("Add a person…")), QPushButton(self.tr("Edit…"))
        add.setObjectName("registry_add")
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        buttons = QHBoxLayout()
        for w in (add, edit):
            buttons.addWidget(w)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.table.set_records(people.list_people(self.ctx.vault))

    def _open(self, title: str, person: Person) -> None:
        if RecordDialog(title, person, lambda p: people.save_person(self.ctx.vault, p), self).exec():
            self.ctx.data_changed.emit()

    def add(self) -> None:
        self._open(self.tr("Add a person"), Person())

    def edit(self, *_args) -> None:
        person = self.table.current()
        if person is not None:
            self._open(self.tr("Edit a person"), person)
