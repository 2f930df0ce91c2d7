"""A send or transport entered once (Art. 11(7), 11(10)(4)): the ledger entry and its method in one dialog.

The 管理台帳 and the 送付・運搬記録簿 both print from what is saved here; the second person's check follows
in the send log."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit

from kojin_desk.areas.ledger import sends
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import MOVES, Entry
from kojin_desk.areas.places import service as places
from kojin_desk.domain.wareki import parse_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel, save_cancel


class SendDialog(QDialog):
    def __init__(self, ctx, entry: Entry | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.saved_entry = ctx, None
        cid = ctx.contract_id
        self.setWindowTitle(self.tr("Record a send or transport"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Send"), "送付")
        self.kind.addItem(self.tr("Transport"), "運搬")
        self.kind.currentIndexChanged.connect(self.fill_methods)
        self.method = QComboBox()
        self.at = QLineEdit(datetime.now().strftime("%Y-%m-%d %H:%M"))
        self.item = QComboBox()
        for it in ledger.list_items(ctx.vault, cid):
            self.item.addItem(f"[{it.catalog}] {it.name}", it.id)
        self.quantity, self.medium, self.recipient = QLineEdit(), QLineEdit(), QLineEdit()
        self.place, self.sender = QComboBox(), QComboBox()
        self.place.addItems(ledger.declared_places(ctx.vault, cid))
        self.sender.addItems(ledger.registered_names(ctx.vault, cid))
        self.equipment = QComboBox()
        self.equipment.addItem(self.tr("(none: paper)"), "")
        for e in places.equipment(ctx.vault, cid):
            if not e.ended_on:
                self.equipment.addItem(f"{e.code}（{e.kind}）", e.code)
        widgets = (("kind", self.kind, self.tr("Kind")), ("method", self.method, self.tr("Method (declared)")),
                   ("at", self.at, self.tr("Date and time")), ("item", self.item, self.tr("Item (list)")),
                   ("quantity", self.quantity, self.tr("Quantity")), ("medium", self.medium, self.tr("Medium")),
                   ("place", self.place, self.tr("From (work place)")), ("recipient", self.recipient, self.tr("To")),
                   ("equipment", self.equipment, self.tr("Equipment used")), ("sender", self.sender, self.tr("Sender")))
        self.error = ErrorLabel()
        form = QFormLayout(self)
        for name, w, label in widgets:
            w.setObjectName(name)
            form.addRow(label, w)
        form.addRow("", ArticleLink("第11条第7項"))
        form.addRow(self.error)
        form.addRow(save_cancel(self, self.save))
        if entry is not None:
            self.fill(entry)
        self.fill_methods()

    def fill(self, e: Entry) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(e.kind), 0))
        if e.at:
            self.at.setText(e.at.replace("T", " "))
        self.item.setCurrentIndex(max(self.item.findData(e.item_id), 0))
        self.quantity.setText(e.quantity)
        self.medium.setText(e.medium)
        self.place.setCurrentText(e.place)
        self.recipient.setText(e.counterpart)
        self.equipment.setCurrentIndex(max(self.equipment.findData(e.equipment), 0))
        self.sender.setCurrentText(e.person)

    def fill_methods(self) -> None:
        self.method.clear()
        kind = MOVES[self.kind.currentData()]
        for m in places.methods(self.ctx.vault, self.ctx.contract_id, kind, active_only=True):
            self.method.addItem(m.name if m.declared_on else m.name + self.tr(" (not declared)"), m.id)

    def entry(self) -> Entry:
        at = self.at.text().strip()
        try:  # every date style the app accepts, the time kept as typed
            day, _, time = at.replace("T", " ").partition(" ")
            at = f"{parse_date(day).isoformat()}T{time or '00:00'}"
        except ValueError:
            pass  # the service names the bad date
        return Entry(at=at, kind=self.kind.currentData(), quantity=self.quantity.text(), medium=self.medium.text(),
                     place=self.place.currentText(), person=self.sender.currentText(), counterpart=self.recipient.text(),
                     equipment=self.equipment.currentData(), item_id=self.item.currentData(),
                     contract_id=self.ctx.contract_id)

    def save(self) -> None:
        try:
            self.saved_entry, _ = sends.record_send(self.ctx.vault, self.entry(), self.method.currentData())
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()
