"""Incidents (Art. 13, 16(2)): a leak, loss or damage of personal information — or the risk of one — from its
discovery to the reports to Tokyo (速報, 確報) that also stand in for the contractor's own PPC report
(個人情報保護法第26条第1項ただし書), and its closure.

Deadlines count calendar days from the day of discovery (初日不算入: the day itself is day 0), as the PPC's
guidance does: the 速報 within a target of 3–5 days, the 確報 within 30 days, 60 when the leak was by
improper purpose (不正の目的, 個人情報保護法施行規則第8条第2項).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from kojin_desk.domain.records import spec_field
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

CATEGORIES = ("漏えい", "滅失", "毀損", "漏えいのおそれ", "滅失のおそれ", "毀損のおそれ")
PLACE_KINDS = {"workplace": ("作業場所", "Work place"), "movement": ("送付・運搬", "Send or transport"),
               "other": ("その他（再委託先等）", "Elsewhere (a subcontractor, say)")}
EVENT_KINDS = ("東京都への連絡", "被害拡大防止措置", "本人への通知", "公表", "再発防止策", "第三者との紛争等", "その他")
REPORT_KINDS = {"quick": "速報", "final": "確報", "dispute": "紛争等通知"}
QUICK_DAYS = (3, 4, 5)  # the PPC's 「速やかに」: about 3–5 days
FINAL_DAYS, FINAL_DAYS_IMPROPER = 30, 60
PPC_PERSONS = 1000  # 施行規則第7条第4号: more than 1,000 persons
TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
NOT_YET = "調査中"


@dataclass
class Incident:
    """One incident of a contract. Only what is known is filled; the reports print 調査中 for the rest."""

    title: str = field(default="", **spec_field("件名（事故の呼び名）", "Title", max_len=100, required=True))
    category: str = field(default="漏えいのおそれ", **spec_field("事態の区分", "Category", kind="choice", choices=CATEGORIES))
    discovered_on: str = field(default="", **spec_field("発覚日", "Discovered on", kind="date", required=True))
    discovered_time: str = field(default="", **spec_field("発覚時刻（例 17:45）", "Discovered at (time)", max_len=5))
    discovered_how: str = field(default="", **spec_field("発覚の経緯", "How it was discovered", max_len=1000,
                                                         kind="multiline"))
    occurred_on: str = field(default="", **spec_field("発生日", "Occurred on", kind="date"))
    occurred_time: str = field(default="", **spec_field("発生時刻（例 14:30）", "Occurred at (time)", max_len=5))
    place_kind: str = field(default="workplace", **spec_field("発生場所の区分", "Kind of place", kind="choice",
                                                              choices=tuple(PLACE_KINDS)))
    workplace_id: int | None = None
    movement_id: int | None = None
    place_text: str = field(default="", **spec_field("発生場所（具体的に）", "Place (in words)", max_len=200))
    data_items: str = field(default="", **spec_field("個人データの項目（氏名、住所など）", "Items of personal data",
                                                     max_len=500))
    circumstances: str = field(default="", **spec_field("発生状況", "Circumstances", max_len=3000, kind="multiline"))
    cause: str = field(default="", **spec_field("発生原因", "Cause", max_len=3000, kind="multiline"))
    secondary: str = field(default="", **spec_field("二次被害又はそのおそれ", "Secondary damage or its risk",
                                                    max_len=3000, kind="multiline"))
    other: str = field(default="", **spec_field("その他参考となる事項", "Other relevant facts", max_len=3000,
                                                kind="multiline"))
    sensitive: bool = field(default=False, **spec_field("要配慮個人情報を含む", "Includes sensitive personal information",
                                                        kind="bool"))
    improper: bool = field(default=False, **spec_field("不正の目的をもって行われたおそれがある", "Possibly by improper purpose",
                                                       kind="bool"))
    property_risk: bool = field(default=False, **spec_field("財産的被害が生じるおそれがある", "Risk of financial damage",
                                                            kind="bool"))
    encrypted: bool = field(default=False, **spec_field("高度な暗号化等の秘匿化がされていた", "Protected by high-standard encryption",
                                                        kind="bool"))
    quick_days: int = 3
    closed_on: str = field(default="", **spec_field("終結日", "Closed on", kind="date"))
    contract_id: int | None = None
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        found = []
        for name, label in (("discovered_time", pick("発覚時刻", "Discovered at")),
                            ("occurred_time", pick("発生時刻", "Occurred at"))):
            value = getattr(self, name)
            if value and not TIME_RE.match(value):
                found.append(Problem("bad_time", {"field": label, "value": value[:10]}))
        if self.occurred_on and self.occurred_on > self.discovered_on:
            found.append(Problem("dates_reversed", {"start": pick("発生日", "Occurred on"), "end": pick("発覚日", "Discovered on")}))
        if self.closed_on and self.closed_on < self.discovered_on:
            found.append(Problem("dates_reversed", {"start": pick("発覚日", "Discovered on"), "end": pick("終結日", "Closed on")}))
        if not isinstance(self.quick_days, int) or isinstance(self.quick_days, bool) or self.quick_days not in QUICK_DAYS:
            found.append(Problem("out_of_range", {"field": pick("速報の目標日数", "Days for the first report"),
                                                  "min": QUICK_DAYS[0], "max": QUICK_DAYS[-1]}))
        if self.place_kind == "workplace" and self.workplace_id is None and not self.place_text:
            found.append(Problem("required", {"field": pick("発生場所", "Place")}))
        if self.place_kind == "movement" and self.movement_id is None:
            found.append(Problem("required", {"field": pick("送付・運搬の記録", "The send or transport")}))
        if self.place_kind == "other" and not self.place_text.strip():
            found.append(Problem("required", {"field": pick("発生場所（具体的に）", "Place (in words)")}))
        return found

    @property
    def ref(self) -> str:
        """How reports and `check` name the incident: 事故第3号「…」."""
        return pick(f"事故第{self.id}号「{self.title[:30]}」", f"incident No. {self.id} '{self.title[:30]}'")


@dataclass
class AffectedItem:
    """What was affected: an item of 目録A/B/C, and where known the ledger entry whose quantity it is."""

    item_id: int | None = None
    ledger_seq: int | None = None
    medium: str = field(default="", **spec_field("媒体", "Medium", max_len=100))
    records: str = field(default="0", **spec_field("件数", "Records", max_len=12, kind="number"))
    persons: str = field(default="0", **spec_field("本人の数", "Persons", max_len=12, kind="number"))
    approximate: bool = field(default=True, **spec_field("概数", "Approximate", kind="bool"))
    incident_id: int | None = None
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        found = [Problem("bad_integer", {"field": label, "value": str(value)[:20]})
                 for label, value in ((pick("件数", "Records"), self.records), (pick("本人の数", "Persons"), self.persons))
                 if not str(value).isdigit()]
        if self.item_id is None:
            found.append(Problem("required", {"field": pick("目録の件名", "List item")}))
        return found


@dataclass
class Involved:
    """A person of the registry involved in the incident, and how."""

    person_id: int
    role: str = ""
    incident_id: int | None = None


@dataclass
class Event:
    """One step of the timeline: a contact with Tokyo and what it instructed, a measure, a notice to the
    persons concerned (Art. 13(2): how, when, how many, at what cost), a publication (13(3)), prevention."""

    day: str = field(default="", **spec_field("日付", "Date", kind="date", required=True))
    time: str = field(default="", **spec_field("時刻（例 09:30）", "Time", max_len=5))
    kind: str = field(default="東京都への連絡", **spec_field("区分", "Kind", kind="choice", choices=EVENT_KINDS))
    who: str = field(default="", **spec_field("相手方・担当者", "With whom / by whom", max_len=200))
    content: str = field(default="", **spec_field("内容", "What happened or was done", max_len=3000, kind="multiline",
                                                  required=True))
    instruction: str = field(default="", **spec_field("東京都の指示", "Tokyo's instruction", max_len=3000, kind="multiline"))
    method: str = field(default="", **spec_field("通知・公表の方法", "How (notice or publication)", max_len=200))
    count: str = field(default="", **spec_field("通知した人数", "Persons notified", max_len=12, kind="number"))
    cost: str = field(default="", **spec_field("費用（円）", "Cost (yen)", max_len=15, kind="number"))
    incident_id: int | None = None
    instruction_id: int | None = None  # the record of Tokyo's instruction in the instructions register
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        found = [Problem("bad_integer", {"field": label, "value": value[:20]})
                 for label, value in ((pick("通知した人数", "Persons notified"), self.count),
                                      (pick("費用（円）", "Cost (yen)"), self.cost.replace(",", "")))
                 if value and not value.isdigit()]
        if self.time and not TIME_RE.match(self.time):
            found.append(Problem("bad_time", {"field": pick("時刻", "Time"), "value": self.time[:10]}))
        return found


# --- deadlines (calendar days from the day of discovery) -------------------------------------------

def _plus(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def quick_due(incident: Incident) -> str:
    return _plus(incident.discovered_on, incident.quick_days)


def final_days(incident: Incident) -> int:
    return FINAL_DAYS_IMPROPER if incident.improper else FINAL_DAYS


def final_due(incident: Incident) -> str:
    return _plus(incident.discovered_on, final_days(incident))


def penalty(amount: str) -> int | None:
    """Art. 16(5): 違約金 of one tenth of the contract amount (None when the amount is not recorded)."""
    digits = (amount or "").replace(",", "")
    return int(digits) // 10 if digits.isdigit() else None
