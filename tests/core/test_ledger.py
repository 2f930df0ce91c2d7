"""The handling ledger: append-only, hash-chained, reconciled, CSV round-trip, inspections."""

import json
from datetime import date, timedelta

import pytest
from hostile import hostile_strings

from kojin_desk import cli
from kojin_desk.areas import check
from kojin_desk.areas.ledger import inspections
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry, InventoryItem, csv_in, csv_out_sql
from kojin_desk.domain.text import check_text
from kojin_desk.errors import ValidationError
from kojin_desk.services import office_contracts
from kojin_desk.store.vault import Vault


def _entry(vault, **kw):
    items = ledger.list_items(vault, 1)
    base = dict(at="2026-05-01T10:00", kind="利用", quantity="3", person="山﨑 花子", place="本社4階 作業室A",
                item_id=items[0].id, contract_id=1)
    return Entry(**{**base, **kw})


def test_append_chains_and_check_is_clean(demo_vault):
    before = ledger_repo.head(demo_vault.conn)
    e = ledger.append(demo_vault, _entry(demo_vault, quantity="０３"))
    assert e.seq == before[0] + 1 and e.prev_hash == before[1] and e.quantity == "3"
    assert ledger_repo.verify_chain(demo_vault.conn) == (None, "")
    assert check.run(demo_vault) == []


def test_update_and_delete_are_refused_by_the_vault(demo_vault):
    for sql in ("UPDATE ledger SET note = 'x' WHERE seq = 5", "DELETE FROM ledger WHERE seq = 5"):
        with pytest.raises(Exception, match="append-only"):
            demo_vault.conn.execute(sql)


def _tamper(vault, sql):
    vault.conn.execute("DROP TRIGGER ledger_append_only")
    vault.conn.execute("DROP TRIGGER ledger_kept")
    vault.conn.execute(sql)


@pytest.mark.parametrize("sql, seq, word", [
    ("UPDATE ledger SET note = note || 'x' WHERE seq = 40", 40, "書き換え"),
    ("UPDATE ledger SET quantity = quantity + 1 WHERE seq = 7", 7, "書き換え"),
    ("DELETE FROM ledger WHERE seq = 35", 35, "削除"),  # a 利用 entry (a send has its movement pointing at it)
    ("DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)", "last", "削除"),
    ("UPDATE ledger SET equipment = 'PC-09' WHERE seq = (SELECT min(seq) FROM ledger WHERE equipment != '')", "first-pc", "書き換え"),
    ("UPDATE ledger SET equipment = 'PC-01' WHERE seq = 3", 3, "書き換え"),  # made without equipment: still covered
])
def test_silent_edit_or_deletion_is_named_by_check(demo_vault, sql, seq, word):
    conn = demo_vault.conn
    seq = {"last": conn.execute("SELECT max(seq) FROM ledger").fetchone()[0],
           "first-pc": conn.execute("SELECT min(seq) FROM ledger WHERE equipment != ''").fetchone()[0]}.get(seq, seq)
    _tamper(demo_vault, sql)
    found = [str(p) for p in check.run(demo_vault)]
    assert any(f"第{seq}号" in p and word in p for p in found), found


