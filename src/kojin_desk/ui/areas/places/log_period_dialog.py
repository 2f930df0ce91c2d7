"""Which period of the send and transport log to print: from the contract's start to today unless changed.

A year of a busy contract holds more sends than one printed log takes: the dialog counts the period's rows
(one SQL count) and asks for a shorter period before anything is read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from kojin_desk.areas.places import movements
from kojin_desk.domain.wareki import format_date, parse_date
from kojin_desk.formkit.definition import get_form
from kojin_desk.services import office_contracts
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel


class LogPeriodDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print the log"))
        style = ctx.settings.date_style
        contract = office_contracts.get_contract(ctx.vault, ctx.contract_id)
        today = date.today().isoformat()
        start = contract.start_on if contract and contract.start_on else today
        self.date_from = QLineEdit(format_date(min(start, today), style))
        self.date_to = QLineEdit(format_date(today, style))
        self.date_from.setObjectName("log_from")
        self.date_to.setObjectName("log_to")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("R8.4.1 or 2026-04-01"))
        self.period: tuple[str, str] | None = None  # (from, to) as ISO dates once accepted
        self.error = ErrorLabel()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # room for the error's two lines
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To (inclusive)"), self.date_to)
        form.addRow("", ArticleLink("第11条第7項"))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _refuse(self, text: str) -> None:
        self.error.show_message(text)
        self.adjustSize()  # the message's lines need the height

    def save(self) -> None:
        try:
            start, end = (parse_date(e.text()).isoformat() for e in (self.date_from, self.date_to))
        except ValueError:
            self._refuse(self.tr("Type dates like 2026-04-01 or R8.4.1."))
            return
        if end < start:
            self._refuse(self.tr("The period ends before it starts."))
            return
        rows = movements.log_count(self.ctx.vault, self.ctx.contract_id, start, end)
        most = get_form("send_log").tables[0].max_rows
        if rows == 0:
            self._refuse(self.tr("No send or transport in this period."))
            return
        if rows > most:
            self._refuse(self.tr("This period holds %1 sends and transports; one log takes at most %2. "
                                            "Choose a shorter period.").replace("%1", f"{rows:,}").replace("%2", f"{most:,}"))
            return
        self.period = (start, end)
        self.accept()
