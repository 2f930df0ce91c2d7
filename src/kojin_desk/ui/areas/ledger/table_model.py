"""The ledger as a lazy table model: counts with SQL, fetches 200-row pages only when shown.

A page is read by key (after the last row of the page before it, or after the row found at its
start through the order's index), so scrolling to the end of a million entries costs one page.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kojin_desk.areas.ledger import service as ledger
from kojin_desk.domain.wareki import format_date
from kojin_desk.ui.areas.ledger.labels import ledger_labels
from kojin_desk.ui.labels import value_label

KEYS = ["seq", "at", "kind", "item", "quantity", "medium", "equipment", "place", "person", "counterpart", "note", "corrects"]
PAGE = 200
CACHED_PAGES = 30


class LedgerModel(QAbstractTableModel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        labels = ledger_labels()
        self.headers = [labels[k] for k in KEYS]
        self.filter = ledger.LedgerFilter(contract_id=ctx.contract_id or 0)
        self.order, self.descending = "seq", True
        self._count = 0
        self._seqs = None  # with a free-text filter: the matching entry numbers, found in one scan
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()

    def set_filter(self, f: ledger.LedgerFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._seqs = None
        if not self.ctx.vault.is_open:
            self._count = 0
        elif not ledger.keyed(self.filter, self.order):
            self._seqs = ledger.matching_seqs(self.ctx.vault, self.filter, self.order, self.descending)
            self._count = len(self._seqs)
        else:
            self._count = ledger.count(self.ctx.vault, self.filter)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row(self, r: int) -> tuple:
        page = r // PAGE
        if page not in self._pages:
            vault = self.ctx.vault
            self._pages[page] = (ledger.rows_by_seqs(vault, self._seqs[page * PAGE:(page + 1) * PAGE])
                                 if self._seqs is not None else self._keyed_page(vault, page))
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        rows = self._pages[page]
        return rows[r % PAGE] if r % PAGE < len(rows) else (None,) * len(KEYS)

    def _keyed_page(self, vault, page: int) -> list[tuple]:
        before = self._pages.get(page - 1)
        if before:
            after = ledger.sort_key(before[-1], self.order)
        else:
            after = ledger.key_at(vault, self.filter, self.order, self.descending, page * PAGE - 1, self._count)
        return ledger.window(vault, self.filter, self.order, self.descending, after, PAGE)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.ctx.vault.is_open:  # a view being torn down after the lock
            return None
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("seq", "quantity", "corrects"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        value = self.row(index.row())[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return value
        if value is None:
            return ""
        if key == "at":
            return f"{format_date(value[:10], self.ctx.settings.date_style)} {value[11:16]}"
        if key == "quantity":
            return f"{value:,}"
        if key == "kind":
            return value_label(value)
        return str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = KEYS[column]
        wanted = (key if key in ledger.SORTABLE else "seq", order == Qt.SortOrder.DescendingOrder)
        if wanted != (self.order, self.descending):
            self.order, self.descending = wanted
            self.reload()

    def ordered_column(self) -> int:
        return KEYS.index(self.order)

    def seq_at(self, r: int) -> int | None:
        return self.row(r)[0]
