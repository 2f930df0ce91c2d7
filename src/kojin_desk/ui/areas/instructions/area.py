"""Tokyo's instructions and approvals: one register (Art. 9, 10, 11(4), 12(2), 13, 14, 17), scans kept in the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from kojin_desk.areas.instructions import service as instructions
from kojin_desk.areas.instructions.model import Instruction
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.services.files import save_file
from kojin_desk.ui.record_list import RecordList
from kojin_desk.ui.widgets import show_error


class InstructionsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = RecordList(
            ctx, Instruction, ["received_on", "kind", "reference", "from_on", "to_on", "item", "quantity", "issuer", "summary"],
            lambda: instructions.instructions(ctx.vault, ctx.contract_id),
            lambda: Instruction(contract_id=ctx.contract_id), lambda i: instructions.save(ctx.vault, i),
            self.tr("Instruction or approval from Tokyo"), ("第10条", "第11条第4項", "第12条第2項", "第14条", "第17条"),
            [(self.tr("Scan"), lambda i: i.scan_name or self.tr("None"))])
        self.list.add_button("attach_scan", self.tr("Attach scan…"), self.attach_scan)
        self.list.add_button("save_scan", self.tr("Save scan as…"), self.save_scan)
        intro = QLabel(self.tr("Record here every instruction and approval received from Tokyo: copying (Art. 10), "
                               "taking out or handling elsewhere (Art. 11(4)), the close-out method (Art. 12(2)), "
                               "improvements (Art. 14) and answers to questions (Art. 17). A copy or a transport to an "
                               "undeclared place is accepted in the ledger only under an approval recorded here."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("Tokyo's instructions and approvals")))
        layout.addWidget(intro)
        layout.addWidget(self.list)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.ctx.vault.is_open:
            self.list.refresh()

    def run_step(self, step: str) -> None:
        if step == "new":
            self.list.add()

    def attach_scan(self) -> None:
        record = self.list.table.current()
        if record is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach scan"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if not path:
            return
        try:
            size = Path(path).stat().st_size
            if size > instructions.MAX_SCAN_MB * 1048576:  # refused before a huge file is read into memory
                raise ValidationError([Problem("scan_too_large", {"size": round(size / 1048576, 1),
                                                                  "max": instructions.MAX_SCAN_MB})])
            data = Path(path).read_bytes()
            instructions.attach_scan(self.ctx.vault, record.id, data, Path(path).name)
        except OSError as exc:
            show_error(self, KojinError("file_unreadable", path=path, detail=exc.strerror))
            return
        except KojinError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def save_scan(self) -> None:
        record = self.list.table.current()
        data, name = instructions.scan(self.ctx.vault, record.id) if record is not None else (None, "")
        if data is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scan as"), name)
        if path:
            try:
                save_file(Path(path), data)
            except KojinError as exc:
                show_error(self, exc)
