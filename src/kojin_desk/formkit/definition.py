"""Load and check one form definition (forms/<id>.toml); a mistake names the file and key."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kojin_desk.errors import KojinError
from kojin_desk.i18n import pick
from kojin_desk.paths import FORMS_DIR

FIELD_TYPES = {"text", "multiline", "date", "integer", "choice", "quantity", "person", "workplace"}
OPENING_PLACEHOLDERS = {"contract_signed", "contract_title", "contract_number", "issuer_name", "issuer_representative"}
HEADER_KEYS = {"document_number", "issue_date", "addressee", "addressee_section", "issuer", "contract"}
SECTION_KINDS = {"table", "line", "items", "signature", "approval"}
DEFAULT_MAX = {"text": 200, "person": 100, "workplace": 200, "multiline": 5000, "choice": 100, "quantity": 30}


@dataclass(frozen=True)
class FieldDef:
    key: str
    label_ja: str
    label_en: str
    type: str = "text"
    required: bool = False
    max_length: int = 200
    help_ja: str = ""
    help_en: str = ""
    article: str = ""
    choices: tuple[str, ...] = ()
    other: bool = False  # choice that also takes free text ("その他")
    minimum: int | None = None
    maximum: int | None = None
    width: float = 0  # share of the table width, for columns
    only_for: str = ""  # asked only when the form's title_field has this value (変更年月日 only for a 変更届)

    @property
    def label(self) -> str:
        return pick(self.label_ja, self.label_en)

    @property
    def help(self) -> str:
        return pick(self.help_ja, self.help_en or self.help_ja)


@dataclass(frozen=True)
class TableDef:
    key: str
    label_ja: str
    label_en: str
    columns: tuple[FieldDef, ...]
    min_rows: int = 0
    max_rows: int = 1000
    numbered: bool = True
    article: str = ""
    only_for: str = ""  # as FieldDef.only_for: the 変更の内容 table only for a 変更届
    min_row_mm: float = 0  # rows to sign in by hand need room for a pen

    @property
    def label(self) -> str:
        return pick(self.label_ja, self.label_en)


@dataclass(frozen=True)
class Section:
    """One block after 記: a numbered table or line (left out when empty, unless empty_text says what to
    print), numbered items with a hanging indent, a signature block (date, names, 自署・押印), or a box
    for Tokyo to fill in (承諾欄)."""

    kind: str
    title_ja: str
    table: str = ""
    template: str = ""
    empty_text: str = ""
    date: str = ""                 # signature: the date field (blank: 令和　年　月　日 to write by hand)
    fields: tuple[str, ...] = ()   # signature: the fields printed above the line to sign
    seal: bool = False             # signature: a box for the seal


@dataclass(frozen=True)
class FormDef:
    id: str
    version: int
    title_ja: str
    title_en: str
    articles: tuple[str, ...]
    opening: str
    fields: tuple[FieldDef, ...]
    tables: tuple[TableDef, ...]
    sections: tuple[Section, ...]
    orientation: str = "portrait"
    seal: bool = False
    letter: bool = True  # a submission (addressee, issuer, 記 … 以上); False: a record kept by the contractor
    title_field: str = ""  # a choice field whose value may change the printed title (新規 → 作業場所届, 変更 → 作業場所変更届)
    title_variants: tuple[tuple[str, str], ...] = ()
    opening_variants: tuple[tuple[str, str], ...] = ()  # e.g. a 変更届 opens by saying it is a change
    path: Path = field(default=Path(), compare=False)

    @property
    def title(self) -> str:
        return pick(self.title_ja, self.title_en)

    def title_for(self, data: dict) -> str:
        """The Japanese title printed for this data."""
        return dict(self.title_variants).get(data.get(self.title_field), self.title_ja) if self.title_field else self.title_ja

    def opening_for(self, data: dict) -> str:
        return dict(self.opening_variants).get(data.get(self.title_field), self.opening) if self.title_field else self.opening

    def field(self, key: str) -> FieldDef:
        return next(f for f in self.fields if f.key == key)

    def applies(self, part: FieldDef | TableDef, kind: str) -> bool:
        """Whether a field or table is asked for this 届出の区分 (the title_field's value)."""
        return not part.only_for or part.only_for == kind

    def table(self, key: str) -> TableDef:
        return next(t for t in self.tables if t.key == key)


class _Reader:
    """Typed access to a TOML table that reports `file: key: problem`."""

    def __init__(self, path: Path, data: dict, where: str = "") -> None:
        self.path, self.data, self.where = path, data, where

    def fail(self, key: str, problem: str) -> KojinError:
        return KojinError("form_definition", path=self.path.name, key=f"{self.where}{key}", problem=problem)

    def get(self, key: str, kind: type, default=None, required: bool = False):
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"must be {kind.__name__}")
        return value

    def child(self, key: str, index: int, data: object) -> "_Reader":
        if not isinstance(data, dict):
            raise self.fail(f"{key}[{index}]", "must be a table")
        return _Reader(self.path, data, f"{self.where}{key}[{index}].")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(key, "unknown key")


