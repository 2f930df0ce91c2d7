"""Long tables are set one page at a time (issue 18): the work per row does not grow with the rows.

Counted, not timed: every row handed to a ReportLab Table and every text laid out during a render.
ReportLab's own split of one big Table hands each remaining row over again on every page (n²/2 rows
for n rows), and a second whole build for tighter spacing lays everything out twice: either would
break these bounds. The pages themselves are read back from the PDF.
"""

from __future__ import annotations

import re

import pytest
from pdfcheck import page_texts
from realistic_gen import generate
from reportlab.platypus import tables

from kojin_desk.formkit.data import validate
from kojin_desk.formkit.definition import get_form
from kojin_desk.pdf import render as render_module
from kojin_desk.pdf import text
from kojin_desk.pdf.render import render


def _ledger(rows: int) -> tuple:
    form = get_form("handling_ledger")
    clean, problems = validate(form, generate(form, rows=rows, long_remarks=False))
    assert problems == []
    return form, clean


@pytest.fixture
def counted(monkeypatch):
    """Rows handed to ReportLab Tables, Tables made and texts laid out, during the renders of the test."""
    seen = {"rows": 0, "tables": 0, "lay_out": 0}
    table_init, lay_out = tables.Table.__init__, text.lay_out.__wrapped__

    def counting_init(self, data, *args, **kwargs):
        seen["rows"] += len(data)
        seen["tables"] += 1
        table_init(self, data, *args, **kwargs)

    def counting_lay_out(*args):
        seen["lay_out"] += 1
        return lay_out(*args)

    monkeypatch.setattr(tables.Table, "__init__", counting_init)
    monkeypatch.setattr(render_module, "lay_out", counting_lay_out)
    return seen


@pytest.mark.parametrize("rows", [150, 600])
def test_a_long_ledger_hands_each_row_to_reportlab_once(counted, rows):
    form, clean = _ledger(rows)
    pdf = render(form, clean)
    pages = len(page_texts(pdf))
    assert pages > rows // 20
    # One Table per page: its rows and its repeated header row; nothing handed over again.
    assert counted["tables"] <= pages
    assert counted["rows"] <= rows + pages
    # Each distinct cell is laid out once, however many passes choose the spacing (12 columns and a header).
    assert counted["lay_out"] <= 13 * rows + 13


def test_a_near_empty_last_page_is_avoided_without_a_second_drawing(counted):
    """The ledger length at which the last page would hold a few rows: tighter spacing, still drawn once."""
    form = get_form("handling_ledger")
    for rows in range(20, 120):
        clean = _ledger(rows)[1]
        _, pages, used = render_module._build(form, clean, "wareki", 1.0, {}, layout_only=True)
        if pages > 1 and used < 0.25:
            break
    else:
        pytest.fail("no ledger length gives a near-empty last page")
    counted.update(rows=0, tables=0)
    pdf = render(form, clean)
    texts = page_texts(pdf)
    assert len(texts) < pages  # the tight spacing moved the end back a page
    assert counted["tables"] <= len(texts) and counted["rows"] <= rows + len(texts)


def test_every_continuation_page_repeats_the_header_and_carries_three_rows_or_more():
    form, clean = _ledger(300)
    texts = page_texts(render(form, clean))
    assert len(texts) > 10
    for page in texts[1:]:
        assert "年月日・時刻" in page and "担当者" in page  # the header row, repeated
    last_rows = re.findall(r"^\s*([\d,]+)\s", texts[-1], re.M)
    assert len(last_rows) >= 3, texts[-1]


def test_a_row_taller_than_a_page_goes_on_in_continuation_rows_with_nothing_lost():
    form, clean = _ledger(6)
    note_key = next(c.key for c in form.tables[0].columns if c.key in ("note", "remarks"))
    words = "".join(f"第{n}項の作業内容を確認し、記録した。" for n in range(1, 40))[:990]
    clean[form.tables[0].key][2][note_key] = words  # ~90 lines in its column: more than a page holds
    clean, problems = validate(form, clean)
    assert problems == []
    pdf = render(form, clean)
    joined = "".join(t.replace("\n", "").replace(" ", "") for t in page_texts(pdf))
    for n in range(1, 40):  # every clause of the long note is printed, in order, across the pages
        clause = f"第{n}項の作業内容を確認し、記録した。"
        if clause in words:
            assert clause in joined, clause
    assert len(page_texts(pdf)) >= 2


def test_rendering_tells_each_page_and_can_be_cancelled():
    from kojin_desk.i18n import msg
    from kojin_desk.progress import Cancelled
    from kojin_desk.services import documents

    form, clean = _ledger(150)
    heard = []
    pdf, _ = documents.render_pdf(form.id, clean, progress=lambda d, t, label: heard.append((d, t, label)))
    pages = len(page_texts(pdf))
    drawn = [(d, t) for d, t, label in heard if label == msg("progress_pdf")]
    assert drawn == [(n, pages) for n in range(1, pages + 1)]  # the drawing pass counts up to the known total
    assert any(label == msg("progress_pdf_layout") for _, _, label in heard)

    def stop(done, total, label):
        if label == msg("progress_pdf") and done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        documents.render_pdf(form.id, clean, progress=stop)


def test_a_continuation_row_names_the_row_it_goes_on_from():
    """On a page of its own, a run-on remark names its entry: the first column's value, then 続き."""
    form, clean = _ledger(6)
    table = form.tables[0]
    note_key = next(c.key for c in table.columns if c.key in ("note", "remarks"))
    clean[table.key][2][note_key] = ("個人情報の取扱いに関する備考。" * 70)[:1000]
    clean, problems = validate(form, clean)
    assert problems == []
    pages = page_texts(render(form, clean))
    first = render_module.format_value(table.columns[0], clean[table.key][2].get(table.columns[0].key), "wareki") \
        if not table.numbered else "3"
    runs_on = [p for p in pages[1:] if "取扱いに関する\n備考。個人情報の" in p]  # the remark's lines
    assert len(runs_on) >= 2, pages[:4]
    assert all(f"\n{first}\n続き\n" in page for page in runs_on[1:]), [p[:200] for p in runs_on]
