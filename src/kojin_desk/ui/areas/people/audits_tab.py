"""Audits by the auditor (Art. 5(3) なお書き): findings and corrective actions until they are done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kojin_desk.areas.people import audits
from kojin_desk.areas.people.model import Audit, AuditAction
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.record_table import RecordTable
from kojin_desk.ui.widgets import button_row


class AuditsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        style = lambda: ctx.settings.date_style  # noqa: E731
        self.audits = RecordTable(Audit, ["kind", "done_on", "auditor", "scope", "findings"], style)
        self.audits.setObjectName("audits")
        self.audits.itemSelectionChanged.connect(self.show_actions)
        self.audits.doubleClicked.connect(lambda *_: self._edit_audit(self.audits.current()))
        self.actions = RecordTable(AuditAction, ["action", "due_on", "done_on"], style)
        self.actions.setObjectName("audit_actions")
        self.actions.doubleClicked.connect(self.edit_action)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([("add_audit", self.tr("Record an audit…"), lambda: self._edit_audit(None)),
                                     ("add_action", self.tr("Add a corrective action…"), self.add_action),
                                     ("edit_action", self.tr("Edit or complete the action…"), self.edit_action)],
                                    ("第5条第3項",)))
        layout.addWidget(self.audits, 2)
        layout.addWidget(QLabel(self.tr("Corrective actions of the selected audit")))
        layout.addWidget(self.actions, 1)

    def refresh(self) -> None:
        self.audits.set_records(audits.audits(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else [])
        if self.audits.rowCount():
            self.audits.selectRow(0)
        self.show_actions()

    def show_actions(self) -> None:
        audit = self.audits.current()
        self.actions.set_records(audits.actions(self.ctx.vault, audit.id) if audit else [])

    def _edit_audit(self, audit: Audit | None) -> None:
        if self.ctx.contract_id is None:
            return
        record = audit or Audit(contract_id=self.ctx.contract_id)
        if RecordDialog(self.tr("Audit"), record, lambda a: audits.save_audit(self.ctx.vault, a), self).exec():
            self.ctx.data_changed.emit()

    def _edit_action(self, action: AuditAction) -> None:
        if RecordDialog(self.tr("Corrective action"), action,
                        lambda a: audits.save_action(self.ctx.vault, a), self).exec():
            self.ctx.data_changed.emit()

    def add_action(self) -> None:
        audit = self.audits.current()
        if audit is not None:
            self._edit_action(AuditAction(audit_id=audit.id))

    def edit_action(self, *_args) -> None:
        if self.actions.current() is not None:
            self._edit_action(self.actions.current())
