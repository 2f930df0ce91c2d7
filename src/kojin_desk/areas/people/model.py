"""People and the responsibility structure of a contract (Art. 4–7): records and their own rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from kojin_desk.domain.records import spec_field
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

EMPLOYMENT = ("正社員", "契約社員", "派遣労働者", "再委託先")
DISPATCHED = "派遣労働者"
# Stored codes → printed labels. 責任者 and 従事者 are notified under Art. 5(1), 監査者 under its なお書き.
ROLES = {"responsible": ("責任者", "Responsible person"), "worker": ("従事者", "Worker"),
         "auditor": ("監査者", "Auditor")}
TRAINED_ROLES = ("responsible", "worker")  # Art. 7(3): trained before doing the work
AUDIT_KINDS = ("定期", "随時")
# Art. 7(2): a training plan must cover these; the training_plan form offers them as choices.
MANDATORY_TOPICS = (
    "個人情報の保護に関する法令等に基づく罰則の内容",
    "個人情報の漏えいが生じた際に負う民事上・刑事上・行政上の責任",
)


def role_label(role: str) -> str:
    return pick(*ROLES[role]) if role in ROLES else role


def _period(start: str, end: str, start_label: str, end_label: str) -> list[Problem]:
    if start and end and end < start:
        return [Problem("dates_reversed", {"start": start_label, "end": end_label})]
    return []


@dataclass
class Person:
    """Someone in the company's registry, shared by every contract. Names are kept exactly as typed."""

    name: str = field(default="", **spec_field("氏名", "Name", max_len=100, required=True))
    furigana: str = field(default="", **spec_field("ふりがな", "Reading (furigana)", max_len=100))
    affiliation: str = field(default="", **spec_field("所属", "Department", max_len=100))
    title: str = field(default="", **spec_field("役職", "Position", max_len=50))
    contact: str = field(default="", **spec_field("連絡先（電話）", "Phone", max_len=30, kind="number"))
    employment: str = field(default="正社員", **spec_field("雇用区分", "Employment", kind="choice", choices=EMPLOYMENT))
    start_on: str = field(default="", **spec_field("在籍開始日", "Employed from", kind="date"))
    end_on: str = field(default="", **spec_field("在籍終了日", "Employed until", kind="date"))
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        return _period(self.start_on, self.end_on, pick("在籍開始日", "Employed from"), pick("在籍終了日", "Employed until"))


@dataclass
class Assignment:
    """A person's role on one contract; `end_on` empty while the role is held."""

    contract_id: int
    person_id: int
    role: str
    scope: str = ""
    start_on: str = ""
    end_on: str = ""
    id: int | None = None

    @property
    def active(self) -> bool:
        return not self.end_on


@dataclass
class ContactStep:
    """One step of the 連絡・対処体制 for a leak (Art. 4): who is called, in this order."""

    who: str = field(default="", **spec_field("連絡先（氏名・所属）", "Who", max_len=100, required=True))
    phone: str = field(default="", **spec_field("電話番号", "Phone", max_len=30, kind="number", required=True))
    duty: str = field(default="", **spec_field("役割・対応内容", "Role and action", max_len=200))


@dataclass
class DispatchCheck:
    """Art. 6: the dispatch contract of a 派遣労働者 states the confidentiality duty."""

    agency: str = field(default="", **spec_field("派遣元事業者", "Dispatching agency", max_len=100, required=True))
    contract_ref: str = field(default="", **spec_field("労働者派遣契約（番号・名称）", "Dispatch contract", max_len=200, required=True))
    stated: bool = field(default=False, **spec_field("秘密保持義務等の明記を確認した", "Confidentiality duty is stated", kind="bool"))
    checked_on: str = field(default="", **spec_field("確認日", "Date checked", kind="date", required=True))
    contract_id: int | None = None
    person_id: int | None = None


@dataclass
class TrainingSession:
    """Art. 7(1): one session held for a contract; `attendees` are person ids."""

    held_on: str = field(default="", **spec_field("実施日", "Date held", kind="date", required=True))
    topics: str = field(default="", **spec_field("研修内容", "Topics", max_len=2000, kind="multiline", required=True))
    instructor: str = field(default="", **spec_field("講師", "Instructor", max_len=100, required=True))
    place: str = field(default="", **spec_field("実施場所・方法", "Place or method", max_len=200))
    contract_id: int | None = None
    attendees: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass
class Audit:
    """Art. 5(3) なお書き: an audit by the auditor, periodic or ad hoc."""

    kind: str = field(default="定期", **spec_field("区分", "Kind", kind="choice", choices=AUDIT_KINDS))
    done_on: str = field(default="", **spec_field("実施日", "Date", kind="date", required=True))
    auditor: str = field(default="", **spec_field("監査者", "Auditor", max_len=100, required=True))
    scope: str = field(default="", **spec_field("監査の範囲", "Scope", max_len=2000, kind="multiline"))
    findings: str = field(default="", **spec_field("指摘事項", "Findings", max_len=5000, kind="multiline"))
    contract_id: int | None = None
    id: int | None = None


@dataclass
class AuditAction:
    """A corrective action required by an audit finding, with its due date and completion."""

    action: str = field(default="", **spec_field("是正措置", "Corrective action", max_len=1000, kind="multiline", required=True))
    due_on: str = field(default="", **spec_field("期限", "Due", kind="date", required=True))
    done_on: str = field(default="", **spec_field("完了日", "Completed", kind="date"))
    audit_id: int | None = None
    id: int | None = None


def untrained(assignments: list[Assignment], attended: dict[int, list[str]], on_or_before: str) -> list[Assignment]:
    """Roles (responsible, worker) whose person attended no session of the contract on or before the role
    started, among roles already started by `on_or_before`. `attended` maps person id → session dates."""
    return [a for a in assignments
            if a.role in TRAINED_ROLES and a.start_on <= on_or_before
            and not any(d <= a.start_on for d in attended.get(a.person_id, []))]
