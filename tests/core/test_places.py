"""Places, equipment and movement (Art. 11(3)–(9)): each rule refused or reported clearly, without Qt."""

from datetime import date, timedelta

import pytest
from hostile import hostile_strings
from pdfcheck import all_text, squeeze

from kojin_desk.areas import check, issuing
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.areas.people.service import RosterRow
from kojin_desk.areas.places import forms as place_forms
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import (
    Certification,
    CloudService,
    Equipment,
    Method,
    Movement,
    TakeOut,
    WorkPlace,
)
from kojin_desk.domain.records import Contract
from kojin_desk.errors import ValidationError
from kojin_desk.pdf.fonts import drawable
from kojin_desk.services import documents, office_contracts

TODAY = date.today().isoformat()


def codes(problems):
    return [p.code for p in problems]


@pytest.fixture
def setup(vault):
    from kojin_desk.areas.demo import OFFICE

    office_contracts.save_office(vault, OFFICE)
    c = office_contracts.save_contract(vault, Contract(title="調査票集計業務委託", start_on="2026-04-01",
                                                       end_on="2099-03-31", signed_on="2026-04-01"))
    team = [people.save_person(vault, Person(name=n)) for n in ("山﨑 花子", "齋藤 さくら", "髙橋 一郎")]
    people.apply_roster(vault, c.id, [RosterRow(team[0].id, "responsible"), RosterRow(team[1].id, "worker"),
                                      RosterRow(team[2].id, "worker")], "2026-04-01")
    places.save_equipment(vault, Equipment("PC-01", "ノートPC", encryption="BitLocker", kept_at="作業室",
                                           no_leak_software=True, checked_on="2026-04-01", contract_id=c.id))
    places.save_workplace(vault, WorkPlace("作業室", "東京都千代田区", storage="金庫", entry_control="ICカード",
                                           contract_id=c.id))
    mail = places.save_method(vault, Method("暗号化メール", "メールで送付", "暗号化・パスワード別送", kind="sending", contract_id=c.id))
    return vault, c, team, mail


def declare(vault, c, form_id, on="2026-04-10"):
    data = place_forms.notification(vault, c.id, form_id)
    data["issue_date"] = on
    return issuing.issue(vault, c.id, form_id, data)


def send(c, mail, team, day="2026-05-01", **kw):
    return Movement(day, "入力結果データ", "都の担当課", kw.pop("equipment", "PC-01"), "sending", mail.id, team[1].id,
                    contract_id=c.id, **kw)


def test_undeclared_method_is_refused_until_declared_before_the_date(setup):
    vault, c, team, mail = setup
    with pytest.raises(ValidationError, match="送付方法「暗号化メール」は、2026-05-01までに届け出た方法ではありません（第11条第6項）"):
        movements.record(vault, send(c, mail, team))
    declare(vault, c, "sending_notification", on="2026-05-02")
    with pytest.raises(ValidationError, match="届け出た方法ではありません"):
        movements.record(vault, send(c, mail, team))  # declared a day too late for this send
    movements.record(vault, send(c, mail, team, day="2026-05-02"))
    transport = places.save_method(vault, Method("社用車", "運搬", "2名", kind="transport", contract_id=c.id))
    with pytest.raises(ValidationError, match="届け出た送付方法から選んでください"):
        movements.record(vault, Movement("2026-05-03", "x", "y", "", "sending", transport.id, team[1].id, contract_id=c.id))


def test_unregistered_or_retired_equipment_is_refused_in_sends_and_ledger(setup):
    vault, c, team, mail = setup
    declare(vault, c, "sending_notification")
    with pytest.raises(ValidationError, match="管理番号「PC-99」の機器は.*登録されていません（第11条第8項）"):
        movements.record(vault, send(c, mail, team, equipment="PC-99"))
    from kojin_desk.areas.ledger.model import InventoryItem

    item = ledger.save_item(vault, InventoryItem(catalog="A", name="調査票", count="10", contract_id=c.id))
    entry = Entry(at="2026-05-01T10:00", kind="利用", quantity="1", person="齋藤 さくら", place="作業室", equipment="ＰＣ－９９",
                  item_id=item.id, contract_id=c.id)
    with pytest.raises(ValidationError, match="PC-99"):
        ledger.append(vault, entry)
    entry.equipment = "PC-01"
    assert ledger.append(vault, entry).equipment == "PC-01"
    pc = places.equipment(vault, c.id)[0]
    pc.ended_on = "2026-06-01"
    places.save_equipment(vault, pc)
    with pytest.raises(ValidationError, match="PC-01"):
        ledger.append(vault, Entry(at="2026-06-02T10:00", kind="利用", quantity="1", person="齋藤 さくら", place="作業室",
                                   equipment="PC-01", item_id=item.id, contract_id=c.id))
    with pytest.raises(ValidationError, match="既に登録されています"):
        places.save_equipment(vault, Equipment("PC-01", encryption="x", kept_at="y", contract_id=c.id))


