"""Office and contract records, and the rules every copy of them obeys (GUI, CLI, load, check)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from kojin_desk.domain.text import check_text, normalize_newlines, normalize_number_text
from kojin_desk.domain.wareki import is_iso_date, parse_date
from kojin_desk.errors import Problem, ValidationError
from kojin_desk.i18n import pick


@dataclass(frozen=True)
class Spec:
    """How one stored field is labelled, limited and normalised."""

    ja: str
    en: str
    max_len: int = 200
    required: bool = False
    kind: str = "text"  # text | multiline | number | date | bool | choice
    choices: tuple[str, ...] = ()
    choice_labels: tuple[tuple[str, str], ...] = ()  # (value, what a person reads): "A" → 目録A（東京都提供個人情報等）

    @property
    def label(self) -> str:
        return pick(self.ja, self.en)


def spec_field(ja: str, en: str, **kw) -> dict:
    return {"metadata": {"spec": Spec(ja, en, **kw)}}


@dataclass
class Office:
    """The contractor itself: printed as the issuer block of every form."""

    name: str = field(default="", **spec_field("名称（会社名）", "Company name"))
    address: str = field(default="", **spec_field("所在地", "Address"))
    representative_title: str = field(default="", **spec_field("代表者の役職", "Representative's title", max_len=50))
    representative_name: str = field(default="", **spec_field("代表者氏名", "Representative's name", max_len=100))
    phone: str = field(default="", **spec_field("電話番号", "Phone", max_len=30, kind="number"))


# Printed on every form: the setup wizard asks for them and `check` reports them missing.
OFFICE_ESSENTIAL = ("name", "address", "representative_name")


@dataclass
class Contract:
    """A Tokyo outsourcing contract; every later record belongs to one."""

    title: str = field(default="", **spec_field("契約件名", "Contract title", required=True))
    number: str = field(default="", **spec_field("契約番号", "Contract number", max_len=50, kind="number"))
    addressee: str = field(default="東京都知事", **spec_field("宛先", "Addressee", max_len=100))
    bureau: str = field(default="", **spec_field("所管局", "Bureau", max_len=100))
    department: str = field(default="", **spec_field("所管部", "Department", max_len=100))
    section: str = field(default="", **spec_field("所管課", "Section", max_len=100))
    tokyo_contact: str = field(default="", **spec_field("都側担当者", "Contact at Tokyo", max_len=100))
    signed_on: str = field(default="", **spec_field("契約締結日", "Date signed", kind="date"))
    start_on: str = field(default="", **spec_field("契約期間（開始）", "Contract start", kind="date", required=True))
    end_on: str = field(default="", **spec_field("契約期間（終了）", "Contract end", kind="date", required=True))
    amount: str = field(default="", **spec_field("契約金額（円）", "Contract amount (yen)", max_len=15, kind="number"))
    sensitive: bool = field(default=False, **spec_field("要配慮個人情報を含む", "Involves sensitive personal information", kind="bool"))
    specific: bool = field(default=False, **spec_field("特定個人情報等（目録C）を含む", "Involves specific personal information (list C)", kind="bool"))
    notes: str = field(default="", **spec_field("備考", "Notes", max_len=5000, kind="multiline"))
    id: int | None = None

    @property
    def where(self) -> str:
        """How `check` and `load` name the contract a problem belongs to."""
        return pick(f"契約 id {self.id}「{self.title[:30]}」", f"contract id {self.id} '{self.title[:30]}'")

    def bureau_line(self) -> str:
        """東京都主税局課税部課税指導課 — the responsible section under the addressee."""
        parts = "".join(p for p in (self.bureau, self.department, self.section) if p)
        return f"東京都{parts}" if parts and not parts.startswith("東京都") else parts


def specs(record_type) -> list[tuple[str, Spec]]:
    return [(f.name, f.metadata["spec"]) for f in fields(record_type) if "spec" in f.metadata]


def normalize(record) -> None:
    """Numbers and phones become half-width, typed dates become ISO; names stay as typed."""
    for name, spec in specs(type(record)):
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        if spec.kind == "number":
            setattr(record, name, normalize_number_text(value))
        elif spec.kind == "multiline":
            setattr(record, name, normalize_newlines(value))
        elif spec.kind == "date" and value.strip():
            try:
                setattr(record, name, parse_date(value).isoformat())
            except ValueError:
                pass  # reported by validate()


def validate(record) -> list[Problem]:
    problems: list[Problem] = []
    for name, spec in specs(type(record)):
        value = getattr(record, name)
        if spec.kind == "bool":
            if not isinstance(value, bool):
                problems.append(Problem("bad_type", {"field": spec.label, "expected": "true/false"}))
        elif spec.kind == "date":
            problems += _check_date(value, spec)
        elif spec.kind == "choice":
            if value not in spec.choices:
                problems.append(Problem("bad_choice", {"field": spec.label, "choices": "、".join(spec.choices)}))
        else:
            problems += check_text(value, spec.label, max_len=spec.max_len,
                                   required=spec.required, multiline=spec.kind == "multiline")
    if isinstance(record, Contract) and not problems and record.end_on < record.start_on:
        problems.append(Problem("end_before_start"))
    if isinstance(record, Contract) and record.amount and not record.amount.replace(",", "").isdigit():
        problems.append(Problem("bad_integer", {"field": pick("契約金額（円）", "Contract amount (yen)"), "value": record.amount[:20]}))
    cross_check = getattr(record, "cross_check", None)  # rules across fields, declared by the record type
    if cross_check and not problems:
        problems += cross_check()
    return problems


def _check_date(value: object, spec: Spec) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem("bad_type", {"field": spec.label, "expected": "YYYY-MM-DD"})]
    if not value:
        return [Problem("required", {"field": spec.label})] if spec.required else []
    if not is_iso_date(value):
        return [Problem("bad_date", {"field": spec.label, "value": value[:40]})]
    return []


def require_valid(record):
    """Normalise, then raise ValidationError naming every broken rule; returns the record when it is fine."""
    normalize(record)
    problems = validate(record)
    if problems:
        raise ValidationError(problems)
    return record
