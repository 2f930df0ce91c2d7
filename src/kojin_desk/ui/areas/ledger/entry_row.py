"""The keyboard-first entry row: defaults from the last entry, Enter saves, focus returns to quantity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import KINDS, MOVES, Entry
from kojin_desk.areas.places import service as places
from kojin_desk.errors import KojinError
from kojin_desk.ui.areas.ledger.labels import ledger_labels
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.widgets import ErrorLabel


class EntryRow(QWidget):
    saved = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.corrects: int | None = None
        self.at, self.quantity = QLineEdit(), QLineEdit()
        self.kind, self.item = QComboBox(), QComboBox()
        for kind in KINDS:
            self.kind.addItem(value_label(kind), kind)
        self.medium, self.place, self.person, self.counterpart, self.note = (QLineEdit() for _ in range(5))
        self.equipment = QComboBox()  # Art. 11(8): only registered PCs and media; blank for paper
        self.equipment.setEditable(True)
        for name in ("at", "kind", "item", "quantity", "medium", "place", "person", "counterpart", "note", "equipment"):
            getattr(self, name).setObjectName(name)
        self.at.setPlaceholderText("2026-05-01 10:00")
        for widget, width in ((self.at, 130), (self.item, 200), (self.quantity, 70), (self.person, 120),
                              (self.counterpart, 150), (self.note, 180)):
            widget.setMinimumWidth(width)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("save_entry")
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel()
        self.mode = QLabel()
        grid = QGridLayout(self)
        labels = ledger_labels()
        columns = [(labels[name], getattr(self, name)) for name in
                   ("at", "kind", "item", "quantity", "medium", "equipment", "place", "person", "counterpart", "note")]
        # Two lines of fields, in Tab order: what happened (when, what, which item, how many), then the rest.
        for n, (label, widget) in enumerate(columns):
            line, col = divmod(n, 4) if n < 4 else (1, n - 4)
            grid.addWidget(QLabel(label), line * 2, col)
            grid.addWidget(widget, line * 2 + 1, col)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.save)
        grid.addWidget(self.save_button, 3, 6)
        grid.addWidget(self.mode, 4, 0, 1, 2)
        grid.addWidget(self.error, 4, 2, 1, 5)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(4, 2)
        self.reset()

    def reset(self) -> None:
        """Items of the contract, and defaults from its last entry."""
        self.item.clear()
        for it in ledger.list_items(self.ctx.vault, self.ctx.contract_id or 0):
            self.item.addItem(f"[{it.catalog}] {it.name}", it.id)
        self.equipment.clear()
        self.equipment.addItems(["", *(e.code for e in places.equipment(self.ctx.vault, self.ctx.contract_id or 0)
                                       if not e.ended_on)])
        d = ledger.defaults_for_next(self.ctx.vault, self.ctx.contract_id or 0)
        self.fill(d)
        self.quantity.setText("")
        self.note.setText("")
        self.corrects = None
        self.mode.setText("")
        self._completers()

    def fill(self, e: Entry) -> None:
        self.at.setText(e.at.replace("T", " "))
        self.kind.setCurrentIndex(max(self.kind.findData(e.kind), 0))
        index = self.item.findData(e.item_id)
        self.item.setCurrentIndex(max(index, 0))
        for name in ("quantity", "medium", "place", "person", "counterpart", "note"):
            getattr(self, name).setText(getattr(e, name))
        self.equipment.setCurrentText(e.equipment)

    def start_correction(self, e: Entry) -> None:
        self.fill(e)
        self.corrects = e.seq
        self.mode.setText(self.tr("Correcting entry No. %s: save a corrected copy; the original stays.") % e.seq)
        self.quantity.setFocus()

    def _completers(self) -> None:
        cid = self.ctx.contract_id or 0
        offered = {"person": ledger.registered_names(self.ctx.vault, cid), "place": ledger.declared_places(self.ctx.vault, cid)}
        for name, values in ledger.recent_values(self.ctx.vault, cid).items():
            known = offered.get(name)  # only registered people and declared places are offered
            values = [v for v in dict.fromkeys([*values, *(known or [])]) if known is None or v in known]
            getattr(self, name).setCompleter(QCompleter(values, self))

    def entry(self) -> Entry:
        return Entry(at=self.at.text().strip().replace(" ", "T"), kind=self.kind.currentData(),
                     quantity=self.quantity.text(), medium=self.medium.text(), place=self.place.text(),
                     person=self.person.text(), counterpart=self.counterpart.text(), note=self.note.text(),
                     equipment=self.equipment.currentText().strip(), item_id=self.item.currentData(), contract_id=self.ctx.contract_id, corrects=self.corrects)

    def save(self) -> None:
        entry = self.entry()
        if entry.kind in MOVES and entry.corrects is None:  # a send is one record, with its method and check
            from kojin_desk.ui.areas.ledger.send_dialog import SendDialog

            dialog = SendDialog(self.ctx, entry, self)
            if not dialog.exec():
                return
            e = dialog.saved_entry
        else:
            try:
                e = ledger.append(self.ctx.vault, entry)
            except KojinError as exc:
                self.error.show_message(str(exc))
                if self.corrects is None:
                    self.mode.setText("")  # "saved as No. n" belongs to the entry before, not beside a refusal
                return
        self.error.show_message("")
        self.quantity.setText("")  # date, kind, item, person and place stay for the next entry
        self.note.setText("")
        self.corrects = None
        self.mode.setText(self.tr("Saved as No. %s.") % e.seq)
        self.quantity.setFocus()
        self.saved.emit(e)
