"""Every hostile string is either kept exactly or refused with a message naming the problem."""

import pytest
from hostile import hostile_strings

from kojin_desk.domain.text import check_text, normalize_number_text

CASES = hostile_strings()


@pytest.mark.parametrize("value", CASES, ids=[repr(c[:12]) for c in CASES])
def test_hostile_text_kept_or_refused_clearly(value):
    problems = check_text(value, "氏名", max_len=5000, multiline=True)
    if not problems:
        return
    text = str(problems[0])
    assert "氏名" in text
    assert problems[0].code in {"too_long", "control_char", "unprintable_char"}


def test_specific_refusals_name_the_character():
    assert "U+1F642" in str(check_text("絵文字\U0001f642", "氏名", max_len=100)[0])
    assert "U+0000" in str(check_text("\x00NUL", "氏名", max_len=100)[0])
    assert check_text("a" * 10_000, "氏名", max_len=100)[0].code == "too_long"
    assert check_text("改行\nあり", "氏名", max_len=100)[0].code == "newline_in_line"


@pytest.mark.parametrize("ok", ["\U00020bb7田 太郎", "髙橋 一郎", "葛\U000e0100飾", "\u202e右から左\u202c",
                                "<b>太字</b> & <font name='x'>", "'; DROP TABLE ledger; --", "ｶﾞｰﾄﾞﾏﾝ", "か\u3099き"])
def test_names_are_kept_as_typed(ok):
    assert check_text(ok, "氏名", max_len=100) == []


def test_numbers_become_half_width():
    assert normalize_number_text("０３－１２３４－５６７８") == "03-1234-5678"


@pytest.mark.parametrize("multiline", [False, True])
def test_the_fast_path_accepts_only_what_the_rules_accept(multiline):
    from kojin_desk.domain import text

    plain = text._plain(multiline)
    wrong = [hex(cp) for cp in [*range(0x30000), *range(0xE0000, 0xE0200), *range(0xF0000, 0xF0100), 0x10FFFF]
             if plain.fullmatch(chr(cp)) and text._char_problem(chr(cp), multiline)]
    assert wrong == []
