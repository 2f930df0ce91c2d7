"""Inventories and the handling ledger (Art. 3(2), 11(2), 11(10)(3)–(4)) as an area."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.contract import Area, DemoContext, Finding, ParseContext
from kojin_desk.areas.ledger import demo, inspections, service, transfer
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick


class LedgerArea(Area):
    key = "ledger"
    title = ("目録・台帳", "Inventory & ledger")
    articles = ("第3条第2項", "第11条第2項", "第11条第10項第3号", "第11条第10項第4号")
    needs = ("people", "places")
    tables = ("inventory_items", "inventory_revisions", "ledger", "ledger_sums", "inspection_plans", "inspections")
    dump_keys = transfer.KEYS
    forms = ("handling_ledger", "inventory_list", "receipt")
    ui = "kojin_desk.ui.areas.ledger.area:LedgerArea"

    def findings(self, conn, contract) -> list[Finding]:
        found = []
        due = inspections.due_on(conn, contract.id)
        if due is None:
            found.append(Finding(Problem("todo_inspection_plan"), "第11条第10項第3号", "ledger/inspections", todo=True))
        elif due < date.today().isoformat():
            found.append(Finding(Problem("inspection_overdue", {"due": due}), "第11条第10項第3号",
                                 "ledger/inspections", due=due))
        elif due == date.today().isoformat():
            found.append(Finding(Problem("todo_inspection_due", {"due": due}), "第11条第10項第3号",
                                 "ledger/inspections", due=due, todo=True))
        for r in service.reconcile(conn, contract.id):
            if not r["ok"]:
                found.append(Finding(Problem("reconcile_mismatch", {"item": r["item"].name[:40], **{k: r[k] for k in (
                    "received", "returned", "destroyed", "held")}}), "第11条第10項第4号", "ledger/inventory"))
        return found

    def vault_problems(self, conn) -> list[Problem]:
        found = []
        bad_seq, why = ledger_repo.verify_chain(conn)
        if bad_seq is not None:
            found.append(Problem("ledger_altered" if why == "altered" else "ledger_missing", {"seq": bad_seq}))
        # The totals the dashboard and findings read are kept by a trigger: counted again here.
        for (contract_id,) in conn.execute("SELECT id FROM contracts ORDER BY id"):
            if _nonzero(ledger_repo.counted_totals(conn, contract_id)) != _nonzero(ledger_repo.item_totals(conn, contract_id)):
                found.append(Problem("ledger_sums_stale", {}, pick(f"契約 id {contract_id}", f"contract id {contract_id}")))
        return found

    def dump(self, conn) -> dict:
        return transfer.dump(conn)

    def parse(self, ctx: ParseContext):
        return transfer.parse(ctx.doc, ctx.contract_ids, ctx.problems)

    def load(self, conn, parsed) -> None:
        transfer.load(conn, parsed)

    def load_problems(self, conn, parsed: dict) -> list[Problem]:
        return transfer.load_problems(conn, parsed[self.key].entries)

    def demo(self, vault, ctx: DemoContext) -> None:
        demo.build(vault, ctx)


def _nonzero(totals: dict) -> dict:
    return {(item, kind): q for item, kinds in totals.items() for kind, q in kinds.items() if q}
