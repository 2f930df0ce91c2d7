"""The demo's inventories, ledger and inspections: the closed-out previous contract, then the current one."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.ledger import inspections, rules, sends
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import MOVES, Entry, InventoryItem
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.i18n import msg
from kojin_desk.progress import EVERY, report

ITEMS = [
    ("A", "給与支払報告書（個人別明細書）", "48000", "紙", False),
    ("A", "給与支払報告書データ（eLTAX受付分）", "126000", "電子データ（暗号化USBメモリ）", False),
    ("C", "個人番号記載の給与支払報告書", "48000", "紙", False),
    ("B", "入力結果データ（CSV）", "174000", "業務用PC（PC-01）", False),
]
PEOPLE = ["山﨑 花子", "齋藤 さくら", "髙橋 一郎", "渡邉 次郎"]  # the 責任者 and three 従事者 of the people demo
PLACES = ["本社4階 作業室A", "本社4階 保管室", "本社4階 作業室A"]  # the declared work places
TOKYO = "東京都主税局課税部課税指導課"
START, END = datetime(2026, 4, 3, 9, 0), datetime(2027, 3, 31, 17, 0)  # within the contract


class _Chain:
    """Entries sealed one after another and written a batch at a time (as `load` does); only the sends and
    transports are kept, for their movement records."""

    def __init__(self, conn, total: int) -> None:
        self.conn, self.entries, self.moves, self.total = conn, [], [], total
        self.seq, self.prev = ledger_repo.head(conn)
        self.first = self.seq
        report(0, total, msg("progress_demo"))

    def flush(self) -> None:
        ledger_repo.insert_chained(self.conn, self.entries)
        self.entries = []
        report(self.seq - self.first, self.total, msg("progress_demo"))

    def add(self, contract_id, item_id, at, kind, qty, person, place, medium="紙", counterpart="", note="", equipment=""):
        self.seq += 1
        e = Entry(at=at.strftime("%Y-%m-%dT%H:%M"), kind=kind, quantity=str(qty), medium=medium, place=place,
                  person=person, counterpart=counterpart, note=note, equipment=equipment, item_id=item_id,
                  contract_id=contract_id, recorded_at=at.strftime("%Y-%m-%dT%H:%M:%S+09:00"), seq=self.seq,
                  prev_hash=self.prev)
        self.prev = ledger_repo.seal(e, self.conn).hash
        self.entries.append(e)
        if kind in MOVES:
            self.moves.append(e)
        if len(self.entries) == EVERY:
            self.flush()
        return e


def _ledger(conn, current_id: int, previous_id: int, items: list[int], old_item: int, n: int) -> list[Entry]:
    """n realistic entries for the current contract, after the closed-out ones of the previous contract;
    returns the sends and transports among them."""
    copies = len(range(4, n, 7))  # each 複写・複製 is followed by its destruction
    chain = _Chain(conn, n + 2 + (n > 61) + copies)
    t = datetime(2025, 6, 10, 9, 30)
    chain.add(previous_id, old_item, t, "受領", 12480, "山﨑 花子", "本社4階 保管室", counterpart="東京都生活文化局広聴課",
              note="受領書提出済み")
    chain.add(previous_id, old_item, t + timedelta(days=280), "廃棄", 12480, "山﨑 花子", "本社4階 保管室",
              counterpart="株式会社○○製紙", note="溶解")
    kinds = ["利用", "利用", "利用", "保管", "複写・複製", "運搬", "送付"]
    # About 17 minutes an entry, closer together when many entries must fit in the contract's period.
    scale = min(1.0, (END - START).total_seconds() / 60 / max(n * 17, 1))
    t = START
    for i in range(n):
        item = items[i % len(items)]
        if i < len(items):
            catalog, _, count, medium, _ = ITEMS[i]
            if catalog == "B":  # what the contractor makes is 作成, not received (Art. 3(2))
                chain.add(current_id, item, t, "作成", int(count), PEOPLE[1], PLACES[0], medium=medium,
                          note="入力作業により作成", equipment="PC-01")
            else:
                chain.add(current_id, item, t, "受領", int(count), PEOPLE[0], PLACES[1], medium=medium,
                          counterpart=TOKYO, note="受領書提出済み")
        else:
            if i == 61:  # a take-out under Tokyo's approval (the take-out record and the register have it; Art. 11(4))
                chain.add(current_id, items[0], t, "持出し", 12, PEOPLE[0], PLACES[1], counterpart="東京都庁第一本庁舎",
                          note="持出承諾 8主課指第555号")
            kind = kinds[i % len(kinds)]
            paper = item in (items[0], items[2])
            place = PLACES[i % len(PLACES)]
            to = {"送付": TOKYO, "運搬": PLACES[0] if place == PLACES[1] else PLACES[1]}.get(kind, "")
            chain.add(current_id, item, t, kind, 1 + (i * 37) % 500, PEOPLE[i % len(PEOPLE)], place,
                      medium="紙" if paper else "電子データ", equipment="" if paper else f"PC-0{1 + i % 2}",
                      counterpart=to, note=f"作業ロット{i // 50 + 1}")
            if kind == "複写・複製":  # the working copy is destroyed when the lot is done: held stays within the list
                chain.add(current_id, item, t + timedelta(minutes=3 * scale), "廃棄" if paper else "消去", 1 + (i * 37) % 500,
                          PEOPLE[i % len(PEOPLE)], place, medium="紙" if paper else "電子データ",
                          equipment="" if paper else f"PC-0{1 + i % 2}",
                          note=f"作業用の複写を{'溶解処理' if paper else 'データ消去ソフトウェアで消去'}")
        t += timedelta(minutes=(7 if i % 60 else 600) * scale)
    chain.flush()
    return chain.moves


def _sends(conn, entries: list[Entry], contract_id: int) -> None:
    """Each send and transport of the demo ledger is one record: its movement, checked by a second person and
    approved by the 責任者 (Art. 11(7))."""
    records = rules.ContractRecords(conn, contract_id)
    methods = {(m.kind, m.name): m.id for m in places_repo.methods(conn)}
    moves = []
    for e in entries:
        if e.kind not in MOVES or e.contract_id != records.contract_id:
            continue
        m = sends.movement_of(conn, e, None)
        if m.kind == "transport":
            m.method_id = next(v for (k, _), v in methods.items() if k == "transport")
        else:
            m.method_id = methods[("sending", "簡易書留" if e.medium == "紙" else "暗号化ファイルのメール送付")]
        checker = PEOPLE[(PEOPLE.index(e.person) + 1) % len(PEOPLE)]
        m.checker_id, m.checked_on = records.person_id(checker, m.sent_on), m.sent_on
        m.ok_recipient = m.ok_hidden = m.ok_method = True
        m.approver_id = records.person_id(PEOPLE[0], m.sent_on)
        moves.append(m)
    places_repo.insert_movements(conn, moves)


def build(vault, ctx: DemoContext) -> None:
    current, previous = ctx.current_id, ctx.previous_id
    item_ids = [ledger.save_item(vault, InventoryItem(catalog=c, name=n, count=k, media=m, sensitive=s,
                                                      contract_id=current)).id for c, n, k, m, s in ITEMS]
    old = ledger.save_item(vault, InventoryItem(catalog="A", name="都民意識調査票（回答済み）", count="12480",
                                                media="紙", sensitive=True, contract_id=previous))
    with vault.transaction() as conn:
        moves = _ledger(conn, current, previous, item_ids, old.id, ctx.ledger_entries)
        _sends(conn, moves, current)
    inspections.set_inspection_plan(vault, current, 3, "2026-07-01")
    # Inspections done on time up to today, whenever the demo is built: `check` stays clean.
    due = inspections.next_inspection_due(vault, current)
    while due <= date.today().isoformat():
        inspections.record_inspection(vault, current, due, "渡邉 次郎", True, True, True,
                                      "媒体・バックアップとも所在を確認し、読み出し可能。", "")
        due = inspections.next_inspection_due(vault, current)
