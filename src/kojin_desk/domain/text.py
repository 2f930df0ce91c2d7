"""Rules for every piece of text a person types: kept as typed, refused clearly when unusable."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kojin_desk.domain import printable
from kojin_desk.domain.printable import is_printable
from kojin_desk.errors import Problem

_ALLOWED_CONTROLS = {"\t"}


def char_name(ch: str) -> str:
    """U+1F642 (SLIGHTLY SMILING FACE) — how a refused character is named to the user."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def is_invisible(ch: str) -> bool:
    """Format characters and variation selectors: kept in data, never drawn (no font has them)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


def normalize_newlines(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_text(
    value: object,
    label: str,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
) -> list[Problem]:
    """Every rule a stored text obeys; returns the broken ones (empty list when fine)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return [Problem("bad_type", {"field": label, "expected": "text"})]
    if required and not value.strip():
        return [Problem("required", {"field": label})]
    if len(value) > max_len:
        return [Problem("too_long", {"field": label, "max": max_len, "length": len(value)})]
    if _plain(multiline).fullmatch(value):
        return []  # only characters that pass every rule below: the common case, one regex match
    for ch in dict.fromkeys(value):
        code = _char_problem(ch, multiline)
        if code == "newline_in_line":
            return [Problem(code, {"field": label})]
        if code:
            return [Problem(code, {"field": label, "char": char_name(ch)})]
    return []


def _char_problem(ch: str, multiline: bool) -> str:
    """The message code of the rule a character breaks, or "" when it may be stored."""
    cat = unicodedata.category(ch)
    if ch == "\n" or ch == "\r":
        return "" if multiline else "newline_in_line"
    if cat == "Cc" and ch not in _ALLOWED_CONTROLS:
        return "control_char"
    if cat in ("Cs", "Cn", "Co") and not is_invisible(ch):
        return "unprintable_char"
    if not is_invisible(ch) and not ch.isspace() and not is_printable(ch):
        return "unprintable_char"
    return ""


@lru_cache(maxsize=2)
def _plain(multiline: bool) -> re.Pattern:
    """A regex of the characters _char_problem accepts among those a font draws, white space, tab and
    variation selectors (built once from the coverage ranges; anything else takes the loop)."""
    starts, ends = printable._ranges()
    candidates = {cp for a, b in zip(starts, ends) for cp in range(a, b + 1)}
    candidates.update(cp for cp in range(0x3001) if chr(cp).isspace())
    candidates.update([0x09, 0x0A, 0x0D, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
    good = sorted(cp for cp in candidates if not _char_problem(chr(cp), multiline))
    spans, first = [], None
    for i, cp in enumerate(good):
        first = cp if first is None else first
        if i + 1 == len(good) or good[i + 1] != cp + 1:
            spans.append(re.escape(chr(first)) + ("-" + re.escape(chr(cp)) if cp > first else ""))
            first = None
    return re.compile("[" + "".join(spans) + "]*")


_DIGITS = str.maketrans("０１２３４５６７８９－−‐ー＋（）　，．", "0123456789----+() ,.")
_DIGITS.update({0xFF21 + i: 0x41 + i for i in range(26)} | {0xFF41 + i: 0x61 + i for i in range(26)})


def normalize_number_text(value: str) -> str:
    """Phone numbers, contract and asset numbers: full-width digits, Latin letters and dashes become half-width."""
    return value.translate(_DIGITS).strip()
