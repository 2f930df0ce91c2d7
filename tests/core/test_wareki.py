from datetime import date

import pytest

from kojin_desk.domain.wareki import format_date, parse_date, to_wareki


@pytest.mark.parametrize("iso, text", [
    ("2019-04-30", "平成31年4月30日"),
    ("2019-05-01", "令和元年5月1日"),
    ("2026-03-31", "令和8年3月31日"),
    ("1989-01-07", "昭和64年1月7日"),
    ("1989-01-08", "平成元年1月8日"),
    ("1926-12-24", "大正15年12月24日"),
    ("1926-12-25", "昭和元年12月25日"),
    ("1912-07-29", "明治45年7月29日"),
    ("1912-07-30", "大正元年7月30日"),
    ("1873-01-01", "明治6年1月1日"),
])
def test_era_boundaries_both_ways(iso, text):
    assert to_wareki(iso) == text
    assert parse_date(text) == date.fromisoformat(iso)


@pytest.mark.parametrize("typed, iso", [
    ("R8.3.31", "2026-03-31"), ("r8/3/31", "2026-03-31"), ("Ｒ８．３．３１", "2026-03-31"),
    ("令和8年3月31日", "2026-03-31"), ("2026/3/31", "2026-03-31"), ("2026-03-31", "2026-03-31"),
    ("２０２６年３月３１日", "2026-03-31"), ("H31.4.30", "2019-04-30"), ("令和元年5月1日", "2019-05-01"),
])
def test_typed_dates(typed, iso):
    assert parse_date(typed).isoformat() == iso


@pytest.mark.parametrize("bad", ["令和8年2月30日", "平成32年1月1日", "R1.4.30", "令和0年1月1日", "2026-13-01",
                                 "明日", "", "1800-01-01"])
def test_impossible_dates_refused(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


def test_seireki_option_and_empty():
    assert format_date("2026-03-31", "seireki") == "2026年3月31日"
    assert format_date("") == ""
