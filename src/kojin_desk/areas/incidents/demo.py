"""The demo's one incident: a paper form missing for a day, reported to Tokyo, found, and closed."""

from __future__ import annotations

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.incidents import forms, service
from kojin_desk.areas.incidents.model import AffectedItem, Event, Incident
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import service as places

EVENTS = [
    ("2026-05-20", "17:40", "東京都への連絡", "主税局課税指導課 渡邉 次郎 主事（電話）",
     "給与支払報告書（個人別明細書）1枚の所在不明を報告。", "作業室内の捜索を続け、翌日午前中に経過を報告すること。"),
    ("2026-05-20", "18:00", "被害拡大防止措置", "責任者 山﨑 花子",
     "作業室A及び保管室の施錠を確認し、当日の入退室記録を保全。", ""),
    ("2026-05-21", "10:30", "東京都への連絡", "主税局課税指導課 渡邉 次郎 主事（電話）",
     "作業室Aの仕分け棚の裏で発見したことを報告。外部への持出しはないことを入退室記録で確認。",
     "速報を提出し、原因と再発防止策をまとめて確報とすること。本人への通知は要しない。"),
    ("2026-06-01", "", "再発防止策", "責任者 山﨑 花子",
     "仕分け作業の前後で枚数を照合し、台帳に記録する手順を追加。従事者全員に研修を実施。", ""),
]


def build(vault, ctx: DemoContext) -> None:
    cid = ctx.current_id
    item = ledger.list_items(vault, cid)[0]
    room = places.workplaces(vault, cid)[0]
    i = service.open_incident(vault, Incident(
        title="給与支払報告書1枚の一時所在不明", category="滅失のおそれ", discovered_on="2026-05-20",
        discovered_time="17:30", discovered_how="作業終了時の枚数照合で1枚不足していることに従事者が気付いた。",
        occurred_on="2026-05-20", place_kind="workplace", workplace_id=room.id, place_text="仕分け棚",
        data_items="氏名、住所、個人番号を除く給与支払額等", contract_id=cid,
        circumstances="入力作業のため保管室から作業室Aへ運んだ束のうち1枚が見当たらなくなった。"),
        [AffectedItem(item_id=item.id, medium="紙", records="1", persons="1", approximate=False)])
    team = {p.name: p.id for p in people.list_people(vault)}
    from kojin_desk.areas.incidents.model import Involved

    service.set_involved(vault, i.id, [Involved(team["齋藤 さくら"], "発見者"), Involved(team["山﨑 花子"], "責任者")])
    for day, time, kind, who, content, instruction in EVENTS[:3]:
        service.add_event(vault, Event(day, time, kind, who, content, instruction, incident_id=i.id))
    quick = forms.report_data(vault, i.id, "速報")
    quick["issue_date"] = "2026-05-21"
    ctx.issue(vault, cid, forms.REPORT, quick)
    i = service.save(vault, Incident(**{**i.__dict__, "cause": "仕分け作業中に用紙が棚の裏に落ちた。作業前後の枚数照合が台帳に記録されていなかった。",
                                        "secondary": "なし（作業室外への持出しはなく、第三者の閲覧もない）"}))
    day, time, kind, who, content, instruction = EVENTS[3]
    service.add_event(vault, Event(day, time, kind, who, content, instruction, incident_id=i.id))
    final = forms.report_data(vault, i.id, "確報")
    final["issue_date"] = "2026-06-03"
    ctx.issue(vault, cid, forms.REPORT, final)
    service.close(vault, i.id, "2026-06-05")
