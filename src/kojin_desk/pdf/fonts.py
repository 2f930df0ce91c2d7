"""Japanese TrueType fonts for ReportLab, with a per-character fallback for rare kanji.

Two ReportLab 5.1 traps are handled here: its ToUnicode map writes code points above
U+FFFF as five hex digits (so 𠮷 extracts as ₻); we write UTF-16 surrogate pairs instead.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from kojin_desk.domain.text import is_invisible
from kojin_desk.paths import FONTS_DIR

MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
FALLBACK = "IPAmjMincho"
FONT_FILES = {MINCHO: "ipaexm.ttf", GOTHIC: "ipaexg.ttf", FALLBACK: "ipamjm.ttf"}


def _utf16_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
        "%d beginbfchar" % len(subset),
        *("<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def register(name: str) -> ttfonts.TTFont:
    """Load a shipped font once per process (IPAmj, 46 MB, only when a text needs it)."""
    font = ttfonts.TTFont(name, str(FONTS_DIR / FONT_FILES[name]))
    pdfmetrics.registerFont(font)
    return font


def has_glyph(font_name: str, ch: str) -> bool:
    return bool(register(font_name).face.charToGlyph.get(ord(ch)))


_AS_DRAWN = {"\t": " ", "\u3000": "\u00a0\u00a0"}


def drawable(text: str) -> str:
    """The text as drawn: format characters and variation selectors dropped, tabs as spaces.

    ReportLab splits lines at U+3000 and joins them with a narrow space, so the ideographic
    space (全角スペース) is drawn as two no-break spaces, which keep its full width.
    """
    return "".join(_AS_DRAWN.get(ch, ch) for ch in text if not is_invisible(ch))


def markup(text: str, font_name: str = MINCHO) -> str:
    """Escape text for a Paragraph and route characters the main font lacks to IPAmj Mincho."""
    out: list[str] = []
    run: list[str] = []
    in_fallback = False

    def flush() -> None:
        if run:
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(f'<font name="{FALLBACK}">{chunk}</font>' if in_fallback else chunk)
            run.clear()

    for ch in drawable(text):
        need = ch != "\n" and not ch.isspace() and not has_glyph(font_name, ch)
        if need:
            register(FALLBACK)
        if need != in_fallback:
            flush()
            in_fallback = need
        run.append(ch)
    flush()
    return "".join(out)
