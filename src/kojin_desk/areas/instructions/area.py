"""Tokyo's instructions and approvals (Art. 9, 10, 11(4), 12(2), 13, 14, 17) as an area: one register."""

from __future__ import annotations

from kojin_desk.areas.contract import Area
from kojin_desk.areas.instructions import demo, transfer


class InstructionsArea(Area):
    key = "instructions"
    title = ("東京都の指示・承諾", "Tokyo's instructions")
    articles = ("第9条", "第10条", "第11条第4項", "第12条第2項", "第13条", "第14条", "第17条")
    tables = ("instructions",)
    dump_keys = transfer.KEYS
    transfer, demo_module = transfer, demo
    ui = "kojin_desk.ui.areas.instructions.area:InstructionsPage"
