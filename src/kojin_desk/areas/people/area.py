"""People (Art. 4–7) as an area: the responsibility structure, pledges, dispatch, training and audits."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.contract import Area, Finding
from kojin_desk.areas.people import advance, demo, forms, service, transfer
from kojin_desk.areas.people import repo as people_repo
from kojin_desk.errors import Problem
from kojin_desk.store import repos

# Where each finding of this area sends the user, and the article it cites.
ROUTES = {
    "responsible_missing": ("第5条第1項", "people/staff_wizard"),
    "auditor_missing": ("第5条第1項", "people/auditor_notification"),
    "untrained": ("第7条第3項", "people/training"),
    "pledge_missing": ("第5条第4項", "people/pledges"),
    "dispatch_unchecked": ("第6条", "people/pledges"),
    "audit_action_overdue": ("第5条第3項", "people/audits"),
}


class PeopleArea(Area):
    key = "people"
    title = ("人員", "People")
    articles = ("第4条", "第5条", "第6条", "第7条")
    tables = ("people", "assignments", "contact_chain", "procedures", "pledges", "dispatch_checks",
              "training_sessions", "training_attendance", "audits", "audit_actions")
    dump_keys = transfer.KEYS
    transfer, demo_module, forms_module = transfer, demo, forms
    forms = ("staff_notification", "auditor_notification", "pledge", "training_plan", "training_record")
    ui = "kojin_desk.ui.areas.people.area:PeopleArea"

    def findings(self, conn, contract) -> list[Finding]:
        issued = {d["form_id"] for d in repos.list_documents(conn, contract.id)}
        todo = []
        if "staff_notification" not in issued:
            todo.append(("todo_staff_notification", "第5条第1項", "people/staff_wizard"))
        if "training_plan" not in issued:
            todo.append(("todo_training_plan", "第7条第2項", "people/training_plan"))
        if service.needs_auditor(conn, contract.id) and "auditor_notification" not in issued:
            todo.append(("todo_auditor_notification", "第5条第1項", "people/auditor_notification"))
        found = [Finding(Problem(code), article, action, todo=True) for code, article, action in todo]
        problems = service.contract_problems(conn, contract)
        today = date.today().isoformat()
        overdue = [(Problem("audit_action_overdue", {"action": a.action[:40], "due": a.due_on}), a.due_on)
                   for a in people_repo.open_actions(conn, contract.id) if a.due_on < today]
        found += [Finding(p, *ROUTES[p.code]) for p in problems]
        found += [Finding(p, *ROUTES[p.code], due=due) for p, due in overdue]
        found += advance.findings(conn, contract.id, today)
        return found
