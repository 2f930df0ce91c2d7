"""Which characters the shipped fonts can draw, from a precomputed range file.

The file `resources/fonts/coverage.ranges` is written by `tools/font_coverage.py` and checked
against the fonts by a test, so validating text never has to parse a 46 MB font.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from kojin_desk.paths import FONTS_DIR


@lru_cache(maxsize=1)
def _ranges() -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for line in (FONTS_DIR / "coverage.ranges").read_text(encoding="ascii").splitlines():
        if not line or line.startswith("#"):
            continue
        a, _, b = line.partition("-")
        starts.append(int(a, 16))
        ends.append(int(b or a, 16))
    return starts, ends


def is_printable(ch: str) -> bool:
    starts, ends = _ranges()
    cp = ord(ch)
    i = bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]
