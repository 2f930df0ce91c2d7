"""The sample area's Qt page: its notes for the current contract, read through its area object."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SamplePage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setObjectName("sample_notes")
        QVBoxLayout(self).addWidget(self.label)
        self.run_step("")

    def run_step(self, step: str) -> None:
        from kojin_desk.areas.check import findings
        from kojin_desk.services import office_contracts

        contract = office_contracts.get_contract(self.ctx.vault, self.ctx.contract_id)
        self.label.setText("\n".join(str(f) for f in findings(self.ctx.vault.conn, contract) if f.action == "sample"))
