"""The UI font with the shipped fonts as fallbacks, so every name the PDF can print also shows on screen.

System fonts often lack rare name kanji (𠮷, 𡈽): without a fallback Qt draws an empty box. IPAexGothic
covers JIS X 0213 and IPAmj Mincho the 戸籍統一文字 the PDF falls back to (pdf/fonts.py, same files).
Registering both costs about 15 ms: Qt reads a font's glyphs only when a character needs them.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from kojin_desk.paths import FONTS_DIR

FALLBACK_FILES = ("ipaexg.ttf", "ipamjm.ttf")  # the Gothic first: closer to a UI font than the Mincho


def install(app) -> list[str]:
    """Register the shipped fonts and set them as fallbacks of the application font; the full family chain."""
    fallbacks = []
    for name in FALLBACK_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        fallbacks += QFontDatabase.applicationFontFamilies(font_id)[:1] if font_id >= 0 else []
    font = app.font()
    font.setFamilies(list(dict.fromkeys([*(font.families() or [font.family()]), *fallbacks])))
    app.setFont(font)
    return font.families()

