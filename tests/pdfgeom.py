"""A rendered PDF read back as geometry (pdfplumber): rules, and the text lines inside each cell."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber

FOOTER = re.compile(r"^\d+ / \d+$")


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    fonts: set
    sizes: set
    cell: tuple  # (left rule, right rule) around it, or the page


@dataclass
class Page:
    number: int
    width: float
    height: float
    vrules: list  # (x, top, bottom)
    hrules: list  # (y, x0, x1)
    lines: list   # body lines, top to bottom (page number and running header left out)
    chars: list


def _rules(page) -> tuple[list, list]:
    v, h = [], []
    for ln in page.lines:
        if abs(ln["x0"] - ln["x1"]) < 0.1:
            v.append((ln["x0"], ln["top"], ln["bottom"]))
        elif abs(ln["top"] - ln["bottom"]) < 0.1:
            h.append((ln["top"], ln["x0"], ln["x1"]))
    for r in page.rects:
        if r.get("stroke"):
            x0, x1, t, b = r["x0"], r["x1"], r["top"], r["bottom"]
            v += [(x0, t, b), (x1, t, b)]
            h += [(t, x0, x1), (b, x0, x1)]
    return v, h


def _cell(ch: dict, vrules: list, width: float) -> tuple:
    mid_x, mid_y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    left = max((x for x, t, b in vrules if x <= mid_x and t <= mid_y <= b), default=0.0)
    right = min((x for x, t, b in vrules if x > mid_x and t <= mid_y <= b), default=width)
    return (round(left, 1), round(right, 1))


def read(pdf: bytes, running_header_height: float = 56.0) -> list[Page]:
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for n, page in enumerate(doc.pages):
            vrules, hrules = _rules(page)
            groups: dict = {}
            for ch in page.chars:
                key = (_cell(ch, vrules, page.width), round(page.height - ch["matrix"][5]))  # the baseline
                groups.setdefault(key, []).append(ch)
            lines = []
            for (cell, _), chars in groups.items():
                chars.sort(key=lambda c: c["x0"])
                text = "".join(c["text"] for c in chars)
                lines.append(Line(n, min(c["top"] for c in chars), max(c["bottom"] for c in chars),
                                  chars[0]["x0"], chars[-1]["x1"], text, {c["fontname"] for c in chars},
                                  {round(c["size"], 1) for c in chars}, cell))
            lines.sort(key=lambda ln: (ln.top, ln.x0))
            head = running_header_height if page.height > page.width else 36.0  # landscape: 14 mm margins
            body = [ln for ln in lines if not (FOOTER.match(ln.text.strip()) and ln.top > page.height - head)
                    and not (n > 0 and ln.bottom < head)]
            pages.append(Page(n, page.width, page.height, vrules, hrules, body, list(page.chars)))
    return pages


def crossings(page: Page, slack: float = 0.3) -> list[str]:
    """Glyphs that a table rule passes through or touches."""
    bad = []
    for ch in page.chars:
        if not ch["text"].strip():
            continue
        for x, t, b in page.vrules:
            if ch["x0"] + slack < x < ch["x1"] - slack and t < (ch["top"] + ch["bottom"]) / 2 < b:
                bad.append(f"p{page.number + 1} {ch['text']!r} at x={ch['x0']:.1f} crosses the rule at x={x:.1f}")
        for y, x0, x1 in page.hrules:
            if ch["top"] + slack < y < ch["bottom"] - slack and x0 < (ch["x0"] + ch["x1"]) / 2 < x1:
                bad.append(f"p{page.number + 1} {ch['text']!r} at y={ch['top']:.1f} crosses the rule at y={y:.1f}")
    return bad


def line_pairs(page: Page):
    """Each line and the line that continues it in the same cell (no rule between them)."""
    by_cell: dict = {}
    for ln in page.lines:
        by_cell.setdefault(ln.cell, []).append(ln)
    for cell, lines in by_cell.items():
        lines.sort(key=lambda ln: ln.top)
        for a, b in zip(lines, lines[1:]):
            gap = b.top - a.bottom
            if gap > 1.2 * (a.bottom - a.top) + 2:
                continue  # a paragraph or row apart
            ruled = any(a.bottom - 1 < y < b.top + 1 and x0 <= cell[0] + 1 and x1 >= cell[1] - 1 for y, x0, x1 in page.hrules)
            if not ruled:
                yield a, b
