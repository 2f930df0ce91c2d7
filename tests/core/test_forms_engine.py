"""Definitions load or name their mistake; data is validated field by field; schema is sound."""

import json

import jsonschema
import pytest
from formdata_gen import generate

from kojin_desk.errors import KojinError
from kojin_desk.formkit.data import json_schema, validate
from kojin_desk.formkit.definition import all_forms, get_form, load_definition

CERT = "destruction_certificate"


def test_every_shipped_definition_loads():
    forms = all_forms()
    assert CERT in forms
    assert forms[CERT].title_ja == "個人情報等の廃棄・消去証明書"


@pytest.mark.parametrize("text, key", [
    ('id = "broken"\nversion = 1\ntitle_ja = "x"\ntitle_en = "x"\n[[fields]]\nkey = "a"\nlabel_ja = "a"\nlabel_en = "a"\ntype = "colour"\n', "fields[0].type"),
    ('id = "broken"\ntitle_ja = "x"\n', "title_en"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\nsurprise = 1\n', "surprise"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\n[[sections]]\nkind = "table"\ntable = "nope"\n', "sections[0].table"),
    ('id = "other"\ntitle_ja = "x"\ntitle_en = "x"\n', "id"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\n[[fields]]\nkey = "issuer"\nlabel_ja = "a"\nlabel_en = "a"\n', "issuer"),
    ('id = = "broken"', "-"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\ntitle_field = "nope"\n', "title_field"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\ntitle_field = "k"\n[title_variants]\n"改" = "y"\n'
     '[[fields]]\nkey = "k"\nlabel_ja = "a"\nlabel_en = "a"\ntype = "choice"\nchoices = ["新規", "変更"]\n', "title_variants"),
    ('id = "broken"\ntitle_ja = "x"\ntitle_en = "x"\nopening = "{contract_name}"\n', "opening"),
])
def test_definition_mistakes_name_file_and_key(tmp_path, text, key):
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KojinError) as err:
        load_definition(path)
    assert "broken.toml" in str(err.value) and key in str(err.value)


@pytest.mark.parametrize("form_id", list(all_forms()))
def test_generated_data_fits_schema_and_validation(form_id):
    form = get_form(form_id)
    schema = json_schema(form)
    jsonschema.Draft202012Validator.check_schema(schema)
    data = generate(schema, rows=5)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    clean, problems = validate(form, data)
    assert problems == []
    assert json.loads(json.dumps(clean)) == clean


def test_each_bad_field_is_named():
    form = get_form(CERT)
    data = generate(json_schema(form), rows=2)
    data["issue_date"] = "令和8年2月30日"
    data["destroyed"][1]["quantity"] = "たくさん"
    data["destroyed"][0]["responsible"] = "絵文字\U0001f642"
    data["witness"] = "x" * 10_000
    data["unexpected"] = 1
    _, problems = validate(form, data)
    text = "\n".join(map(str, problems))
    assert "発行日の日付「令和8年2月30日」が正しくありません" in text
    assert "廃棄又は消去したもの 2行目: 数量" in text
    assert "廃棄又は消去したもの 1行目: 責任者の文字 U+1F642" in text
    assert "立会者（所属・職・氏名）は200文字以内" in text
    assert "unexpectedという項目はありません" in text


def test_typed_values_are_normalised():
    form = get_form(CERT)
    data = generate(json_schema(form), rows=1)
    data["issue_date"] = "R8.3.31"
    data["destroyed"][0]["quantity"] = "１２，４８０枚"
    clean, problems = validate(form, data)
    assert problems == []
    assert clean["issue_date"] == "2026-03-31"
    assert clean["destroyed"][0]["quantity"] == "12,480枚"


def test_method_offers_the_spec_methods_and_takes_other_text():
    col = next(c for c in get_form(CERT).table("destroyed").columns if c.key == "method")
    assert {"裁断", "溶解", "破砕（物理破壊）", "消磁", "データ消去ソフトウェアによる消去", "暗号消去"} <= set(col.choices)
    assert col.other
