"""English labels for values stored in Japanese (ledger kinds, 雇用区分, …) and for article citations.

Display only: the vault, dumps and PDFs keep the Japanese value, which is what the appendix and Tokyo's
forms use. In Japanese mode every label is the value itself.
"""

from __future__ import annotations

import re

from kojin_desk.i18n import language

_ENGLISH = {
    # ledger kinds (areas/ledger/model.KINDS)
    "受領": "Received", "利用": "Use", "複写・複製": "Copy", "保管": "Storage", "持出し": "Take-out",
    "運搬": "Transport", "送付": "Sending", "返還": "Return", "廃棄": "Destruction", "消去": "Erasure",
    # 雇用区分 (areas/people/model.EMPLOYMENT) and audit kinds
    "正社員": "Regular employee", "契約社員": "Contract employee", "派遣労働者": "Dispatched worker",
    "再委託先": "Subcontractor", "定期": "Periodic", "随時": "Ad hoc",
    # storage and equipment (areas/places/model)
    "金庫": "Safe", "保管庫": "Cabinet", "施錠できる保管室": "Lockable room",
    "入退室管理のある保管室": "Room with entry control", "デスクトップPC": "Desktop PC", "ノートPC": "Laptop",
    "タブレット": "Tablet", "USBメモリ": "USB stick", "外付けHDD・SSD": "External HDD/SSD", "光ディスク": "Optical disc",
    "SDカード": "SD card", "その他の外部記録媒体": "Other external media",
    # 届出の区分
    "新規": "New", "変更": "Change",
}


def value_label(value: str) -> str:
    """How a stored value reads on screen in the current language."""
    return value if language() == "ja" else _ENGLISH.get(value, value)


_CITATION = re.compile(r"第(\d+)条((?:第\d+[項号])*)(.*)")


def article_label(citation: str) -> str:
    """第11条第10項第2号 → Art. 11(10)(2) in English; the citation itself in Japanese."""
    m = _CITATION.fullmatch(citation)
    if language() == "ja" or not m:
        return citation
    parts = "".join(f"({n})" for n in re.findall(r"第(\d+)[項号]", m[2]))
    rest = {"なお書き": " proviso", "ただし書き": " proviso"}.get(m[3], m[3] and f" {m[3]}")
    return f"Art. {m[1]}{parts}{rest}"
