"""和暦 (Japanese era) dates: ISO 8601 ↔ 令和8年3月31日, and typed forms like R8.3.31."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# (first day, kanji, latin initial). Meiji is counted from the Gregorian switch (1873-01-01);
# earlier dates used the lunisolar calendar and are refused.
ERAS: tuple[tuple[date, str, str], ...] = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1873, 1, 1), "明治", "M"),
)
_MEIJI_START_YEAR = 1868


def _era_of(d: date) -> tuple[date, str, str]:
    for era in ERAS:
        if d >= era[0]:
            return era
    raise ValueError(f"{d.isoformat()} is before the Gregorian calendar in Japan")


def _first_year(era: tuple[date, str, str]) -> int:
    return _MEIJI_START_YEAR if era[1] == "明治" else era[0].year


def to_wareki(d: date | str) -> str:
    """2019-05-01 → 令和元年5月1日."""
    if isinstance(d, str):
        d = date.fromisoformat(d)
    era = _era_of(d)
    year = d.year - _first_year(era) + 1
    year_text = "元" if year == 1 else str(year)
    return f"{era[1]}{year_text}年{d.month}月{d.day}日"


def format_date(iso: str, style: str = "wareki") -> str:
    """Print an ISO date in the chosen style; an empty value stays empty."""
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return to_wareki(d) if style == "wareki" else f"{d.year}年{d.month}月{d.day}日"


_KANJI = {era[1]: era for era in ERAS}
_LATIN = {era[2]: era for era in ERAS}
_WAREKI_RE = re.compile(r"^(令和|平成|昭和|大正|明治|[RHSTM])\s*(元|\d{1,2})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?$")
_ISO_RE = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> date:
    """Read a typed date: 2026-03-31, 2026/3/31, 令和8年3月31日, R8.3.31, 令和元年5月1日.

    Full-width digits and letters are accepted. An impossible date (令和8年2月30日),
    or an era year outside its era (平成32年), raises ValueError.
    """
    s = unicodedata.normalize("NFKC", text).strip().upper()
    if m := _ISO_RE.match(s):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        if d < ERAS[-1][0]:
            raise ValueError(text)
        return d
    m = _WAREKI_RE.match(s)
    if not m:
        raise ValueError(text)
    era = _KANJI.get(m[1]) or _LATIN[m[1]]
    year = 1 if m[2] == "元" else int(m[2])
    if year < 1:
        raise ValueError(text)
    d = date(_first_year(era) + year - 1, int(m[3]), int(m[4]))
    idx = ERAS.index(era)
    if d < era[0] or (idx > 0 and d >= ERAS[idx - 1][0]):
        raise ValueError(text)
    return d


def is_iso_date(value: object) -> bool:
    """A stored date: text already in YYYY-MM-DD form and a real day (what dumps and records hold)."""
    try:
        return isinstance(value, str) and parse_date(value).isoformat() == value
    except ValueError:
        return False
