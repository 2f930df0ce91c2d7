"""Issued documents are kept whole: versions, SHA-256, no update, no delete; drafts resume."""

import hashlib
import json

import pytest
from pdfcheck import all_text

from kojin_desk.areas import issuing
from kojin_desk.areas.demo import certificate_data
from kojin_desk.errors import ValidationError
from kojin_desk.services import documents, office_contracts
from kojin_desk.store.vault import Vault

FORM = "destruction_certificate"


def test_issue_keeps_pdf_with_hash_and_versions(demo_vault):
    office = office_contracts.get_office(demo_vault)
    contract = office_contracts.list_contracts(demo_vault)[0]
    data = certificate_data(office, contract)
    first = issuing.issue(demo_vault, contract.id, FORM, data)
    second = issuing.issue(demo_vault, contract.id, FORM, data)
    assert (first["version"], second["version"]) == (1, 2)
    stored = documents.get_document(demo_vault, first["id"])
    assert hashlib.sha256(stored["pdf"]).hexdigest() == stored["sha256"] == first["sha256"]
    text = all_text(stored["pdf"])
    assert contract.title.replace(" ", "") in text and "𠮷田太郎" in text
    assert json.loads(stored["data_json"])["destroyed"][0]["quantity"] == "12480枚"


def test_issued_document_cannot_be_changed_or_deleted(demo_vault):
    doc_id = documents.list_documents(demo_vault, 2)[0]["id"]
    for sql in ("UPDATE documents SET title = 'x' WHERE id = ?", "DELETE FROM documents WHERE id = ?"):
        with pytest.raises(Exception, match="immutable|kept"):
            demo_vault.conn.execute(sql, (doc_id,))


def test_invalid_data_is_not_issued(demo_vault):
    contract = office_contracts.list_contracts(demo_vault)[0]
    data = issuing.start_data(demo_vault, contract.id, FORM)
    before = documents.list_documents(demo_vault, contract.id)
    with pytest.raises(ValidationError) as err:
        issuing.issue(demo_vault, contract.id, FORM, data)  # the demo draft has no rows yet
    assert "廃棄又は消去したものは1行以上必要です" in str(err.value)
    assert documents.list_documents(demo_vault, contract.id) == before


def test_draft_survives_restart_and_is_cleared_on_issue(demo_vault):
    contract = office_contracts.list_contracts(demo_vault)[0]
    data = issuing.start_data(demo_vault, contract.id, FORM)
    data["witness"] = "下書きの立会者"
    documents.save_draft(demo_vault, contract.id, FORM, data)
    data_dir = demo_vault.data_dir
    demo_vault.close()
    vault = Vault.unlock(data_dir, "test-passphrase")
    resumed = issuing.start_data(vault, contract.id, FORM)
    assert resumed["witness"] == "下書きの立会者"
    full = certificate_data(office_contracts.get_office(vault), contract)
    issuing.issue(vault, contract.id, FORM, full)
    assert issuing.start_data(vault, contract.id, FORM)["witness"] == ""
    vault.close()


def test_new_form_is_prefilled_from_office_and_contract(vault):
    from kojin_desk.domain.records import Contract, Office

    office_contracts.save_office(vault, Office(name="株式会社テスト", address="東京都新宿区西新宿二丁目8番1号",
                                               representative_title="代表取締役", representative_name="髙橋 一郎"))
    c = office_contracts.save_contract(vault, Contract(title="契約A", start_on="2026-04-01", end_on="2027-03-31",
                                                       signed_on="R8.4.1", bureau="総務局", section="総務課"))
    data = issuing.start_data(vault, c.id, FORM)
    assert data["issuer"]["name"] == "株式会社テスト"
    assert data["contract"]["signed_on"] == "2026-04-01"
    assert data["addressee"] == "東京都知事" and data["addressee_section"] == "東京都総務局総務課"
