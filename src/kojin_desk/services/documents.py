"""Drafts, previews and issued documents: an issued form is kept for good, never overwritten."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import date

from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.formkit import data as formdata
from kojin_desk.formkit.definition import all_forms, get_form
from kojin_desk.formkit.header import header_from_vault
from kojin_desk.i18n import pick
from kojin_desk.store import repos


def render_pdf(form_id: str, data: object, date_style: str = "wareki") -> tuple[bytes, dict]:
    """Validate then render; ValidationError names each bad field."""
    from kojin_desk.pdf.render import render  # ReportLab loads only when a PDF is made

    form = get_form(form_id)
    clean, problems = formdata.validate(form, data)
    if problems:
        raise ValidationError(problems)
    return render(form, clean, date_style), clean


def new_data(vault, contract_id: int, form_id: str) -> dict:
    """A new form: its own fields empty, the shared header pre-filled from the office and the contract."""
    contract = repos.get_contract(vault.conn, contract_id)
    if contract is None:
        raise KojinError("not_found", what=pick("契約", "The contract"))
    form = get_form(form_id)
    data = formdata.blank(form)
    data.update(header_from_vault(repos.get_office(vault.conn), contract, date.today().isoformat(), form))
    return data


def save_draft(vault, contract_id: int, form_id: str, data: dict) -> None:
    with vault.transaction() as conn:
        repos.save_draft(conn, contract_id, form_id, data)


def discard_draft(vault, contract_id: int, form_id: str) -> None:
    with vault.transaction() as conn:
        repos.delete_draft(conn, contract_id, form_id)


def keep_issued(vault, contract_id: int, form_id: str, clean: dict, pdf: bytes, after=None) -> dict:
    """Keep a rendered form as its next version and clear its draft; `after(conn)` runs in the same transaction."""
    with vault.transaction() as conn:
        doc = {
            "contract_id": contract_id, "form_id": form_id,
            "version": repos.next_version(conn, contract_id, form_id),
            "title": get_form(form_id).title_for(clean), "issue_date": clean["issue_date"], "issued_at": repos.now(),
            "data_json": json.dumps(clean, ensure_ascii=False, sort_keys=True),
            "pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest(),
        }
        doc["id"] = repos.insert_document(conn, doc)
        repos.delete_draft(conn, contract_id, form_id)
        if after is not None:
            after(conn)
    return doc


def load_draft(vault, contract_id: int, form_id: str) -> dict | None:
    return repos.load_draft(vault.conn, contract_id, form_id)


def last_issued_data(vault, contract_id: int, form_id: str) -> dict | None:
    """The data of the latest document of `form_id` issued for the contract (what a 変更届 compares with)."""
    docs = [d for d in repos.list_documents(vault.conn, contract_id) if d["form_id"] == form_id]
    return json.loads(repos.get_document(vault.conn, docs[-1]["id"])["data_json"]) if docs else None


def list_documents(vault, contract_id: int) -> list[dict]:
    return repos.list_documents(vault.conn, contract_id)


def get_document(vault, doc_id: int) -> dict:
    doc = repos.get_document(vault.conn, doc_id)
    if doc is None:
        raise KojinError("not_found", what=pick("文書", "The document"))
    return doc


def parse_dumped_document(d: object, contract_ids: set[int]) -> tuple[dict | None, list[Problem]]:
    """A document from a dump, back in table form, or the reasons it cannot be loaded."""
    if not isinstance(d, dict):
        return None, [Problem("bad_type", {"field": "document", "expected": "object"})]
    try:
        pdf = base64.b64decode(d["pdf_base64"], validate=True)
        doc = {k: d[k] for k in ("id", "contract_id", "form_id", "version", "title", "issue_date", "issued_at", "sha256")}
        doc["data_json"] = json.dumps(d["data"], ensure_ascii=False, sort_keys=True)
        doc["pdf"] = pdf
    except (KeyError, TypeError, binascii.Error) as exc:
        return None, [Problem("bad_json", {"path": "document", "detail": str(exc)})]
    problems = []
    if doc["contract_id"] not in contract_ids:
        problems.append(Problem("unknown_contract", {"id": doc["contract_id"]}))
    if doc["form_id"] not in all_forms():
        problems.append(Problem("unknown_form", {"form": doc["form_id"]}))
    if hashlib.sha256(pdf).hexdigest() != doc["sha256"]:
        problems.append(Problem("sha_mismatch"))
    return (None if problems else doc), problems


def document_problems(vault) -> list[Problem]:
    found = []
    for d in repos.list_documents(vault.conn, with_pdf=True):
        if hashlib.sha256(d["pdf"]).hexdigest() != d["sha256"]:
            found.append(Problem("sha_mismatch", {}, f"{d['title']} v{d['version']} (id {d['id']})"))
    return found
