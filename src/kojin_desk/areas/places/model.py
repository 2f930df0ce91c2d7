"""Work places, equipment, cloud services, transport and sending methods, sends and take-outs (Art. 11(3)–(9))."""

from __future__ import annotations

from dataclasses import dataclass, field

from kojin_desk.domain.records import spec_field
from kojin_desk.errors import Problem
from kojin_desk.i18n import pick

# Art. 11(10)(1): 金庫、保管庫又は施錠若しくは入退室管理の可能な保管室
STORAGE = ("金庫", "保管庫", "施錠できる保管室", "入退室管理のある保管室")
EQUIPMENT_KINDS = ("デスクトップPC", "ノートPC", "タブレット", "USBメモリ", "外付けHDD・SSD", "光ディスク", "SDカード",
                   "その他の外部記録媒体")
# Art. 11(9) なお書き: the certification schemes a cloud service is evaluated against.
CERT_SCHEMES = ("ISMAP", "ISO/IEC 27001", "ISO/IEC 27017", "ISO/IEC 27018", "JIS Q 27001")
METHOD_KINDS = {"transport": ("運搬", "Transport"), "sending": ("送付", "Sending")}


def method_kind_label(kind: str) -> str:
    return pick(*METHOD_KINDS[kind]) if kind in METHOD_KINDS else kind


@dataclass
class WorkPlace:
    """Where personal information is handled and kept (Art. 11(3), 11(10)(1)); ended when no longer used."""

    name: str = field(default="", **spec_field("作業場所の名称", "Name", max_len=100, required=True))
    address: str = field(default="", **spec_field("所在地", "Address", max_len=200, required=True))
    building: str = field(default="", **spec_field("建物・階・部屋", "Building, floor, room", max_len=200))
    storage: str = field(default="保管庫", **spec_field("保管設備", "Storage", kind="choice", choices=STORAGE))
    entry_control: str = field(default="", **spec_field("入退室管理の方法", "Entry control", max_len=200, required=True))
    data_storage: str = field(default="", **spec_field("電子データの保存場所", "Where electronic data is stored", max_len=200))
    ended_on: str = field(default="", **spec_field("使用終了日", "No longer used from", kind="date"))
    contract_id: int | None = None
    id: int | None = None


@dataclass
class Equipment:
    """A PC or external medium used for the contract (Art. 11(8)); nothing else may be used."""

    code: str = field(default="", **spec_field("管理番号", "Asset number", max_len=30, required=True, kind="number"))
    kind: str = field(default="ノートPC", **spec_field("種類", "Kind", kind="choice", choices=EQUIPMENT_KINDS))
    maker_model: str = field(default="", **spec_field("メーカー・型番", "Maker and model", max_len=100))
    serial: str = field(default="", **spec_field("製造番号", "Serial number", max_len=100))
    os: str = field(default="", **spec_field("OS", "Operating system", max_len=100))
    encryption: str = field(default="", **spec_field("暗号化（ディスク・媒体）", "Encryption", max_len=100, required=True))
    kept_at: str = field(default="", **spec_field("保管場所", "Kept at", max_len=100, required=True))
    no_leak_software: bool = field(default=False, **spec_field(
        "ファイル交換ソフト等の情報漏えいにつながるソフトウェアがないことを確認した",
        "Checked: no file-sharing or other leak-prone software installed", kind="bool"))
    checked_on: str = field(default="", **spec_field("確認日", "Date checked", kind="date"))
    ended_on: str = field(default="", **spec_field("使用終了日", "No longer used from", kind="date"))
    contract_id: int | None = None
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        if self.no_leak_software and not self.checked_on:
            return [Problem("required", {"field": pick("確認日", "Date checked")})]
        return []


@dataclass
class CloudService:
    """A cloud service used for the contract, chosen on an objective evaluation (Art. 11(9) なお書き)."""

    name: str = field(default="", **spec_field("サービス名", "Service", max_len=100, required=True))
    provider: str = field(default="", **spec_field("提供事業者", "Provider", max_len=100, required=True))
    use: str = field(default="", **spec_field("利用目的・取り扱う情報", "What it is used for", max_len=200, required=True))
    evaluation: str = field(default="", **spec_field("信頼性の評価", "Evaluation", max_len=3000, kind="multiline", required=True))
    evaluated_on: str = field(default="", **spec_field("評価日", "Date evaluated", kind="date", required=True))
    contract_id: int | None = None
    id: int | None = None


