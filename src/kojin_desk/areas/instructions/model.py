"""Tokyo's instructions and approvals (Art. 9, 10, 11(4), 12(2), 14, 17): one register other records point at."""

from __future__ import annotations

from dataclasses import dataclass, field

from kojin_desk.domain.records import spec_field
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

# What Tokyo allows or instructs, with the article that asks for it.
COPY, TAKEOUT, CLOSEOUT = "複写・複製の承諾（第10条）", "持出し・作業場所外の取扱いの承諾（第11条第4項）", "返還・廃棄・消去の指示（第12条第2項）"
KINDS = (COPY, TAKEOUT, CLOSEOUT, "目的外利用・提供の承諾（第9条）", "改善の指示（第14条）", "疑義への回答（第17条）",
         "事故対応の指示（第13条）", "その他の指示")
KIND_EN = {COPY: "Copying approved (Art. 10)", TAKEOUT: "Taking out / handling elsewhere approved (Art. 11(4))",
           CLOSEOUT: "Return, destruction or erasure instructed (Art. 12(2))"}


@dataclass
class Instruction:
    """One instruction or approval received from Tokyo, with its reference and period."""

    kind: str = field(default=COPY, **spec_field("区分", "Kind", kind="choice", choices=KINDS))
    received_on: str = field(default="", **spec_field("受けた日", "Received on", kind="date", required=True))
    reference: str = field(default="", **spec_field("文書番号等", "Reference", max_len=100, kind="number"))
    issuer: str = field(default="", **spec_field("指示・承諾した者（所属・職・氏名）", "Given by", max_len=200, required=True))
    summary: str = field(default="", **spec_field("内容", "What it allows or instructs", max_len=2000,
                                                  kind="multiline", required=True))
    item: str = field(default="", **spec_field("対象の件名（目録）", "Item (list)", max_len=200))
    quantity: str = field(default="", **spec_field("数量の上限", "Quantity allowed", max_len=12, kind="number"))
    place: str = field(default="", **spec_field("場所・持出先", "Place or destination", max_len=200))
    method: str = field(default="", **spec_field("方法（返還・廃棄・消去）", "Method (return, destroy, erase)", max_len=200))
    from_on: str = field(default="", **spec_field("期間（開始）", "From", kind="date"))
    to_on: str = field(default="", **spec_field("期間（終了）", "Until", kind="date"))
    scan_name: str = ""
    contract_id: int | None = None
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        found = []
        if self.from_on and self.to_on and self.to_on < self.from_on:
            found.append(Problem("dates_reversed", {"start": pick("期間（開始）", "From"), "end": pick("期間（終了）", "Until")}))
        if self.quantity and not str(self.quantity).isdigit():
            found.append(Problem("bad_number", {"field": pick("数量の上限", "Quantity allowed")}))
        if self.kind in (COPY, TAKEOUT) and not (self.from_on and self.to_on):
            found.append(Problem("required", {"field": pick("期間（開始・終了）", "Period (from, until)")}))
        return found

    def covers(self, kind: str, day: str, item: str = "", place: str = "") -> bool:
        """An approval of `kind` in force on `day` for the item (and destination) it names, if it names one."""
        return (self.kind == kind and self.received_on <= day and self.from_on <= day <= self.to_on
                and (not self.item or self.item == item) and (not place or not self.place or self.place == place))


def kind_label(kind: str) -> str:
    return pick(kind, KIND_EN.get(kind, kind))
