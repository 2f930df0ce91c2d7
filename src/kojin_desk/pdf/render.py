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
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kojin_desk.domain.wareki import format_date
from kojin_desk.formkit.definition import FieldDef, FormDef, Section, TableDef
from kojin_desk.pdf.fonts import GOTHIC, MINCHO, drawable, has_glyph, markup, register

MARGIN = 20 * mm
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_BG = colors.Color(0.9, 0.9, 0.9)
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _style(name: str, font: str = MINCHO, size: float = 10.0, align=TA_LEFT, leading: float | None = None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.55,
                          alignment=align, wordWrap="CJK", **kw)


BODY = _style("body", size=10.5)
SMALL = _style("small", size=8.5)
RIGHT = _style("right", size=10.5, align=TA_RIGHT)
CENTER = _style("center", size=10.5, align=TA_CENTER)
TITLE = _style("title", font=GOTHIC, size=16, align=TA_CENTER, leading=24)
HEADING = _style("heading", font=GOTHIC, size=10.5, spaceBefore=6, spaceAfter=4)
ADDRESSEE = _style("addressee", size=12, leading=18)
CELL = _style("cell", size=9, leading=12.5)
CELL_RIGHT = _style("cellr", size=9, leading=12.5, align=TA_RIGHT)
CELL_HEAD = _style("cellh", font=GOTHIC, size=8.5, leading=11.5, align=TA_CENTER)
LINE = _style("line", size=10.5, leftIndent=2 * 10.5, firstLineIndent=-2 * 10.5)


def _grid_style(commands: list) -> TableStyle:
    # Tables set a font of their own (Helvetica) before each cell; name ours so no other is used.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), MINCHO), *commands])


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text, style.fontName), style)


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
    return str(value)


def fill_template(template: str, values: dict[str, str]) -> str:
    """'{a}[（{b}）]': a bracketed group is left out when any of its fields is empty."""
    def group(m: re.Match) -> str:
        inner = m[1]
        names = [n for _, n, _, _ in string.Formatter().parse(inner) if n]
        return inner.format_map(values) if all(values.get(n) for n in names) else ""

    filled = re.sub(r"\[([^\[\]]*)\]", group, template)
    return filled.format_map(values)


class _NumberedCanvas(Canvas):
    """Holds pages until the end so that each can say 「i / N」."""

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
            width = self._pagesize[0]
            self.setFont(MINCHO, 9)
            self.drawCentredString(width / 2, 10 * mm, f"{i} / {total}")
            super().showPage()
        super().save()


