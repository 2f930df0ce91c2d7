"""Places & methods (Art. 11(3)–(9)): work places, equipment, cloud services, methods, the send log, take-outs."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kojin_desk.areas.places import forms as place_forms
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Certification, CloudService
from kojin_desk.services import office_contracts
from kojin_desk.ui.areas.places.movements_tab import MovementsTab
from kojin_desk.ui.areas.places.place_lists import (
    equipment_list,
    method_list,
    takeout_list,
    workplace_list,
)
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.record_list import RecordList
from kojin_desk.ui.widgets import WarningLabel


def declare(ctx, form_id: str, parent) -> None:
    """The declaration wizard, then the notification's own wizard (preview, 印刷, 発行)."""
    from kojin_desk.ui.areas.places.declaration_wizard import DeclarationWizard

    if ctx.contract_id is None:
        return
    wizard = DeclarationWizard(ctx, form_id, parent)
    if wizard.exec() and wizard.next_form:
        issue_form(ctx, wizard.next_form[0], parent, wizard.next_form[1])
    ctx.data_changed.emit()


class CloudTab(QWidget):
    """Cloud services and, for the one selected, the certifications checked (Art. 11(9) なお書き)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = RecordList(ctx, CloudService, ["name", "provider", "use", "evaluated_on", "evaluation"],
                                   lambda: places.cloud_services(ctx.vault, ctx.contract_id),
                                   lambda: CloudService(contract_id=ctx.contract_id),
                                   lambda s: places.save_cloud(ctx.vault, s), self.tr("Cloud service"), ("第11条第9項",))
        self.certs = RecordList(ctx, Certification, ["scheme", "reference", "expires_on"], self._certs,
                                lambda: Certification(service_id=self._service_id()),
                                lambda c: places.save_certification(ctx.vault, c), self.tr("Certification"))
        self.certs.add_button("delete_cert", self.tr("Delete"), self.delete_cert)
        self.services.table.itemSelectionChanged.connect(self.certs.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.services, 2)
        layout.addWidget(QLabel(self.tr("Certifications of the selected service (ISMAP, ISO/IEC 27001/27017/27018, JIS Q 27001)")))
        layout.addWidget(self.certs, 1)

    def _service_id(self) -> int | None:
        s = self.services.table.current()
        return s.id if s else None

    def _certs(self) -> list:
        sid = self._service_id()
        return places.certifications(self.ctx.vault, sid) if sid else []

    def refresh(self) -> None:
        self.services.refresh()
        if self.services.table.rowCount():
            self.services.table.selectRow(0)
        self.certs.refresh()

    def delete_cert(self) -> None:
        cert = self.certs.table.current()
        if cert is None:
            return
        asked = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the certification %s (%s)?") % (cert.scheme, cert.reference))
        if asked == QMessageBox.StandardButton.Yes:
            places.delete_certification(self.ctx.vault, cert.id)
            self.certs.refresh()
            self.ctx.data_changed.emit()


class ListTab(QWidget):
    """One or more record lists, each with its notification button."""

    def __init__(self, ctx, lists: list[tuple[RecordList, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists = [lst for lst, _, _ in lists]
        layout = QVBoxLayout(self)
        for lst, form_id, text in lists:
            if form_id:
                lst.add_button(form_id, text, lambda _=False, f=form_id: declare(ctx, f, self))
            if len(lists) > 1:
                layout.addWidget(QLabel(f"<b>{escape(lst.title)}</b>"))
            layout.addWidget(lst)

    def refresh(self) -> None:
        for lst in self.lists:
            lst.refresh()


class PlacesArea(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warnings = WarningLabel("places_warnings")
        self.workplaces = ListTab(ctx, [(workplace_list(ctx), "workplace_notification", self.tr("Work place notification…"))])
        self.methods = ListTab(ctx, [
            (method_list(ctx, "transport"), "transport_notification", self.tr("Transport notification…")),
            (method_list(ctx, "sending"), "sending_notification", self.tr("Sending notification…"))])
        self.takeouts = takeout_list(ctx)
        self.takeouts.add_button("takeout_request", self.tr("Request form…"), self.takeout_request)
        self.movements = MovementsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("places_tabs")
        self.equipment = ListTab(ctx, [(equipment_list(ctx), "", "")])
        for widget, title in ((self.workplaces, self.tr("Work places")), (self.equipment, self.tr("Equipment")),
                              (CloudTab(ctx), self.tr("Cloud services")),
                              (self.methods, self.tr("Transport and sending methods")),
                              (self.movements, self.tr("Send log")), (self.takeouts, self.tr("Take-outs"))):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("Places & methods")))
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if not self.ctx.vault.is_open:
            return
        contract = office_contracts.get_contract(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else None
        self.warnings.show_problems(places.warnings(self.ctx.vault, contract) if contract else [])
        self.tabs.currentWidget().refresh()

    def run_step(self, step: str) -> None:
        """A next step from the dashboard (the action keys of areas.places.area.ROUTES)."""
        tabs = {"workplaces": self.workplaces, "equipment": self.equipment, "sends": self.movements}
        if step in tabs:
            self.tabs.setCurrentWidget(tabs[step])
        elif step.startswith("declare:"):
            declare(self.ctx, step.split(":", 1)[1], self)

    def takeout_request(self) -> None:
        t = self.takeouts.table.current()
        if t is not None:
            issue_form(self.ctx, "takeout_request", self, place_forms.takeout_request(self.ctx.vault, self.ctx.contract_id, t.id))
