"""Declaring work places (Art. 11(3)), transport (11(5)) or sending methods (11(6)): review the records,
then issue the 届 — or, after the first, the 変更届 with what changed. The caller opens `next_form`."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from kojin_desk.areas.places import forms as place_forms
from kojin_desk.domain.wareki import parse_date, to_wareki
from kojin_desk.errors import KojinError
from kojin_desk.formkit.definition import get_form
from kojin_desk.services import documents
from kojin_desk.ui.areas.places.place_lists import LISTS
from kojin_desk.ui.widgets import ErrorLabel


class DeclarationWizard(QWizard):
    def __init__(self, ctx, form_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.form_id, self.contract_id = ctx, form_id, ctx.contract_id
        self.next_form: tuple[str, dict] | None = None
        form = get_form(form_id)
        self.setWindowTitle(form.title)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Make the notification"))
        first = documents.last_issued_data(ctx.vault, ctx.contract_id, form_id) is None
        page = QWizardPage()
        page.setTitle(form.title)
        page.setSubTitle(self.tr("Add, correct or end the entries; the notification lists those in use.") if first else
                         self.tr("Make the changes; the change notification lists what was added, ended or changed."))
        self.list = LISTS[form_id](ctx)
        self.list.refresh()
        self.changed_on = QLineEdit(to_wareki(date.today()))
        self.changed_on.setObjectName("changed_on")
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Date of change")))
        line.addWidget(self.changed_on)
        line.addStretch()
        self.error = ErrorLabel()
        layout = QVBoxLayout(page)
        layout.addWidget(self.list)
        if not first:
            layout.addLayout(line)
        layout.addWidget(self.error)
        self.addPage(page)
        self.resize(980, 560)

    def accept(self) -> None:
        try:
            changed_on = parse_date(self.changed_on.text()).isoformat()
        except ValueError:
            self.error.show_message(self.tr("Type dates like 2026-04-01 or R8.4.1."))
            return
        try:
            data = place_forms.notification(self.ctx.vault, self.contract_id, self.form_id, changed_on)
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        if not data[place_forms.table_key(self.form_id)]:
            self.error.show_message(self.tr("Add at least one entry in use."))
            return
        if data["notice_kind"] == "変更" and not data["changes"]:
            self.error.show_message(self.tr("Nothing has changed since the last notification."))
            return
        self.next_form = (self.form_id, data)
        super().accept()