_FIELD_KEYS = {"key", "label_ja", "label_en", "type", "required", "max_length", "help_ja", "help_en",
               "article", "choices", "other", "min", "max", "width", "only_for"}


def _field(r: _Reader) -> FieldDef:
    r.check_keys(_FIELD_KEYS)
    kind = r.get("type", str, "text")
    if kind not in FIELD_TYPES:
        raise r.fail("type", f"must be one of {sorted(FIELD_TYPES)}")
    choices = tuple(r.get("choices", list, []))
    if kind == "choice" and not choices:
        raise r.fail("choices", "a choice field needs choices")
    if not all(isinstance(c, str) for c in choices):
        raise r.fail("choices", "must be strings")
    key = r.get("key", str, required=True)
    if not key.isidentifier():
        raise r.fail("key", "must be an identifier")
    return FieldDef(
        key=key, label_ja=r.get("label_ja", str, required=True), label_en=r.get("label_en", str, required=True),
        type=kind, required=r.get("required", bool, False),
        max_length=r.get("max_length", int, DEFAULT_MAX.get(kind, 200)),
        help_ja=r.get("help_ja", str, ""), help_en=r.get("help_en", str, ""), article=r.get("article", str, ""),
        choices=choices, other=r.get("other", bool, False),
        minimum=r.get("min", int), maximum=r.get("max", int), width=r.get("width", float, 0.0),
        only_for=r.get("only_for", str, ""),
    )


