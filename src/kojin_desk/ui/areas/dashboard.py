"""What to do next for the current contract, and its details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas.next_steps import next_steps
from kojin_desk.domain.wareki import format_date
from kojin_desk.services import office_contracts


class DashboardArea(QWidget):
    """Lists the next steps; activating one runs its action through the main window's `run_action`."""

    def __init__(self, ctx, run_action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.run_action = ctx, run_action
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.todo = QListWidget()
        self.todo.setObjectName("todo")
        self.todo.itemActivated.connect(self.run_item)
        self.go = QPushButton(self.tr("Do this step"))
        self.go.clicked.connect(lambda: self.run_item(self.todo.currentItem()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>%s</h2>" % self.tr("What to do next")))
        layout.addWidget(self.todo)
        layout.addWidget(self.go)
        incident = QPushButton(self.tr("Report an incident (leak, loss, damage)…"))
        incident.setObjectName("new_incident")
        incident.clicked.connect(lambda: self.run_action("incidents/new"))
        layout.addWidget(incident)
        layout.addWidget(self.summary)
        self.backup = QLabel()  # the last good backup; red when too old or its medium is away
        self.backup.setObjectName("backup_status")
        layout.addWidget(self.backup)
        ctx.contract_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def steps(self) -> list[tuple[str, str]]:
        return [(str(f), f.action) for f in next_steps(self.ctx.vault, self.ctx.contract_id)]

    def refresh(self) -> None:
        from kojin_desk.ui.backup_dialog import status_line

        text, warn = status_line(self.ctx)
        self.backup.setText(text)
        self.backup.setStyleSheet("color: #b00020;" if warn else "")
        self.todo.clear()
        steps = self.steps()
        if warn:
            steps.append((text, "backups"))
        for text, action in steps:
            item = QListWidgetItem(text)
            item.setData(256, action)
            self.todo.addItem(item)
        if not steps:
            self.todo.addItem(self.tr("Nothing is waiting for this contract."))
        self.go.setEnabled(bool(steps))
        if steps:
            self.todo.setCurrentRow(0)
        c = office_contracts.get_contract(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else None
        if c is None:
            self.summary.setText("")
            return
        style = self.ctx.settings.date_style
        flags = [self.tr("Sensitive personal information") if c.sensitive else "",
                 self.tr("Specific personal information (list C)") if c.specific else ""]
        lines = [
            f"<h3>{_esc(c.title)}</h3>",
            self.tr("Contract number") + ": " + _esc(c.number),
            self.tr("Period") + f": {format_date(c.start_on, style)} – {format_date(c.end_on, style)}",
            self.tr("Responsible section") + ": " + _esc(c.bureau_line()),
            "　".join(_esc(f) for f in flags if f),
        ]
        self.summary.setText("<br>".join(lines))

    def run_item(self, item) -> None:
        action = item.data(256) if item is not None else None
        if action:
            self.run_action(action)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
