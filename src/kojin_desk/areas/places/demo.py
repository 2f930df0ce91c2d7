"""The demo office's work places, equipment, cloud storage, declared methods, sends and a take-out."""

from __future__ import annotations

from kojin_desk.areas.contract import DemoContext
from kojin_desk.areas.places import forms as place_forms
from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import (
    Certification,
    CloudService,
    Equipment,
    Method,
    TakeOut,
    WorkPlace,
)

ADDRESS = "東京都千代田区神田錦町九丁目2番3号"
WORKPLACES = [
    WorkPlace("本社4階 作業室A", ADDRESS, "サンプルビル4階 作業室A", "入退室管理のある保管室",
              "ICカードによる入退室管理と記録、監視カメラ", "作業室内のファイルサーバ（暗号化領域）"),
    WorkPlace("本社4階 保管室", ADDRESS, "サンプルビル4階 保管室", "施錠できる保管室",
              "施錠（鍵は責任者が管理し、受渡しを記録）", ""),
]
EQUIPMENT = [
    Equipment("PC-01", "ノートPC", "サンプル電機 SX-14", "SX14-00821", "Windows 11 Pro", "BitLocker（XTS-AES 256）",
              "作業室A 施錠キャビネット", True, "2026-04-01"),
    Equipment("PC-02", "ノートPC", "サンプル電機 SX-14", "SX14-00822", "Windows 11 Pro", "BitLocker（XTS-AES 256）",
              "作業室A 施錠キャビネット", True, "2026-04-01"),
    Equipment("USB-03", "USBメモリ", "サンプル工業 SecureUSB 32GB", "SU32-7710", "", "ハードウェア暗号化（AES 256）",
              "本社4階 保管室 金庫", True, "2026-04-01"),
]
METHODS = [
    Method("社用車による運搬", "作業室Aから都庁舎まで社用車で運搬。寄り道をしない。", "2名で運搬し、施錠できる鞄に入れて車内に放置しない。",
           "調査票（紙）、暗号化USBメモリ", kind="transport"),
    Method("簡易書留", "郵便局の窓口から簡易書留で発送。", "二重封筒、宛名の複数人確認、追跡番号の記録。", "紙の書類", kind="sending"),
    Method("暗号化ファイルのメール送付", "業務用メールから都の担当者宛に送付。", "AES-256で暗号化、パスワードは電話で別送、宛先の複数人確認。",
           "入力結果データ", kind="sending"),
]


def build(vault, ctx: DemoContext) -> None:
    contract_id = ctx.current_id
    for w in WORKPLACES:
        places.save_workplace(vault, WorkPlace(**{**w.__dict__, "contract_id": contract_id}))
    for e in EQUIPMENT:
        places.save_equipment(vault, Equipment(**{**e.__dict__, "contract_id": contract_id}))
    cloud = places.save_cloud(vault, CloudService(
        "サンプルクラウドストレージ", "株式会社サンプルクラウド", "都との納品データの受渡し（暗号化ファイルのみ）",
        "ISMAPクラウドサービスリストに登録され、ISO/IEC 27001・27017の認証を受けていることを確認した。"
        "データは国内リージョンに保存され、通信・保存とも暗号化される。", "2026-03-20", contract_id))
    places.save_certification(vault, Certification("ISMAP", "C26-0001-1", "2027-12-31", cloud.id))
    places.save_certification(vault, Certification("ISO/IEC 27001", "IS 700001", "2028-03-31", cloud.id))
    for m in METHODS:
        places.save_method(vault, Method(**{**m.__dict__, "contract_id": contract_id}))
    for form_id in place_forms.NOTICE_FORMS:
        data = place_forms.notification(vault, contract_id, form_id)
        data["issue_date"] = "2026-04-01"
        ctx.issue(vault, contract_id, form_id, data)

    places.save_takeout(vault, TakeOut("給与支払報告書（原本）12件", "記載内容の照会に都庁で立ち会うため。", "東京都庁第一本庁舎",
                                       "2026-04-04", "2026-04-04", "届出済みの社用車で2名が運搬し、施錠できる鞄に入れる。", "2026-04-02", "東京都主税局課税部課税指導課 課長 佐藤 明",
                                       "8主課指第555号", contract_id))
    # The previous contract was handled in the same store room (its ledger names it).
    places.save_workplace(vault, WorkPlace(**{**WORKPLACES[1].__dict__, "contract_id": ctx.previous_id}))