def _header(form: FormDef, data: dict, width: float, date_style: str) -> list:
    issuer, out = data["issuer"], []
    if data.get("document_number"):
        out.append(P(f"文書番号　{data['document_number']}", RIGHT))
    out.append(P(format_date(data["issue_date"], date_style), RIGHT))
    out.append(Spacer(1, 5 * mm))
    out.append(P(f"{data['addressee']}　殿", ADDRESSEE))
    if data.get("addressee_section"):
        out.append(P(f"（所管：{data['addressee_section']}）", SMALL))
    out.append(Spacer(1, 4 * mm))
    rep = "　".join(v for v in (issuer.get("representative_title"), issuer.get("representative_name")) if v)
    rows = [[P("所在地", BODY), P(issuer["address"], BODY)],
            [P("名称", BODY), P(issuer["name"], BODY)],
            [P("代表者", BODY), P(rep, BODY)]]
    block_w = min(105 * mm, width * 0.6)
    seal_w = 15 * mm if form.seal else 0
    block = Table(rows, colWidths=[17 * mm, block_w - 17 * mm])
    block.setStyle(_grid_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    cells = [[Spacer(1, 1), block]]
    widths = [width - block_w - seal_w - (4 * mm if seal_w else 0), block_w]
    if seal_w:
        seal = Table([[P("印", _style("seal", size=8, align=TA_CENTER))]], colWidths=[seal_w], rowHeights=[seal_w])
        seal.setStyle(_grid_style([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        cells[0] += [Spacer(1, 1), seal]
        widths += [4 * mm, seal_w]
    outer = Table(cells, colWidths=widths)
    outer.setStyle(_grid_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out += [outer, Spacer(1, 8 * mm), P(form.title_for(data), TITLE), Spacer(1, 5 * mm)]
    return out


def _record_header(form: FormDef, data: dict, date_style: str) -> list:
    """A record the contractor keeps: title, then one line naming the contract, the company and the date."""
    c, issuer = data["contract"], data["issuer"]
    info = "　".join(part for part in (
        f"契約件名：{c['title']}", f"契約番号：{c['number']}" if c.get("number") else "",
        f"事業者：{issuer['name']}", f"作成日：{format_date(data['issue_date'], date_style)}") if part)
    return [P(form.title_for(data), TITLE), Spacer(1, 3 * mm), P(info, SMALL), Spacer(1, 3 * mm)]


def _opening(form: FormDef, data: dict, date_style: str) -> str:
    c, issuer = data["contract"], data["issuer"]
    return fill_template(form.opening, {
        "contract_signed": format_date(c.get("signed_on", ""), date_style),
        "contract_title": c["title"],
        "contract_number": f"（契約番号 {c['number']}）" if c.get("number") else "",
        "issuer_name": issuer["name"],
        "issuer_representative": "　".join(v for v in (issuer.get("representative_title"),
                                                        issuer.get("representative_name")) if v),
    })


def _table(t: TableDef, rows: list[dict], width: float, date_style: str) -> Table:
    cols = list(t.columns)
    shares = [c.width or 1 for c in cols]
    no_w = 9 * mm if t.numbered else 0
    scale = (width - no_w) / sum(shares)
    widths = ([no_w] if t.numbered else []) + [s * scale for s in shares]
    head = ([P("No.", CELL_HEAD)] if t.numbered else []) + [P(c.label_ja, CELL_HEAD) for c in cols]
    body = []
    right = [i for i, c in enumerate(cols, int(t.numbered)) if c.type in ("integer", "quantity")]
    for i, row in enumerate(rows, 1):
        cells = [str(i)] if t.numbered else []
        for n, c in enumerate(cols, int(t.numbered)):
            cells.append(_cell(format_value(c, row.get(c.key), date_style), widths[n], n in right))
        body.append(cells)
    table = Table([head] + body, colWidths=widths, repeatRows=1)
    numeric = [("ALIGN", (n, 1), (n, -1), "RIGHT") for n in right + ([0] if t.numbered else [])]
    table.setStyle(_grid_style([
        ("FONTSIZE", (0, 1), (-1, -1), CELL.fontSize), ("LEADING", (0, 1), (-1, -1), CELL.leading), *numeric,
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _cell(text: str, width: float, right: bool):
    """A plain string when the text fits on one line in the main font (ten times faster to lay out than a
    Paragraph); otherwise a wrapping Paragraph that also routes rare kanji to the fallback font."""
    shown = drawable(text)
    if "\n" not in shown and all(has_glyph(MINCHO, ch) for ch in shown if not ch.isspace()) \
            and stringWidth(shown, MINCHO, CELL.fontSize) <= width - 6:
        return shown
    return P(text, CELL_RIGHT if right else CELL)


def _section(n: int, form: FormDef, sec: Section, data: dict, width: float, date_style: str) -> list:
    number = str(n).translate(FULLWIDTH_DIGITS)
    if sec.kind == "table":
        rows = data.get(sec.table) or []
        if not rows:
            return [P(f"{number}　{sec.title_ja}　{sec.empty_text}", LINE), Spacer(1, 2 * mm)]
        return [P(f"{number}　{sec.title_ja}", HEADING),
                _table(form.table(sec.table), rows, width, date_style), Spacer(1, 4 * mm)]
    values = {f.key: format_value(f, data.get(f.key), date_style) for f in form.fields}
    text = fill_template(sec.template, values)
    text = text.rstrip() if text.strip() else sec.empty_text  # a leading line break starts text below the title
    return [P(f"{number}　{sec.title_ja}　{text}", LINE), Spacer(1, 2 * mm)]


def render(form: FormDef, data: dict, date_style: str = "wareki") -> bytes:
    """The PDF bytes of validated data (see formkit.data.validate)."""
    register(MINCHO)
    register(GOTHIC)
    pagesize = landscape(A4) if form.orientation == "landscape" else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, initialFontName=MINCHO, title=form.title_for(data), author=data["issuer"]["name"],
        subject=data["contract"]["title"], creator="kojin_desk", lang="ja-JP",
    )
    width = pagesize[0] - 2 * MARGIN
    if not form.letter:
        story = _record_header(form, data, date_style)
        if form.opening:
            story += [P(_opening(form, data, date_style), BODY), Spacer(1, 3 * mm)]
        for n, sec in enumerate(form.sections, 1):
            story += _section(n, form, sec, data, width, date_style)
        doc.build(story, canvasmaker=_NumberedCanvas)
        return buf.getvalue()
    story = _header(form, data, width, date_style)
    if form.opening:
        story += [P(_opening(form, data, date_style), BODY), Spacer(1, 3 * mm)]
    story += [P("記", CENTER), Spacer(1, 3 * mm)]
    for n, sec in enumerate(form.sections[:-1], 1):
        story += _section(n, form, sec, data, width, date_style)
    # 以上 never stands alone at the top of a page: it stays with the last section.
    last = _section(len(form.sections), form, form.sections[-1], data, width, date_style) if form.sections else []
    story.append(KeepTogether([*last, Spacer(1, 3 * mm), P("以上", RIGHT)]))
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buf.getvalue()
