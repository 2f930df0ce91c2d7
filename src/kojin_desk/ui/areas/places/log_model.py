"""The send and transport log as a lazy table model: newest first, counted with SQL, read in 200-row pages
only when shown (keyset paging through movements_by_contract, like the ledger's model), a few pages kept.

A vault with a million ledger entries holds some 285,000 sends and transports: the tab never loads them all.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import movements
from kojin_desk.areas.places.model import Movement
from kojin_desk.domain.wareki import format_date

PAGE = 200
CACHED_PAGES = 30


class MovementLogModel(QAbstractTableModel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.headers = [self.tr("Date"), self.tr("Kind"), self.tr("Check"), self.tr("What"), self.tr("To"),
                        self.tr("Method"), self.tr("Equipment"), self.tr("Sender")]
        self.open_only = False
        self._count = 0
        self._pages: OrderedDict[int, list[Movement]] = OrderedDict()
        self._people: dict[int, str] = {}
        self._methods: dict[int, str] = {}

    def set_open_only(self, on: bool) -> None:
        self.open_only = on
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        cid = self.ctx.contract_id
        if self.ctx.vault.is_open and cid:
            self._count = movements.count(self.ctx.vault, cid, self.open_only)
            self._people = {pid: p.name for pid, p in people.by_id(self.ctx.vault).items()}
            self._methods = movements.method_names(self.ctx.vault, cid)
        else:
            self._count = 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def movement(self, r: int) -> Movement | None:
        """The movement shown in row `r` (its page read when not kept)."""
        if not 0 <= r < self._count:
            return None
        page = r // PAGE
        if page not in self._pages:
            self._pages[page] = self._read_page(page)
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        rows = self._pages[page]
        return rows[r % PAGE] if r % PAGE < len(rows) else None

    def _read_page(self, page: int) -> list[Movement]:
        vault, cid = self.ctx.vault, self.ctx.contract_id
        before = self._pages.get(page - 1)
        if before:
            after = movements.log_key(before[-1])
        else:  # a jump (to the end, say): the key before the page, found through the index alone
            after = movements.key_at(vault, cid, page * PAGE - 1, self._count, self.open_only)
        return movements.page(vault, cid, after, PAGE, self.open_only)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not self.ctx.vault.is_open:
            return None  # (a view being torn down after the lock asks too)
        m = self.movement(index.row())
        if m is None:
            return ""
        return self._texts(m)[index.column()]

    def _texts(self, m: Movement) -> list[str]:
        if m.kind == "transport":
            status = "—"
        elif m.check_complete:
            status = self.tr("Checked by %s") % self._people.get(m.checker_id, "")
        else:
            status = self.tr("Open: needs a second person's check")
        return [format_date(m.sent_on, self.ctx.settings.date_style),
                self.tr("Send") if m.kind == "sending" else self.tr("Transport"), status, m.what, m.recipient,
                self._methods.get(m.method_id, ""), m.equipment, self._people.get(m.sender_id, "")]
