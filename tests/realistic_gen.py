"""Realistic data for every form: a printing company's contract with 福祉局, as a clerk would receive it.

Six-digit quantities, 和暦 dates in October–December (and the era boundary), 𠮷田 and 髙橋, long
bureau and company names, half-width katakana typed into item names, long tables and a long 備考.
Built from each form's own definition, so a new form gets data without touching this file.
"""

from __future__ import annotations

import itertools

from kojin_desk.formkit.definition import FieldDef, FormDef
from kojin_desk.formkit.header import header_parts

DATES = ["2027-10-31", "2028-12-28", "2019-04-30", "2026-11-04", "2026-12-01", "2026-10-15"]
PEOPLE = ["\U00020bb7田 太郎", "髙橋 一郎", "山﨑 花子", "渡邉 次郎", "佐々木 美由紀", "長谷川 健太郎"]
QUANTITIES = [184230, 1024, 230, 98765, 12, 305120]
PHRASES = {
    "item": ["住民税課税資料（給与支払報告書）", "生活保護決定通知書の宛名データ", "ﾌｧｲﾙｻｰﾊﾞ上の封入封緘作業ファイル",
             "ひとり親家庭医療費助成受給者証", "返戻郵便物（宛所不明分）", "ｺﾋﾟｰ用原稿（ﾃﾞｰﾀﾁｪｯｸﾘｽﾄ）"],
    "medium": ["紙", "USBメモリ（管理番号 USB-0231）", "業務用PC（管理番号 PC-0107）内蔵SSD", "DVD-R（暗号化済み）",
               "ファイルサーバー（NAS-02）", "段ボール箱（封緘済み）"],
    "place": ["本社工場 第二加工室", "東京都千代田区丸の内三丁目8番1号　ミナト印刷ビル5階 第3作業室",
              "江東区新砂二丁目4番15号 新砂倉庫 保管室B", "大田区平和島六丁目1番1号 東京流通センター"],
    "name": ["株式会社ミナト印刷 本社工場", "東京都福祉局生活福祉部保護課", "ミナト印刷 新砂倉庫",
             "株式会社ミナト印刷 封入封緘センター"],
    "method": ["施錠したジュラルミンケースに入れ、社員2名で社有車により運搬する。", "簡易書留（配達記録付き）",
               "暗号化したZIPファイルをLGWAN経由で送付し、パスワードは別経路（電話）で伝える。",
               "溶解処理業者への引渡し（溶解証明書を受領）"],
    "equipment": ["PC-0107", "USB-0231", "複合機 MX-3", "封入封緘機 FS-2"],
    "counterpart": ["福祉局保護課", "ミナト印刷 新砂倉庫", "㈱東京リサイクル（溶解）", "髙橋 一郎"],
    "note": ["2名で確認済み", "封緘のうえ保管", "溶解証明書第0412号を受領", "ﾁｪｯｸﾘｽﾄ照合済み"],
    "short_place": ["第3作業室", "保管室B（金庫）", "新砂倉庫", "封入封緘センター"],
    "text": ["封入封緘前の宛名データの照合（2名による読合せ）", "東京都福祉局生活福祉部保護課（ひとり親・子ども支援担当）",
             "入退室はICカードで記録し、監視カメラで常時録画する。", "データ消去ソフトウェアによる上書き消去後、物理破壊",
             "特記仕様第11条第7項に基づく確認", "ー（長音）、ァ（小書き）、）（閉じ括弧）が行頭に来る文：ファイルサーバー、ァ"],
}
SENTENCE = ("本業務においては、東京都福祉局生活福祉部保護課から提供された生活保護決定通知書の宛名データ（約184,230件）を、"
            "令和10年12月28日までに印刷及び封入封緘し、「ひとり親家庭医療費助成受給者証」と併せて発送する。"
            "作業はミナト印刷ビル5階の第3作業室（入退室管理あり）でのみ行い、データはファイルサーバー（NAS-02）に暗号化して保存する。"
            "なお、8福祉高第231号の契約に基づき、平成31年4月30日以前に取得した旧データは、すべて消去済みである。")


