"""The demo's register: Tokyo's approval of the working copies and of the take-out, and its close-out instruction."""

from __future__ import annotations

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.instructions import service
from kojin_desk.areas.instructions.model import CLOSEOUT, COPY, TAKEOUT, Instruction

TOKYO = "東京都主税局課税部課税指導課　主事　渡邉 次郎"


def build(vault, ctx: DemoContext) -> None:
    service.save(vault, Instruction(
        COPY, "2026-04-02", "8主課指第101号", TOKYO,
        "入力作業のため、給与支払報告書等の作業用写しの作成を承諾する（作業終了後に廃棄すること）。",
        quantity="", from_on="2026-04-02", to_on="2027-03-31", contract_id=ctx.current_id))
    service.save(vault, Instruction(
        TAKEOUT, "2026-04-02", "8主課指第555号", "東京都主税局課税部課税指導課　課長　佐藤 明",
        "記載内容の照会に立ち会うため、給与支払報告書（原本）12件を都庁第一本庁舎へ持ち出すことを承諾する。",
        place="東京都庁第一本庁舎", from_on="2026-04-04", to_on="2026-04-04", contract_id=ctx.current_id))
    service.save(vault, Instruction(
        CLOSEOUT, "2026-03-10", "7生広聴第88号", "東京都生活文化局広報広聴部広聴課　主事　渡邊 三郎",
        "業務完了に伴い、調査票は溶解により廃棄し、電子データは消去の上、証明書を提出すること。",
        method="紙は溶解、電子データは消去ソフトウェアによる消去", contract_id=ctx.previous_id))
