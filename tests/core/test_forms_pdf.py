"""Every form renders generated hostile data; the PDF is read back, not trusted."""

import json

import pytest
from formdata_gen import generate
from pdfcheck import all_text, fonts, page_texts, reader, squeeze, text_positions

from kojin_desk import cli
from kojin_desk.domain.text import is_invisible
from kojin_desk.formkit.data import json_schema, validate
from kojin_desk.formkit.definition import all_forms, get_form
from kojin_desk.pdf.fonts import drawable
from kojin_desk.pdf.render import LANDSCAPE_TOP, MARGIN, format_value, render

FORMS = list(all_forms())


def _printed(form, clean):
    """Every value as the PDF should show it (invisible characters are never drawn)."""
    fields = {f.key: f for f in form.fields}
    for key, value in clean.items():
        if key in ("issuer", "contract"):
            # A record (letter = false) names only the company and the contract in its header line.
            shown = value if form.letter else {k: v for k, v in value.items() if k in ("name", "title", "number")}
            yield from (v for v in shown.values() if v and not str(v)[:4].isdigit())
        elif key in fields:
            yield format_value(fields[key], value)
        elif isinstance(value, list):
            cols = {c.key: c for c in form.table(key).columns}
            for row in value:
                yield from (format_value(cols[k], v) for k, v in row.items())


@pytest.fixture(scope="module", params=FORMS)
def rendered(request):
    form = get_form(request.param)
    clean, problems = validate(form, generate(json_schema(form), rows=200))
    assert problems == []
    return form, clean, render(form, clean)


def test_every_value_is_found_by_text_extraction(rendered):
    form, clean, pdf = rendered
    text = all_text(pdf)
    missing = [v for v in _printed(form, clean) if v and squeeze(drawable(v)) not in text]
    assert missing == []
    assert "\U00020bb7田" in text  # from the IPAmj fallback, extracted as itself (surrogate-pair ToUnicode)


def test_invisible_characters_are_not_drawn(rendered):
    _, _, pdf = rendered
    assert not any(is_invisible(ch) for ch in "".join(page_texts(pdf)))


def test_every_font_is_embedded_and_japanese(rendered):
    _, _, pdf = rendered
    found = fonts(pdf)
    assert found and all(found.values()), found
    assert any("IPAmjMincho" in name for name in found)
    assert not any("Helvetica" in name for name in found)


def test_long_tables_continue_with_header_and_page_numbers(rendered):
    form, clean, pdf = rendered
    pages = reader(pdf).pages
    for i, page in enumerate(pages, 1):
        assert f"{i} / {len(pages)}" in page.extract_text()
    if not form.tables:  # fields only (the pledge, the take-out request): numbering is all there is to check
        return
    assert len(pages) > 2
    header = squeeze("".join(c.label_ja for c in form.tables[0].columns))
    with_header = [t for t in page_texts(pdf) if header in squeeze(t)]
    assert len(with_header) >= 2  # the table continues on a later page under its repeated header


def test_nothing_outside_the_page_margins(rendered):
    _, _, pdf = rendered
    slack = 2.0
    for page, x, y, text, w, h in text_positions(pdf):
        top = LANDSCAPE_TOP if w > h else MARGIN
        if " / " in text and y < top:
            continue  # the page number sits in the bottom margin by design
        if page > 0 and y > h - top and x < w - MARGIN:
            continue  # so does the running header of a continuation page, at the top
        assert MARGIN - slack <= x <= w - MARGIN + slack, (page, x, text)
        assert top - slack <= y <= h - top + slack, (page, y, text)


def test_metadata(rendered):
    form, clean, pdf = rendered
    meta = reader(pdf).metadata
    assert meta.title == form.title_for(clean) and meta.author == clean["issuer"]["name"]
    assert b"/Lang (ja-JP)" in pdf


def test_certificate_layout_words():
    form = get_form("destruction_certificate")
    data = generate(json_schema(form), rows=3)
    data["retained"] = []
    clean, _ = validate(form, data)
    text = "".join(page_texts(render(form, clean)))
    for word in ("殿", "所在地", "名称", "代表者", "印", "記", "以上", "該当なし", "第12条第2項", "令和"):
        assert word in text


def test_cli_render_and_schema(tmp_path, capsys):
    assert cli.main(["forms", "list"]) == 0
    assert "destruction_certificate" in capsys.readouterr().out
    assert cli.main(["forms", "schema", "destruction_certificate"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    data = generate(schema, rows=2)
    (tmp_path / "d.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert cli.main(["forms", "render", "destruction_certificate", "--data", str(tmp_path / "d.json"), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_render_refuses_emoji_naming_it(tmp_path, capsys):
    data = generate(json_schema(get_form("destruction_certificate")), rows=2)
    data["destroyed"][1]["item"] = "旗\U0001f1ef\U0001f1f5"
    (tmp_path / "d.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert cli.main(["forms", "render", "destruction_certificate", "--data", str(tmp_path / "d.json"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "2行目: 情報項目の文字 U+1F1EF" in err
    assert not out.exists()


def test_cli_render_unknown_form_and_bad_json(tmp_path, capsys):
    (tmp_path / "d.json").write_text("{", encoding="utf-8")
    assert cli.main(["forms", "render", "nope", "--data", str(tmp_path / "d.json"), "--out", str(tmp_path / "o.pdf")]) == 2
    assert cli.main(["forms", "render", "destruction_certificate", "--data", str(tmp_path / "d.json"), "--out", str(tmp_path / "o.pdf")]) == 2
    err = capsys.readouterr().err
    assert "様式「nope」はありません" in err and "JSONとして読めません" in err
