"""Rules for every piece of text a person types: kept as typed, refused clearly when unusable."""

from __future__ import annotations

import unicodedata

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
    for ch in dict.fromkeys(value):
        cat = unicodedata.category(ch)
        if ch == "\n" or ch == "\r":
            if not multiline:
                return [Problem("newline_in_line", {"field": label})]
        elif cat == "Cc" and ch not in _ALLOWED_CONTROLS:
            return [Problem("control_char", {"field": label, "char": char_name(ch)})]
        elif cat in ("Cs", "Cn", "Co") and not is_invisible(ch):
            return [Problem("unprintable_char", {"field": label, "char": char_name(ch)})]
        elif not is_invisible(ch) and not ch.isspace() and not is_printable(ch):
            return [Problem("unprintable_char", {"field": label, "char": char_name(ch)})]
    return []


_DIGITS = str.maketrans("０１２３４５６７８９－−‐ー＋（）　，．", "0123456789----+() ,.")
_DIGITS.update({0xFF21 + i: 0x41 + i for i in range(26)} | {0xFF41 + i: 0x61 + i for i in range(26)})


def normalize_number_text(value: str) -> str:
    """Phone numbers, contract and asset numbers: full-width digits, Latin letters and dashes become half-width."""
    return value.translate(_DIGITS).strip()
