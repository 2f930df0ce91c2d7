"""One contract, one truth: the ledger names registered people, declared places and Tokyo's approvals;
a send is one record; the rules hold in the service, in `load` and in `check`."""

from __future__ import annotations

import json

import pytest

from kojin_desk.areas import check, transfer
from kojin_desk.areas.instructions import service as instructions
from kojin_desk.areas.instructions.model import COPY, TAKEOUT, Instruction
from kojin_desk.areas.ledger import sends
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry, InventoryItem
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import service as places
from kojin_desk.errors import ValidationError

DAY = "2026-11-20"
TOKYO = "東京都主税局課税部課税指導課"


def _entry(**kw) -> Entry:
    values = dict(at=f"{DAY}T10:00", kind="利用", quantity="5", medium="紙", place="本社4階 作業室A", person="齋藤 さくら",
                  counterpart="", note="", item_id=1, contract_id=1)
    return Entry(**{**values, **kw})


def _refused(vault, entry: Entry, text: str) -> str:
    with pytest.raises(ValidationError) as err:
        ledger.append(vault, entry)
    assert text in str(err.value), str(err.value)
    return str(err.value)


def _add_worker(vault, name: str, on: str = "2026-11-01") -> Person:
    person = people.save_person(vault, Person(name, "", "業務部", "", "03-5555-0199", "正社員", "2026-11-01"))
    rows = [RosterRow(a.person_id, a.role, a.scope) for a in people.assignments(vault, 1)]
    people.apply_roster(vault, 1, [*rows, RosterRow(person.id, "worker", "データ入力")], on)
    return person


def test_the_person_in_charge_is_registered_with_a_role_on_the_date(demo_vault):
    message = _refused(demo_vault, _entry(person="部外者 太郎"), "部外者 太郎")
    assert "第5条第1項" in message and "第11条第10項第4号" in message
    _refused(demo_vault, _entry(person="小林 美咲", at="2026-05-01T10:00"), "小林 美咲")  # joined on 6月1日
    assert ledger.append(demo_vault, _entry(person="小林 美咲")).seq


def test_an_untrained_worker_is_saved_truthfully_and_reported(demo_vault):
    _add_worker(demo_vault, "新人 一郎")
    saved = ledger.append(demo_vault, _entry(person="新人 一郎"))
    assert saved.seq
    found = [str(p) for p in check.problems(demo_vault)]
    assert any("新人 一郎" in p and "第7条第3項" in p and DAY in p for p in found), found
    assert any("新人 一郎" in p and "第5条第4項" in p for p in found), found  # no pledge either


def test_handling_happens_at_a_declared_work_place(demo_vault):
    assert "第11条第3項" in _refused(demo_vault, _entry(place="自宅"), "自宅")


def test_transport_elsewhere_needs_tokyos_approval(demo_vault):
    entry = _entry(kind="運搬", counterpart="外部倉庫（江東区）", person="髙橋 一郎")
    transport = places.methods(demo_vault, 1, "transport")[0].id
    with pytest.raises(ValidationError, match="第11条第4項"):
        sends.record_send(demo_vault, entry, transport)
    instructions.save(demo_vault, Instruction(TAKEOUT, "2026-11-01", "8主課指第900号", "課長 佐藤 明", "外部倉庫での保管を承諾",
                                              place="外部倉庫（江東区）", from_on="2026-11-01", to_on="2026-12-31",
                                              contract_id=1))
    e, m = sends.record_send(demo_vault, entry, transport)
    assert m.ledger_seq == e.seq and m.kind == "transport" and m.recipient == "外部倉庫（江東区）"


