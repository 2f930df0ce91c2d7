"""The send and transport log (Art. 11(5)–(7)): record a send, then its check by another person."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Movement
from kojin_desk.domain.wareki import format_date, parse_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.areas.ledger.send_dialog import SendDialog
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel, button_row, read_only, save_cancel


def _day(text: str) -> str:
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text  # the service names the bad date


class CheckDialog(QDialog):
    """Art. 11(7): another person checks (1)–(3); the 責任者 approves the method (4)."""

    def __init__(self, ctx, movement: Movement, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.movement = ctx, movement
        self.setWindowTitle(self.tr("Check a send"))
        by_id = people.by_id(ctx.vault)
        self.checker, self.approver = QComboBox(), QComboBox()
        for pid in dict.fromkeys(a.person_id for a in people.assignments(ctx.vault, ctx.contract_id)):
            if pid != movement.sender_id:  # the sender never checks their own send
                self.checker.addItem(by_id[pid].name, pid)
        for pid in movements.responsible_ids(ctx.vault, ctx.contract_id, movement.sent_on):
            self.approver.addItem(by_id[pid].name, pid)
        self.checked_on = QLineEdit(date.today().isoformat())
        self.ok_recipient = QCheckBox(self.tr("(1) The recipient and the contents are right"))
        self.ok_hidden = QCheckBox(self.tr("(2) Nothing of the recipient or the contents is visible to third parties"))
        self.ok_method = QCheckBox(self.tr("(3) The method fits the contents"))
        for name, w in (("checker", self.checker), ("approver", self.approver), ("checked_on", self.checked_on),
                        ("ok_recipient", self.ok_recipient), ("ok_hidden", self.ok_hidden), ("ok_method", self.ok_method)):
            w.setObjectName(name)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        # The checker confirms this very send (Art. 11(7)(1)): show what, where to and by whom.
        what = QLabel(self.tr("%s: %s to %s, sent by %s") % (
            format_date(movement.sent_on, ctx.settings.date_style), movement.what, movement.recipient,
            by_id[movement.sender_id].name))
        what.setObjectName("send_summary")
        what.setWordWrap(True)
        form.addRow(self.tr("Send"), what)
        form.addRow(self.tr("Checked by"), self.checker)
        form.addRow(self.tr("Date checked"), self.checked_on)
        for box in (self.ok_recipient, self.ok_hidden, self.ok_method):
            form.addRow("", box)
        form.addRow(self.tr("(4) Method approved by the responsible person"), self.approver)
        form.addRow("", ArticleLink("第11条第7項"))
        form.addRow(self.error)
        form.addRow(save_cancel(self, self.save))

    def save(self) -> None:
        try:
            movements.record_check(self.ctx.vault, self.movement.id, self.checker.currentData(), self.checked_on.text(),
                                   self.ok_recipient.isChecked(), self.ok_hidden.isChecked(), self.ok_method.isChecked(),
                                   self.approver.currentData())
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()


class MovementsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Movement] = []
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("movements")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Check"), self.tr("What"),
                                              self.tr("To"), self.tr("Method"), self.tr("Equipment"), self.tr("Sender")])
        read_only(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([("record_movement", self.tr("Record a send or transport…"), self.record),
                                     ("check_movement", self.tr("Record the check…"), self.check),
                                     ("print_log", self.tr("Print the log…"), self.print_log),
                                     ("incident", self.tr("Incident…"), self.incident)],
                                    ("第11条第6項", "第11条第7項")))
        layout.addWidget(self.table)

    def refresh(self) -> None:
        vault, cid, style = self.ctx.vault, self.ctx.contract_id, self.ctx.settings.date_style
        self.rows = movements.movements(vault, cid) if cid else []
        names = people.by_id(vault)
        method_names = {m.id: m.name for kind in ("sending", "transport") for m in places.methods(vault, cid or 0, kind)}
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            if m.kind == "transport":
                status = "—"
            elif m.check_complete:
                status = self.tr("Checked by %s") % names[m.checker_id].name
            else:
                status = self.tr("Open: needs a second person's check")
            values = [format_date(m.sent_on, style), self.tr("Send") if m.kind == "sending" else self.tr("Transport"),
                      status, m.what, m.recipient, method_names.get(m.method_id, ""), m.equipment, names[m.sender_id].name]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def record(self) -> None:
        if self.ctx.contract_id is not None and SendDialog(self.ctx, parent=self).exec():
            self.ctx.data_changed.emit()

    def check(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.rows[row].kind == "sending":
            if CheckDialog(self.ctx, self.rows[row], self).exec():
                self.ctx.data_changed.emit()
        else:
            QMessageBox.information(self, self.tr("Check a send"), self.tr("Select the send to check in the list first."))

    def incident(self) -> None:
        """Art. 13: an incident on the selected send or transport."""
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.ctx.action_requested.emit(f"incidents/new:movement:{self.rows[row].id}")

    def print_log(self) -> None:
        issue_form(self.ctx, "send_log", self, movements.log_data(self.ctx.vault, self.ctx.contract_id,
                                                                 self.ctx.settings.date_style))
