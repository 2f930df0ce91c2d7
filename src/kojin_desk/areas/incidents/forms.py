"""The reports of an incident: 事故報告書（速報・確報） with items (1)–(9) of 施行規則第8条第1項 as known when
made (the 確報 marks what was added or changed since the 速報 and keeps the 速報's wording of what changed),
and the 紛争等通知書 of Art. 16(2). Issuing records the report against its incident."""

from __future__ import annotations

from kojin_desk.areas.incidents import repo
from kojin_desk.areas.incidents import service as incidents
from kojin_desk.areas.incidents.model import NOT_YET, Event, Incident
from kojin_desk.areas.places import service as places
from kojin_desk.domain.wareki import format_date
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.services import documents

REPORT, DISPUTE = "incident_report", "dispute_notice"
FORMS = (REPORT, DISPUTE)
KIND_OF = {"速報": "quick", "確報": "final"}
# 施行規則第8条第1項第1号～第9号
ITEM_LABELS = ("(1) 概要", "(2) 個人データの項目", "(3) 本人の数", "(4) 原因", "(5) 二次被害又はそのおそれの有無及びその内容",
               "(6) 本人への対応の実施状況", "(7) 公表の実施状況", "(8) 再発防止のための措置", "(9) その他参考となる事項")
UNKNOWN = (NOT_YET, "未実施", "検討中")


def _when(day: str, time: str, style: str) -> str:
    return format_date(day, style) + (f" {time}" if time else "") if day else NOT_YET


def _place(vault, i: Incident) -> str:
    if i.place_kind == "movement" and i.movement_id is not None:
        m = incidents.movement_of(vault.conn, i.contract_id, i.movement_id)
        if m is not None:
            kind = "送付" if m.kind == "sending" else "運搬"
            return f"{kind}中（{m.sent_on}、{m.what}、宛先 {m.recipient}）"
    if i.workplace_id is not None:
        w = next((x for x in places.workplaces(vault, i.contract_id, active_only=False) if x.id == i.workplace_id), None)
        if w is not None:
            where = "　".join(v for v in (w.address, w.building) if v)
            return w.name + (f"（{where}）" if where else "") + (f"　{i.place_text}" if i.place_text else "")
    return i.place_text or NOT_YET


def _events(evs: list[Event], kind: str, style: str, line) -> str:
    return "\n".join(line(e, format_date(e.day, style)) for e in evs if e.kind == kind)


def _notice(e: Event, day: str) -> str:
    parts = [f"{day} {e.method or '通知'}"] + ([f"{int(e.count):,}人"] if e.count else []) + \
            ([f"費用 {int(e.cost.replace(',', '')):,}円（当社負担）"] if e.cost else [])
    return "、".join(parts) + f"：{e.content}"


def report_items(vault, i: Incident, style: str = "wareki") -> list[dict]:
    """Items (1)–(9) as known now; what is not known yet says so."""
    affected = incidents.affected(vault, i.id)
    evs = incidents.events(vault, i.id)
    names = incidents.item_names(vault, i.contract_id)
    count, records, approx = incidents.persons(affected)
    about = "約" if approx else ""
    overview = "\n".join((
        f"発生日時：{_when(i.occurred_on, i.occurred_time, style)}",
        f"発覚日時：{_when(i.discovered_on, i.discovered_time, style)}" + (f"（{i.discovered_how}）" if i.discovered_how else ""),
        f"事態の区分：{i.category}",
        f"発生場所：{_place(vault, i)}",
        f"発生状況：{i.circumstances or NOT_YET}"))
    listed = "、".join(dict.fromkeys(names.get(a.item_id, "") for a in affected))
    data_items = (i.data_items or NOT_YET) + (f"\n（{listed}）" if listed else "")
    who = f"{about}{count:,}人（{about}{records:,}件{'、概数' if approx else ''}）" if affected else NOT_YET
    triggers = incidents.ppc_triggers(i, affected)
    other = [f"報告対象事態（施行規則第7条）：{'、'.join(triggers) if triggers else '該当なし'}",
             f"高度な暗号化等の秘匿化：{'講じていた' if i.encrypted else '講じていない'}"]
    measures = _events(evs, "被害拡大防止措置", style, lambda e, d: f"被害拡大防止措置（{d}）：{e.content}")
    other += [measures] if measures else []
    other += [i.other] if i.other else []
    contents = (overview, data_items, who, i.cause or NOT_YET, i.secondary or NOT_YET,
                _events(evs, "本人への通知", style, _notice) or "未実施",
                _events(evs, "公表", style, lambda e, d: f"{d} {e.method}：{e.content}".replace("  ", " ")) or "未実施",
                _events(evs, "再発防止策", style, lambda e, d: f"{d}：{e.content}") or "検討中",
                "\n".join(other))
    return [{"label": label, "content": text, "change": ""} for label, text in zip(ITEM_LABELS, contents)]


