"""The send and transport log (Art. 11(5)–(7)): record a send, then its check by another person."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import movements
from kojin_desk.areas.places.model import Movement
from kojin_desk.domain.wareki import format_date, parse_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.areas.ledger.send_dialog import SendDialog
from kojin_desk.ui.areas.places.log_model import MovementLogModel
from kojin_desk.ui.areas.places.log_period_dialog import LogPeriodDialog
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel, button_row, save_cancel

WIDTHS = [120, 50, 200, 220, 170, 130, 110]  # the last column (送付者) stretches


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
    """The log, newest first, read a page at a time (log_model); the buttons act on the selected row."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MovementLogModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("movements")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(WIDTHS):
            self.table.setColumnWidth(col, width)
        # What the 責任者 looks for: the sends still waiting for their second check (Art. 11(7)).
        self.open_only = QCheckBox(self.tr("Open sends only"))
        self.open_only.setObjectName("open_only")
        self.open_only.toggled.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("movement_count")
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([("record_movement", self.tr("Record a send or transport…"), self.record),
                                     ("check_movement", self.tr("Record the check…"), self.check),
                                     ("print_log", self.tr("Print the log…"), self.print_log),
                                     ("incident", self.tr("Incident…"), self.incident)],
                                    ("第11条第6項", "第11条第7項")))
        filters = QHBoxLayout()
        filters.addWidget(self.open_only)
        filters.addStretch()
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def refresh(self, *_args) -> None:
        row = self.table.currentIndex().row()  # kept across a refresh (the check just recorded, say)
        self.model.open_only = self.open_only.isChecked()
        self.model.reload()
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n sends and transports", "", n).replace(str(n), f"{n:,}", 1))  # 285,714件
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def selected(self) -> Movement | None:
        """The movement of the selected row, read afresh from the vault."""
        rows = self.table.selectionModel().selectedRows()
        shown = self.model.movement(rows[0].row()) if rows else None
        return movements.get(self.ctx.vault, shown.id) if shown else None

    def record(self) -> None:
        if self.ctx.contract_id is not None and SendDialog(self.ctx, parent=self).exec():
            self.ctx.data_changed.emit()

    def check(self) -> None:
        m = self.selected()
        if m is not None and m.kind == "sending":
            if CheckDialog(self.ctx, m, self).exec():
                self.ctx.data_changed.emit()
        else:
            QMessageBox.information(self, self.tr("Check a send"), self.tr("Select the send to check in the list first."))

    def incident(self) -> None:
        """Art. 13: an incident on the selected send or transport."""
        m = self.selected()
        if m is not None:
            self.ctx.action_requested.emit(f"incidents/new:movement:{m.id}")

    def print_log(self) -> None:
        """The log of a period the user picks (the contract's start to today unless changed)."""
        if self.ctx.contract_id is None:
            return
        dialog = LogPeriodDialog(self.ctx, self)
        if dialog.exec() and dialog.period:
            start, end = dialog.period
            issue_form(self.ctx, "send_log", self, movements.log_data(self.ctx.vault, self.ctx.contract_id,
                                                                     self.ctx.settings.date_style, start, end))
