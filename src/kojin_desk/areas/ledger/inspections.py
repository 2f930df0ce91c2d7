"""Periodic inspections of media and backups (Art. 11(10)(3)): the schedule, the records, the next due date."""

from __future__ import annotations

import calendar
from datetime import date

from kojin_desk.areas.ledger import inspection_repo
from kojin_desk.domain.text import check_text
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import Problem, ValidationError
from kojin_desk.i18n import pick

INTERVAL_MONTHS = (1, 24)


def plan_problems(interval_months: object, first_due: object) -> list[Problem]:
    """The rules of an inspection schedule, set on screen or loaded from a dump."""
    problems = []
    low, high = INTERVAL_MONTHS
    if not isinstance(interval_months, int) or isinstance(interval_months, bool) or not low <= interval_months <= high:
        problems.append(Problem("out_of_range", {"field": pick("点検の間隔（月）", "Interval (months)"), "min": low, "max": high}))
    if not is_iso_date(first_due):
        problems.append(Problem("bad_date", {"field": pick("初回の点検日", "First due"), "value": str(first_due)[:40]}))
    return problems


def record_problems(done_on: object, inspector: object, findings: object, follow_up: object) -> list[Problem]:
    """The rules of one inspection record, entered on screen or loaded from a dump."""
    problems = [] if is_iso_date(done_on) else [
        Problem("bad_date", {"field": pick("点検日", "Inspected on"), "value": str(done_on)[:40]})]
    problems += check_text(inspector, pick("点検者", "Inspector"), max_len=100, required=True)
    problems += check_text(findings, pick("所見", "Findings"), max_len=2000, multiline=True)
    problems += check_text(follow_up, pick("是正・フォローアップ", "Follow-up"), max_len=2000, multiline=True)
    return problems


def set_inspection_plan(vault, contract_id: int, interval_months: int, first_due: str) -> None:
    problems = plan_problems(interval_months, first_due)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        inspection_repo.set_plan(conn, contract_id, interval_months, first_due)


def inspection_plan(vault, contract_id: int) -> tuple[int, str] | None:
    """(interval in months, first due date) or None when no schedule is set."""
    return inspection_repo.plan(vault.conn, contract_id)


def record_inspection(vault, contract_id: int, done_on: str, inspector: str, media_ok: bool, accuracy_ok: bool,
                      storage_ok: bool, findings: str = "", follow_up: str = "") -> None:
    try:
        done_on = date.fromisoformat(done_on).isoformat()  # 20260401 and 2026-04-01 alike
    except (TypeError, ValueError):
        pass  # named below
    problems = record_problems(done_on, inspector, findings, follow_up)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        inspection_repo.insert(conn, {
            "contract_id": contract_id, "done_on": done_on, "inspector": inspector,
            "media_ok": media_ok, "accuracy_ok": accuracy_ok, "storage_ok": storage_ok,
            "findings": findings, "follow_up": follow_up})


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def next_inspection_due(vault, contract_id: int) -> str | None:
    try:
        return due_on(vault.conn, contract_id)
    except ValueError:
        return None  # `check` and the dashboard name the unreadable date


def due_on(conn, contract_id: int) -> str | None:
    """The next inspection's date; ValueError when a stored date or interval is not one (edited outside the app)."""
    plan = inspection_repo.plan(conn, contract_id)
    if plan is None:
        return None
    last = inspection_repo.last_done(conn, contract_id)
    if plan_problems(*plan) or (last is not None and not is_iso_date(last)):
        raise ValueError("inspection schedule or record unreadable")
    if last is None:
        return plan[1]
    return _add_months(date.fromisoformat(last), plan[0]).isoformat()


def list_inspections(vault, contract_id: int) -> list[dict]:
    return inspection_repo.all_records(vault.conn, contract_id)
