"""Drafts, previews and issued documents: an issued form is kept for good, never overwritten."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, datetime

from kojin_desk.domain.dump_reader import is_id, known
from kojin_desk.domain.text import check_text
from kojin_desk.domain.wareki import is_iso_date
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.formkit import data as formdata
from kojin_desk.formkit.definition import all_forms, get_form
from kojin_desk.formkit.header import header_from_vault
from kojin_desk.i18n import pick
from kojin_desk.progress import Progress, reporting
from kojin_desk.store import document_chain, repos


def render_pdf(form_id: str, data: object, date_style: str = "wareki",
               progress: Progress | None = None) -> tuple[bytes, dict]:
    """Validate then render; ValidationError names each bad field. `progress` hears of each page set (and may
    raise Cancelled)."""
    from kojin_desk.pdf.render import render  # ReportLab loads only when a PDF is made

    form = get_form(form_id)
    clean, problems = formdata.validate(form, data)
    if problems:
        raise ValidationError(problems)
    if progress is None:  # a caller's own reporting, if any, still hears
        return render(form, clean, date_style), clean
    with reporting(progress):
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
    problems = draft_problems(form_id, data)
    if problems:
        raise ValidationError(problems)
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
    return repos.last_issued_data(vault.conn, contract_id, form_id)


def list_documents(vault, contract_id: int) -> list[dict]:
    return repos.list_documents(vault.conn, contract_id)


def get_document(vault, doc_id: int) -> dict:
    doc = repos.get_document(vault.conn, doc_id)
    if doc is None:
        raise KojinError("not_found", what=pick("文書", "The document"))
    return doc


DRAFT_MAX_BYTES = 1_000_000  # a form typed by hand is a few kB; a bigger draft is not one
TITLE_MAX = 200
DOC_KEYS = {"id", "contract_id", "form_id", "version", "title", "issue_date", "issued_at", "sha256", "data", "pdf_base64"}
CHAIN_KEYS = {"seq", "prev_hash", "hash"}


def draft_problems(form_id: object, data: object) -> list[Problem]:
    """What a draft must be, typed or loaded: an object for a known form, of a bounded size."""
    if not isinstance(form_id, str) or form_id not in all_forms():
        return [Problem("unknown_form", {"form": str(form_id)[:40]})]
    if not isinstance(data, dict):
        return [Problem("bad_type", {"field": "data", "expected": "object"})]
    size = len(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if size > DRAFT_MAX_BYTES:
        return [Problem("too_large", {"field": pick("下書き", "The draft"), "size": size, "max": DRAFT_MAX_BYTES})]
    return []


def dumped_draft_problems(d: object, contract_ids: set[int]) -> list[Problem]:
    if not isinstance(d, dict) or set(d) != {"contract_id", "form_id", "data", "updated_at"}:
        return [Problem("bad_json", {"path": pick("下書き", "draft"), "detail": "contract_id, form_id, data, updated_at"})]
    if not known(d["contract_id"], contract_ids):
        return [Problem("unknown_contract", {"id": str(d["contract_id"])[:20]})]
    return draft_problems(d["form_id"], d["data"]) + _timestamp(d["updated_at"], "updated_at")


def _timestamp(value: object, label: str) -> list[Problem]:
    try:
        datetime.fromisoformat(value)
        return check_text(value, label, max_len=40)
    except (TypeError, ValueError):
        return [Problem("bad_date", {"field": label, "value": str(value)[:40]})]


def parse_dumped_document(d: object, contract_ids: set[int], chained: bool = True) -> tuple[dict | None, list[Problem]]:
    """A document from a dump, back in table form, or the reasons it cannot be loaded: the same rules as when it
    was issued (its data against its form, its metadata) and its PDF against its hash. `chained`: the dump's
    format carries each document's link of the chain (seq, prev_hash, hash)."""
    keys = DOC_KEYS | (CHAIN_KEYS if chained else set())
    if not isinstance(d, dict) or set(d) != keys:
        detail = ", ".join(sorted(set(d) ^ keys))[:120] if isinstance(d, dict) else "object"
        return None, [Problem("bad_json", {"path": pick("文書", "document"), "detail": detail})]
    problems = []
    if not is_id(d["id"]):
        problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}))
    if not known(d["contract_id"], contract_ids):
        problems.append(Problem("unknown_contract", {"id": str(d["contract_id"])[:20]}))
    if not is_id(d["version"]):
        problems.append(Problem("bad_type", {"field": pick("版", "version"), "expected": "integer >= 1"}))
    problems += check_text(d["title"], pick("表題", "title"), max_len=TITLE_MAX, required=True)
    if not is_iso_date(d["issue_date"]):
        problems.append(Problem("bad_date", {"field": pick("発行日", "issue date"), "value": str(d["issue_date"])[:40]}))
    problems += _timestamp(d["issued_at"], "issued_at")
    if not isinstance(d["form_id"], str) or d["form_id"] not in all_forms():
        problems.append(Problem("unknown_form", {"form": str(d["form_id"])[:40]}))
    else:
        problems += formdata.validate(get_form(d["form_id"]), d["data"])[1]
    if chained and not (is_id(d["seq"]) and all(isinstance(d[k], str) and len(d[k]) == 64 for k in ("prev_hash", "hash"))):
        problems.append(Problem("bad_json", {"path": pick("文書", "document"), "detail": "seq, prev_hash, hash"}))
    try:
        pdf = base64.b64decode(d["pdf_base64"], validate=True)
    except (TypeError, ValueError):
        pdf = None
        problems.append(Problem("bad_json", {"path": "pdf_base64", "detail": "base64"}))
    if pdf is not None and (not isinstance(d["sha256"], str) or hashlib.sha256(pdf).hexdigest() != d["sha256"]):
        problems.append(Problem("sha_mismatch"))
    if problems:
        return None, problems
    doc = {k: d[k] for k in DOC_KEYS - {"data", "pdf_base64"} | (CHAIN_KEYS if chained else set())}
    doc["data_json"] = json.dumps(d["data"], ensure_ascii=False, sort_keys=True)
    doc["pdf"] = pdf
    return doc, []


def document_problems(vault) -> list[Problem]:
    """Each document still as issued: its chain link (data, metadata, PDF hash), then the PDF against its hash."""
    found = document_chain.verify(vault.conn)
    for d in repos.list_documents(vault.conn, with_pdf=True):
        if hashlib.sha256(d["pdf"]).hexdigest() != d["sha256"]:
            found.append(Problem("sha_mismatch", {}, f"{d['title']} v{d['version']} (id {d['id']})"))
    return found