@dataclass
class Certification:
    """One certification of a cloud service, checked with its expiry."""

    scheme: str = field(default="ISMAP", **spec_field("認定・認証制度", "Scheme", kind="choice", choices=CERT_SCHEMES))
    reference: str = field(default="", **spec_field("登録・認証番号", "Registration number", max_len=100, required=True))
    expires_on: str = field(default="", **spec_field("有効期限", "Valid until", kind="date", required=True))
    service_id: int | None = None
    id: int | None = None


@dataclass
class Method:
    """A declared way of transporting (Art. 11(5)) or sending (Art. 11(6)) personal information.

    `declared_on` is the date of the first notification that listed it: only then may it be used."""

    name: str = field(default="", **spec_field("方法", "Method", max_len=100, required=True))
    procedure: str = field(default="", **spec_field("手順・経路", "Procedure and route", max_len=1000, kind="multiline", required=True))
    safeguards: str = field(default="", **spec_field("安全対策", "Safeguards", max_len=1000, kind="multiline", required=True))
    scope: str = field(default="", **spec_field("対象とする個人情報等", "What it is used for", max_len=200))
    ended_on: str = field(default="", **spec_field("使用終了日", "No longer used from", kind="date"))
    kind: str = "sending"
    declared_on: str = ""
    contract_id: int | None = None
    id: int | None = None


@dataclass
class TakeOut:
    """Art. 11(4): taking personal information out of the work place, only with Tokyo's approval."""

    what: str = field(default="", **spec_field("持ち出す個人情報等", "What is taken out", max_len=200, required=True))
    reason: str = field(default="", **spec_field("持出しの理由", "Why", max_len=1000, kind="multiline", required=True))
    destination: str = field(default="", **spec_field("持出先", "Where to", max_len=200, required=True))
    from_on: str = field(default="", **spec_field("持出期間（開始）", "From", kind="date", required=True))
    to_on: str = field(default="", **spec_field("持出期間（終了）", "Until", kind="date", required=True))
    safeguards: str = field(default="", **spec_field("持出し中の安全対策", "Safeguards while out", max_len=1000,
                                                     kind="multiline", required=True))
    approved_on: str = field(default="", **spec_field("東京都の承諾日", "Approved by Tokyo on", kind="date"))
    approver: str = field(default="", **spec_field("承諾者（所属・職・氏名）", "Approved by", max_len=200))
    reference: str = field(default="", **spec_field("承諾の文書番号等", "Approval reference", max_len=100))
    contract_id: int | None = None
    id: int | None = None

    def cross_check(self) -> list[Problem]:
        found = []
        if self.to_on < self.from_on:
            found.append(Problem("dates_reversed", {"start": pick("持出期間（開始）", "From"), "end": pick("持出期間（終了）", "Until")}))
        if self.approved_on and not self.approver.strip():
            found.append(Problem("required", {"field": pick("承諾者（所属・職・氏名）", "Approved by")}))
        return found

    def covers(self, day: str) -> bool:
        return bool(self.approved_on) and self.approved_on <= day and self.from_on <= day <= self.to_on


@dataclass
class Movement:
    """One send (Art. 11(6)–(7)) or transport (Art. 11(5)) of personal information.

    A send is complete when a person other than the sender checked (1) recipient and content,
    (2) that nothing is visible to third parties, (3) that the method fits, and the 責任者 approved the method."""

    sent_on: str = field(default="", **spec_field("日付", "Date", kind="date", required=True))
    what: str = field(default="", **spec_field("送付物・運搬物", "What", max_len=200, required=True))
    recipient: str = field(default="", **spec_field("送付先・運搬先", "To", max_len=200, required=True))
    equipment: str = field(default="", **spec_field("使用機器・媒体（管理番号）", "Equipment used (asset number)", max_len=30, kind="number"))
    kind: str = "sending"
    method_id: int | None = None
    sender_id: int | None = None
    checker_id: int | None = None
    checked_on: str = ""
    ok_recipient: bool = False
    ok_hidden: bool = False
    ok_method: bool = False
    approver_id: int | None = None
    contract_id: int | None = None
    id: int | None = None
    ledger_seq: int | None = None  # the ledger entry this send or transport is (one record, Art. 11(10)(4))

    @property
    def check_complete(self) -> bool:
        if self.kind != "sending":
            return True  # Art. 11(7) asks the two-person check of sends
        return (self.checker_id is not None and self.checker_id != self.sender_id and bool(self.checked_on)
                and self.ok_recipient and self.ok_hidden and self.ok_method and self.approver_id is not None)
