"""Typesetting read back from the PDF's own geometry, for every form with realistic data (issue 16).

A clerk sends paper back when a number or a date is split, a glyph touches a rule, a heading is left at
the foot of a page or a last page holds almost nothing: each is checked on the rendered PDF.
"""

import re

import pytest
from pdfgeom import crossings, line_pairs, read
from realistic_gen import generate

from kojin_desk.formkit.data import json_schema, validate
from kojin_desk.formkit.definition import all_forms, get_form
from kojin_desk.pdf.render import render

FORMS = list(all_forms())
# What is never broken across lines: a grouped number, a 和暦 date, a numbered document or contract.
UNBROKEN = [
    re.compile(r"\d{1,3}(?:,\d{3})+"),
    re.compile(r"(?:令和|平成|昭和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日"),
    re.compile(r"\d*[^\s\d（）「」、。]{0,3}第\d+号"),
    re.compile(r"[A-Z]{2,4}-\d{4}"),  # 管理番号 (USB-0231, PC-0107)
]


def _render(form_id: str, rows: int = 60, long_remarks: bool = True):
    form = get_form(form_id)
    clean, problems = validate(form, generate(form, rows=rows, long_remarks=long_remarks))
    assert problems == []
    return form, clean, render(form, clean)


@pytest.fixture(scope="module", params=FORMS)
def realistic(request):
    form, clean, pdf = _render(request.param)
    return form, clean, read(pdf)


def test_no_glyph_crosses_or_touches_a_rule(realistic):
    _, _, pages = realistic
    bad = [c for p in pages for c in crossings(p)]
    assert bad == [], bad[:10]


def test_numbers_dates_and_document_numbers_are_never_split(realistic):
    form, clean, pages = realistic
    tokens = {clean["contract"].get("number"), clean.get("document_number")} - {None, ""}
    split = []
    for page in pages:
        for a, b in line_pairs(page):
            joined, cut = a.text + b.text, len(a.text)
            for rx in UNBROKEN:
                split += [f"p{page.number + 1}: {m[0]}" for m in rx.finditer(joined) if m.start() < cut < m.end()]
            split += [f"p{page.number + 1}: {t}" for t in tokens
                      if any(a.text.endswith(t[:k]) and b.text.startswith(t[k:]) for k in range(1, len(t)))]
    assert split == [], split[:10]


def test_kinsoku_no_closing_mark_starts_a_line_and_no_opening_mark_ends_one(realistic):
    _, _, pages = realistic
    bad = []
    for page in pages:
        for a, b in line_pairs(page):
            if b.text[:1] in "、。，．）」』】ーァィゥェォッャュョ・：；？！" or a.text[-1:] in "（「『【":
                bad.append(f"p{page.number + 1}: {a.text[-6:]}／{b.text[:6]}")
    assert bad == [], bad[:10]


def test_no_heading_is_the_last_thing_on_a_page(realistic):
    _, _, pages = realistic
    for page in pages[:-1]:
        last = page.lines[-1]
        assert not all("Gothic" in f for f in last.fonts), (page.number + 1, last.text)


def test_no_last_page_with_fewer_than_four_lines(realistic):
    _, _, pages = realistic
    if len(pages) > 1:
        baselines = {round(ln.bottom) for ln in pages[-1].lines}
        assert len(baselines) >= 4, [ln.text for ln in pages[-1].lines]


def test_table_text_is_at_least_9_points(realistic):
    _, _, pages = realistic
    inside = [ln for p in pages for ln in p.lines if ln.cell != (0.0, round(p.width, 1)) and ln.text != "印"]
    assert min([min(ln.sizes) for ln in inside] + [9.0]) >= 9.0


def test_ideographic_space_is_drawn_full_width_and_extracted_as_itself():
    form, clean, pdf = _render("destruction_certificate", rows=4, long_remarks=False)
    pages = read(pdf)
    spaces = [c for c in pages[0].chars if c["text"] == "\u3000"]
    assert spaces and all(c["x1"] - c["x0"] >= 0.95 * c["size"] for c in spaces)
    assert any(ln.text.startswith("東京都知事\u3000殿") for ln in pages[0].lines)


def test_half_width_katakana_in_item_names_is_printed_full_width():
    form, clean, pdf = _render("destruction_certificate", rows=6, long_remarks=False)
    text = "".join(ln.text for p in read(pdf) for ln in p.lines)
    assert "ファイルサーバ" in text and "ﾌｧｲﾙ" not in text
    assert "\U00020bb7田 太郎" in text  # a person's name stays exactly as typed


def test_four_row_certificate_fits_on_one_page():
    form = get_form("destruction_certificate")
    data = generate(form, rows=4, long_remarks=False)
    data.update(retained=data["retained"][:1], remarks="", attachments="溶解証明書（㈱東京リサイクル）、データ消去作業記録")
    clean, problems = validate(form, data)
    assert problems == []
    pages = read(render(form, clean))
    assert len(pages) == 1 and pages[0].lines[-1].text == "以上"


def test_ledger_holds_fifteen_rows_per_landscape_page_at_9_points():
    _, _, pdf = _render("handling_ledger", rows=60, long_remarks=False)
    pages = read(pdf)
    assert len(pages) > 2
    for page in pages[:-1]:
        rows = len({round(y) for y, _, _ in page.hrules}) - 2  # the header row's top and bottom rules
        assert rows >= (15 if page.number else 12), (page.number + 1, rows)  # page 1 also holds the title


def test_continuation_pages_carry_the_running_header():
    form, clean, pdf = _render("handling_ledger", rows=60, long_remarks=False)
    with __import__("pdfplumber").open(__import__("io").BytesIO(pdf)) as doc:
        n = len(doc.pages)
        for i, page in enumerate(doc.pages[1:], 2):
            top = page.crop((0, 0, page.width, 36)).extract_text().replace(" ", "")
            assert form.title_ja in top and clean["contract"]["number"] in top and f"{i}/{n}" in top


def test_an_empty_optional_section_is_left_out():
    form = get_form("staff_notification")
    data = generate(form, rows=3, long_remarks=False)
    data.update(notice_kind="新規", changes=[], reason="", changed_on="")
    clean, problems = validate(form, data)
    assert problems == []
    text = "".join(ln.text for p in read(render(form, clean)) for ln in p.lines)
    assert "変更の内容" not in text and "変更の理由" not in text and "—" not in text


def test_a_change_notification_says_so_in_its_opening_sentence():
    form = get_form("workplace_notification")
    data = generate(form, rows=3, long_remarks=False)
    data["notice_kind"] = "変更"
    clean, _ = validate(form, data)
    text = "".join(ln.text for p in read(render(form, clean)) for ln in p.lines)
    assert "変更したので" in text or "変更を" in text


@pytest.mark.parametrize("form_id", ["send_log", "training_record", "handling_ledger"])
def test_records_do_not_accept_what_they_never_print(form_id):
    schema = json_schema(get_form(form_id))
    assert not {"document_number", "addressee", "addressee_section"} & set(schema["properties"])
    assert set(schema["properties"]["issuer"]["properties"]) == {"name"}
    data = generate(get_form(form_id), rows=1)
    data["addressee"] = "東京都知事"
    _, problems = validate(get_form(form_id), data)
    assert [p.code for p in problems] == ["unknown_field"]