def test_copying_needs_an_approval_and_counts_against_it(tmp_path, demo_vault):
    assert "第10条" in _refused(demo_vault, _entry(kind="複写・複製", at="2026-04-01T10:00"), "複写・複製")
    item = ledger.save_item(demo_vault, InventoryItem(catalog="A", name="追加の調査票", count="100", media="紙",
                                                      contract_id=1))
    instructions.save(demo_vault, Instruction(COPY, "2026-03-25", "8主課指第901号", "課長 佐藤 明", "写し30部まで",
                                              item="追加の調査票", quantity="30", from_on="2026-03-25",
                                              to_on="2026-04-01", contract_id=1))
    day = "2026-04-01T10:00"  # before the demo's general approval of working copies
    ledger.append(demo_vault, _entry(kind="複写・複製", item_id=item.id, quantity="20", at=day))
    assert "30" in _refused(demo_vault, _entry(kind="複写・複製", item_id=item.id, quantity="11", at=day), "8主課指第901号")
    ledger.append(demo_vault, _entry(kind="複写・複製", item_id=item.id, quantity="10", at=day))


def test_list_b_has_its_own_kinds(demo_vault):
    b_item = next(i for i in ledger.list_items(demo_vault, 1) if i.catalog == "B").id
    _refused(demo_vault, _entry(kind="受領", item_id=b_item, counterpart=TOKYO), "第11条第2項")
    _refused(demo_vault, _entry(kind="取得", item_id=1, note="本人同意"), "目録B")
    _refused(demo_vault, _entry(kind="取得", item_id=b_item), "第3条第3項")
    assert ledger.append(demo_vault, _entry(kind="取得", item_id=b_item, note="本人の同意（同意書あり）")).seq
    assert ledger.append(demo_vault, _entry(kind="作成", item_id=b_item, equipment="PC-01")).seq


def test_after_the_contracts_end_only_close_out_is_recorded(demo_vault):
    after = "2027-04-02T10:00"
    message = _refused(demo_vault, _entry(at=after, kind="利用"), "第12条第2項")
    assert "2027-03-31" in message
    assert ledger.append(demo_vault, _entry(at=after, kind="廃棄", counterpart="株式会社○○製紙")).seq


def test_a_send_is_entered_once_with_its_method_and_check(demo_vault):
    _refused(demo_vault, _entry(kind="送付", counterpart=TOKYO), "第11条第7項")
    sending = next(m.id for m in places.methods(demo_vault, 1, "sending") if m.name == "簡易書留")
    before = len(movements.movements(demo_vault, 1))
    e, m = sends.record_send(demo_vault, _entry(kind="送付", counterpart=TOKYO, person="髙橋 一郎"), sending)
    assert len(movements.movements(demo_vault, 1)) == before + 1
    assert ledger.get_entry(demo_vault, e.seq).kind == "送付" and m.ledger_seq == e.seq and not m.check_complete
    with pytest.raises(ValidationError, match="監査者"):  # Art. 11(7) speaks of 従事者
        sends.record_send(demo_vault, _entry(kind="送付", counterpart=TOKYO, person="𠮷野 誠"), sending)
    with pytest.raises(ValidationError):  # neither half is kept when the other fails
        sends.record_send(demo_vault, _entry(kind="送付", counterpart=TOKYO, person="髙橋 一郎"), None)
    assert len(movements.movements(demo_vault, 1)) == before + 1


def test_the_demo_tells_one_story(demo_vault):
    assert check.problems(demo_vault) == []
    doc = transfer.dump(demo_vault)
    moves = [e["seq"] for e in doc["ledger"] if e["kind"] in ("送付", "運搬")]
    linked = [m["ledger_seq"] for m in doc["movements"]]
    assert moves and sorted(linked) == sorted(moves)  # each send appears once, in both registers


def _edited_dump(vault, edit) -> dict:
    doc = json.loads(transfer.dumps(vault))
    edit(doc)
    return doc


def _rechain(doc: dict) -> None:
    """An edited entry with a valid chain, as an insider with the tools would make it."""
    from kojin_desk.areas.ledger import repo as ledger_repo
    from kojin_desk.areas.ledger.model import GENESIS

    prev = GENESIS
    for raw in doc["ledger"]:
        e = Entry(**raw)
        e.prev_hash = prev
        raw["prev_hash"] = prev
        raw["hash"] = prev = ledger_repo.seal(e).hash


