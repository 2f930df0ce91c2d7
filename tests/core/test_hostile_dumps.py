"""`load` checks a hand-edited dump strictly before anything is written, naming every record it refuses;
files no JSON reader can take whole (deep nesting, lone surrogates, endless digits) are one clear error."""

import copy
import json

import pytest

from kojin_desk import cli
from kojin_desk.areas import check, transfer
from kojin_desk.errors import KojinError, ValidationError
from kojin_desk.store.schema import LATEST, first_step

PASS = "test-passphrase"


@pytest.fixture(scope="module")
def dump_doc(tmp_path_factory):
    from tests.conftest import FAST_KDF_FOR_TESTS

    from kojin_desk.areas import demo

    vault = demo.build(tmp_path_factory.mktemp("d") / "demo", PASS, FAST_KDF_FOR_TESTS)
    doc = json.loads(transfer.dumps(vault))
    vault.close()
    return doc


def _with_revision(d):
    d["inventory_revisions"].append({"id": 1, "item_id": d["inventory_items"][0]["id"], "revised_at": "2026-05-01T10:00:00+09:00",
                                     "old_count": 10, "new_count": 12, "reason": "追加"})
    return d["inventory_revisions"][0]


def _dup(key, index=0, **change):
    def edit(d):
        d[key].append({**copy.deepcopy(d[key][index]), **change})
    return edit


