"""Render a form definition and its (validated) data as an A4 PDF in the style of a Tokyo submission.

Layout follows shared/reference/forms/README.md: date top right, addressee with 殿 top left,
issuer block and seal box on the right, Gothic title, opening sentence, 記, numbered sections
with bordered tables, 以上, and 「1 / N」 at the foot of each page.
"""

from __future__ import annotations

import io
import re
import string

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from kojin_desk.domain.wareki import format_date
from kojin_desk.formkit.definition import FieldDef, FormDef, Section, TableDef, placeholders
from kojin_desk.i18n import msg
from kojin_desk.pdf.fonts import GOTHIC, MINCHO, register
from kojin_desk.pdf.linebreak import hard_width, widest_piece
from kojin_desk.pdf.paged_table import PagedTable
from kojin_desk.pdf.text import (
    TA_CENTER,
    TA_RIGHT,
    Style,
    Text,
    clean,
    draw_runs,
    full_width_kana,
    lay_out,
    measurer,
    needs_fallback,
)
from kojin_desk.progress import report

MARGIN = 20 * mm
LANDSCAPE_TOP = 14 * mm  # a landscape ledger gains rows; the running header and page number still fit outside
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_BG = colors.Color(0.9, 0.9, 0.9)
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
PAD = 3.0  # cell padding left and right (pt)

BODY = Style(size=10.5, leading=16)
SMALL = Style(size=9, leading=13)
RIGHT = BODY.but(align=TA_RIGHT)
CENTER = BODY.but(align=TA_CENTER)
TITLE = Style(font=GOTHIC, size=16, leading=24, align=TA_CENTER)
HEADING = Style(font=GOTHIC, size=10.5, leading=16, before=4, after=3)
ADDRESSEE = Style(size=12, leading=18)
LINE = BODY.but(hang=2 * 10.5)  # 「１　」 then the text, continued under the text
CELL = Style(size=9, leading=11, phrases=True)
CELL_HEAD = Style(font=GOTHIC, size=9, leading=11, align=TA_CENTER, phrases=True)
FIXED_TYPES = {"date", "integer", "quantity", "choice", "person"}  # never broken: names read as one


def T(text: str, style: Style) -> Text:
    return Text(text, style)


def format_value(f: FieldDef, value: object, date_style: str = "wareki") -> str:
    if value is None or value == "":
        return ""
    if f.type == "date":
        return format_date(str(value), date_style)
    if f.type == "integer":
        return f"{value:,}"
    if f.type == "quantity":
        m = re.match(r"^([0-9][0-9,]*)(\.[0-9]+)?\s*(.*)$", str(value))
        if m:
            return f"{int(m[1].replace(',', '')):,}{m[2] or ''}{m[3]}"
    if f.type == "person":
        return str(value)  # a name is printed exactly as typed
    return full_width_kana(str(value))


def fill_template(template: str, values: dict[str, str]) -> str:
    """'{a}[（{b}）]': a bracketed group is left out when any of its fields is empty."""
    def group(m: re.Match) -> str:
        inner = m[1]
        names = [n for _, n, _, _ in string.Formatter().parse(inner) if n]
        return inner.format_map(values) if all(values.get(n) for n in names) else ""

    filled = re.sub(r"\[([^\[\]]*)\]", group, template)
    return filled.format_map(values)


class _NumberedCanvas(Canvas):
    """Holds pages until the end so that each can say 「i / N」, and continuation pages carry a running header."""

    running = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for i, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            width, height = self._pagesize
            self.setFont(MINCHO, 9)
            self.drawCentredString(width / 2, 7 * mm if width > height else 10 * mm, f"{i} / {total}")
            if i > 1 and self.running:
                room, measure, text = width - 2 * MARGIN - 50, measurer(GOTHIC, 8.5), self.running
                while measure(text) > room:  # a hostile contract number never runs off the page
                    text = text[:-2] + "…"
                top = height - (9 * mm if width > height else 13 * mm)
                draw_runs(self, text, MARGIN, top, GOTHIC, 8.5)
                self.setFont(GOTHIC, 8.5)
                self.drawRightString(width - MARGIN, top, f"{i} / {total}")
            super().showPage()
        super().save()