def long_text(n: int) -> str:
    text = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
    return text[:text.rfind("。") + 1] or text


def header(form: FormDef) -> dict:
    full = {
        "document_number": "ミナト印発第1024号",
        "issue_date": "2028-12-28",
        "addressee": "東京都知事",
        "addressee_section": "東京都福祉局生活福祉部保護課（ひとり親・子ども支援担当）",
        "issuer": {"address": "東京都千代田区丸の内三丁目8番1号　ミナト印刷ビル5階", "name": "株式会社ミナト印刷",
                   "representative_title": "代表取締役社長", "representative_name": "髙橋 一郎"},
        "contract": {"title": "令和10年度 生活保護関係通知書等印刷及び封入封緘業務委託（単価契約）",
                     "number": "8福祉高第231号", "signed_on": "2027-10-31"},
    }
    fields, groups = header_parts(form)
    out = {f.key: full[f.key] for f in fields}
    out.update({g: {f.key: full[g][f.key] for f in fs} for g, fs in groups.items()})
    return out


def value(f: FieldDef, n: int, long_remarks: bool) -> object:
    if f.type == "date":
        return DATES[n % len(DATES)]
    if f.type == "integer":
        v = QUANTITIES[n % len(QUANTITIES)] if f.key not in ("no", "corrects", "ledger_no") else n + 1
        return max(f.minimum or 0, min(v, f.maximum or v))
    if f.type == "quantity":
        return f"{QUANTITIES[n % len(QUANTITIES)]}{'枚件個冊'[n % 4]}"
    if f.type == "person":
        return PEOPLE[n % len(PEOPLE)]
    if f.type == "choice":
        return f.choices[n % len(f.choices)]
    if f.key == "pledge_items":
        return ("１　業務上知り得た個人情報等を、在職中及び退職後においても、他に漏らし、又は契約の目的以外に利用しません。\n"
                "２　個人情報に関する特記仕様及び責任者の指示に従い、個人情報等を適正に取り扱います。\n"
                "３　漏えい等が発生し、又はそのおそれがあるときは、直ちに責任者に報告します。")
    if f.key == "hours":
        return "14:00〜15:30（90分）"
    if f.key == "signature":
        return ""  # signed by hand on the paper
    if f.key == "role" and f.type != "choice":
        return ["責任者", "従事者"][n % 2]
    if f.key == "affiliation":
        return "生産本部 封入封緘課 主任"
    if f.type == "multiline":
        size = 2000 if (f.key == "remarks" and long_remarks) else 160
        return long_text(min(size, f.max_length))
    key = "short_place" if f.key == "place" and f.max_length <= 100 else f.key
    pool = PHRASES.get(key) or next((PHRASES[k] for k in PHRASES if k in key), PHRASES["text"])
    if f.key in ("at",):
        return ["令和10年12月28日 14:05", "令和9年10月31日 09:30", "平成31年4月30日 17:45"][n % 3]
    if f.key in ("phone", "contact", "responsible_phone"):
        return "03-5320-4123（内線 31-207）"
    if f.key in ("checks",):
        return "(1)(2)(3)"
    if f.key == "chain_head":
        return "9f2c" * 16
    return pool[n % len(pool)][:f.max_length]


def generate(form: FormDef, rows: int = 60, long_remarks: bool = True) -> dict:
    counter = itertools.count()
    data = header(form)
    for f in form.fields:
        data[f.key] = value(f, next(counter), long_remarks)
    for t in form.tables:
        n = max(t.min_rows, min(rows, t.max_rows))
        data[t.key] = [{c.key: value(c, i + j, long_remarks) for j, c in enumerate(t.columns)} for i in range(n)]
    if "notice_kind" in data:  # a change notification lists its changes; a first one has none
        data["notice_kind"] = "変更"
    return data
