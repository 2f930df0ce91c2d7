"""Places and movement (Art. 11(3)–(9)) as an area: work places, equipment, cloud, methods, sends, take-outs."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.contract import Area, Finding, ParseContext
from kojin_desk.areas.places import advance, demo, forms, service, transfer
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.errors import Problem
from kojin_desk.store import repos

ROUTES = {
    "workplace_missing": ("第11条第3項", "places/workplaces"),
    "equipment_unattested": ("第11条第9項", "places/equipment"),
    "cloud_no_cert": ("第11条第9項", "places/equipment"),
    "cert_expired": ("第11条第9項", "places/equipment"),
    "send_open": ("第11条第7項", "places/sends"),
}
METHOD_TODO = {"transport": ("todo_transport_methods", "第11条第5項"), "sending": ("todo_sending_methods", "第11条第6項")}


class PlacesArea(Area):
    key = "places"
    title = ("作業場所・運搬・送付", "Places & methods")
    articles = ("第11条第3項", "第11条第4項", "第11条第5項", "第11条第6項", "第11条第7項", "第11条第8項", "第11条第9項")
    needs = ("people",)
    tables = ("workplaces", "equipment", "cloud_services", "cloud_certifications", "methods", "takeouts", "movements")
    dump_keys = tuple(transfer.TABLES)
    transfer, demo_module, forms_module = transfer, demo, forms
    streams = ("movements",)  # the send log grows with the ledger (about 2 records in 7 entries)
    forms = ("workplace_notification", "transport_notification", "sending_notification", "send_log", "takeout_request")
    ui = "kojin_desk.ui.areas.places.area:PlacesArea"

    def findings(self, conn, contract) -> list[Finding]:
        issued = {d["form_id"] for d in repos.list_documents(conn, contract.id)}
        found = []
        if "workplace_notification" not in issued:
            found.append(Finding(Problem("todo_workplace_notification"), "第11条第3項",
                                 "places/declare:workplace_notification", todo=True))
        unnotified, issued_before = advance.findings(conn, contract.id, date.today().isoformat())
        for form_id, kind in forms.METHOD_FORMS.items():
            if form_id not in issued_before and any(not m.declared_on and not m.ended_on for m in places_repo.methods(conn, contract.id, kind)):
                code, article = METHOD_TODO[kind]
                found.append(Finding(Problem(code), article, f"places/declare:{form_id}", todo=True))
        return found + unnotified + [Finding(p, *ROUTES[p.code]) for p in service.contract_problems(conn, contract)]

    def stream(self, conn, key: str, rows, problems: list[Problem]):
        return transfer.stream(conn, rows, problems)

    def parse(self, ctx: ParseContext):
        people = {p.id: p.name for p in ctx.parsed["people"].people}
        return transfer.parse(ctx.doc, ctx.contract_ids, people, ctx.problems, ctx.streamed.get("movements"))

    def load_problems(self, conn, parsed: dict) -> list[Problem]:
        return transfer.load_problems(conn)
