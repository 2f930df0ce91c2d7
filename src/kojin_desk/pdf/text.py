"""Text as explicit lines: our own 禁則 line breaker, drawn run by run with the rare-kanji fallback font.

ReportLab's CJK wrap hangs closing punctuation past the edge and splits numbers; this flowable lays
out every line itself (pdf/linebreak.py), so nothing crosses a rule, and draws the ideographic space
as the full-width glyph it is (extracted as U+3000).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kojin_desk.domain.text import is_invisible
from kojin_desk.pdf.fonts import FALLBACK, MINCHO, has_glyph, register
from kojin_desk.pdf.linebreak import break_lines

HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")


def full_width_kana(text: str) -> str:
    """ﾌｧｲﾙｻｰﾊﾞ → ファイルサーバ (NFKC of the half-width katakana range only)."""
    return HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


class _Drawn(dict):
    """str.translate's table for clean(), filled in as characters are first seen."""

    def __missing__(self, cp: int) -> str | None:
        ch = chr(cp)
        self[cp] = " " if ch == "\t" else None if is_invisible(ch) else ch
        return self[cp]


_DRAWN = _Drawn()


def clean(text: str) -> str:
    """The text as drawn: format characters and variation selectors dropped, tabs as spaces."""
    return text.translate(_DRAWN)


@dataclass(frozen=True)
class Style:
    font: str = MINCHO
    size: float = 10.5
    leading: float = 16.0
    align: int = TA_LEFT
    indent: float = 0.0        # every line
    hang: float = 0.0          # lines after the first start this much further in (hanging indent)
    before: float = 0.0
    after: float = 0.0
    phrases: bool = False      # prefer phrase boundaries (cells, headers) over filling the line

    def but(self, **kw) -> "Style":
        return replace(self, **kw)


@cache
def _face(font: str, ch: str) -> str:
    if ch == "\n" or ch.isspace() or has_glyph(font, ch):
        return font
    register(FALLBACK)
    return FALLBACK


@lru_cache(maxsize=200_000)
def char_width(font: str, size: float, ch: str) -> float:
    return stringWidth(ch, _face(font, ch), size)


def measurer(font: str, size: float):
    def measure(s: str) -> float:
        return sum(char_width(font, size, ch) for ch in s)
    return measure


def needs_fallback(font: str, text: str) -> bool:
    return any(_face(font, ch) != font for ch in text)


def layout_only(canv) -> bool:
    """True on the canvas of a pass that only finds where pages break (render's choice of spacing):
    flowables that know it skip drawing."""
    return getattr(canv, "layout_only", False)


@lru_cache(maxsize=4096)  # the layout-only passes and the drawing pass lay out the same texts
def lay_out(text: str, width: float, style: Style) -> tuple[tuple[str, float], ...]:
    """(line, left offset) for every line of text; each paragraph (newline) broken on its own."""
    measure = measurer(style.font, style.size)
    out = []
    for p, para in enumerate(clean(text).split("\n")):
        first = -style.hang if p == 0 else 0.0  # later paragraphs start under the text, not the number
        lines = break_lines(para, width - style.indent - style.hang, measure, first_indent=first,
                            phrases=style.phrases) if para else [""]
        out += [(ln, style.indent + (0 if p == 0 and k == 0 else style.hang)) for k, ln in enumerate(lines)]
    return tuple(out)


class Text(Flowable):
    """A paragraph of explicit lines; splits across pages keeping two lines before and three after."""

    def __init__(self, text: str, style: Style, lines=None, prefix_font: str = "", prefix: str = "") -> None:
        super().__init__()
        self.text, self.style, self._lines = text, style, lines
        self.prefix, self.prefix_font = prefix, prefix_font  # a heading drawn in Gothic before the text
        self.spaceBefore, self.spaceAfter = style.before, style.after
        self._width = 0.0

    def wrap(self, aw: float, ah: float):
        if self._lines is None or self._width != aw:
            self._lines = lay_out(self.prefix + self.text, aw, self.style)
            self._width = aw
        self.width, self.height = aw, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, aw: float, ah: float):
        self.wrap(aw, ah)
        fit = int((ah + 0.01) // self.style.leading)
        n = len(self._lines)
        if fit >= n:
            return [self]
        fit = min(fit, n - 3)  # the end of a paragraph carries three lines onto its page, never one
        if fit < 2:
            return []
        head = Text(self.text, self.style, self._lines[:fit], self.prefix_font, self.prefix)
        tail = Text("", self.style.but(before=0), self._lines[fit:])
        head._width = tail._width = aw
        head.spaceAfter = 0
        return [head, tail]

    def draw(self) -> None:
        c, st = self.canv, self.style
        if layout_only(c):
            return
        measure = measurer(st.font, st.size)
        y = self.height - st.size * 0.88 - (st.leading - st.size * 1.0) / 2
        prefix_left = len(self.prefix.replace("\n", ""))
        for line, left in self._lines:
            w = measure(line)
            x = left if st.align == TA_LEFT else (self.width - w if st.align == TA_RIGHT else (self.width - w) / 2)
            head, line = (line[:prefix_left], line[prefix_left:]) if prefix_left else ("", line)
            if head:
                x = draw_runs(c, head, x, y, self.prefix_font or st.font, st.size)
                prefix_left -= len(head)
            draw_runs(c, line, x, y, st.font, st.size)
            y -= st.leading


def draw_runs(c, text: str, x: float, y: float, font: str, size: float) -> float:
    """Draw text in runs of one face each; return the x after it."""
    run, face = "", None
    for ch in text:
        f = _face(font, ch)
        if f != face and run:
            c.setFont(face, size)
            c.drawString(x, y, run)
            x += stringWidth(run, face, size)
            run = ""
        face = f
        run += ch
    if run:
        c.setFont(face, size)
        c.drawString(x, y, run)
        x += stringWidth(run, face, size)
    return x


__all__ = ["Style", "Text", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "lay_out", "measurer", "full_width_kana",
           "needs_fallback", "clean", "char_width", "draw_runs", "layout_only"]
