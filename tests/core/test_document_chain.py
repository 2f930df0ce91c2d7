"""Issued documents are chained like the ledger: an insider's edit, swap, re-date or deletion is named by `check`,
a recomputed chain by the witness, and a dump whose chain is broken is refused naming the document."""

import hashlib
import json

import pytest

from kojin_desk.areas import check, transfer
from kojin_desk.errors import ValidationError
from kojin_desk.store import document_chain, repos

PASS = "test-passphrase"


def _insider(conn, sql_list):
    """Someone with the passphrase edits with SQLCipher directly, and puts the triggers back as they were."""
    names = ("documents_immutable", "documents_kept", "document_chain_append_only", "document_chain_kept")
    triggers = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN {names}").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for sql, args in sql_list:
        conn.execute(sql, args)
    for _, sql in triggers:
        conn.execute(sql)


def _doc(vault):
    first = repos.list_documents(vault.conn)[0]
    return repos.get_document(vault.conn, first["id"])


def _found(vault):
    return [p for p in check.run(vault) if p.code.startswith(("document_", "chain_", "sha_"))]


def test_a_demo_vault_has_every_document_chained_and_witnessed(demo_vault):
    assert len(document_chain.links(demo_vault.conn)) == len(repos.list_documents(demo_vault.conn)) > 0
    assert document_chain.verify(demo_vault.conn) == []
    assert "document_chain" in demo_vault.witness.heads
    assert _found(demo_vault) == []


def test_edited_data_json_is_named(demo_vault):
    doc = _doc(demo_vault)
    data = json.loads(doc["data_json"])
    data["remarks"] = "書き換えた"
    _insider(demo_vault.conn, [("UPDATE documents SET data_json = ? WHERE id = ?", (json.dumps(data, ensure_ascii=False), doc["id"]))])
    found = _found(demo_vault)
    assert [p.code for p in found] == ["document_altered"]
    assert doc["title"][:20] in str(found[0]) and f"id {doc['id']}" in str(found[0])


def test_a_swapped_pdf_with_a_recomputed_hash_is_named(demo_vault):
    doc = _doc(demo_vault)
    pdf = b"%PDF-1.4 another paper"
    _insider(demo_vault.conn, [("UPDATE documents SET pdf = ?, sha256 = ? WHERE id = ?",
                                (pdf, hashlib.sha256(pdf).hexdigest(), doc["id"]))])
    assert [p.code for p in _found(demo_vault)] == ["document_altered"]


@pytest.mark.parametrize("column, value", [("issue_date", "2026-01-01"), ("version", 9), ("title", "別の表題")])
def test_a_changed_issue_date_version_or_title_is_named(demo_vault, column, value):
    doc = _doc(demo_vault)
    _insider(demo_vault.conn, [(f"UPDATE documents SET {column} = ? WHERE id = ?", (value, doc["id"]))])
    assert [p.code for p in _found(demo_vault)] == ["document_altered"]


def test_a_deleted_document_is_named(demo_vault):
    doc = _doc(demo_vault)
    _insider(demo_vault.conn, [("DELETE FROM documents WHERE id = ?", (doc["id"],))])
    found = _found(demo_vault)
    assert [p.code for p in found] == ["document_missing"] and f"id {doc['id']}" in str(found[0])


def test_a_deleted_document_with_its_link_and_a_recomputed_chain_is_named_by_the_witness(demo_vault):
    conn = demo_vault.conn
    doc = _doc(demo_vault)
    edits = [("DELETE FROM documents WHERE id = ?", (doc["id"],)), ("DELETE FROM document_chain", ())]
    prev, seq = document_chain.GENESIS, 0
    for d in repos.list_documents(conn):
        if d["id"] == doc["id"]:
            continue
        full = repos.get_document(conn, d["id"])
        seq += 1
        digest = document_chain.link_hash(seq, prev, full)
        edits.append(("INSERT INTO document_chain VALUES (?, ?, ?, ?)", (seq, d["id"], prev, digest)))
        prev = digest
    edits.append(("UPDATE meta SET value = ? WHERE key = 'document_chain_head'", (f"{seq}:{prev}",)))
    _insider(conn, edits)
    assert document_chain.verify(conn) == []  # the chain alone looks whole
    found = _found(demo_vault)
    assert [p.code for p in found] == ["chain_rolled_back"] and "発行済み文書" in str(found[0])


def _dump(vault):
    return json.loads(transfer.dumps(vault))


def test_dump_carries_the_chain_and_load_rebuilds_it_identically(demo_vault, tmp_path):
    doc = _dump(demo_vault)
    assert all({"seq", "prev_hash", "hash"} <= set(d) for d in doc["documents"])
    loaded = transfer.load(doc, tmp_path / "loaded", PASS)
    try:
        assert document_chain.links(loaded.conn) == document_chain.links(demo_vault.conn)
        assert document_chain.head(loaded.conn) == document_chain.head(demo_vault.conn)
    finally:
        loaded.close()


@pytest.mark.parametrize("edit", [
    lambda d: d.update(issue_date="2026-04-02" if d["issue_date"] != "2026-04-02" else "2026-04-03"),
    lambda d: d.update(title=d["title"] + "（改）"),
    lambda d: d["data"].update(remarks="ダンプで書き換えた"),
])
def test_a_dump_whose_document_chain_is_broken_is_refused_naming_the_document(demo_vault, tmp_path, edit):
    doc = _dump(demo_vault)
    target = doc["documents"][0]
    edit(target)
    with pytest.raises(ValidationError) as exc:
        transfer.load(doc, tmp_path / "loaded", PASS)
    assert [p.code for p in exc.value.problems] == ["document_altered"]
    assert f"id {target['id']}" in str(exc.value)
    assert not (tmp_path / "loaded" / "vault.db").exists()


def test_a_dump_missing_a_document_of_the_chain_is_refused(demo_vault, tmp_path):
    doc = _dump(demo_vault)
    doc["documents"].pop(0)
    with pytest.raises(ValidationError, match="document|文書"):
        transfer.load(doc, tmp_path / "loaded", PASS)
