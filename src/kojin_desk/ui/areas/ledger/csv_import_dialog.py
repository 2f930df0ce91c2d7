"""CSV import: a preview of every row and each row's errors; imports all rows or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from kojin_desk.areas.ledger import service as ledger
from kojin_desk.errors import KojinError


class CsvImportDialog(QDialog):
    def __init__(self, ctx, path: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import CSV"))
        self.entries, errors = [], []
        try:
            self.entries, errors = ledger.parse_csv(ctx.vault, ctx.contract_id, Path(path).read_bytes())
        except (KojinError, OSError, UnicodeDecodeError) as exc:
            errors = [str(exc) if isinstance(exc, KojinError) else self.tr("The file cannot be read as CSV.")]
        summary = QLabel(self.tr("%n row(s) ready to import.", "", len(self.entries)) if not errors else
                         self.tr("Nothing will be imported until every row is correct:"))
        summary.setObjectName("summary")
        preview = QPlainTextEdit()
        preview.setReadOnly(True)
        preview.setObjectName("preview")
        preview.setPlainText("\n".join(errors) if errors else "\n".join(
            f"{e.at}  {e.kind}  {e.quantity}  {e.person}  {e.note}" for e in self.entries[:500]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(bool(self.entries) and not errors)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (summary, preview, buttons):
            layout.addWidget(w)
        self.resize(720, 480)

    def do_import(self) -> None:
        try:
            ledger.import_entries(self.ctx.vault, self.entries)
        except KojinError as exc:
            self.findChild(QPlainTextEdit, "preview").setPlainText(str(exc))
            self.ok.setEnabled(False)
            return
        self.accept()