def parse_definition(path: Path, data: dict) -> FormDef:
    r = _Reader(path, data)
    r.check_keys({"id", "version", "title_ja", "title_en", "articles", "opening", "orientation",
                  "seal", "letter", "fields", "tables", "sections", "title_field", "title_variants",
                  "opening_variants"})
    fields_ = tuple(_field(r.child("fields", i, f)) for i, f in enumerate(r.get("fields", list, [])))
    tables = []
    for i, t in enumerate(r.get("tables", list, [])):
        tr = r.child("tables", i, t)
        tr.check_keys({"key", "label_ja", "label_en", "columns", "min_rows", "max_rows", "numbered", "article",
                       "only_for", "min_row_mm"})
        cols = tuple(_field(tr.child("columns", j, c)) for j, c in enumerate(tr.get("columns", list, required=True)))
        if not cols:
            raise tr.fail("columns", "a table needs columns")
        tables.append(TableDef(
            key=tr.get("key", str, required=True), label_ja=tr.get("label_ja", str, required=True),
            label_en=tr.get("label_en", str, required=True), columns=cols,
            min_rows=tr.get("min_rows", int, 0), max_rows=tr.get("max_rows", int, 1000),
            numbered=tr.get("numbered", bool, True), article=tr.get("article", str, ""),
            only_for=tr.get("only_for", str, ""), min_row_mm=tr.get("min_row_mm", float, 0.0)))
    keys = [f.key for f in fields_] + [t.key for t in tables]
    for k in keys:
        if k in HEADER_KEYS or keys.count(k) > 1:
            raise r.fail(k, "duplicate or reserved key")
    sections = []
    for i, s in enumerate(r.get("sections", list, [])):
        sr = r.child("sections", i, s)
        sr.check_keys({"kind", "title_ja", "table", "template", "empty_text", "date", "fields", "seal"})
        kind = sr.get("kind", str, required=True)
        sec = Section(kind=kind, title_ja=sr.get("title_ja", str, ""), table=sr.get("table", str, ""),
                      template=sr.get("template", str, ""), empty_text=sr.get("empty_text", str, ""),
                      date=sr.get("date", str, ""), fields=tuple(sr.get("fields", list, [])),
                      seal=sr.get("seal", bool, False))
        if kind == "table" and sec.table not in {t.key for t in tables}:
            raise sr.fail("table", f"no table named '{sec.table}'")
        if kind in ("line", "items"):
            for name in placeholders(sec.template):
                if name not in {f.key for f in fields_}:
                    raise sr.fail("template", f"no field named '{name}'")
        for name in [sec.date] * bool(sec.date) + list(sec.fields):
            if name not in {f.key for f in fields_}:
                raise sr.fail("fields", f"no field named '{name}'")
        if kind not in SECTION_KINDS:
            raise sr.fail("kind", f"must be one of {sorted(SECTION_KINDS)}")
        sections.append(sec)
    form = FormDef(
        id=r.get("id", str, required=True), version=r.get("version", int, 1),
        title_ja=r.get("title_ja", str, required=True), title_en=r.get("title_en", str, required=True),
        articles=tuple(r.get("articles", list, [])), opening=r.get("opening", str, ""),
        fields=fields_, tables=tuple(tables), sections=tuple(sections),
        orientation=r.get("orientation", str, "portrait"), seal=r.get("seal", bool, False),
        letter=r.get("letter", bool, True), path=path,
        title_field=r.get("title_field", str, ""),
        title_variants=tuple(r.get("title_variants", dict, {}).items()),
        opening_variants=tuple(r.get("opening_variants", dict, {}).items()),
    )
    chooser = None
    if form.title_field:
        chooser = next((f for f in fields_ if f.key == form.title_field and f.type == "choice"), None)
        if chooser is None:
            raise r.fail("title_field", "must name a choice field")
        for value, title in form.title_variants:
            if value not in chooser.choices or not isinstance(title, str):
                raise r.fail("title_variants", f"'{value}' is not a choice of '{form.title_field}'")
    for part in (*fields_, *tables):
        if part.only_for and (chooser is None or part.only_for not in chooser.choices):
            raise r.fail("only_for", f"'{part.only_for}' of '{part.key}' is not a choice of the title_field")
    for name in [n for text in (form.opening, *dict(form.opening_variants).values()) for n in placeholders(text)]:
        if name not in OPENING_PLACEHOLDERS:
            raise r.fail("opening", f"unknown placeholder '{name}'; use {sorted(OPENING_PLACEHOLDERS)}")
    if form.id != path.stem:
        raise r.fail("id", f"must equal the file name '{path.stem}'")
    if form.orientation not in ("portrait", "landscape"):
        raise r.fail("orientation", "must be 'portrait' or 'landscape'")
    return form


def placeholders(template: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def load_definition(path: Path) -> FormDef:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise KojinError("form_definition", path=Path(path).name, key="-", problem=str(exc)) from None
    return parse_definition(Path(path), data)


@lru_cache(maxsize=1)
def all_forms() -> dict[str, FormDef]:
    return {p.stem: load_definition(p) for p in sorted(FORMS_DIR.glob("*.toml"))}


def get_form(form_id: str) -> FormDef:
    forms = all_forms()
    if form_id not in forms:
        raise KojinError("unknown_form", form=form_id)
    return forms[form_id]
