"""Confidentiality pledges (Art. 5(4)) and dispatch contracts (Art. 6) of the people on the contract."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.people import forms as staff_forms
from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import DISPATCHED, DispatchCheck
from kojin_desk.domain.wareki import format_date
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.services.files import save_file
from kojin_desk.ui.form_wizard import issue_form
from kojin_desk.ui.pdf_view import ask_save_path
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.widgets import button_row, read_only, show_error


class PledgesTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_ids: list[int] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pledges")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Employment"), self.tr("Pledge signed"),
                                              self.tr("Scan"), self.tr("Dispatch contract checked")])
        read_only(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([("print_pledge", self.tr("Print pledge…"), self.print_pledge),
                                     ("record_signed", self.tr("Record signed date…"), self.record_signed),
                                     ("attach_scan", self.tr("Attach signed scan…"), self.attach_scan),
                                     ("save_scan", self.tr("Save scan as…"), self.save_scan),
                                     ("dispatch", self.tr("Dispatch contract…"), self.dispatch)], ("第5条第4項", "第6条")))
        layout.addWidget(self.table)

    def refresh(self) -> None:
        vault, cid = self.ctx.vault, self.ctx.contract_id
        if cid is None:
            self.table.setRowCount(0)
            return
        by_id = people.by_id(vault)
        self.person_ids = list(dict.fromkeys(a.person_id for a in people.assignments(vault, cid)))
        pledges, checks = people.pledges(vault, cid), people.dispatch_checks(vault, cid)
        style = self.ctx.settings.date_style
        self.table.setRowCount(len(self.person_ids))
        for r, pid in enumerate(self.person_ids):
            p, pledge, check = by_id[pid], pledges.get(pid) or {}, checks.get(pid)
            dispatch = "" if p.employment != DISPATCHED else (
                f"{format_date(check.checked_on, style)}（{check.contract_ref}）" if check and check.stated else self.tr("Not yet"))
            values = [p.name, p.employment,
                      format_date(pledge["signed_on"], style) if pledge.get("signed_on") else self.tr("Not yet"),
                      pledge.get("scan_name", "") if pledge.get("has_scan") else "", dispatch]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def _person(self) -> int | None:
        row = self.table.currentRow()
        return self.person_ids[row] if 0 <= row < len(self.person_ids) else None

    def _run(self, action) -> None:
        try:
            action()
        except KojinError as exc:
            show_error(self, exc)
            return
        self.ctx.data_changed.emit()

    def print_pledge(self) -> None:
        pid = self._person()
        if pid is not None:
            issue_form(self.ctx, "pledge", self, staff_forms.pledge(self.ctx.vault, self.ctx.contract_id, pid))

    def record_signed(self) -> None:
        pid = self._person()
        if pid is None:
            return
        day, ok = QInputDialog.getText(self, self.tr("Pledge signed"), self.tr("Date signed (e.g. R8.4.1):"))
        if ok:
            self._run(lambda: people.record_pledge(self.ctx.vault, self.ctx.contract_id, pid, day))

    def attach_scan(self) -> None:
        pid = self._person()
        if pid is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach signed scan"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if not path:
            return
        signed = (people.pledges(self.ctx.vault, self.ctx.contract_id).get(pid) or {}).get("signed_on", "")
        try:
            size = Path(path).stat().st_size
            if size > people.MAX_SCAN_MB * 1048576:  # refused before a huge file is read into memory
                show_error(self, ValidationError([Problem("scan_too_large", {"size": round(size / 1048576, 1),
                                                                             "max": people.MAX_SCAN_MB})]))
                return
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self, KojinError("file_unreadable", path=path, detail=exc.strerror))
            return
        self._run(lambda: people.record_pledge(self.ctx.vault, self.ctx.contract_id, pid, signed, data, Path(path).name))

    def save_scan(self) -> None:
        pid = self._person()
        if pid is None:
            return
        scan, name = people.pledge_scan(self.ctx.vault, self.ctx.contract_id, pid)
        if scan is None:
            return
        path = ask_save_path(self, self.tr("Save scan as"), name, "")
        if path:
            try:
                save_file(Path(path), scan)
            except KojinError as exc:
                show_error(self, exc)

    def dispatch(self) -> None:
        pid = self._person()
        if pid is None:
            return
        cid = self.ctx.contract_id
        record = people.dispatch_checks(self.ctx.vault, cid).get(pid) or DispatchCheck(contract_id=cid, person_id=pid)
        if RecordDialog(self.tr("Dispatch contract"), record,
                        lambda d: people.save_dispatch_check(self.ctx.vault, d), self).exec():
            self.ctx.data_changed.emit()
