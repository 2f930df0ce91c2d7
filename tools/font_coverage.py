"""Write resources/fonts/coverage.ranges: the code points that the shipped fonts can draw.

Run after changing a font in resources/fonts/: python tools/font_coverage.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def covered_code_points() -> set[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from kojin_desk.pdf.fonts import FONT_FILES

    points: set[int] = set()
    for file in FONT_FILES.values():
        face = TTFontFile(str(ROOT / "resources" / "fonts" / file), validate=0)
        points.update(cp for cp, glyph in face.charToGlyph.items() if glyph)
    return points


def ranges_text(points: set[int]) -> str:
    lines = ["# Code points drawable by the fonts in this folder; written by tools/font_coverage.py"]
    ordered = sorted(points)
    start = prev = ordered[0]
    for cp in ordered[1:] + [-1]:
        if cp != prev + 1:
            lines.append(f"{start:04X}" if start == prev else f"{start:04X}-{prev:04X}")
            start = cp
        prev = cp
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    (ROOT / "resources" / "fonts" / "coverage.ranges").write_text(
        ranges_text(covered_code_points()), encoding="ascii"
    )
