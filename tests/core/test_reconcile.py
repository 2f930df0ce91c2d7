"""Reconciliation per item (Art. 11(10)(4)): every kind counts, the 目録 count is a ceiling, and after the
contract's end nothing is held but what the certificate keeps under another law (Art. 12(5) ただし書)."""

from __future__ import annotations

from kojin_desk.areas import check, demo, issuing
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry, InventoryItem
from kojin_desk.areas.registry import area
from kojin_desk.services import office_contracts


def _item(vault, contract_id=1, catalog="A", count="100"):
    return ledger.save_item(vault, InventoryItem(catalog=catalog, name=f"照合テスト{catalog}", count=count, media="紙",
                                                 contract_id=contract_id))


def _raw(vault, item, kind, qty, contract_id=1, at="2026-05-01T10:00"):
    """Entries chained directly (the terms are what is tested here, not the entry rules)."""
    seq, prev = ledger_repo.head(vault.conn)
    e = Entry(at=at, kind=kind, quantity=str(qty), medium="紙", place="本社4階 作業室A", person="山﨑 花子",
              item_id=item.id, contract_id=contract_id, recorded_at="2026-05-01T10:00:00+09:00", seq=seq + 1, prev_hash=prev)
    ledger_repo.seal(e, vault.conn)
    with vault.transaction() as conn:
        ledger_repo.insert_chained(conn, [e])


def _row(vault, item, contract_id=1):
    return next(r for r in ledger.reconciliation(vault, contract_id) if r["item"].id == item.id)


def _findings(vault, contract_id=1):
    contract = office_contracts.get_contract(vault, contract_id)
    return area("ledger").findings(vault.conn, contract)


def test_every_kind_counts(demo_vault):
    item = _item(demo_vault, catalog="B", count="100")
    for kind, qty in (("受領", 40), ("取得", 30), ("作成", 20), ("複写・複製", 10), ("返還", 5), ("廃棄", 4), ("消去", 3),
                      ("利用", 999), ("保管", 999), ("送付", 999)):
        _raw(demo_vault, item, kind, qty)
    row = _row(demo_vault, item)
    assert (row["received"], row["acquired"], row["created"], row["copied"]) == (40, 30, 20, 10)
    assert (row["returned"], row["destroyed"], row["erased"], row["held"]) == (5, 4, 3, 88)
    assert row["ok"] and not [f for f in _findings(demo_vault) if "照合テスト" in str(f)]


def test_a_holding_above_the_list_is_reported_with_the_arithmetic(demo_vault):
    item = _item(demo_vault, count="100")
    _raw(demo_vault, item, "受領", 100)
    _raw(demo_vault, item, "複写・複製", 20)
    found = [f for f in _findings(demo_vault) if "照合テスト" in str(f)]
    assert len(found) == 1 and found[0].article == "第3条第2項" and found[0].action == "ledger/inventory"
    assert "受領100 + 複写・複製20 = 120" in str(found[0]) and "目録の件数 100 を超えて" in str(found[0])
    assert any("照合テスト" in str(p) for p in check.run(demo_vault))
    _raw(demo_vault, item, "廃棄", 20)  # the working copy destroyed: within the list again
    assert _row(demo_vault, item)["ok"] and check.run(demo_vault) == []


def test_a_negative_holding_is_reported(demo_vault):
    item = _item(demo_vault)
    _raw(demo_vault, item, "受領", 10)
    _raw(demo_vault, item, "消去", 11)
    found = [f for f in _findings(demo_vault) if "照合テスト" in str(f)]
    assert [f.article for f in found] == ["第11条第10項第4号"]
    assert "受領10 − 消去11 = -1" in str(found[0]) and "マイナス" in str(found[0])


def test_after_the_end_only_what_another_law_keeps_may_be_held(demo_vault):
    previous = 2  # the demo's previous contract ended on 2026-03-31 and its certificate is issued
    item = _item(demo_vault, contract_id=previous, count="60")
    _raw(demo_vault, item, "受領", 50, contract_id=previous, at="2025-07-01T10:00")
    found = [f for f in _findings(demo_vault, previous) if "照合テスト" in str(f)]
    assert len(found) == 1 and found[0].article == "第12条第2項" and found[0].due == "2026-03-31"
    assert found[0].action == "documents/new:destruction_certificate" and "まだ保有しています" in str(found[0])
    # A new certificate keeps it under another law (Art. 12(5) ただし書): no longer a breach.
    data = demo.certificate_data(office_contracts.get_office(demo_vault), office_contracts.get_contract(demo_vault, previous))
    data["retained"].append({"item": "照合テストA", "medium": "紙", "quantity": "50枚", "legal_basis": "法人税法施行規則第59条",
                             "responsible": "山﨑 花子", "planned_on": "2033-03-31"})
    issuing.issue(demo_vault, previous, "destruction_certificate", data)
    assert not [f for f in _findings(demo_vault, previous) if "照合テスト" in str(f)]
    _raw(demo_vault, item, "受領", 1, contract_id=previous, at="2025-07-01T11:00")  # more than the certificate keeps
    assert [f.article for f in _findings(demo_vault, previous) if "照合テスト" in str(f)] == ["第12条第2項"]


def test_a_running_contract_may_hold_what_it_lists(demo_vault):
    item = _item(demo_vault, count="100")
    _raw(demo_vault, item, "受領", 100)
    assert _row(demo_vault, item)["ok"] and _row(demo_vault, item)["listed"] == 100