def test_edited_dump_ledger_is_refused_naming_the_entry(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", "ledger-dump-pass")
    assert cli.main(["demo", "--data-dir", str(tmp_path / "a"), "--ledger-entries", "50"]) == 0
    assert cli.main(["dump", "--data-dir", str(tmp_path / "a")]) == 0
    doc = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    doc["ledger"][20]["person"] = "別人"
    (tmp_path / "d.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["load", str(tmp_path / "d.json"), "--data-dir", str(tmp_path / "b")]) == 2
    assert "台帳の第21号の記録が書き換えられています" in capsys.readouterr().err
    assert not (tmp_path / "b" / "vault.db").exists()


def test_reconciliation_and_corrections(demo_vault):
    item = ledger.list_items(demo_vault, 1)[0]
    start = next(r for r in ledger.reconciliation(demo_vault, 1) if r["item"].id == item.id)
    wrong = ledger.append(demo_vault, _entry(demo_vault, kind="廃棄", quantity="99999", item_id=item.id))
    found = [str(p) for p in check.run(demo_vault)]
    assert any("受領48000" in p and "マイナス" in p for p in found)
    ledger.append(demo_vault, _entry(demo_vault, kind="廃棄", quantity="999", item_id=item.id, corrects=wrong.seq,
                                     note="数量の誤記を訂正"))
    assert check.run(demo_vault) == []
    row = next(r for r in ledger.reconciliation(demo_vault, 1) if r["item"].id == item.id)
    assert (row["received"], row["destroyed"], row["held"]) == (48000, start["destroyed"] + 999, start["held"] - 999)
    with pytest.raises(ValidationError, match="既に訂正"):
        ledger.append(demo_vault, _entry(demo_vault, corrects=wrong.seq))


@pytest.mark.parametrize("change, expected", [
    ({"at": "2026-02-30T10:00"}, "日付"), ({"kind": "紛失"}, "区分"), ({"person": ""}, "担当者を入力"),
    ({"person": "絵文字\U0001f642"}, "U+1F642"), ({"item_id": 999}, "目録の件名"), ({"quantity": "-1"}, "数量"),
])
def test_bad_entries_are_refused_clearly(demo_vault, change, expected):
    with pytest.raises(ValidationError) as err:
        ledger.append(demo_vault, _entry(demo_vault, **change))
    assert expected in str(err.value)


def test_csv_formula_neutralising_is_exactly_undone(demo_vault):
    for value in ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "'quoted", "''", "plain", "", "\t=x", "\r=x", "𠮷=1"]:
        out = demo_vault.conn.execute(f"SELECT {csv_out_sql('v')} FROM (SELECT ? AS v)", (value,)).fetchone()[0]
        assert csv_in(out) == value
        assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_hostile_strings_survive_entry_reopen_csv_and_back(demo_vault, tmp_path):
    accepted = [s for s in hostile_strings() if not check_text(s, "x", max_len=1000)]
    assert len(accepted) > 20
    for s in accepted:
        ledger.append(demo_vault, _entry(demo_vault, note=s, counterpart=s[:100], medium=s[:100]))
    data_dir = demo_vault.data_dir
    demo_vault.close()
    vault = Vault.unlock(data_dir, "test-passphrase")
    f = ledger_repo.LedgerFilter(contract_id=1, date_from="2026-05-01", date_to="2026-05-01")
    csv_bytes = ledger.export_csv(vault, f)
    entries, errors = ledger.parse_csv(vault, 1, csv_bytes)
    assert errors == []
    assert [e.note for e in entries] == accepted
    assert [e.counterpart for e in entries] == [s[:100] for s in accepted]
    ledger.import_entries(vault, entries)  # CSV import → the vault → the printed ledger
    from pdfcheck import all_text, squeeze

    from kojin_desk.pdf.fonts import drawable
    from kojin_desk.services import documents

    pdf, _ = documents.render_pdf("handling_ledger", ledger.print_data(vault, f))
    text = all_text(pdf)
    from kojin_desk.pdf.text import full_width_kana  # printed papers use full-width katakana (ｶﾞｰﾄﾞ → ガード)

    assert all(squeeze(drawable(full_width_kana(s))) in text for s in accepted if squeeze(drawable(s)))
    vault.close()


def test_csv_import_preview_names_bad_rows_and_imports_all_or_nothing(demo_vault):
    good = ledger.export_csv(demo_vault, ledger_repo.LedgerFilter(contract_id=1, kind="受領"))
    text = good.decode("utf-8-sig").splitlines()
    bad = "\r\n".join(text + ['999,2026-13-01T10:00,利用,存在しない件名,1,,,,,,',
                              text[1].replace("受領", "紛失")]).encode("utf-8")
    entries, errors = ledger.parse_csv(demo_vault, 1, bad)
    n = len(text)  # the header and the demo's receipts (list B is 作成, not received)
    assert any(e.startswith(f"{n + 1}行目") and "存在しない件名" in e for e in errors)
    assert any(e.startswith(f"{n + 2}行目") and "区分" in e for e in errors)
    before = ledger_repo.head(demo_vault.conn)[0]
    assert ledger.import_entries(demo_vault, ledger.parse_csv(demo_vault, 1, good)[0]) == n - 1
    assert ledger_repo.head(demo_vault.conn)[0] == before + n - 1


def test_overdue_inspection_is_reported(demo_vault):
    from kojin_desk.areas import check

    yesterday = (date.today() - timedelta(days=1)).isoformat()
    inspections.set_inspection_plan(demo_vault, 2, 3, yesterday)
    found = [str(p) for p in check.problems(demo_vault)]
    assert any(f"{yesterday} を過ぎています" in p and "第11条第10項第3号" in p for p in found)
    inspections.record_inspection(demo_vault, 2, "2026-01-20", "髙橋 一郎", True, True, False, "保管庫の施錠忘れ", "施錠手順を掲示")
    assert inspections.next_inspection_due(demo_vault, 2) == "2026-04-20"


def test_items_belong_to_contract_and_follow_rules(demo_vault):
    with pytest.raises(ValidationError, match="件名を入力"):
        ledger.save_item(demo_vault, InventoryItem(catalog="A", name="", contract_id=1))
    with pytest.raises(ValidationError, match="A、B、C"):
        ledger.save_item(demo_vault, InventoryItem(catalog="D", name="x", contract_id=1))
    assert office_contracts.get_contract(demo_vault, 1).specific


def test_receipt_from_a_receipt_entry_and_printed_ledger(demo_vault):
    from pdfcheck import all_text, reader

    from kojin_desk.areas import issuing
    from kojin_desk.services import documents

    first_receipt = next(s for s, *_rest in ledger_repo.window(demo_vault.conn, ledger_repo.LedgerFilter(contract_id=1, kind="受領")))
    doc = issuing.issue(demo_vault, 1, "receipt", ledger.receipt_data(demo_vault, first_receipt))
    text = all_text(doc["pdf"])
    assert "受領書" in text and "第11条第2項" in text and "東京都主税局課税部課税指導課" in text and "48,000件" in text
    with pytest.raises(Exception, match="受領の記録"):
        ledger.receipt_data(demo_vault, first_receipt + 10)

    pdf, _ = documents.render_pdf("handling_ledger", ledger.print_data(demo_vault, ledger_repo.LedgerFilter(contract_id=1)))
    text = all_text(pdf)
    assert len(reader(pdf).pages) >= 3 and "個人情報等管理台帳" in text
    assert ledger_repo.head(demo_vault.conn)[1] in text
    assert reader(pdf).pages[0].mediabox.width > reader(pdf).pages[0].mediabox.height  # landscape


def test_inventory_list_prints(demo_vault):
    from pdfcheck import all_text

    from kojin_desk.services import documents

    pdf, _ = documents.render_pdf("inventory_list", ledger.inventory_print_data(demo_vault, 1))
    text = all_text(pdf)
    assert "個人番号記載の給与支払報告書" in text and "174,000" in text


def test_revised_count_is_logged_and_dumped(demo_vault):
    from dataclasses import replace

    from kojin_desk.areas import transfer

    item = next(i for i in ledger.list_items(demo_vault, 1) if i.catalog == "B")
    ledger.save_item(demo_vault, replace(item, count="180000"), "入力対象の追加（6月分）")
    ledger.save_item(demo_vault, replace(item, count="180000", media="業務用PC（PC-02）"))  # count unchanged: no revision
    revs = ledger_repo.revisions(demo_vault.conn, item.id)
    assert [(r["old_count"], r["new_count"], r["reason"]) for r in revs] == [(174000, 180000, "入力対象の追加（6月分）")]
    assert json.loads(transfer.dumps(demo_vault))["inventory_revisions"][0]["reason"] == "入力対象の追加（6月分）"


def test_receipt_starts_fresh_not_from_an_unrelated_draft(demo_vault):
    from kojin_desk.areas import issuing
    from kojin_desk.services import documents

    seq = next(s for s, *_rest in ledger_repo.window(demo_vault.conn, ledger_repo.LedgerFilter(contract_id=1, kind="受領")))
    stale = issuing.start_data(demo_vault, 1, "receipt") | {"document_number": "古い下書き", "handed_over_by": "別の人"}
    documents.save_draft(demo_vault, 1, "receipt", stale)
    data = ledger.receipt_data(demo_vault, seq)
    assert data["document_number"] == "" and data["handed_over_by"] == "東京都主税局課税部課税指導課"
