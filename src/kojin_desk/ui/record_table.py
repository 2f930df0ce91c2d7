"""A read-only table of records described by domain field specs; rows carry their record."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kojin_desk.domain.records import specs
from kojin_desk.domain.wareki import format_date
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.widgets import read_only

ROLE = 256
MAX_AUTO_WIDTH = 360  # a long text column wraps on demand instead of pushing the others out of sight


class RecordTable(QTableWidget):
    """Columns are spec fields (by name) and extra (label, function of the record) pairs."""

    def __init__(self, record_type, names: list[str], date_style, extra: list[tuple[str, object]] = (), parent=None) -> None:
        spec_of = dict(specs(record_type))
        self.columns = [(spec_of[n].label, n, spec_of[n]) for n in names] + [(label, fn, None) for label, fn in extra]
        super().__init__(0, len(self.columns), parent)
        self.date_style = date_style
        self.setHorizontalHeaderLabels([c[0] for c in self.columns])
        read_only(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _text(self, record, key, spec) -> str:
        if spec is None:
            return str(key(record))
        value = getattr(record, key)
        if spec.kind == "bool":
            return "✓" if value else "—"
        if spec.kind == "date":
            return format_date(value, self.date_style()) if value else ""
        if spec.kind == "choice":
            return value_label(value)
        return str(value).replace("\n", " ")

    def set_records(self, records: list) -> None:
        self.setRowCount(len(records))
        for r, record in enumerate(records):
            for c, (_, key, spec) in enumerate(self.columns):
                item = QTableWidgetItem(self._text(record, key, spec))
                item.setData(ROLE, r)
                self.setItem(r, c, item)
        self.records = list(records)
        self.filling = True  # widths set here are not the user's
        self.resizeColumnsToContents()
        for c in range(self.columnCount()):
            self.setColumnWidth(c, min(self.columnWidth(c), MAX_AUTO_WIDTH))
        for c, w in enumerate(self.remembered or []):
            if c < self.columnCount() and w > 0:
                self.setColumnWidth(c, w)
        self.filling = False

    filling = False
    remembered: list[int] | None = None  # the widths the user last gave the columns

    def user_widths(self) -> list[int]:
        return [self.columnWidth(c) for c in range(self.columnCount())]

    def current(self):
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(getattr(self, "records", [])) else None
