"""The office's own details and its contracts."""

from __future__ import annotations

from dataclasses import replace

from kojin_desk.domain.records import Contract, Office, normalize, validate
from kojin_desk.errors import Problem, ValidationError
from kojin_desk.store import repos


def office_problems(office: Office) -> list[Problem]:
    normalize(office)
    return validate(office)


def get_office(vault) -> Office:
    return repos.get_office(vault.conn)


def save_office(vault, office: Office) -> Office:
    office = replace(office)
    problems = office_problems(office)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        repos.save_office(conn, office)
    return office


def contract_problems_standalone(contract: Contract) -> list[Problem]:
    """The rules that need no other record (normalises the contract in place)."""
    normalize(contract)
    return validate(contract)


def contract_problems(conn, contract: Contract) -> list[Problem]:
    problems = contract_problems_standalone(contract)
    if contract.number and repos.number_taken(conn, contract.number, contract.id):
        problems.append(Problem("duplicate_number", {"number": contract.number}))
    return problems


def list_contracts(vault) -> list[Contract]:
    return repos.list_contracts(vault.conn)


def get_contract(vault, contract_id: int) -> Contract | None:
    return repos.get_contract(vault.conn, contract_id)


def save_contract(vault, contract: Contract) -> Contract:
    """Insert or update; the saved copy (normalised, with its id) is returned."""
    contract = replace(contract)
    with vault.transaction() as conn:
        problems = contract_problems(conn, contract)
        if problems:
            raise ValidationError(problems)
        contract.id = repos.save_contract(conn, contract)
    return contract
