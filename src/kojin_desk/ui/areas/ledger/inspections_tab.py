"""Periodic inspections (Art. 11(10)(3)): the schedule, the next due date, and the records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.ledger import inspections
from kojin_desk.domain.wareki import format_date, parse_date
from kojin_desk.errors import KojinError, WrongPassphrase
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel


class InspectionDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Record an inspection"))
        self.done_on = QLineEdit(date.today().isoformat())
        self.inspector = QLineEdit()
        self.media_ok = QCheckBox(self.tr("Media and backups are present and readable"))
        self.accuracy_ok = QCheckBox(self.tr("The data is accurate"))
        self.storage_ok = QCheckBox(self.tr("Kept as declared (safe, locked room)"))
        self.findings, self.follow_up = QPlainTextEdit(), QPlainTextEdit()
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.done_on)
        form.addRow(self.tr("Inspector"), self.inspector)
        for box in (self.media_ok, self.accuracy_ok, self.storage_ok):
            form.addRow("", box)
        verify = QPushButton(self.tr("Verify a backup…"))
        verify.setObjectName("verify_backup")
        verify.setToolTip(self.tr("Open a backup, check it (encryption, integrity, ledger chain) and write the result into the findings"))
        verify.clicked.connect(self.verify_backup)
        form.addRow("", verify)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(self.error)
        form.addRow(buttons)

    def verify_backup(self) -> None:
        """Art. 11(10)(3) asks for backups to be checked: one is opened and verified, the result goes into the record."""
        from kojin_desk.areas import backup_service

        start = str(backup_service.folder(self.ctx.settings, self.ctx.vault.data_dir))
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), start, self.tr("kojin_desk backups (*.kdbackup)"))
        if not file:
            return
        passphrase = None
        while True:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                ok, line = backup_service.verify_for_inspection(self.ctx.vault, Path(file), passphrase)
                break
            except WrongPassphrase:
                pass
            finally:
                QApplication.restoreOverrideCursor()
            passphrase, given = QInputDialog.getText(self, self.tr("Verify a backup"), self.tr(
                "This backup is of another vault or key: its passphrase (of the day it was made):"),
                QLineEdit.EchoMode.Password)
            if not given:
                return
        if not ok:
            self.media_ok.setChecked(False)
        text = self.findings.toPlainText().rstrip()
        self.findings.setPlainText((text + "\n" if text else "") + line)

    def save(self) -> None:
        try:
            day = parse_date(self.done_on.text()).isoformat()
        except ValueError:
            self.error.show_message(self.tr("Type dates like 2026-04-01 or R8.4.1."))
            return
        try:
            inspections.record_inspection(self.ctx.vault, self.ctx.contract_id, day, self.inspector.text(),
                                     self.media_ok.isChecked(), self.accuracy_ok.isChecked(), self.storage_ok.isChecked(),
                                     self.findings.toPlainText(), self.follow_up.toPlainText())
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()


class InspectionsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval = QSpinBox()
        self.interval.setRange(1, 24)
        self.first_due = QLineEdit()
        self.first_due.setPlaceholderText("R8.7.1")
        save_plan = QPushButton(self.tr("Save schedule"))
        save_plan.clicked.connect(self.save_plan)
        self.next_due = QLabel()
        self.error = ErrorLabel()
        plan = QHBoxLayout()
        for w in (QLabel(self.tr("Every")), self.interval, QLabel(self.tr("months, first on")), self.first_due,
                  save_plan, self.next_due):
            plan.addWidget(w)
        plan.addStretch()
        plan.addWidget(ArticleLink("第11条第10項第3号"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Inspector"), self.tr("Media"),
                                              self.tr("Accuracy"), self.tr("Storage"), self.tr("Findings")])
        record = QPushButton(self.tr("Record an inspection…"))
        record.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(plan)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        layout.addWidget(record)

    def refresh(self) -> None:
        cid = self.ctx.contract_id or 0
        plan = inspections.inspection_plan(self.ctx.vault, cid)
        if plan:
            self.interval.setValue(plan[0])
            self.first_due.setText(plan[1])
        due = inspections.next_inspection_due(self.ctx.vault, cid)
        late = due is not None and due < date.today().isoformat()
        self.next_due.setText((self.tr("Next due: %s") % format_date(due, self.ctx.settings.date_style)) if due
                              else self.tr("No schedule yet."))
        self.next_due.setStyleSheet("color: #b00020;" if late else "")
        rows = inspections.list_inspections(self.ctx.vault, cid)
        self.table.setRowCount(len(rows))
        for r, rec in enumerate(rows):
            marks = ["✓" if rec[k] else "×" for k in ("media_ok", "accuracy_ok", "storage_ok")]
            for c, v in enumerate([format_date(rec["done_on"], self.ctx.settings.date_style), rec["inspector"],
                                   *marks, rec["findings"]]):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def save_plan(self) -> None:
        try:
            first = parse_date(self.first_due.text()).isoformat()
            inspections.set_inspection_plan(self.ctx.vault, self.ctx.contract_id, self.interval.value(), first)
        except ValueError:
            self.error.show_message(self.tr("Type dates like 2026-04-01 or R8.4.1."))
            return
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.error.show_message("")
        self.refresh()

    def record(self) -> None:
        if self.ctx.contract_id is not None and InspectionDialog(self.ctx, self).exec():
            self.refresh()
