"""A long table set one page at a time, its header repeated: linear in its rows.

ReportLab's Table.split copies every remaining row into a new Table and measures them all again on
each page, so a table of n rows costs O(n²) (a 16,000-row ledger spent most of its time there).
PagedTable keeps the rows once with their heights, known from the line counts the cells were laid out
with, and on each page makes a ReportLab Table of that page's rows only. The pages look exactly as the
split table did: same breaks, same repeated header, same cells.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from kojin_desk.pdf.text import layout_only


class PagedTable(Flowable):
    """Rows start..stop of a table; each page's part is a plain Table with the header row repeated.

    heights[i] must be what Table measures for body row i (lines × leading + top and bottom padding),
    head_height the same for the header row. A split carries at least `widow_rows` rows onto the next page.
    """

    widow_rows = 3

    def __init__(self, head: list, body: list[list], widths: list[float], style: TableStyle, head_height: float,
                 heights: list[float], tops: list[float] | None = None, start: int = 0, stop: int | None = None) -> None:
        super().__init__()
        self.head, self.body, self.widths, self.style = head, body, widths, style
        self.head_height, self.heights = head_height, heights
        if tops is None:  # tops[i]: the height of rows before i, to size the rest of a long table at once
            tops = [0.0]
            for h in heights:
                tops.append(tops[-1] + h)
        self.tops = tops
        self.start, self.stop = start, len(body) if stop is None else stop
        self.hAlign = "CENTER"  # as a Table is placed

    def _fit(self, ah: float) -> tuple[int, float]:
        """How many rows fit under the header in ah, counted as Table.split counts them, and the height
        reached (all rows' height when all fit)."""
        h, n = self.head_height, 0
        for i in range(self.start, self.stop):
            if h + self.heights[i] > ah:
                return n, h + self.heights[i]
            h += self.heights[i]
            n += 1
        return n, h

    def wrap(self, aw: float, ah: float):
        n, reached = self._fit(ah)
        rest = self.tops[self.stop] - self.tops[self.start + n]
        self.width = sum(self.widths)
        self.height = reached if self.start + n == self.stop else max(reached, self.head_height + rest)
        return self.width, self.height

    def part(self, start: int, stop: int) -> Table:
        """The ReportLab Table of rows start..stop under the header (it can still split itself if needed)."""
        table = Table([self.head, *self.body[start:stop]], colWidths=self.widths, repeatRows=1)
        table.setStyle(self.style)
        return table

    def split(self, aw: float, ah: float) -> list:
        n, _ = self._fit(ah)
        rest = self.stop - self.start - n
        if n == 0:
            return []
        if rest == 0:
            return [self]
        if rest < self.widow_rows < n:
            n -= self.widow_rows - rest
        cut = self.start + n
        first = self._rows(self.start, cut) if layout_only(self.canv) else self.part(self.start, cut)
        return [first, self._rows(cut, self.stop)]

    def _rows(self, start: int, stop: int) -> "PagedTable":
        return PagedTable(self.head, self.body, self.widths, self.style, self.head_height, self.heights, self.tops,
                          start, stop)

    def draw(self) -> None:
        if layout_only(self.canv):
            return
        table = self.part(self.start, self.stop)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
