"""Training (Art. 7): the plan, each session with its attendees, and the printed record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people import training
from kojin_desk.areas.people.model import TrainingSession
from kojin_desk.errors import KojinError
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.record_editor import RecordForm
from kojin_desk.ui.record_table import RecordTable
from kojin_desk.ui.widgets import button_row, save_cancel


class SessionDialog(QDialog):
    """A session's date, topics and instructor, and a tick for each person who attended."""

    def __init__(self, ctx, session: TrainingSession, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.saved = ctx, None
        self.setWindowTitle(self.tr("Training session"))
        self.form = RecordForm(session, self)
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendees")
        on_contract = {a.person_id for a in people.assignments(ctx.vault, ctx.contract_id)}
        for p in sorted(people.list_people(ctx.vault), key=lambda p: p.id not in on_contract):
            item = QListWidgetItem(p.name + ("" if p.id in on_contract else "　" + self.tr("(not on this contract)")))
            item.setData(256, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in session.attendees else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(QLabel(self.tr("Attendees")))
        layout.addWidget(self.attendees)
        layout.addWidget(save_cancel(self, self.try_save))
        self.resize(560, 600)

    def check(self, name: str) -> None:
        for i in range(self.attendees.count()):
            if self.attendees.item(i).text().split("　")[0] == name or self.attendees.item(i).text() == name:
                self.attendees.item(i).setCheckState(Qt.CheckState.Checked)

    def try_save(self) -> None:
        session = self.form.value()
        session.attendees = [self.attendees.item(i).data(256) for i in range(self.attendees.count())
                             if self.attendees.item(i).checkState() == Qt.CheckState.Checked]
        try:
            self.saved = training.save_session(self.ctx.vault, session)
        except KojinError as exc:
            self.form.show_problems(exc)
            return
        self.accept()


class TrainingTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        by_id = lambda: people.by_id(ctx.vault)  # noqa: E731 - read when the table fills
        self.table = RecordTable(TrainingSession, ["held_on", "instructor", "place", "topics"],
                                 lambda: ctx.settings.date_style,
                                 [(self.tr("Attendees"), lambda s: "、".join(by_id()[p].name for p in s.attendees))])
        self.table.setObjectName("sessions")
        self.table.doubleClicked.connect(self.edit)
        buttons = button_row([("training_plan", self.tr("Training plan…"), self.plan),
                              ("add_session", self.tr("Record a session…"), self.add),
                              ("edit_session", self.tr("Edit…"), self.edit),
                              ("training_record", self.tr("Print the record…"), self.print_record)],
                             ("第7条第2項", "第7条第3項"))
        note = QLabel(self.tr("Each responsible person and worker attends a session before starting work on this contract."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.table.set_records(training.sessions(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else [])

    def plan(self) -> None:
        issue_form(self.ctx, "training_plan", self, staff_forms.training_plan(self.ctx.vault, self.ctx.contract_id))

    def _open(self, session: TrainingSession) -> None:
        if self.ctx.contract_id is not None and SessionDialog(self.ctx, session, self).exec():
            self.ctx.data_changed.emit()

    def add(self) -> None:
        self._open(TrainingSession(contract_id=self.ctx.contract_id))

    def edit(self, *_args) -> None:
        if self.table.current() is not None:
            self._open(self.table.current())

    def print_record(self) -> None:
        session = self.table.current()
        if session is not None:
            issue_form(self.ctx, "training_record", self,
                       staff_forms.training_record(self.ctx.vault, self.ctx.contract_id, session.id))