def test_two_person_rule(setup):
    vault, c, team, mail = setup
    declare(vault, c, "sending_notification")
    m = movements.record(vault, send(c, mail, team))
    assert "send_open" in codes(check.problems(vault))
    with pytest.raises(ValidationError, match="送付者（齋藤 さくら）は自分の送付を確認できません"):
        movements.record_check(vault, m.id, team[1].id, "2026-05-01", True, True, True, team[0].id)
    with pytest.raises(ValidationError, match="確認事項\\(1\\)\\(2\\)\\(3\\)をすべて"):
        movements.record_check(vault, m.id, team[2].id, "2026-05-01", True, False, True, team[0].id)
    with pytest.raises(ValidationError, match="責任者が行います"):
        movements.record_check(vault, m.id, team[2].id, "2026-05-01", True, True, True, team[2].id)
    with pytest.raises(Exception, match="CHECK"):  # the database refuses a self-check whatever the caller
        vault.conn.execute("UPDATE movements SET checker_id = sender_id WHERE id = ?", (m.id,))
    movements.record_check(vault, m.id, team[2].id, "R8.5.1", True, True, True, team[0].id)
    assert "send_open" not in codes(check.problems(vault))
    text = all_text(documents.render_pdf("send_log", movements.log_data(vault, c.id))[0])
    assert "髙橋一郎" in text and "暗号化メール" in text and "令和8年5月1日" in text


def test_takeout_needs_tokyos_approval(setup):
    vault, c, team, _ = setup
    from kojin_desk.areas.ledger.model import InventoryItem

    item = ledger.save_item(vault, InventoryItem(catalog="A", name="調査票", count="10", contract_id=c.id))
    out = Entry(at="2026-07-10T09:00", kind="持出し", quantity="2", person="山﨑 花子", place="作業室", item_id=item.id, contract_id=c.id)
    with pytest.raises(ValidationError, match="東京都の承諾（第11条第4項）が記録されていません"):
        ledger.append(vault, out)
    t = places.save_takeout(vault, TakeOut("調査票2件", "都庁で照会に立ち会うため", "都庁", "2026-07-10", "2026-07-10",
                                           "施錠できる鞄で運搬", contract_id=c.id))
    with pytest.raises(ValidationError):
        ledger.append(vault, out)  # requested, not yet approved
    with pytest.raises(ValidationError, match="承諾者"):
        places.save_takeout(vault, TakeOut(**{**t.__dict__, "approved_on": "2026-07-06"}))
    places.save_takeout(vault, TakeOut(**{**t.__dict__, "approved_on": "2026-07-06", "approver": "課長 髙橋"}))
    assert ledger.append(vault, out).kind == "持出し"
    text = all_text(documents.render_pdf("takeout_request", place_forms.takeout_request(vault, c.id, t.id))[0])
    assert "持出承諾申請書" in text and "第11条第4項" in text


def test_cloud_certification_missing_or_expired_is_reported(setup):
    vault, c, _, _ = setup
    s = places.save_cloud(vault, CloudService("共有ストレージ", "株式会社例", "納品データ", "評価した。", "2026-04-01", c.id))
    assert any(p.code == "cloud_no_cert" and "共有ストレージ" in str(p) for p in check.problems(vault))
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    places.save_certification(vault, Certification("ISMAP", "C00-0000-1", yesterday, s.id))
    found = [str(p) for p in check.problems(vault) if p.code == "cert_expired"]
    assert found and "ISMAP（C00-0000-1）" in found[0] and "第11条第9項" in found[0]
    places.save_certification(vault, Certification("ISO/IEC 27017", "X-1", "2099-01-01", s.id))
    old = places.certifications(vault, s.id)[0]
    places.delete_certification(vault, old.id)
    assert not {"cloud_no_cert", "cert_expired"} & set(codes(check.problems(vault)))


def test_equipment_without_attestation_is_reported(setup):
    vault, c, _, _ = setup
    with pytest.raises(ValidationError, match="確認日"):
        places.save_equipment(vault, Equipment("USB-01", "USBメモリ", encryption="AES", kept_at="金庫",
                                               no_leak_software=True, contract_id=c.id))
    places.save_equipment(vault, Equipment("USB-01", "USBメモリ", encryption="AES", kept_at="金庫", contract_id=c.id))
    assert any(p.code == "equipment_unattested" and "USB-01" in str(p) for p in check.problems(vault))


