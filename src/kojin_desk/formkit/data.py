"""Check and normalise a form's data against its definition; derive its JSON Schema."""

from __future__ import annotations

import re
from datetime import date

from kojin_desk.domain.text import check_text, normalize_newlines, normalize_number_text
from kojin_desk.domain.wareki import parse_date
from kojin_desk.errors import Problem
from kojin_desk.formkit.definition import FieldDef, FormDef
from kojin_desk.formkit.header import header_parts
from kojin_desk.i18n import pick

QUANTITY_RE = re.compile(r"^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(\S.{0,9})?$")


def check_value(f: FieldDef, value: object) -> tuple[object, list[Problem]]:
    """Normalise one value and list what is wrong with it."""
    label = f.label
    if value is None or value == "":
        return ("" if f.type != "integer" else None), ([Problem("required", {"field": label})] if f.required else [])
    if f.type == "integer":
        if isinstance(value, str):
            try:
                value = int(normalize_number_text(value).replace(",", ""))
            except ValueError:
                return value, [Problem("bad_integer", {"field": label, "value": value[:40]})]
        if not isinstance(value, int) or isinstance(value, bool):
            return value, [Problem("bad_type", {"field": label, "expected": "integer"})]
        lo, hi = f.minimum, f.maximum
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return value, [Problem("out_of_range", {"field": label, "min": lo, "max": hi})]
        return value, []
    if not isinstance(value, str):
        return value, [Problem("bad_type", {"field": label, "expected": "text"})]
    if f.type == "date":
        try:
            return parse_date(value).isoformat(), []
        except ValueError:
            return value, [Problem("bad_date", {"field": label, "value": value[:40]})]
    if f.type == "quantity":
        value = normalize_number_text(value)
        if not QUANTITY_RE.match(value):
            return value, [Problem("bad_quantity", {"field": label, "value": value[:40]})]
    if f.type == "multiline":
        value = normalize_newlines(value)
    problems = check_text(value, label, max_len=f.max_length, required=f.required, multiline=f.type == "multiline")
    if not problems and f.type == "choice" and not f.other and value not in f.choices:
        problems = [Problem("bad_choice", {"field": label, "choices": "、".join(f.choices)})]
    return value, problems


def _check_group(fields: tuple[FieldDef, ...], data: object, where: str) -> tuple[dict, list[Problem]]:
    if not isinstance(data, dict):
        return {}, [Problem("bad_type", {"field": where or "data", "expected": "object"})]
    out, problems = {}, []
    known = {f.key for f in fields}
    for key in data:
        if key not in known:
            problems.append(Problem("unknown_field", {"field": key}, where))
    for f in fields:
        out[f.key], found = check_value(f, data.get(f.key))
        problems += [p.at(where) if where else p for p in found]
    return out, problems


def validate(form: FormDef, data: object) -> tuple[dict, list[Problem]]:
    """The normalised data and every problem, each naming its field (and row)."""
    if not isinstance(data, dict):
        return {}, [Problem("bad_type", {"field": "data", "expected": "object"})]
    header_fields, groups = header_parts(form)
    allowed = {f.key for f in header_fields} | set(groups) | {f.key for f in form.fields} | {t.key for t in form.tables}
    problems = [Problem("unknown_field", {"field": k}) for k in data if k not in allowed]
    out, found = _check_group(header_fields + form.fields,
                              {k: v for k, v in data.items() if k not in groups and k not in {t.key for t in form.tables}}, "")
    problems += [p for p in found if p.code != "unknown_field"]
    for group, fields in groups.items():
        out[group], found = _check_group(fields, data.get(group, {}), pick({"issuer": "発行者", "contract": "契約"}[group], group))
        problems += found
    for t in form.tables:
        rows = data.get(t.key, [])
        if not isinstance(rows, list):
            problems.append(Problem("bad_type", {"field": t.label, "expected": "list"}))
            continue
        if len(rows) < t.min_rows:
            problems.append(Problem("too_few_rows", {"field": t.label, "min": t.min_rows}))
        if len(rows) > t.max_rows:
            problems.append(Problem("too_many_rows", {"field": t.label, "max": t.max_rows, "count": len(rows)}))
            continue
        out[t.key] = []
        for i, row in enumerate(rows, 1):
            clean, found = _check_group(t.columns, row, pick(f"{t.label} {i}行目", f"{t.label} row {i}"))
            out[t.key].append(clean)
            problems += found
    return out, problems


def blank(form: FormDef) -> dict:
    """A form's own fields, empty: what a new wizard starts from besides the shared header."""
    data: dict = {f.key: (None if f.type == "integer" else "") for f in form.fields}
    data.update({t.key: [] for t in form.tables})
    return data


# --- JSON Schema 2020-12 -------------------------------------------------------------------

def _field_schema(f: FieldDef) -> dict:
    s: dict = {"title": f.label_ja, "description": f.label_en}
    if f.type == "integer":
        s["type"] = "integer"
        if f.minimum is not None:
            s["minimum"] = f.minimum
        if f.maximum is not None:
            s["maximum"] = f.maximum
        return s
    s["type"] = "string"
    if f.type == "date":
        s.update(format="date", pattern=r"^\d{4}-\d{2}-\d{2}$")
        return s
    s["maxLength"] = f.max_length
    if f.required:
        s["minLength"] = 1
    if f.type == "choice":
        if f.other:
            s["examples"] = list(f.choices)
        else:
            s["enum"] = list(f.choices)
    if f.type == "quantity":
        s["pattern"] = QUANTITY_RE.pattern
    return s


def _object(fields: tuple[FieldDef, ...]) -> dict:
    return {"type": "object", "additionalProperties": False,
            "properties": {f.key: _field_schema(f) for f in fields},
            "required": [f.key for f in fields if f.required]}


def json_schema(form: FormDef) -> dict:
    header_fields, groups = header_parts(form)
    schema = _object(header_fields + form.fields)
    schema.update({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:kojin-desk:form:{form.id}:v{form.version}",
        "title": form.title_ja, "description": form.title_en,
    })
    for group, fields in groups.items():
        schema["properties"][group] = _object(fields)
        schema["required"].append(group)
    for t in form.tables:
        schema["properties"][t.key] = {"type": "array", "title": t.label_ja, "description": t.label_en,
                                       "minItems": t.min_rows, "maxItems": t.max_rows, "items": _object(t.columns)}
        if t.min_rows:
            schema["required"].append(t.key)
    return schema


def today_iso() -> str:
    return date.today().isoformat()
