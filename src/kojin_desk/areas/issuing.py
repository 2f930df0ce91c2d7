"""Where forms meet the records: a new form pre-filled by the area that owns it, that area's rules before
issuing, and what issuing changes in its records (a declared method becomes usable, say)."""

from __future__ import annotations

from kojin_desk.areas.registry import AREAS
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.formkit import data as formdata
from kojin_desk.formkit.definition import get_form
from kojin_desk.formkit.header import trim_header
from kojin_desk.i18n import pick
from kojin_desk.progress import Progress
from kojin_desk.services import documents, office_contracts


def _owner(form_id: str):
    return next((a for a in AREAS if form_id in a.forms), None)


def prefill(vault, contract_id: int, form_id: str) -> dict | None:
    owner = _owner(form_id)
    return owner.prefill(vault, contract_id, form_id) if owner else None


def start_data(vault, contract_id: int, form_id: str) -> dict:
    """The saved draft, or a new form (filled from the vault's records where they say what to write)."""
    form = get_form(form_id)
    draft = documents.load_draft(vault, contract_id, form_id)
    if draft is not None:
        return trim_header(form, draft)  # a draft saved before the form stopped printing some header fields
    return prefill(vault, contract_id, form_id) or documents.new_data(vault, contract_id, form_id)


def issue_problems(form_id: str, data: object) -> list[Problem]:
    """The form's field rules, then the rules of the appendix its area adds (e.g. one 責任者)."""
    clean, problems = formdata.validate(get_form(form_id), data)
    owner = _owner(form_id)
    return problems + (owner.issue_problems(form_id, clean) if owner else [])


def issue(vault, contract_id: int, form_id: str, data: dict, date_style: str = "wareki",
          progress: Progress | None = None) -> dict:
    """Render and keep the document as a new version; the draft is cleared; the owning area follows up."""
    if office_contracts.get_contract(vault, contract_id) is None:
        raise KojinError("not_found", what=pick("契約", "The contract"))
    problems = issue_problems(form_id, data)
    if problems:
        raise ValidationError(problems)
    pdf, clean = documents.render_pdf(form_id, data, date_style, progress)
    owner = _owner(form_id)
    after = (lambda conn: owner.after_issue(conn, contract_id, form_id, clean)) if owner else None
    return documents.keep_issued(vault, contract_id, form_id, clean, pdf, after)