def test_workplace_notification_then_change_shows_the_difference(setup):
    vault, c, _, _ = setup
    places.save_workplace(vault, WorkPlace(**{**places.workplaces(vault, c.id)[0].__dict__, "ended_on": "2026-04-05"}))
    assert "workplace_missing" in codes(check.problems(vault))
    a = places.save_workplace(vault, WorkPlace("作業室A", "千代田区神田錦町9-2-3", "4階", "入退室管理のある保管室", "ICカード",
                                               contract_id=c.id))
    places.save_workplace(vault, WorkPlace("保管室", "千代田区神田錦町9-2-3", "4階", "施錠できる保管室", "鍵", contract_id=c.id))
    first = declare(vault, c, "workplace_notification")
    assert first["title"] == "作業場所届" and "作業室A" in all_text(first["pdf"])
    a.storage, a.entry_control = "金庫", "ICカードと生体認証"
    places.save_workplace(vault, a)
    places.save_workplace(vault, WorkPlace("作業室B", "千代田区神田錦町9-2-3", "5階", "保管庫", "ICカード", contract_id=c.id))
    data = place_forms.notification(vault, c.id, "workplace_notification", "2026-06-01")
    assert data["notice_kind"] == "変更"
    assert {(r["change"], r["name"]) for r in data["changes"]} == {("変更", "作業室A"), ("追加", "作業室B")}
    data["reason"] = "作業室Bを増設するため"
    second = issuing.issue(vault, c.id, "workplace_notification", data)
    text = all_text(second["pdf"])
    assert second["title"] == "作業場所変更届" and "作業場所変更届" in text
    assert "保管設備：入退室管理のある保管室→金庫" in text and "追加" in text and "令和8年6月1日" in text


def test_method_change_notification_lists_ended_methods(setup):
    vault, c, team, mail = setup
    declare(vault, c, "sending_notification")
    post = places.save_method(vault, Method("簡易書留", "窓口から発送", "二重封筒", kind="sending", contract_id=c.id))
    mail.ended_on = "2026-06-01"
    places.save_method(vault, mail)
    data = place_forms.notification(vault, c.id, "sending_notification", "2026-06-01")
    assert {(r["change"], r["name"]) for r in data["changes"]} == {("追加", "簡易書留"), ("廃止", "暗号化メール")}
    data.update(issue_date="2026-05-25", reason="メール送付をやめるため")
    issuing.issue(vault, c.id, "sending_notification", data)
    assert places.methods(vault, c.id, "sending")[-1].declared_on == "2026-05-25" == \
        next(m for m in places.methods(vault, c.id, "sending") if m.id == post.id).declared_on
    with pytest.raises(ValidationError, match="届け出た方法ではありません"):
        movements.record(vault, send(c, mail, team, day="2026-06-02"))  # ended


def test_hostile_text_in_work_places_is_kept_or_refused_clearly(setup):
    vault, c, _, _ = setup
    kept, refused = [], 0
    for s in hostile_strings():
        try:
            kept.append(places.save_workplace(vault, WorkPlace(s[:100], "千代田区", entry_control=s[:200], contract_id=c.id)))
        except ValidationError as exc:
            refused += 1
            assert "作業場所の名称" in str(exc) or "入退室管理の方法" in str(exc)
    stored = {w.id: (w.name, w.entry_control) for w in places.workplaces(vault, c.id)}
    assert all(stored[w.id] == (w.name, w.entry_control) for w in kept) and kept and refused
    text = all_text(declare(vault, c, "workplace_notification")["pdf"])
    from kojin_desk.pdf.text import full_width_kana  # papers print ｶﾅ as カナ

    assert [w.name for w in kept if w.name.strip() and squeeze(drawable(full_width_kana(w.name))) not in text] == []


def test_a_send_log_too_long_for_one_form_is_prefilled_with_its_latest_month(demo_vault):
    from kojin_desk.areas.places import forms as place_forms

    demo_vault.conn.execute(  # one transport a month later (as recorded by hand: no ledger entry)
        "INSERT INTO movements (contract_id, kind, sent_on, what, recipient, method_id, sender_id) SELECT contract_id, "
        "kind, '2026-05-07', what, recipient, method_id, sender_id FROM movements WHERE kind = 'transport' LIMIT 1")
    everything = place_forms.prefill(demo_vault, 1, "send_log")["rows"]
    assert len(everything) > 2
    rows = place_forms.send_log(demo_vault, 1, most=len(everything) - 1)["rows"]
    latest = max(r["sent_on"] for r in everything)
    assert 0 < len(rows) < len(everything) and {r["sent_on"][:7] for r in rows} == {latest[:7]}
    assert rows == [r for r in everything if r["sent_on"][:7] == latest[:7]]
