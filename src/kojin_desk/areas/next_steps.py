"""What to do next for a contract: the kernel's own steps around every area's findings (the dashboard's list)."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.check import findings
from kojin_desk.areas.contract import Finding
from kojin_desk.errors import Problem
from kojin_desk.services import documents, office_contracts

CERTIFICATE = "destruction_certificate"


def next_steps(vault, contract_id: int | None) -> list[Finding]:
    out = []
    office = office_contracts.get_office(vault)
    if not (office.name and office.address and office.representative_name):
        out.append(Finding(Problem("todo_office"), "", "edit_office", todo=True))
    contract = office_contracts.get_contract(vault, contract_id) if contract_id else None
    if contract is None:
        return out + [Finding(Problem("todo_contract"), "", "new_contract", todo=True)]
    out += findings(vault.conn, contract)
    issued = {d["form_id"] for d in documents.list_documents(vault, contract.id)}
    if documents.load_draft(vault, contract.id, CERTIFICATE) is not None:
        out.append(Finding(Problem("todo_certificate_draft"), "第12条第5項", f"documents/new:{CERTIFICATE}", todo=True))
    if contract.end_on and contract.end_on < date.today().isoformat() and CERTIFICATE not in issued:
        out.append(Finding(Problem("todo_certificate_due"), "第12条第5項", f"documents/new:{CERTIFICATE}", todo=True))
    return out
