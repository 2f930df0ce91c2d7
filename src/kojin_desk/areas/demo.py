"""A realistic demo office, so that a newcomer sees a living app. All names are fictional."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kojin_desk.domain.records import Contract, Office
from kojin_desk.formkit.header import header_from_vault
from kojin_desk.services import documents, office_contracts, vault_access
from kojin_desk.areas.people import demo as demo_people
from kojin_desk.areas.places import demo as demo_places
from kojin_desk.store.keyfile import KdfParams

DEMO_PASSPHRASE = "demo-kojin-desk"

OFFICE = Office(
    name="株式会社サンプル情報処理", address="東京都千代田区神田錦町九丁目2番3号 サンプルビル4階",
    representative_title="代表取締役", representative_name="𠮷田 太郎", phone="03-5555-0123",
)
CURRENT = Contract(
    title="令和8年度 住民税課税資料データ入力業務委託", number="8-主税-0412",
    bureau="主税局", department="課税部", section="課税指導課", tokyo_contact="渡邉 次郎（主事）",
    signed_on="2026-04-01", start_on="2026-04-01", end_on="2027-03-31", sensitive=False, specific=True,
    notes="給与支払報告書の入力。作業場所は本社4階の入退室管理のある作業室に限る。",
)
PREVIOUS = Contract(
    title="令和7年度 都民意識調査票集計業務委託", number="7-生活-0088",
    bureau="生活文化局", department="広報広聴部", section="広聴課", tokyo_contact="髙橋 一郎（課長代理）",
    signed_on="2025-06-02", start_on="2025-06-02", end_on="2026-03-31", sensitive=True, specific=False,
    notes="調査票（紙）約12,000件の入力と集計。業務完了済み。",
)


def certificate_data(office: Office, contract: Contract) -> dict:
    data = header_from_vault(office, contract, "2026-04-10")
    data["document_number"] = "サ情第1234号"
    data["destroyed"] = [
        {"item": "都民意識調査票（回答済み）", "medium": "紙", "quantity": "12480枚", "method": "溶解",
         "responsible": "山﨑 花子", "done_on": "2026-03-25"},
        {"item": "入力データ（CSV）", "medium": "USBメモリ（管理番号 USB-03）", "quantity": "1個",
         "method": "データ消去ソフトウェアによる消去", "responsible": "山﨑 花子", "done_on": "2026-03-26"},
        {"item": "集計用作業ファイル", "medium": "業務用PC（管理番号 PC-01）内蔵SSD", "quantity": "1式",
         "method": "暗号消去", "responsible": "齋藤 さくら", "done_on": "2026-03-27"},
    ]
    data["retained"] = [
        {"item": "業務委託料の請求関係書類", "medium": "紙", "quantity": "1冊",
         "legal_basis": "法人税法施行規則第59条（7年保存）", "responsible": "山﨑 花子", "planned_on": "2033-03-31"},
    ]
    data.update(witness="東京都生活文化局広報広聴部広聴課　主事　渡邊 三郎", witness_date="2026-03-25",
                responsible_name="山﨑 花子", responsible_phone="03-5555-0124",
                attachments="溶解証明書（株式会社○○製紙）、データ消去作業記録", remarks="")
    return data


ITEMS = [
    ("A", "給与支払報告書（個人別明細書）", "48000", "紙", False),
    ("A", "給与支払報告書データ（eLTAX受付分）", "126000", "電子データ（暗号化USBメモリ）", False),
    ("C", "個人番号記載の給与支払報告書", "48000", "紙", False),
    ("B", "入力結果データ（CSV）", "174000", "業務用PC（PC-01）", False),
]
PEOPLE = ["山﨑 花子", "齋藤 さくら", "髙橋 一郎", "渡邉 次郎"]
PLACES = ["本社4階 作業室A", "本社4階 保管室", "本社4階 作業室A"]


def _ledger(conn, current_id: int, previous_id: int, items: list[int], old_item: int, n: int) -> None:
    """n realistic entries for the current contract, after the closed-out ones of the previous contract."""
    from datetime import datetime, timedelta

    from kojin_desk.areas.ledger.model import Entry
    from kojin_desk.areas.ledger import repo as ledger_repo

    entries = []
    seq, prev = ledger_repo.head(conn)

    def add(contract_id, item_id, at, kind, qty, person, place, medium="紙", counterpart="", note="", equipment=""):
        nonlocal seq, prev
        seq += 1
        e = Entry(at=at.strftime("%Y-%m-%dT%H:%M"), kind=kind, quantity=str(qty), medium=medium, place=place,
                  person=person, counterpart=counterpart, note=note, equipment=equipment, item_id=item_id, contract_id=contract_id,
                  recorded_at=at.strftime("%Y-%m-%dT%H:%M:%S+09:00"), seq=seq, prev_hash=prev)
        prev = ledger_repo.seal(e, conn).hash
        entries.append(e)

    t = datetime(2025, 6, 10, 9, 30)
    add(previous_id, old_item, t, "受領", 12480, "山﨑 花子", "本社4階 保管室", counterpart="東京都生活文化局広聴課", note="受領書提出済み")
    add(previous_id, old_item, t + timedelta(days=280), "廃棄", 12480, "山﨑 花子", "本社4階 保管室", counterpart="株式会社○○製紙", note="溶解")
    kinds = ["利用", "利用", "利用", "保管", "複写・複製", "運搬", "送付"]
    t = datetime(2026, 4, 3, 9, 0)
    for i in range(n):
        item = items[i % len(items)]
        if i < len(items):
            add(current_id, item, t, "受領", int(ITEMS[i][2]), PEOPLE[0], PLACES[1], medium=ITEMS[i][3],
                counterpart="東京都主税局課税部課税指導課", note="受領書提出済み")
        else:
            if i == 61:  # a take-out under Tokyo's approval (demo_places records it; Art. 11(4))
                add(current_id, items[0], t, "持出し", 12, PEOPLE[0], PLACES[1], counterpart="東京都庁第一本庁舎",
                    note="持出承諾 8主課指第555号")
            kind = kinds[i % len(kinds)]
            paper = item in (items[0], items[2])
            add(current_id, item, t, kind, 1 + (i * 37) % 500, PEOPLE[i % len(PEOPLE)], PLACES[i % len(PLACES)],
                medium="紙" if paper else "電子データ", equipment="" if paper else f"PC-0{1 + i % 2}",
                counterpart="東京都主税局課税部課税指導課" if kind == "送付" else "", note=f"作業ロット{i // 50 + 1}")
        t += timedelta(minutes=7 if i % 60 else 600)
    ledger_repo.insert_chained(conn, entries)


def build(data_dir: Path, passphrase: str = DEMO_PASSPHRASE, kdf: KdfParams = KdfParams(), ledger_entries: int = 120):
    from kojin_desk.areas.ledger.model import InventoryItem
    from kojin_desk.areas.ledger import service as ledger

    vault = vault_access.create_vault(data_dir, passphrase, OFFICE, kdf)
    current = office_contracts.save_contract(vault, CURRENT)
    previous = office_contracts.save_contract(vault, PREVIOUS)
    item_ids = [ledger.save_item(vault, InventoryItem(catalog=c, name=n, count=k, media=m, sensitive=s,
                                                      contract_id=current.id)).id for c, n, k, m, s in ITEMS]
    old = ledger.save_item(vault, InventoryItem(catalog="A", name="都民意識調査票（回答済み）", count="12480",
                                                media="紙", sensitive=True, contract_id=previous.id))
    with vault.transaction() as conn:
        _ledger(conn, current.id, previous.id, item_ids, old.id, ledger_entries)
    ledger.set_inspection_plan(vault, current.id, 3, "2026-07-01")
    # Inspections done on time up to today, whenever the demo is built: `check` stays clean.
    due = ledger.next_inspection_due(vault, current.id)
    while due <= date.today().isoformat():
        ledger.record_inspection(vault, current.id, due, "渡邉 次郎", True, True, True,
                                 "媒体・バックアップとも所在を確認し、読み出し可能。", "")
        due = ledger.next_inspection_due(vault, current.id)
    demo_people.build(vault, current.id)
    demo_places.build(vault, current.id)
    documents.issue(vault, previous.id, "destruction_certificate", certificate_data(OFFICE, previous))
    draft = certificate_data(OFFICE, current)
    draft.update(destroyed=[], retained=[], witness="", witness_date="", document_number="", remarks="")
    documents.save_draft(vault, current.id, "destruction_certificate", draft)
    return vault
