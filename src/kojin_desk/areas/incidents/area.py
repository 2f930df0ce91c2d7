"""Incidents (Art. 13, 16(2)) as an area: from the first notice to the 速報, the 確報 and closure."""

from __future__ import annotations

from kojin_desk.areas.contract import Area, Finding, ParseContext
from kojin_desk.areas.incidents import demo, forms, service, transfer
from kojin_desk.errors import Problem


class IncidentsArea(Area):
    key = "incidents"
    title = ("事故対応", "Incidents")
    articles = ("第4条", "第13条第1項", "第13条第2項", "第13条第3項", "第16条第2項", "第16条第5項")
    needs = ("people", "places", "instructions", "ledger")
    tables = ("incidents", "incident_items", "incident_people", "incident_events", "incident_reports")
    dump_keys = transfer.KEYS
    transfer, demo_module, forms_module = transfer, demo, forms
    forms = forms.FORMS
    ui = "kojin_desk.ui.areas.incidents.area:IncidentsArea"

    def findings(self, conn, contract) -> list[Finding]:
        return [Finding(problem, article, f"incidents/show:{incident_id}", due, todo)
                for problem, article, due, todo, incident_id in service.findings(conn, contract)]

    def parse(self, ctx: ParseContext):
        places, ledger = ctx.parsed["places"].records, ctx.parsed["ledger"]
        refs = {"people": {p.id for p in ctx.parsed["people"].people},
                "workplaces": {w.id for w in places["workplaces"]}, "movements": ctx.parsed["places"].movement_ids,
                "inventory_items": set(ledger.items), "ledger": range(1, ledger.entries.count + 1),  # verified 1..n
                "instructions": {record.id for record, _ in ctx.parsed["instructions"]},
                "documents": {d.get("id") for d in ctx.doc.get("documents") or [] if isinstance(d, dict)}}
        return transfer.parse(ctx.doc, ctx.contract_ids, refs, ctx.problems)

    def load_problems(self, conn, parsed: dict) -> list[Problem]:
        return transfer.load_problems(conn)