@pytest.mark.parametrize("edit, expected", [
    (lambda e: e.update(person="部外者 太郎"), "部外者 太郎"),
    (lambda e: e.update(kind="複写・複製", at="2026-04-01T10:00"), "第10条"),
    (lambda e: e.update(place="外部倉庫"), "第11条第3項"),
])
def test_load_refuses_a_dump_that_breaks_the_spine_naming_the_entry(tmp_path, demo_vault, edit, expected):
    def change(doc):
        target = next(e for e in doc["ledger"] if e["kind"] == "利用" and e["contract_id"] == 1)
        edit(target)
        _rechain(doc)
    doc = _edited_dump(demo_vault, change)
    with pytest.raises(ValidationError) as err:
        transfer.load(doc, tmp_path / "loaded", "test-passphrase")
    assert expected in str(err.value) and "台帳 第" in str(err.value)
    assert not (tmp_path / "loaded" / "vault.db").exists()


def test_load_refuses_a_transport_to_an_undeclared_place(tmp_path, demo_vault):
    def change(doc):
        target = next(e for e in doc["ledger"] if e["kind"] == "運搬")
        target["counterpart"] = "外部倉庫（江東区）"
        _rechain(doc)
    with pytest.raises(ValidationError, match="外部倉庫"):
        transfer.load(_edited_dump(demo_vault, change), tmp_path / "loaded", "test-passphrase")


def test_load_refuses_a_send_without_its_record(tmp_path, demo_vault):
    doc = _edited_dump(demo_vault, lambda d: d.update(movements=[m for m in d["movements"] if m["kind"] != "sending"]))
    with pytest.raises(ValidationError, match="送付・運搬記録"):
        transfer.load(doc, tmp_path / "loaded", "test-passphrase")


def test_an_untrained_workers_entry_loads_and_check_names_them(tmp_path, demo_vault):
    _add_worker(demo_vault, "新人 一郎")
    ledger.append(demo_vault, _entry(person="新人 一郎"))
    loaded = transfer.load(json.loads(transfer.dumps(demo_vault)), tmp_path / "loaded", "test-passphrase")
    found = [str(p) for p in check.problems(loaded)]
    assert any("新人 一郎" in p and "第7条第3項" in p for p in found), found
    loaded.close()


def test_a_dump_from_before_the_registry_link_loads_as_free_text_listed_once(tmp_path, demo_vault):
    def older(doc):  # as the app wrote it at schema 5: no registry, no watermark, no document chain
        doc["schema_version"] = 5
        del doc["ledger_rules_from"]
        del doc["instructions"]
        for d in doc["documents"]:
            for key in ("seq", "prev_hash", "hash"):
                d.pop(key)
        for m in doc["movements"]:
            m.pop("ledger_seq")
        for e in doc["incident_events"]:  # the incident's timeline points at the register it predates
            e.pop("instruction_id")
        target = next(e for e in doc["ledger"] if e["kind"] == "利用")
        target["person"] = "旧担当 花子"
        _rechain(doc)
    loaded = transfer.load(_edited_dump(demo_vault, older), tmp_path / "loaded", "test-passphrase")
    found = [str(p) for p in check.problems(loaded)]
    assert len([p for p in found if "旧担当 花子" in p]) == 1
    assert any("結び付いていない" in p for p in found)
    loaded.close()


def test_an_approval_naming_no_list_item_is_reported(demo_vault):
    instructions.save(demo_vault, Instruction(COPY, "2026-11-01", "8主課指第902号", "課長 佐藤 明", "写しを承諾",
                                              item="入力結果データ", from_on="2026-11-01", to_on="2026-11-30",
                                              contract_id=1))
    found = [str(p) for p in check.problems(demo_vault)]
    assert any("8主課指第902号" in p and "入力結果データ" in p for p in found), found
