"""A name the PDF prints (𠮷田) also shows on screen: the shipped fonts are the UI font's fallbacks.

Checked from the glyphs Qt lays out for the text drawn (glyph 0 is the empty box), not by eye.
"""

from PySide6.QtGui import QFont, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from kojin_desk.areas.people import service as people
from kojin_desk.areas.people.model import Person
from kojin_desk.settings import Settings
from kojin_desk.ui import fonts
from kojin_desk.ui.context import Context

NAME = "𠮷田 𡈽子"  # 𠮷 (U+20BB7) and 𡈽 (U+2123D): outside the BMP, missing from common system fonts


def glyphs(font: QFont, text: str) -> list[tuple[str, int]]:
    """(family, glyph index) of every glyph Qt draws for `text` in `font`."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), g) for run in layout.glyphRuns() for g in run.glyphIndexes()]


def test_a_rare_name_kanji_shows_without_a_box(qtbot, demo_vault, tmp_path):
    from kojin_desk.ui.areas.people.registry_tab import RegistryTab

    app = QApplication.instance()
    before = QFont(app.font())
    try:
        chain = fonts.install(app)
        assert chain[-2:] == ["IPAexGothic", "IPAmjMincho"]
        people.save_person(demo_vault, Person(name=NAME, affiliation="業務部"))
        tab = RegistryTab(Context(demo_vault, Settings(), tmp_path))
        qtbot.addWidget(tab)
        tab.resize(900, 400)
        tab.refresh()
        tab.show()
        image = tab.grab()  # the offscreen screenshot the cell is drawn into
        assert not image.isNull()
        table = tab.table
        cell = next(table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
                    if table.item(r, c) and table.item(r, c).text() == NAME)
        drawn = glyphs(cell.font() if cell.font() != QFont() else table.font(), cell.text())
        assert drawn and all(g != 0 for _, g in drawn), drawn
        assert "IPAmjMincho" in {f for f, _ in drawn} or "IPAexGothic" in {f for f, _ in drawn}
        # The system font alone has no 𠮷 here (the empty box the issue saw): the fallback is what draws it.
        assert not QRawFont.fromFont(before).supportsCharacter(0x20BB7)
    finally:
        app.setFont(before)