def _header(form: FormDef, data: dict, width: float, date_style: str, space: float) -> list:
    issuer, out = data["issuer"], []
    if data.get("document_number"):
        out.append(T(f"文書番号　{data['document_number']}", RIGHT))
    out.append(T(format_date(data["issue_date"], date_style), RIGHT))
    out.append(Spacer(1, 5 * mm * space))
    out.append(T(f"{data['addressee']}\u3000殿", ADDRESSEE))
    if data.get("addressee_section"):
        out.append(T(f"（所管：{data['addressee_section']}）", SMALL))
    out.append(Spacer(1, 4 * mm * space))
    rep = "\u3000".join(v for v in (issuer.get("representative_title"), issuer.get("representative_name")) if v)
    rows = [[T("所在地", BODY), T(issuer["address"], BODY)],
            [T("名称", BODY), T(issuer["name"], BODY)],
            [T("代表者", BODY), T(rep, BODY)]]
    block_w = min(105 * mm, width * 0.6)
    seal_w = 15 * mm if form.seal else 0
    block = Table(rows, colWidths=[17 * mm, block_w - 17 * mm])
    block.setStyle(_grid_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    cells = [[Spacer(1, 1), block]]
    widths = [width - block_w - seal_w - (4 * mm if seal_w else 0), block_w]
    if seal_w:
        seal = Table([["印"]], colWidths=[seal_w], rowHeights=[seal_w])
        seal.setStyle(_grid_style([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        cells[0] += [Spacer(1, 1), seal]
        widths += [4 * mm, seal_w]
    outer = Table(cells, colWidths=widths)
    outer.setStyle(_grid_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out += [outer, Spacer(1, 7 * mm * space), T(form.title_for(data), TITLE), Spacer(1, 4 * mm * space)]
    return out


def _record_header(form: FormDef, data: dict, date_style: str) -> list:
    """A record the contractor keeps: title, then one line naming the contract, the company and the date."""
    c, issuer = data["contract"], data["issuer"]
    info = "\u3000".join(part for part in (
        f"契約件名：{c['title']}", f"契約番号：{c['number']}" if c.get("number") else "",
        f"事業者：{issuer['name']}") if part)
    made = f"作成日：{format_date(data['issue_date'], date_style)}"  # on its own line: the label stays with its date
    return [T(form.title_for(data), TITLE), Spacer(1, 3 * mm), T(made, RIGHT), T(info, SMALL), Spacer(1, 3 * mm)]


def _running_header(form: FormDef, data: dict) -> str:
    c = data["contract"]
    parts = [form.title_for(data), f"契約番号 {c['number']}" if c.get("number") else f"「{c['title'][:40]}」"]
    if data.get("document_number"):
        parts.append(f"文書番号 {data['document_number']}")
    return "\u3000".join(parts)


def _opening(form: FormDef, data: dict, date_style: str) -> str:
    c, issuer = data["contract"], data["issuer"]
    return fill_template(form.opening_for(data), {
        "contract_signed": format_date(c.get("signed_on", ""), date_style),
        "contract_title": c["title"],
        "contract_number": f"（契約番号 {c['number']}）" if c.get("number") else "",
        "issuer_name": issuer["name"],
        "issuer_representative": "\u3000".join(v for v in (issuer.get("representative_title"),
                                                           issuer.get("representative_name")) if v),
    })


def _grid_style(commands: list) -> TableStyle:
    # Tables set a font of their own (Helvetica) before each cell; name ours so no other is used.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), MINCHO), *commands])


def column_widths(kinds: list[bool], shares: list[float], texts: list[list[str]], heads: list[str],
                  width: float) -> list[float]:
    """Widths sized from content: fixed columns (dates, numbers, codes) get their unbroken width,
    text columns their widest word, and share what is left by their weight, up to what they need."""
    body, head = measurer(CELL.font, CELL.size), measurer(CELL_HEAD.font, CELL_HEAD.size)
    pad = 2 * PAD + 0.5
    need, least, hard = [], [], []
    cap = 0.3 * width  # no one column (a 60-letter code) takes more than this before the others have theirs
    for fixed, share, col, label in zip(kinds, shares, texts, heads):
        h = widest_piece(label, head, phrases=True)
        col = [clean(t) for t in col]
        natural = max([body(line) for t in col for line in t.split("\n")] + [h, 0])
        word = max([widest_piece(t, body) for t in col] + [h, 2 * CELL.size])
        need.append(natural + pad)
        least.append(min((natural if fixed else min(natural, word)) + pad, cap))
        unbroken = max([hard_width(t, body) for t in col] + [h, 2 * CELL.size]) + pad
        hard.append(least[-1] if fixed else min(max(unbroken, 0.4 * width * share / sum(shares)), least[-1]))
    widths = list(hard)
    spare = width - sum(widths)
    if spare < 0:  # not even numbers and dates fit: scale everything
        return [w * width / sum(widths) for w in widths]
    for goal in (least, need):  # first whole words for every text column, then whole lines, by weight
        growing = [i for i, f in enumerate(kinds) if not f and goal[i] > widths[i]]
        while spare > 0.01 and growing:
            weight = sum(shares[i] for i in growing)
            step = spare
            for i in list(growing):
                give = min(step * shares[i] / weight, goal[i] - widths[i])
                widths[i] += give
                spare -= give
                if goal[i] - widths[i] < 0.01:
                    growing.remove(i)
    if spare > 0.01:  # everything fits on one line: widen by weight, text columns first
        grow = [i for i, f in enumerate(kinds) if not f] or list(range(len(kinds)))
        weight = sum(shares[i] for i in grow)
        for i in grow:
            widths[i] += spare * shares[i] / weight
    return widths


def _cell(text: str, width: float, style: Style):
    """Explicit lines as a plain string (fast to lay out); a Text flowable when a rare kanji needs IPAmj."""
    lines = lay_out(text, width - 2 * PAD, style)
    if needs_fallback(style.font, text):
        return Text(text, style, lines), len(lines)
    return "\n".join(ln for ln, _ in lines), len(lines)


KEEP_WITH_HEADING = 150.0  # pt of first rows kept with a section's heading: three rows, unless they are tall

# A row is placed whole on a page: one taller than a page could never be. Its cells go on in continuation rows
# of at most this many lines (the first row keeps every column; the others only what runs on).
MAX_ROW_LINES = 30
CONTINUED = "続き"  # two characters: the width of a narrow number column


def _continued(texts: list[str], widths: list[float]) -> list[tuple[list, int]]:
    """A row too tall for a page as rows of at most MAX_ROW_LINES lines, nothing of its text lost. Each
    continuation row names the row it goes on from in its first column (the entry number, then "続き"):
    on a page of its own, a run-on remark would otherwise belong to no entry."""
    laid = [lay_out(v, w - 2 * PAD, CELL) for v, w in zip(texts, widths)]
    mark = f"{texts[0]}\n{CONTINUED}"
    marked = lay_out(mark, widths[0] - 2 * PAD, CELL)
    parts = []
    for start in range(0, max(len(lines) for lines in laid), MAX_ROW_LINES):
        cells, tallest = [], 1
        for k, (v, w, lines) in enumerate(zip(texts, widths, laid)):
            chunk = lines[start:start + MAX_ROW_LINES]
            if k == 0 and start and not chunk:  # the first column ended in an earlier part: the mark instead
                v, chunk = mark, marked
            tallest = max(tallest, len(chunk))
            if needs_fallback(CELL.font, v) and chunk:
                cell = Text("", CELL, chunk)
                cell._width = w - 2 * PAD  # laid out already: the Table's wrap keeps these lines
            else:
                cell = "\n".join(ln for ln, _ in chunk)
            cells.append(cell)
        parts.append((cells, tallest))
    return parts


def _prepared(t: TableDef, rows: list[dict], width: float, date_style: str) -> tuple:
    """What does not depend on spacing: column widths, laid-out cells and each row's line count.
    Equal values in a column are measured and laid out once (a ledger repeats its kinds, people, places)."""
    cols = list(t.columns)
    heads = (["No."] if t.numbered else []) + [c.label_ja for c in cols]
    kinds = ([True] if t.numbered else []) + [c.type in FIXED_TYPES and not c.other for c in cols]
    shares = ([1.0] if t.numbered else []) + [c.width or 10 for c in cols]
    texts = [([str(i)] if t.numbered else []) + [format_value(c, row.get(c.key), date_style) for c in cols]
             for i, row in enumerate(rows, 1)]
    widths = column_widths(kinds, shares, [list(dict.fromkeys(col)) for col in zip(*texts)], heads, width)
    head_cells = [_cell(h, w, CELL_HEAD) for h, w in zip(heads, widths)]
    laid: list[dict] = [{} for _ in widths]
    body, counts = [], []
    for row in texts:
        cells = []
        for k, v in enumerate(row):
            cell = laid[k].get(v)
            if cell is None:
                cell = laid[k][v] = _cell(v, widths[k], CELL)
            cells.append(cell)
        if max(n for _, n in cells) > MAX_ROW_LINES:
            for part, n in _continued(row, widths):
                body.append(part)
                counts.append(n)
            continue
        body.append([c for c, _ in cells])
        counts.append(max(n for _, n in cells))
    return widths, head_cells, body, counts


def _table(t: TableDef, rows: list[dict], width: float, date_style: str, space: float,
           memo: dict) -> tuple[PagedTable, float]:
    """The table and the height of its header with the first rows (kept with the section heading).
    memo keeps the laid-out cells for a second build at tighter spacing."""
    key = (t.key, width, date_style)
    if key not in memo:
        memo[key] = _prepared(t, rows, width, date_style)
    widths, head_cells, body, counts = memo[key]
    right = [n for n, c in enumerate(t.columns, int(t.numbered)) if c.type in ("integer", "quantity")]
    vpad = 1.8 if space >= 1 else 1.2
    row_pad = max(vpad, (t.min_row_mm * mm - CELL.leading) / 2) if t.min_row_mm else vpad
    numeric = [("ALIGN", (n, 1), (n, -1), "RIGHT") for n in right + ([0] if t.numbered else [])]
    style = _grid_style([
        ("FONTSIZE", (0, 1), (-1, -1), CELL.size), ("LEADING", (0, 1), (-1, -1), CELL.leading), *numeric,
        ("FONTNAME", (0, 0), (-1, 0), GOTHIC), ("FONTSIZE", (0, 0), (-1, 0), CELL_HEAD.size),
        ("LEADING", (0, 0), (-1, 0), CELL_HEAD.leading), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), vpad), ("BOTTOMPADDING", (0, 0), (-1, 0), vpad + 1),
        ("TOPPADDING", (0, 1), (-1, -1), row_pad), ("BOTTOMPADDING", (0, 1), (-1, -1), row_pad + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ])
    # Heights as Table measures them: lines × leading, then top padding, then bottom padding.
    head_h = CELL_HEAD.leading * max(n for _, n in head_cells) + vpad + (vpad + 1)
    heights = [CELL.leading * n + row_pad + (row_pad + 1) for n in counts]
    table = PagedTable([c for c, _ in head_cells], body, widths, style, head_h, heights)
    return table, head_h + min(sum(heights[:3]), KEEP_WITH_HEADING)


def _filled(form: FormDef, sec: Section, data: dict, date_style: str) -> str:
    """A line section's text, or '' when every field it names is empty."""
    values = {f.key: format_value(f, data.get(f.key), date_style) for f in form.fields}
    names = placeholders(sec.template)
    if names and not any(values.get(n) for n in names):
        return ""
    return fill_template(sec.template, values).rstrip()


def _section(number: str, form: FormDef, sec: Section, data: dict, width: float, date_style: str,
             space: float, memo: dict) -> list | None:
    """The flowables of one section, or None when it is empty and says nothing to print when empty."""
    label = f"{number}\u3000{sec.title_ja}" if sec.title_ja else ""
    if sec.kind == "table":
        rows = data.get(sec.table) or []
        if not rows:
            return [Text(sec.empty_text, LINE, prefix=label + "\u3000", prefix_font=GOTHIC),
                    Spacer(1, 2 * mm * space)] if sec.empty_text else None
        table, keep = _table(form.table(sec.table), rows, width, date_style, space, memo)
        heading = Text(label, HEADING)
        return [CondPageBreak(keep + HEADING.leading + HEADING.before + HEADING.after), heading, table,
                Spacer(1, 4 * mm * space)]
    if sec.kind == "items":
        text = _filled(form, sec, data, date_style)
        if not text:
            return None
        out = [Text(label, HEADING)] if label else []
        for item in (ln for ln in text.split("\n") if ln.strip()):
            m = re.match(r"^\s*((?:[0-9０-９]+|[（(][0-9０-９]+[）)]|[一二三四五六七八九十]+)[.．、　 ]?\s*)", item)
            hang = measurer(MINCHO, BODY.size)(m[1]) if m else 0
            out.append(Text(item.strip(), BODY.but(hang=hang, after=2)))
        return out + [Spacer(1, 3 * mm * space)]
    if sec.kind == "signature":
        return _signature(form, sec, data, width, date_style)
    if sec.kind == "approval":
        box = Table([[T(sec.title_ja, CELL.but(font=GOTHIC))], [T(sec.template, BODY.but(phrases=True))]],
                    colWidths=[width], rowHeights=[None, 30 * mm])
        box.setStyle(_grid_style([("BOX", (0, 0), (-1, -1), 0.8, GRID), ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                                  ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
        return [Spacer(1, 6 * mm * space), box]
    text = _filled(form, sec, data, date_style)
    if not text:
        if not sec.empty_text:
            return None
        text = sec.empty_text
    below = text.startswith("\n")  # a template that starts with a break puts the text under the title
    prefix = label + ("\n" if below else "\u3000") if label else ""
    return [Text(text.lstrip("\n"), LINE, prefix=prefix, prefix_font=GOTHIC), Spacer(1, 2 * mm * space)]


def _signature(form: FormDef, sec: Section, data: dict, width: float, date_style: str) -> list:
    """The date, then who signs: printed name, a line to sign by hand and a seal box (自署・押印)."""
    when = data.get(sec.date) if sec.date else ""
    date_text = format_date(when, date_style) if when else "令和\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    rows = []
    for key in sec.fields:
        f = form.field(key)
        rows.append([T(f.label_ja, BODY), T(format_value(f, data.get(key), date_style), BODY), ""])
    rows.append([T("署名（自署）", BODY), "", "印" if sec.seal else ""])
    block_w = min(110 * mm, width * 0.7)
    table = Table(rows, colWidths=[28 * mm, block_w - 28 * mm - 12 * mm, 12 * mm],
                  rowHeights=[None] * (len(rows) - 1) + [12 * mm])
    table.setStyle(_grid_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, -1), (1, -1), 0.5, GRID),
        ("FONTSIZE", (2, -1), (2, -1), 8), ("ALIGN", (2, -1), (2, -1), "CENTER"),
        *([("BOX", (2, -1), (2, -1), 0.8, GRID), ("VALIGN", (2, -1), (2, -1), "MIDDLE")] if sec.seal else []),
    ]))
    table.hAlign = "RIGHT"
    return [Spacer(1, 6 * mm), T(date_text, RIGHT), Spacer(1, 4 * mm), table]


def _story(form: FormDef, data: dict, width: float, date_style: str, space: float, memo: dict) -> list:
    story = _header(form, data, width, date_style, space) if form.letter else _record_header(form, data, date_style)
    if form.opening_for(data):
        story += [T(_opening(form, data, date_style), BODY), Spacer(1, 3 * mm * space)]
    if form.letter:
        story += [T("記", CENTER), Spacer(1, 3 * mm * space)]
    blocks, n = [], 0
    for sec in form.sections:
        numbered = bool(sec.title_ja) and sec.kind in ("table", "line", "items")
        block = _section(str(n + 1).translate(FULLWIDTH_DIGITS), form, sec, data, width, date_style, space, memo)
        if block is not None:
            n += numbered
            blocks.append((sec, block))
    closing = [Spacer(1, 3 * mm * space), T("以上", RIGHT)] if form.letter else []
    tail = [b for s, b in blocks if s.kind == "approval"]
    blocks = [(s, b) for s, b in blocks if s.kind != "approval"]
    # The end of a letter never stands alone: the last two line sections, 以上 and any 承諾欄 stay together.
    keep = 0
    while keep < min(2, len(blocks)) and blocks[-1 - keep][0].kind in ("line", "signature", "items"):
        keep += 1
    for _, b in blocks[:len(blocks) - keep]:
        story += b
    end = [f for _, b in blocks[len(blocks) - keep:] for f in b] + closing + [f for b in tail for f in b]
    if end:
        story.append(KeepTogether(end))
    return story


class _LayoutCanvas(Canvas):
    """The canvas of a pass that only finds the page count and how full the last page is: long tables
    and texts are not drawn, nothing is saved."""

    layout_only = True

    def save(self) -> None:
        pass


def _build(form: FormDef, data: dict, date_style: str, space: float, memo: dict,
           layout_only: bool = False, pages: int = 0) -> tuple[bytes, int, float]:
    """One pass; each page it sets is told to `report` (of `pages` when a layout pass counted them)."""
    pagesize = landscape(A4) if form.orientation == "landscape" else A4
    vertical = LANDSCAPE_TOP if form.orientation == "landscape" else MARGIN
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=vertical,
        bottomMargin=vertical, initialFontName=MINCHO, title=form.title_for(data), author=data["issuer"]["name"],
        subject=data["contract"]["title"], creator="kojin_desk", lang="ja-JP",
    )
    canvas_class = _LayoutCanvas if layout_only else type("_Canvas", (_NumberedCanvas,),
                                                           {"running": _running_header(form, data)})
    label = msg("progress_pdf_layout" if layout_only else "progress_pdf")

    def told(canvas, doc) -> None:  # a thousand-page ledger takes seconds: the bar moves, Cancel works
        report(doc.page, pages, label)

    doc.build(_story(form, data, pagesize[0] - 2 * MARGIN, date_style, space, memo), onFirstPage=told,
              onLaterPages=told, canvasmaker=canvas_class)
    frame = doc.frame
    used = (frame._y1 + frame._height - frame._y) / frame._height
    return buf.getvalue(), doc.page, used


def render(form: FormDef, data: dict, date_style: str = "wareki") -> bytes:
    """The PDF bytes of validated data (see formkit.data.validate)."""
    register(MINCHO)
    register(GOTHIC)
    memo: dict = {}  # tables laid out once for every pass
    # Where pages break is found without drawing; only the chosen spacing is drawn (no second whole build).
    space = 1.0
    _, pages, used = _build(form, data, date_style, 1.0, memo, layout_only=True)
    if pages > 1 and used < 0.25:
        # A near-empty last page: set the spacing tighter and keep that if the end moves back a page.
        _, tight_pages, _ = _build(form, data, date_style, 0.4, memo, layout_only=True)
        if tight_pages < pages:
            space, pages = 0.4, tight_pages
    return _build(form, data, date_style, space, memo, pages=pages)[0]
