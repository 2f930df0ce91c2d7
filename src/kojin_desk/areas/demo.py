"""A realistic demo office, so that a newcomer sees a living app. All names are fictional."""

from __future__ import annotations

from pathlib import Path

from kojin_desk.areas import issuing
from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.registry import AREAS
from kojin_desk.domain.records import Contract, Office
from kojin_desk.formkit.header import header_from_vault
from kojin_desk.progress import Progress, reporting
from kojin_desk.services import documents, office_contracts, vault_access
from kojin_desk.store.keyfile import KdfParams

DEMO_PASSPHRASE = "demo-kojin-desk"

OFFICE = Office(
    name="株式会社サンプル情報処理", address="東京都千代田区神田錦町九丁目2番3号 サンプルビル4階",
    representative_title="代表取締役", representative_name="𠮷田 太郎", phone="03-5555-0123",
)
CURRENT = Contract(
    title="令和8年度 住民税課税資料データ入力業務委託", number="8-主税-0412",
    bureau="主税局", department="課税部", section="課税指導課", tokyo_contact="渡邉 次郎（主事）",
    signed_on="2026-04-01", start_on="2026-04-01", end_on="2027-03-31", sensitive=False, specific=True,
    notes="給与支払報告書の入力。作業場所は本社4階の入退室管理のある作業室に限る。",
)
PREVIOUS = Contract(
    title="令和7年度 都民意識調査票集計業務委託", number="7-生活-0088",
    bureau="生活文化局", department="広報広聴部", section="広聴課", tokyo_contact="髙橋 一郎（課長代理）",
    signed_on="2025-06-02", start_on="2025-06-02", end_on="2026-03-31", sensitive=True, specific=False,
    notes="調査票（紙）約12,000件の入力と集計。業務完了済み。",
)


def certificate_data(office: Office, contract: Contract) -> dict:
    data = header_from_vault(office, contract, "2026-04-10")
    data["document_number"] = "サ情第1234号"
    data["destroyed"] = [
        {"item": "都民意識調査票（回答済み）", "medium": "紙", "quantity": "12480枚", "method": "溶解",
         "responsible": "山﨑 花子", "done_on": "2026-03-25"},
        {"item": "入力データ（CSV）", "medium": "USBメモリ（管理番号 USB-03）", "quantity": "1個",
         "method": "データ消去ソフトウェアによる消去", "responsible": "山﨑 花子", "done_on": "2026-03-26"},
        {"item": "集計用作業ファイル", "medium": "業務用PC（管理番号 PC-01）内蔵SSD", "quantity": "1式",
         "method": "暗号消去", "responsible": "齋藤 さくら", "done_on": "2026-03-27"},
    ]
    data["retained"] = [
        {"item": "業務委託料の請求関係書類", "medium": "紙", "quantity": "1冊",
         "legal_basis": "法人税法施行規則第59条（7年保存）", "responsible": "山﨑 花子", "planned_on": "2033-03-31"},
    ]
    data.update(witness="東京都生活文化局広報広聴部広聴課　主事　渡邊 三郎", witness_date="2026-03-25",
                responsible_name="山﨑 花子", responsible_phone="03-5555-0124",
                attachments="溶解証明書（株式会社○○製紙）、データ消去作業記録", remarks="")
    return data


def build(data_dir: Path, passphrase: str = DEMO_PASSPHRASE, kdf: KdfParams = KdfParams(), ledger_entries: int = 120,
          progress: Progress | None = None):
    """The demo vault, published whole or not at all: `progress` hears of the ledger's entries as they are
    written, and may raise Cancelled."""
    with reporting(progress), vault_access.creating_vault(data_dir, passphrase, OFFICE, kdf) as vault:
        current = office_contracts.save_contract(vault, CURRENT)
        previous = office_contracts.save_contract(vault, PREVIOUS)
        ctx = DemoContext(current.id, previous.id, ledger_entries, issuing.issue)
        for area in AREAS:
            area.demo(vault, ctx)
        issuing.issue(vault, previous.id, "destruction_certificate", certificate_data(OFFICE, previous))
        draft = certificate_data(OFFICE, current)
        draft.update(destroyed=[], retained=[], witness="", witness_date="", document_number="", remarks="")
        documents.save_draft(vault, current.id, "destruction_certificate", draft)
    return vault