# (edit of a demo dump, what the refusal must say: every text in the tuple)
BAD = {
    "missing_key": (lambda d: d.pop("instructions"), ("instructions", "ありません")),
    "schema_too_new": (lambda d: d.update(schema_version=999), ("形式 999", f"形式 {LATEST}")),
    "schema_not_a_number": (lambda d: d.update(schema_version="8"), ("schema_version",)),
    "duplicate_inventory_id": (_dup("inventory_items", name="別の目録"), ("目録[0]", "目録[5]", "id（")),
    "duplicate_draft": (_dup("drafts"), ("drafts[0]", "drafts[1]")),
    "duplicate_contact_position": (_dup("contact_chains", who="別の人"), ("contact_chains[0]", "contact_chains[", "順番")),
    "duplicate_document_id": (_dup("documents", version=99), ("documents[0]", "id（")),
    "duplicate_inspection_plan": (_dup("inspection_plans"), ("inspection_plans[0]", "inspection_plans[1]")),
    "duplicate_send_record": (lambda d: d["movements"][1].update(ledger_seq=d["movements"][0]["ledger_seq"]),
                              ("movements[0]", "movements[1]")),
    "contracts_not_a_list": (lambda d: d.update(contracts={"id": 1}), ("contracts", "list")),
    "contracts_a_number": (lambda d: d.update(contracts=7), ("contracts", "list")),
    "ledger_a_string": (lambda d: d.update(ledger="台帳"), ("ledger", "list")),
    "document_version_text": (lambda d: d["documents"][0].update(version="abc"), ("documents[0]", "版")),
    "document_version_negative": (lambda d: d["documents"][0].update(version=-1), ("documents[0]", "版")),
    "document_impossible_date": (lambda d: d["documents"][0].update(issue_date="2026-02-30"), ("documents[0]", "2026-02-30")),
    "document_huge_title": (lambda d: d["documents"][0].update(title="表" * 10_000_000), ("documents[0]", "200文字以内")),
    "document_data_not_its_form": (lambda d: d["documents"][0]["data"].update(unknown_field=1), ("documents[0]", "unknown_field")),
    "document_data_bad_value": (lambda d: d["documents"][0]["data"].update(issue_date="2026-13-01"), ("documents[0]", "2026-13-01")),
    "document_unknown_form": (lambda d: d["documents"][0].update(form_id="nope"), ("documents[0]", "nope")),
    "document_id_past_sqlite": (lambda d: d["documents"][0].update(id=2**70), ("documents[0]", "id")),
    "draft_too_large": (lambda d: d["drafts"][0]["data"].update(remarks="x" * 2_000_000), ("drafts[0]", "大きすぎ")),
    "draft_unknown_form": (lambda d: d["drafts"][0].update(form_id="nope"), ("drafts[0]", "nope")),
    "draft_data_not_an_object": (lambda d: d["drafts"][0].update(data=[1, 2]), ("drafts[0]", "object")),
    "draft_contract_a_list": (lambda d: d["drafts"][0].update(contract_id=[1]), ("drafts[0]",)),
    "inspection_impossible_date": (lambda d: d["inspections"][0].update(done_on="2026-99-99"), ("inspections[0]", "2026-99-99")),
    "inspection_nul_in_findings": (lambda d: d["inspections"][0].update(findings="所見\x00"), ("inspections[0]", "U+0000")),
    "inspection_duplicate_id": (_dup("inspections"), ("inspections[0]", "inspections[2]")),
    "plan_interval_zero": (lambda d: d["inspection_plans"][0].update(interval_months=0), ("inspection_plans[0]", "1から24")),
    "plan_interval_negative": (lambda d: d["inspection_plans"][0].update(interval_months=-1), ("inspection_plans[0]", "1から24")),
    "plan_bad_first_due": (lambda d: d["inspection_plans"][0].update(first_due="2026-02-30"), ("inspection_plans[0]", "2026-02-30")),
    "revision_negative_count": (lambda d: _with_revision(d).update(new_count=-5), ("inventory_revisions[0]", "0から")),
    "revision_duplicate_id": (lambda d: d["inventory_revisions"].extend([dict(_with_revision(d))]),
                              ("inventory_revisions[0]", "inventory_revisions[1]")),
    "revision_nul_in_reason": (lambda d: _with_revision(d).update(reason="理由\x00"), ("修正履歴[0]", "U+0000")),
    "revision_unknown_item": (lambda d: _with_revision(d).update(item_id=999), ("inventory_revisions[0]", "999")),
    "person_id_a_list": (lambda d: d["pledges"][0].update(person_id=[1]), ("pledges[0]",)),
    "item_contract_a_list": (lambda d: d["inventory_items"][0].update(contract_id=[1]), ("目録[0]",)),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_hostile_dump_is_refused_before_anything_is_written_naming_the_record(dump_doc, tmp_path, case):
    edit, expected = BAD[case]
    doc = copy.deepcopy(dump_doc)
    edit(doc)
    with pytest.raises(ValidationError) as exc:
        transfer.load(doc, tmp_path / "loaded", PASS)
    text = str(exc.value)
    assert all(e in text for e in expected), text[:2000]
    assert len(text) < 20_000  # a 10 MB title is named, not echoed
    assert not (tmp_path / "loaded").exists() or not any((tmp_path / "loaded").iterdir())


def test_a_dump_from_an_older_app_without_the_newer_keys_still_loads(dump_doc, tmp_path):
    doc = copy.deepcopy(dump_doc)
    doc["schema_version"] = first_step(("document_chain",)) - 1  # before the chain: its documents carry no links
    for d in doc["documents"]:
        for key in ("seq", "prev_hash", "hash"):
            d.pop(key)
    loaded = transfer.load(doc, tmp_path / "loaded", PASS)
    try:
        assert [p for p in check.run(loaded) if p.code.startswith("document_")] == []
    finally:
        loaded.close()
    doc["documents"][0]["seq"] = 1  # but a key that format never had is refused
    with pytest.raises(ValidationError, match="seq"):
        transfer.load(doc, tmp_path / "again", PASS)


def test_a_current_dump_without_its_document_links_is_refused(dump_doc, tmp_path):
    doc = copy.deepcopy(dump_doc)
    doc["documents"][0].pop("hash")
    with pytest.raises(ValidationError, match=r"documents\[0\]"):
        transfer.load(doc, tmp_path / "loaded", PASS)


HOSTILE_FILES = {
    "deep_nesting": "[" * 100_000 + "]" * 100_000,
    "deep_objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "lone_surrogate": '{"format": "kojin-desk-dump", "office": {"name": "\\ud800"}}',
    "lone_low_surrogate_in_key": '{"\\udc00": 1}',
    "endless_digits": "1" * 10_000,
    "not_utf8": b"\xff\xfe{}",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_file_no_reader_can_take_is_one_clear_error_naming_it(tmp_path, case):
    content = HOSTILE_FILES[case]
    path = tmp_path / "hostile.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(KojinError) as exc:
        transfer.read_dump_file(path)
    assert exc.value.exit_code == 2 and "hostile.json" in str(exc.value)


def test_a_surrogate_pair_written_as_escapes_is_a_character_not_an_error(tmp_path):
    path = tmp_path / "pair.json"
    path.write_text('{"name": "\\ud842\\udfb7田"}', encoding="utf-8")
    assert transfer.read_dump_file(path) == {"name": "𠮷田"}


@pytest.mark.parametrize("case", ["deep_nesting", "lone_surrogate"])
def test_forms_render_names_the_file_too(tmp_path, capsys, case):
    path = tmp_path / "data.json"
    path.write_text(HOSTILE_FILES[case], encoding="utf-8")
    assert cli.main(["forms", "render", "receipt", "--data", str(path), "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "data.json" in err and "予期しない" not in err


def test_check_names_an_impossible_inspection_date_instead_of_crashing(demo_vault):
    demo_vault.conn.execute("UPDATE inspections SET done_on = '2026-99-99' WHERE id = 1")
    found = [p.code for p in check.run(demo_vault)]
    assert "inspection_unreadable" in found
    demo_vault.conn.execute("UPDATE inspections SET done_on = '2026-07-01' WHERE id = 1")
    demo_vault.conn.execute("UPDATE inspection_plans SET interval_months = 0")
    assert "inspection_unreadable" in [p.code for p in check.run(demo_vault)]