def _mark_changes(rows: list[dict], before: list[dict]) -> list[dict]:
    """The 確報 against the 速報: 追加 where the 速報 had nothing yet, 変更 (keeping the 速報's wording) where it differed."""
    old = {r["label"]: r["content"] for r in before}
    for r in rows:
        was = old.get(r["label"])
        if was is None or was == r["content"]:
            continue
        if was in UNKNOWN:
            r["change"] = "追加"
        else:
            r["change"] = "変更"
            r["content"] = f"{r['content']}\n〔速報時：{was}〕"
    return rows


def last_quick(conn, incident_id: int) -> tuple[str, dict | None]:
    quick = [r for r in repo.reports(conn, incident_id) if r["kind"] == "quick"]
    if not quick:
        return "", None
    return quick[-1]["issue_date"], repo.document_data(conn, quick[-1]["document_id"]) if quick[-1]["document_id"] else None


def report_data(vault, incident_id: int, kind: str = "速報", style: str = "wareki") -> dict:
    i = incidents.get(vault, incident_id)
    names = incidents.item_names(vault, i.contract_id)
    data = documents.new_data(vault, i.contract_id, REPORT)
    rows = report_items(vault, i, style)
    quick_on = ""
    if kind == "確報":
        quick_on, before = last_quick(vault.conn, i.id)
        rows = _mark_changes(rows, (before or {}).get("items", []))
    data.update(report_kind=kind, incident_id=i.id, incident_title=i.title, discovered_on=i.discovered_on,
                quick_issue_date=quick_on, items=rows, remarks="")
    data["affected"] = [{"item": names.get(a.item_id, ""), "medium": a.medium,
                         "ledger": f"第{a.ledger_seq}号" if a.ledger_seq else "", "records": int(a.records),
                         "persons": int(a.persons), "approximate": "概数" if a.approximate else "確定"}
                        for a in incidents.affected(vault, i.id)]
    data["timeline"] = [{"day": e.day, "time": e.time, "kind": e.kind, "who": e.who,
                         "content": e.content + (f"\n【東京都の指示】{e.instruction}" if e.instruction else "")}
                        for e in incidents.events(vault, i.id)]
    return data


def dispute_data(vault, incident_id: int, event_id: int | None = None) -> dict:
    i = incidents.get(vault, incident_id)
    evs = [e for e in incidents.events(vault, i.id) if e.kind == "第三者との紛争等"]
    e = next((x for x in evs if x.id == event_id), evs[-1] if evs else None)
    data = documents.new_data(vault, i.contract_id, DISPUTE)
    quick_on, _ = last_quick(vault.conn, i.id)
    data.update(incident_id=i.id, incident_title=i.title, reported_on=quick_on, arisen_on=e.day if e else "",
                dispute_kind="請求" if e and e.cost else "クレーム", counterpart=e.who if e else "",
                content=e.content if e else "", claim=e.instruction if e else "",
                response="特記仕様第16条第2項に基づき、当社の責任及び費用負担において解決します。解決の経過は随時報告します。",
                remarks="")
    return data


def prefill(vault, contract_id: int, form_id: str) -> dict | None:
    """A report needs its incident: the Incidents page opens the form with `report_data` or `dispute_data`."""
    return None


def issue_problems(form_id: str, clean: dict) -> list[Problem]:
    if form_id == REPORT and clean.get("report_kind") == "確報" and clean.get("quick_issue_date") \
            and clean["quick_issue_date"] > clean.get("issue_date", ""):
        return [Problem("final_before_quick", {"name": pick(f"事故第{clean.get('incident_id')}号", f"incident No. {clean.get('incident_id')}"),
                                               "final": clean["issue_date"], "quick": clean["quick_issue_date"]})]
    return []


def report_problems(conn, incident_id: int, kind: str, issue_date: str, contract_id: int | None = None) -> list[Problem]:
    """A report belongs to an incident of the contract, and a 確報 is never dated before its 速報."""
    i = repo.get(conn, incident_id) if isinstance(incident_id, int) else None
    if i is None or (contract_id is not None and i.contract_id != contract_id):
        return [Problem("report_unknown_incident", {"id": incident_id})]
    quick = [r["issue_date"] for r in repo.reports(conn, incident_id) if r["kind"] == "quick"]
    if kind == "final" and quick and min(quick) > issue_date:
        return [Problem("final_before_quick", {"name": i.ref, "final": issue_date, "quick": min(quick)})]
    return []


def after_issue(conn, contract_id: int, form_id: str, clean: dict) -> None:
    kind = KIND_OF.get(clean.get("report_kind"), "") if form_id == REPORT else "dispute"
    problems = report_problems(conn, clean.get("incident_id"), kind, clean["issue_date"], contract_id)
    if problems:
        raise ValidationError(problems)  # the issue is rolled back with the transaction
    repo.add_report(conn, {"incident_id": clean["incident_id"], "kind": kind, "issue_date": clean["issue_date"],
                           "document_id": repo.last_document_id(conn, contract_id, form_id)})


def issued(vault, incident_id: int) -> list[dict]:
    """The reports made for an incident, with their documents (for the page's list)."""
    out = []
    for r in repo.reports(vault.conn, incident_id):
        try:
            doc = documents.get_document(vault, r["document_id"]) if r["document_id"] else None
        except KojinError:
            doc = None
        out.append({**r, "title": doc["title"] if doc else "", "version": doc["version"] if doc else ""})
    return out

