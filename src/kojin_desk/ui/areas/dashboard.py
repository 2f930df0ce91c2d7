"""What to do next for the current contract, and its details."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kojin_desk.domain.wareki import format_date
from kojin_desk.services import documents, office_contracts
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import forms as place_forms
from kojin_desk.areas.places import service as places
from kojin_desk.store import repos


class DashboardArea(QWidget):
    """Lists the next steps; activating one runs it (`actions` are given by the main window)."""

    def __init__(self, ctx, actions: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actions = ctx, actions
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.todo = QListWidget()
        self.todo.setObjectName("todo")
        self.todo.itemActivated.connect(self.run_item)
        self.go = QPushButton(self.tr("Do this step"))
        self.go.clicked.connect(lambda: self.run_item(self.todo.currentItem()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("What to do next")))
        layout.addWidget(self.todo)
        layout.addWidget(self.go)
        layout.addWidget(self.summary)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def steps(self) -> list[tuple[str, str]]:
        vault, out = self.ctx.vault, []
        office = office_contracts.get_office(vault)
        if not (office.name and office.address and office.representative_name):
            out.append((self.tr("Enter your company's details (printed on every form)"), "edit_office"))
        contract = office_contracts.get_contract(vault, self.ctx.contract_id) if self.ctx.contract_id else None
        if contract is None:
            out.append((self.tr("Register your contract with Tokyo"), "new_contract"))
            return out
        issued = {d["form_id"] for d in documents.list_documents(vault, contract.id)}
        if "staff_notification" not in issued:
            out.append((self.tr("Register the responsible person and workers and notify Tokyo (Art. 5(1))"), "staff_wizard"))
        if "training_plan" not in issued:
            out.append((self.tr("Make the training plan (Art. 7(2))"), "training_plan"))
        if people.needs_auditor(vault.conn, contract.id) and "auditor_notification" not in issued:
            out.append((self.tr("Notify Tokyo of the auditor for list C data (Art. 5(1))"), "auditor_notification"))
        out += [(str(p), "people") for p in people.contract_problems(vault.conn, contract)]
        if "workplace_notification" not in issued:
            out.append((self.tr("Notify Tokyo of the work places (Art. 11(3))"), "workplace_notification"))
        for form_id, kind in place_forms.METHOD_FORMS.items():
            if any(not m.declared_on and not m.ended_on for m in places.methods(vault, contract.id, kind)):
                out.append((self.tr("Declare the new transport methods (Art. 11(5))") if kind == "transport"
                            else self.tr("Declare the new sending methods (Art. 11(6))"), form_id))
        out += [(str(p), "places") for p in places.contract_problems(vault.conn, contract)]
        due = ledger.next_inspection_due(vault, contract.id)
        if due is None:
            out.append((self.tr("Plan the periodic inspections of media and backups (Art. 11(10)(3))"), "ledger"))
        elif due <= date.today().isoformat():
            out.append((self.tr("Periodic inspection due on %s (Art. 11(10)(3))") % format_date(due, self.ctx.settings.date_style), "ledger"))
        if not all(r["ok"] for r in ledger.reconciliation(vault, contract.id)):
            out.append((self.tr("The ledger's quantities do not add up for a list item: check and correct"), "ledger"))
        form_id = "destruction_certificate"
        if repos.load_draft(vault.conn, contract.id, form_id) is not None:
            out.append((self.tr("Continue the destruction/erasure certificate you started (Art. 12(5))"), form_id))
        if contract.end_on and contract.end_on < date.today().isoformat() and form_id not in issued:
            out.append((self.tr("The contract has ended: return, destroy or erase the data and submit the "
                                "certificate (Art. 12(2), 12(5))"), form_id))
        return out

    def refresh(self) -> None:
        self.todo.clear()
        steps = self.steps()
        for text, action in steps:
            item = QListWidgetItem(text)
            item.setData(256, action)
            self.todo.addItem(item)
        if not steps:
            self.todo.addItem(self.tr("Nothing is waiting for this contract."))
        self.go.setEnabled(bool(steps))
        if steps:
            self.todo.setCurrentRow(0)
        c = office_contracts.get_contract(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else None
        if c is None:
            self.summary.setText("")
            return
        style = self.ctx.settings.date_style
        flags = [self.tr("Sensitive personal information") if c.sensitive else "",
                 self.tr("Specific personal information (list C)") if c.specific else ""]
        lines = [
            f"<h3>{_esc(c.title)}</h3>",
            self.tr("Contract number") + ": " + _esc(c.number),
            self.tr("Period") + f": {format_date(c.start_on, style)} – {format_date(c.end_on, style)}",
            self.tr("Responsible section") + ": " + _esc(c.bureau_line()),
            "　".join(_esc(f) for f in flags if f),
        ]
        self.summary.setText("<br>".join(lines))

    def run_item(self, item) -> None:
        action = item.data(256) if item is not None else None
        if action in self.actions:
            self.actions[action]()


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
