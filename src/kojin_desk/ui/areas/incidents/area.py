"""Incidents (Art. 13, 16(2)): the 連絡・対処体制 of Art. 4 on top, the incidents of the contract, and for the one
selected its deadlines, exposure, what it affected, its timeline and its reports (速報, 確報, 紛争等通知)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.incidents import forms as incident_forms
from kojin_desk.areas.incidents import service as incidents
from kojin_desk.areas.incidents.model import Event, Incident, Involved
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.people import service as people
from kojin_desk.domain.wareki import format_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.widgets import ArticleLink, button_row, read_only, show_error

ROLE = 256


class IncidentsArea(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contacts = QLabel()
        self.contacts.setObjectName("contact_chain")
        self.contacts.setWordWrap(True)
        self.contacts.setStyleSheet("background: #fff4e5; padding: 6px;")
        self.list = QListWidget()
        self.list.setObjectName("incidents")
        self.list.currentRowChanged.connect(self.show_current)
        self.status = QLabel()
        self.status.setObjectName("incident_status")
        self.status.setWordWrap(True)
        self.affected = read_only(QTableWidget(0, 5))
        self.affected.setObjectName("affected")
        self.affected.doubleClicked.connect(self.edit_item)
        self.affected.setHorizontalHeaderLabels([self.tr("List item"), self.tr("Medium"), self.tr("Ledger No."),
                                                 self.tr("Records"), self.tr("Persons")])
        self.timeline = read_only(QTableWidget(0, 4))
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("With whom"), self.tr("What")])
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(button_row([("new_incident", self.tr("New incident…"), lambda: self.new_incident(""))]))
        lv.addWidget(self.list)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.status)
        rv.addLayout(button_row([("edit_incident", self.tr("Edit…"), self.edit),
                                 ("quick_days", self.tr("Days for the first report…"), self.set_quick_days),
                                 ("add_item", self.tr("Add from the lists…"), self.add_item),
                                 ("add_person", self.tr("Person involved…"), self.add_person),
                                 ("close_incident", self.tr("Close…"), self.close_incident)], ("第13条第1項",)))
        rv.addWidget(QLabel("<b>%s</b>" % self.tr("What was affected (from the lists and the ledger)")))
        rv.addWidget(self.affected, 1)
        rv.addLayout(button_row([("add_event", self.tr("Add to the timeline…"), self.add_event)],
                                ("第13条第2項", "第13条第3項")))
        rv.addWidget(self.timeline, 2)
        rv.addLayout(button_row([("quick_report", self.tr("First report (速報)…"), lambda: self.report("速報")),
                                 ("final_report", self.tr("Final report (確報)…"), lambda: self.report("確報")),
                                 ("dispute_notice", self.tr("Dispute notice…"), self.dispute)], ("第16条第2項",)))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel("<h2>%s</h2>" % self.tr("Incidents")))
        head.addStretch()
        head.addWidget(ArticleLink("第4条"))
        layout.addLayout(head)
        layout.addWidget(self.contacts)
        layout.addWidget(splitter, 1)
        self.rows: list[Incident] = []
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    # --- showing ------------------------------------------------------------------------------
    def current(self) -> Incident | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def refresh(self, *_args, select: int | None = None) -> None:
        if not self.ctx.vault.is_open:
            return
        cid = self.ctx.contract_id
        chain = people.contact_chain(self.ctx.vault, cid) if cid else []
        if chain:
            steps = "　→　".join(f"{n}. {escape(s.who)} ☎ {escape(s.phone)}" + (f"（{escape(s.duty)}）" if s.duty else "")
                                 for n, s in enumerate(chain, 1))
            self.contacts.setText("<b>%s</b><br>%s" % (self.tr("Contact chain for a leak (call in this order):"), steps))
        else:
            self.contacts.setText(self.tr("No contact chain is set: set it in the People area (Art. 4)."))
        keep = select if select is not None else (self.current().id if self.current() else None)
        self.rows = incidents.incidents(self.ctx.vault, cid) if cid else []
        self.list.blockSignals(True)
        self.list.clear()
        for i in self.rows:
            state = self.tr("closed") if i.closed_on else self.tr("open")
            item = QListWidgetItem(f"{format_date(i.discovered_on, self.ctx.settings.date_style)}　{i.title}（{state}）")
            item.setData(ROLE, i.id)
            self.list.addItem(item)
        index = next((n for n, i in enumerate(self.rows) if i.id == keep), 0 if self.rows else -1)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self.show_current()

    def show_current(self, *_args) -> None:
        i = self.current()
        style = self.ctx.settings.date_style
        if i is None:
            self.status.setText(self.tr("No incident recorded for this contract."))
            self.affected.setRowCount(0)
            self.timeline.setRowCount(0)
            return
        s = incidents.status(self.ctx.vault, i)
        count, records, approx = s["persons"]
        lines = [f"<h3>{escape(i.ref)}</h3>",
                 self.tr("Category: %s; discovered %s") % (escape(i.category), format_date(i.discovered_on, style)),
                 self.tr("First report (速報) due %s: %s") % (format_date(s["quick_due"], style),
                                                            format_date(s["quick_on"], style) if s["quick_on"] else self.tr("not made")),
                 self.tr("Final report (確報) due %s (%d days): %s") % (format_date(s["final_due"], style), s["final_days"],
                                                                    format_date(s["final_on"], style) if s["final_on"] else self.tr("not made")),
                 self.tr("Persons: %s%s; records: %s") % (self.tr("about ") if approx else "", f"{count:,}", f"{records:,}"),
                 self.tr("PPC reportable: %s") % (escape("、".join(s["triggers"])) or self.tr("none of 施行規則第7条")),
                 (self.tr("Contract amount %s yen; penalty of Art. 16(5) (10%%): %s yen") % (
                     f"{int(s['amount'].replace(',', '')):,}", f"{s['penalty']:,}")) if s["penalty"] is not None
                 else self.tr("Enter the contract amount (Edit contract) to see the penalty of Art. 16(5)."),
                 ]
        registry = people.by_id(self.ctx.vault)
        who = "、".join(f"{registry[p.person_id].name}（{p.role}）" if p.role else registry[p.person_id].name
                       for p in incidents.involved(self.ctx.vault, i.id) if p.person_id in registry)
        if who:
            lines.append(self.tr("People involved: %s") % escape(who))
        if i.closed_on:
            lines.append(self.tr("Closed on %s") % format_date(i.closed_on, style))
        self.status.setText("<br>".join(lines))
        names = incidents.item_names(self.ctx.vault, i.contract_id)
        items = incidents.affected(self.ctx.vault, i.id)
        self._fill(self.affected, [[names.get(a.item_id, ""), a.medium, str(a.ledger_seq or ""), a.records,
                                    ("~" if a.approximate else "") + a.persons] for a in items])
        self._fill(self.timeline, [[f"{format_date(e.day, style)} {e.time}", e.kind, e.who,
                                    e.content + (f" 【{e.instruction}】" if e.instruction else "")]
                                   for e in incidents.events(self.ctx.vault, i.id)])

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(v).replace("\n", " ")))
        table.resizeColumnsToContents()

    # --- actions --------------------------------------------------------------------------------
    def run_step(self, step: str) -> None:
        """"new", "new:ledger:<seq>", "new:movement:<id>" (from the ledger or the send log), "show:<id>"."""
        kind, _, rest = step.partition(":")
        if kind == "new":
            self.new_incident(rest)
        elif kind == "show" and rest.isdigit():
            self.refresh(select=int(rest))

    def new_incident(self, source: str) -> None:
        if self.ctx.contract_id is None:
            return
        try:
            draft, affected = incidents.draft(self.ctx.vault, self.ctx.contract_id, source)
        except KojinError as exc:
            show_error(self, exc)
            return
        dialog = RecordDialog(self.tr("New incident"), draft,
                              lambda i: incidents.open_incident(self.ctx.vault, i, affected), self)
        if dialog.exec():
            self.ctx.data_changed.emit()
            self.refresh(select=dialog.saved.id)

    def edit(self) -> None:
        i = self.current()
        if i is not None and RecordDialog(self.tr("Incident"), i, lambda r: incidents.save(self.ctx.vault, r), self).exec():
            self.ctx.data_changed.emit()

    def set_quick_days(self) -> None:
        """The first report's target, 3 to 5 days from discovery (PPC: promptly, about 3–5 days)."""
        from dataclasses import replace

        from PySide6.QtWidgets import QInputDialog

        i = self.current()
        if i is None:
            return
        days, ok = QInputDialog.getInt(self, self.tr("First report"), self.tr("Days from discovery to the first report:"),
                                       i.quick_days, 3, 5)
        if ok and days != i.quick_days:
            try:
                incidents.save(self.ctx.vault, replace(i, quick_days=days))
            except KojinError as exc:
                show_error(self, exc)
                return
            self.ctx.data_changed.emit()

    def add_item(self) -> None:
        i = self.current()
        if i is None:
            return
        items = ledger.list_items(self.ctx.vault, i.contract_id)
        labels = [f"[{x.catalog}] {x.name}" for x in items]
        chosen, ok = QInputDialog.getItem(self, self.tr("Add from the lists"), self.tr("List item:"), labels, 0, False)
        if not ok or chosen not in labels:
            return
        try:
            a = incidents.item_from_inventory(self.ctx.vault, i.contract_id, items[labels.index(chosen)].id)
            incidents.save_item(self.ctx.vault, replace(a, incident_id=i.id))
        except KojinError as exc:
            show_error(self, exc)
            return
        self.ctx.data_changed.emit()

    def edit_item(self, *_args) -> None:
        """本人の数 and 件数 start from the records (概数 allowed) and are corrected as they become known."""
        i, row = self.current(), self.affected.currentRow()
        items = incidents.affected(self.ctx.vault, i.id) if i else []
        if 0 <= row < len(items) and RecordDialog(self.tr("What was affected"), items[row],
                                                  lambda a: incidents.save_item(self.ctx.vault, a), self).exec():
            self.ctx.data_changed.emit()

    def add_person(self) -> None:
        i = self.current()
        if i is None:
            return
        registry = people.list_people(self.ctx.vault)
        names = [p.name for p in registry]
        chosen, ok = QInputDialog.getItem(self, self.tr("Person involved"), self.tr("Person:"), names, 0, False)
        if not ok or chosen not in names:
            return
        role, ok = QInputDialog.getText(self, self.tr("Person involved"), self.tr("How involved (発見者, 当事者…):"))
        if ok:
            current = [p for p in incidents.involved(self.ctx.vault, i.id) if p.person_id != registry[names.index(chosen)].id]
            incidents.set_involved(self.ctx.vault, i.id, current + [Involved(registry[names.index(chosen)].id, role)])
            self.ctx.data_changed.emit()

    def add_event(self) -> None:
        i = self.current()
        if i is None:
            return
        event = Event(day=date.today().isoformat(), incident_id=i.id)
        if RecordDialog(self.tr("Timeline"), event, lambda e: incidents.add_event(self.ctx.vault, e), self).exec():
            self.ctx.data_changed.emit()

    def report(self, kind: str) -> None:
        i = self.current()
        if i is not None:
            issue_form(self.ctx, incident_forms.REPORT, self,
                       incident_forms.report_data(self.ctx.vault, i.id, kind, self.ctx.settings.date_style))
            self.refresh()

    def dispute(self) -> None:
        i = self.current()
        if i is not None:
            issue_form(self.ctx, incident_forms.DISPUTE, self, incident_forms.dispute_data(self.ctx.vault, i.id))
            self.refresh()

    def close_incident(self) -> None:
        i = self.current()
        if i is None:
            return
        day, ok = QInputDialog.getText(self, self.tr("Close"), self.tr("Closed on (2026-07-31 / R8.7.31):"),
                                       text=date.today().isoformat())
        if not ok:
            return
        from kojin_desk.domain.wareki import parse_date

        try:
            incidents.close(self.ctx.vault, i.id, parse_date(day).isoformat())
        except (KojinError, ValueError) as exc:
            show_error(self, exc if isinstance(exc, KojinError) else KojinError("bad_date", field=self.tr("Closed on"), value=day[:40]))
            return
        self.ctx.data_changed.emit()
