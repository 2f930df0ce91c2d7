"""Audits of the contract's handling and their corrective actions (Art. 5(3))."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import Audit, AuditAction
from kojin_desk.domain.records import require_valid
from kojin_desk.errors import Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.store import repos


def save_audit(vault, a: Audit) -> Audit:
    require_valid(a)
    with vault.transaction() as conn:
        a.id = people_repo.save(conn, a)
    return a


def save_action(vault, action: AuditAction) -> AuditAction:
    require_valid(action)
    if action.done_on and action.done_on < people_repo.get(vault.conn, Audit, action.audit_id).done_on:
        raise ValidationError([Problem("dates_reversed", {"start": pick("監査の実施日", "Audit date"),
                                                          "end": pick("完了日", "Completed")})])
    with vault.transaction() as conn:
        action.id = people_repo.save(conn, action)
    return action


def audits(vault, contract_id: int) -> list[Audit]:
    return people_repo.audits(vault.conn, contract_id)


def actions(vault, audit_id: int) -> list[AuditAction]:
    return people_repo.audit_actions(vault.conn, audit_id)


def problems(vault) -> list[Problem]:
    """Corrective actions past their due date (Art. 5(3): 直ちに是正措置を講じなければならない)."""
    today, found = date.today().isoformat(), []
    for c in repos.list_contracts(vault.conn):
        for a in people_repo.open_actions(vault.conn, c.id):
            if a.due_on < today:
                found.append(Problem("audit_action_overdue", {"action": a.action[:40], "due": a.due_on}, c.where))
    return found
