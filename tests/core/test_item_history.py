"""Items keep their history (Art. 3(2)): 目録A/C change only by Tokyo's revised notice, 目録B with its reason and
reported to Tokyo; a renamed item keeps its old name on past entries; dump → edit → load refuses a broken history."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kojin_desk.areas import issuing, transfer
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.errors import ValidationError
from kojin_desk.services import documents

NOTICE = "8主課指第600号"


def _item(vault, catalog):
    return next(i for i in ledger.list_items(vault, 1) if i.catalog == catalog)


@pytest.mark.parametrize("change", [{"count": "50000"}, {"name": "給与支払報告書（改）"}, {"catalog": "B"}])
def test_lists_a_and_c_change_only_by_tokyos_notice(demo_vault, change):
    a = _item(demo_vault, "A")
    with pytest.raises(ValidationError, match="東京都の修正通知") as err:
        ledger.save_item(demo_vault, replace(a, **change), "受託者の判断で修正")
    assert "第3条第2項" in str(err.value)
    assert _item(demo_vault, "A") == a and ledger.revisions(demo_vault, a.id) == []
    ledger.save_item(demo_vault, replace(a, **change), effective_on="2026-05-01", notice_ref=NOTICE)
    [r] = ledger.revisions(demo_vault, a.id)
    assert (r["source"], r["notice_ref"], r["effective_on"], r["old_name"]) == ("tokyo", NOTICE, "2026-05-01", a.name)


def test_media_and_notes_are_not_revisions(demo_vault):
    c = _item(demo_vault, "C")
    ledger.save_item(demo_vault, replace(c, media="紙（金庫保管）", notes="施錠保管"))
    assert ledger.revisions(demo_vault, c.id) == []


def test_list_b_needs_a_reason_and_goes_forward_in_time(demo_vault):
    b = _item(demo_vault, "B")
    with pytest.raises(ValidationError, match="理由を入力"):
        ledger.save_item(demo_vault, replace(b, count="180000"))
    ledger.save_item(demo_vault, replace(b, count="180000"), "6月受付分の追加", effective_on="2026-06-30")
    with pytest.raises(ValidationError, match="前回の修正"):
        ledger.save_item(demo_vault, replace(b, count="190000"), "追加", effective_on="2026-06-01")
    with pytest.raises(ValidationError, match="記録日より後"):
        ledger.save_item(demo_vault, replace(b, count="190000"), "追加", effective_on="2099-01-01")


def test_a_renamed_item_keeps_its_old_name_on_past_entries(demo_vault):
    from pdfcheck import all_text

    a = _item(demo_vault, "A")
    new_name = "給与支払報告書（個人別明細書・令和8年度分）"
    f = ledger.LedgerFilter(contract_id=1, item_id=a.id)
    day = ledger.window(demo_vault, f, "seq", False, None, 100000)[-1][1][:10]  # the day of its last entry
    ledger.save_item(demo_vault, replace(a, name=new_name), effective_on=day, notice_ref=NOTICE)
    rows = ledger.window(demo_vault, f, "seq", False, None, 100000)
    before = [r for r in rows if r[1][:10] < day]
    after = [r for r in rows if r[1][:10] >= day]
    assert before and after
    assert {r[3] for r in before} == {a.name} and {r[3] for r in after} == {new_name}
    printed = ledger.print_data(demo_vault, f)["entries"]
    assert printed[0]["item"] == a.name and printed[-1]["item"] == new_name
    pdf, _ = documents.render_pdf("handling_ledger", ledger.print_data(demo_vault, f))
    text = all_text(pdf).replace("\n", "")
    assert a.name in text and new_name in text
    # an exported ledger (old names on old rows) still imports
    entries, errors = ledger.parse_csv(demo_vault, 1, ledger.export_csv(demo_vault, f))
    assert errors == [] and {e.item_id for e in entries} == {a.id}


def test_list_b_revisions_print_as_the_report_to_tokyo(demo_vault):
    from pdfcheck import all_text

    b = _item(demo_vault, "B")
    ledger.save_item(demo_vault, replace(b, count="180000"), "6月受付分の追加", effective_on="2026-06-30")
    data = issuing.start_data(demo_vault, 1, "inventory_b_report")
    assert [r["count"] for r in data["revisions"]] == ["174,000件 → 180,000件"]
    doc = issuing.issue(demo_vault, 1, "inventory_b_report", data)
    text = all_text(doc["pdf"])
    for words in ("東京都知事", "目録B", "第3条第2項", "記", "6月受付分の追加", "以上"):
        assert words in text, words
    # the next report lists only what was revised after this one
    assert issuing.start_data(demo_vault, 1, "inventory_b_report")["revisions"] == []


def _dump(vault):
    return json.loads(transfer.dumps(vault))


def test_dump_carries_the_history_and_load_refuses_a_broken_one(demo_vault, tmp_path, kdf):
    a, b = _item(demo_vault, "A"), _item(demo_vault, "B")
    ledger.save_item(demo_vault, replace(a, name="給与支払報告書（改）"), effective_on="2026-04-20", notice_ref=NOTICE)
    ledger.save_item(demo_vault, replace(b, count="180000"), "6月受付分の追加", effective_on="2026-06-30")
    doc = _dump(demo_vault)
    loaded = transfer.load(doc, tmp_path / "ok", "load-pass", kdf)
    try:
        assert ledger_repo.revisions(loaded.conn) == ledger_repo.revisions(demo_vault.conn)
    finally:
        loaded.close()

    cases = {
        "no notice": lambda d: d["inventory_revisions"][0].update(notice_ref=""),
        "contractor on A": lambda d: d["inventory_revisions"][0].update(source="contractor", reason="受託者判断"),
        "no reason on B": lambda d: d["inventory_revisions"][1].update(reason=""),
        "overwritten": lambda d: next(i for i in d["inventory_items"] if i["id"] == b.id).update(count=999),
        "silent A edit": lambda d: next(i for i in d["inventory_items"] if i["id"] == a.id).update(name="別の名前"),
    }
    for label, edit in cases.items():
        bad = json.loads(json.dumps(doc))
        edit(bad)
        with pytest.raises(ValidationError) as err:
            transfer.load(bad, tmp_path / label.replace(" ", "_"), "load-pass", kdf)
        assert "修正履歴" in str(err.value) and "目録「" in str(err.value), label
        assert not (tmp_path / label.replace(" ", "_") / "vault.db").exists()
