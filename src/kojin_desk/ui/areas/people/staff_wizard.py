"""Staff registration (Art. 4, 5): choose people and roles, the leak contact chain and the change procedure.

Finishing saves the structure and leaves `next_form` = (form id, data) of the 届 to issue: the first
責任者・従事者届, or (届出の区分 変更) the 変更届 listing what changed since the last one. The caller opens
that form's wizard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import ROLES, ContactStep, Person, role_label
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.domain.wareki import parse_date, to_wareki
from kojin_desk.errors import KojinError
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.widgets import ArticleLink, EnterStaysInTable, ErrorLabel, WarningLabel


class RosterPage(QWizardPage):
    """One row per person in the registry: a role (or none) and the scope of work."""

    NAME, AFFILIATION, EMPLOYMENT, ROLE, SCOPE = range(5)

    def __init__(self, wizard: "StaffWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Responsible person and workers"))
        self.setSubTitle(self.tr("Choose exactly one responsible person, the workers and, for list C data, the auditor."))
        self.on = QLineEdit(to_wareki(date.today()))
        self.on.setObjectName("changed_on")
        self.on.setPlaceholderText("R8.4.1")
        self.on.textChanged.connect(self.update_checks)
        add = QPushButton(self.tr("Add a person…"))
        add.setObjectName("add_person")
        add.clicked.connect(self.add_person)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Roles start (or end) on")))
        top.addWidget(self.on)
        top.addWidget(add)
        top.addStretch()
        top.addWidget(ArticleLink("第5条第1項"))
        top.addWidget(ArticleLink("第7条第3項"))
        self.grid = QTableWidget(0, 5)
        self.grid.setObjectName("roster")
        self.grid.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Department and position"), self.tr("Employment"),
                                             self.tr("Role"), self.tr("Scope of work")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().hide()
        self.errors = ErrorLabel()
        self.warnings = WarningLabel("warnings")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(self.errors)
        layout.addWidget(self.warnings)
        self.person_ids: list[int] = []
        self.load()

    def load(self) -> None:
        vault, cid = self.wiz.ctx.vault, self.wiz.contract_id
        current = {r.person_id: r for r in people.roster(vault, cid)}
        today = date.today().isoformat()
        shown = [p for p in people.list_people(vault) if p.id in current or not p.end_on or p.end_on >= today]
        self.grid.setRowCount(0)
        self.person_ids = []
        for p in shown:
            self._append(p, current.get(p.id))
        self.update_checks()

    def _append(self, p: Person, held: RosterRow | None) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.person_ids.append(p.id)
        for col, text in ((self.NAME, p.name), (self.AFFILIATION, "　".join(v for v in (p.affiliation, p.title) if v)),
                          (self.EMPLOYMENT, value_label(p.employment))):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(row, col, item)
        role = QComboBox()
        role.addItem(self.tr("(none)"), "")
        for code in ROLES:
            role.addItem(role_label(code), code)
        role.setCurrentIndex(max(role.findData(held.role if held else ""), 0))
        role.currentIndexChanged.connect(self.update_checks)
        self.grid.setCellWidget(row, self.ROLE, role)
        scope = QLineEdit(held.scope if held else "")
        scope.setMaxLength(200)
        scope.editingFinished.connect(self.update_checks)
        self.grid.setCellWidget(row, self.SCOPE, scope)

    def add_person(self) -> None:
        dialog = RecordDialog(self.tr("Add a person"), Person(), lambda p: people.save_person(self.wiz.ctx.vault, p), self)
        if dialog.exec():
            self.added(dialog.saved)

    def added(self, person: Person) -> None:
        self._append(person, None)
        self.update_checks()

    def set_role(self, name: str, role: str, scope: str = "") -> None:
        """Give the person named `name` a role (used by the keyboard and by tests)."""
        row = next(r for r in range(self.grid.rowCount()) if self.grid.item(r, self.NAME).text() == name)
        box = self.grid.cellWidget(row, self.ROLE)
        box.setCurrentIndex(box.findData(role))
        if scope:
            self.grid.cellWidget(row, self.SCOPE).setText(scope)
        self.update_checks()

    def rows(self) -> list[RosterRow]:
        out = []
        for r, pid in enumerate(self.person_ids):
            role = self.grid.cellWidget(r, self.ROLE).currentData()
            if role:
                out.append(RosterRow(pid, role, self.grid.cellWidget(r, self.SCOPE).text()))
        return out

    def day(self) -> str | None:
        try:
            return parse_date(self.on.text()).isoformat()
        except ValueError:
            return None

    def update_checks(self, *_args) -> None:
        vault, cid = self.wiz.ctx.vault, self.wiz.contract_id
        day = self.day()
        rows = self.rows()
        errors = people.roster_errors(rows, people.by_id(vault))
        if day is None:
            self.errors.show_message(self.tr("Type dates like 2026-04-01 or R8.4.1."))
        else:
            self.errors.show_message("\n".join(map(str, errors)))
        warnings = people.roster_warnings(vault, cid, rows, day or date.today().isoformat())
        self.warnings.show_problems(warnings)

    def validatePage(self) -> bool:
        self.update_checks()
        return self.day() is not None and not people.roster_errors(self.rows(), people.by_id(self.wiz.ctx.vault))


class ContactsPage(QWizardPage):
    """The leak contact chain in calling order (Art. 4) and the change procedure (Art. 5(3))."""

    def __init__(self, wizard: "StaffWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Contact chain for leaks and change procedure"))
        self.setSubTitle(self.tr("Who is called, in this order, when personal information may have leaked."))
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("contacts")
        self.grid.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Phone"), self.tr("Role and action")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(0, 280)
        self.grid.setColumnWidth(1, 140)
        add, remove = QPushButton(self.tr("Add row")), QPushButton(self.tr("Remove row"))
        add.setObjectName("add_contact")
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(lambda: self.grid.removeRow(self.grid.currentRow()))
        buttons = QHBoxLayout()
        for w in (add, remove):
            buttons.addWidget(w)
        buttons.addStretch()
        buttons.addWidget(ArticleLink("第4条"))
        self.procedure = QPlainTextEdit(staff_forms.procedure(wizard.ctx.vault, wizard.contract_id))
        self.procedure.setObjectName("procedure")
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        proc = QHBoxLayout()
        proc.addWidget(QLabel(self.tr("Procedure for changing the responsible person or workers")))
        proc.addStretch()
        proc.addWidget(ArticleLink("第5条第3項"))
        layout.addLayout(proc)
        layout.addWidget(self.procedure)
        layout.addWidget(self.error)
        for step in people.contact_chain(wizard.ctx.vault, wizard.contract_id):
            self.add_row(step)

    def add_row(self, step: ContactStep | None = None) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for col, value in enumerate((step.who, step.phone, step.duty) if step else ("", "", "")):
            self.grid.setItem(row, col, QTableWidgetItem(value))

    def steps(self) -> list[ContactStep]:
        def text(r, c):
            item = self.grid.item(r, c)
            return item.text() if item else ""
        rows = [ContactStep(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.grid.rowCount())]
        return [s for s in rows if s.who.strip() or s.phone.strip() or s.duty.strip()]

    def validatePage(self) -> bool:
        problems = people.contact_problems(self.steps())
        if not self.steps():
            self.error.show_message(self.tr("Add at least one contact (Art. 4)."))
            return False
        self.error.show_message("\n".join(map(str, problems)))
        return not problems


class StaffWizard(QWizard):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.contract_id = ctx, ctx.contract_id
        self.next_form: tuple[str, dict] | None = None
        self.setWindowTitle(self.tr("Staff registration"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save and make the notification"))
        self.roster_page, self.contacts_page = RosterPage(self), ContactsPage(self)
        self.addPage(self.roster_page)
        self.addPage(self.contacts_page)
        self.enter_in_tables = EnterStaysInTable(self)
        for page in (self.roster_page, self.contacts_page):
            page.grid.installEventFilter(self.enter_in_tables)
        self.error = ErrorLabel()
        self.contacts_page.layout().addWidget(self.error)
        self.resize(960, 620)

    def accept(self) -> None:
        vault, cid = self.ctx.vault, self.contract_id
        on = self.roster_page.day()
        try:
            people.apply_roster(vault, cid, self.roster_page.rows(), on)
            people.set_contact_chain(vault, cid, self.contacts_page.steps())
            staff_forms.set_procedure(vault, cid, self.contacts_page.procedure.toPlainText())
            data = staff_forms.notification(vault, cid, on)
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.next_form = None if staff_forms.unchanged(vault, cid, data) else (staff_forms.STAFF_FORM, data)
        self.ctx.data_changed.emit()
        super().accept()
