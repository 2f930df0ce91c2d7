"""The demo's inventories, ledger and inspections: the closed-out previous contract, then the current one."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.ledger import inspections
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry, InventoryItem

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


def build(vault, ctx: DemoContext) -> None:
    current, previous = ctx.current_id, ctx.previous_id
    item_ids = [ledger.save_item(vault, InventoryItem(catalog=c, name=n, count=k, media=m, sensitive=s,
                                                      contract_id=current)).id for c, n, k, m, s in ITEMS]
    old = ledger.save_item(vault, InventoryItem(catalog="A", name="都民意識調査票（回答済み）", count="12480",
                                                media="紙", sensitive=True, contract_id=previous))
    with vault.transaction() as conn:
        _ledger(conn, current, previous, item_ids, old.id, ctx.ledger_entries)
    inspections.set_inspection_plan(vault, current, 3, "2026-07-01")
    # Inspections done on time up to today, whenever the demo is built: `check` stays clean.
    due = inspections.next_inspection_due(vault, current)
    while due <= date.today().isoformat():
        inspections.record_inspection(vault, current, due, "渡邉 次郎", True, True, True,
                                      "媒体・バックアップとも所在を確認し、読み出し可能。", "")
        due = inspections.next_inspection_due(vault, current)
