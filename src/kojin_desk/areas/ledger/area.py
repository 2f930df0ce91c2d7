"""Inventories and the handling ledger (Art. 3(2), 11(2), 11(10)(3)–(4)) as an area."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.contract import Area, Finding, ParseContext
from kojin_desk.areas.ledger import demo, inspections, reconcile, rules, service, transfer
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.errors import Problem
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import report


class LedgerArea(Area):
    key = "ledger"
    title = ("目録・台帳", "Inventory & ledger")
    articles = ("第3条第2項", "第11条第2項", "第11条第10項第3号", "第11条第10項第4号")
    needs = ("people", "instructions", "places")
    tables = ("inventory_items", "inventory_revisions", "ledger", "ledger_sums", "ledger_text", "inspection_plans", "inspections")
    dump_keys = transfer.KEYS
    transfer, demo_module = transfer, demo
    streams = ("ledger",)
    dump_since = {"ledger_rules_from": 6}  # step 6 linked the ledger to the registry; older dumps have no watermark
    forms = ("handling_ledger", "inventory_list", "receipt", "inventory_b_report")
    ui = "kojin_desk.ui.areas.ledger.area:LedgerArea"

    def findings(self, conn, contract) -> list[Finding]:
        found = []
        try:
            due = inspections.due_on(conn, contract.id)
        except ValueError:  # a date edited outside the app: named, and the rest is still checked
            due = ""
            found.append(Finding(Problem("inspection_unreadable"), "第11条第10項第3号", "ledger/inspections"))
        if due == "":
            pass
        elif due is None:
            found.append(Finding(Problem("todo_inspection_plan"), "第11条第10項第3号", "ledger/inspections", todo=True))
        elif due < date.today().isoformat():
            found.append(Finding(Problem("inspection_overdue", {"due": due}), "第11条第10項第3号",
                                 "ledger/inspections", due=due))
        elif due == date.today().isoformat():
            found.append(Finding(Problem("todo_inspection_due", {"due": due}), "第11条第10項第3号",
                                 "ledger/inspections", due=due, todo=True))
        found += spine_findings(conn, contract)
        for r in service.reconcile(conn, contract.id, ended=reconcile.ended(contract)):
            found += [Finding(p, article, action, due=due) for p, article, action, due in reconcile.problems(r, contract)]
        return found

    def vault_problems(self, conn) -> list[Problem]:
        found = []
        bad_seq, why = ledger_repo.verify_chain(conn)
        if bad_seq is not None:
            found.append(Problem("ledger_altered" if why == "altered" else "ledger_missing", {"seq": bad_seq}))
        # The totals the dashboard and findings read are kept by a trigger: counted again here.
        report(0, 0, msg("progress_totals"))
        for (contract_id,) in conn.execute("SELECT id FROM contracts ORDER BY id"):
            if _nonzero(ledger_repo.counted_totals(conn, contract_id)) != _nonzero(ledger_repo.item_totals(conn, contract_id)):
                found.append(Problem("ledger_sums_stale", {}, pick(f"契約 id {contract_id}", f"contract id {contract_id}")))
        if ledger_repo.text_rows(conn) != ledger_repo.entry_count(conn):  # a search would miss entries
            found.append(Problem("ledger_text_stale"))
        return found

    def stream(self, conn, key: str, rows, problems: list[Problem]):
        return transfer.stream(conn, rows, problems)

    def parse(self, ctx: ParseContext):
        return transfer.parse(ctx.doc, ctx.contract_ids, ctx.problems, ctx.streamed.get("ledger"))

    def load_problems(self, conn, parsed: dict) -> list[Problem]:
        return transfer.load_problems(conn, parsed[self.key])

    def prefill(self, vault, contract_id: int, form_id: str) -> dict | None:
        return service.inventory_b_report_data(vault, contract_id) if form_id == "inventory_b_report" else None


def _nonzero(totals: dict) -> dict:
    return {(item, kind): q for item, kinds in totals.items() for kind, q in kinds.items() if q}


def spine_findings(conn, contract) -> list[Finding]:
    """What the ledger shows about the people and records it names (saved truthfully, reported here)."""
    found, start = [], rules.rules_from(conn)
    records = rules.ContractRecords(conn, contract.id)
    attended = people_repo.attended_dates(conn, contract.id)
    signed = {p["person_id"]: p["signed_on"] for p in people_repo.pledges(conn, contract.id)}
    for name, first in ledger_repo.first_handling(conn, contract.id, start):
        pid = records.person_id(name, first)
        if pid is None:
            continue
        if not any(d <= first for d in attended.get(pid, [])):
            found.append(Finding(Problem("ledger_by_untrained", {"name": name, "date": first}), "第7条第3項", "people/training"))
        if not signed.get(pid) or signed[pid] > first:
            found.append(Finding(Problem("ledger_without_pledge", {"name": name, "date": first}), "第5条第4項", "people/pledges"))
    names = {p.name for p in records.people.values()}
    places = {w.name for w in records.workplaces}
    loose = sorted({v for person, place in ledger_repo.free_text_before(conn, contract.id, start)
                    for v in (person if person not in names else "", place if place not in places else "") if v})
    if loose:
        found.append(Finding(Problem("ledger_free_text", {"values": "、".join(v[:20] for v in loose[:5])
                                                          + ("…" if len(loose) > 5 else "")}), "第11条第10項第4号", "ledger"))
    listed = {i.name for i in records.items.values()}
    found += [Finding(Problem("approval_item_unknown", {"reference": i.reference or i.received_on, "item": i.item[:40]}),
                      "第10条", "instructions") for i in records.approvals if i.item and i.item not in listed]
    unlinked = places_repo.unlinked_count(conn, contract.id)
    if unlinked:
        found.append(Finding(Problem("movements_unlinked", {"count": unlinked}), "第11条第10項第4号", "places/sends"))
    found += [Finding(Problem("movement_entry_missing", {"seq": seq, "kind": kind}), "第11条第7項", "ledger")
              for seq, kind in ledger_repo.moves_without_record(conn, contract.id, start)]
    return found
