"""People (Art. 4–7): the contract's structure, the registry, pledges and dispatch, training, audits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import role_label
from kojin_desk.domain.wareki import format_date
from kojin_desk.services import office_contracts
from kojin_desk.ui.areas.people.audits_tab import AuditsTab
from kojin_desk.ui.areas.people.pledges_tab import PledgesTab
from kojin_desk.ui.areas.people.registry_tab import RegistryTab
from kojin_desk.ui.areas.people.training_tab import TrainingTab
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.widgets import WarningLabel, button_row, read_only


class StructureTab(QWidget):
    """Who holds which role now, what is still missing, and the notifications."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warnings = WarningLabel("people_warnings")
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("structure")
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Department and position"),
                                              self.tr("Employment"), self.tr("Scope of work"), self.tr("Since"),
                                              self.tr("Trained"), self.tr("Pledge signed")])
        read_only(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([
            ("staff_wizard", self.tr("Register or change staff and notify Tokyo…"), self.run_staff_wizard),
            ("auditor_notification", self.tr("Auditor notification…"), self.auditor_notification)],
            ("第4条", "第5条第1項", "第5条第3項")))
        layout.addWidget(self.warnings)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        vault, cid = self.ctx.vault, self.ctx.contract_id
        contract = office_contracts.get_contract(vault, cid) if cid else None
        if contract is None:
            self.table.setRowCount(0)
            self.warnings.show_problems([])
            return
        self.warnings.show_problems(people.warnings(vault, contract))
        style = self.ctx.settings.date_style
        by_id = people.by_id(vault)
        signed = people.pledges(vault, cid)
        attended = people.attended_dates(vault, cid)
        rows = people.assignments(vault, cid)
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            p = by_id[a.person_id]
            first = min(attended.get(a.person_id, []), default="")
            pledge = (signed.get(a.person_id) or {}).get("signed_on", "")
            values = [role_label(a.role), p.name, "　".join(v for v in (p.affiliation, p.title) if v), value_label(p.employment),
                      a.scope, format_date(a.start_on, style),
                      format_date(first, style) if first else ("—" if a.role == "auditor" else self.tr("Not yet")),
                      format_date(pledge, style) if pledge else ("—" if a.role == "auditor" else self.tr("Not yet"))]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def auditor_notification(self) -> None:
        if self.ctx.contract_id is not None:
            issue_form(self.ctx, "auditor_notification", self,
                       staff_forms.auditor_notification(self.ctx.vault, self.ctx.contract_id))

    def run_staff_wizard(self) -> None:
        from kojin_desk.ui.areas.people.staff_wizard import StaffWizard

        if self.ctx.contract_id is None:
            return
        wizard = StaffWizard(self.ctx, self)
        if wizard.exec():
            if wizard.next_form is None:
                QMessageBox.information(self, wizard.windowTitle(), self.tr("Nothing has changed since the last notification."))
            else:
                issue_form(self.ctx, wizard.next_form[0], self, wizard.next_form[1])
        self.ctx.data_changed.emit()


class PeopleArea(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure, self.training = StructureTab(ctx), TrainingTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("people_tabs")
        self.tabs.addTab(self.structure, self.tr("Structure"))
        self.tabs.addTab(RegistryTab(ctx), self.tr("Registry"))
        self.pledges, self.audits = PledgesTab(ctx), AuditsTab(ctx)
        self.tabs.addTab(self.pledges, self.tr("Pledges and dispatch"))
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(self.audits, self.tr("Audits"))
        self.tabs.currentChanged.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("People")))
        layout.addWidget(self.tabs)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.ctx.vault.is_open:
            self.tabs.currentWidget().refresh()

    def run_step(self, step: str) -> None:
        """A next step from the dashboard (the action keys of areas.people.area.ROUTES)."""
        tabs = {"pledges": self.pledges, "training": self.training, "audits": self.audits}
        if step in tabs:
            self.tabs.setCurrentWidget(tabs[step])
        elif step == "staff_wizard":
            self.structure.run_staff_wizard()
        elif step == "training_plan":
            self.training.plan()
        elif step == "auditor_notification":
            self.structure.auditor_notification()
