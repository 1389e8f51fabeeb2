import datetime as dt

from desktop.core.formatting import format_count, format_date, format_month


def test_counts_read_naturally_in_each_language():
    assert format_count(640_000_000, "en") == "640 million"
    assert format_count(640_000_000, "zh_Hans") == "6.4亿"
    # zh_Hant_HK would give '640M'; Qiao uses zh_Hant_TW's CLDR data.
    assert format_count(640_000_000, "zh_Hant") == "6.4億"
    assert format_count(1_414_000_000, "zh_Hans") == "14.1亿"


def test_just_below_a_unit_rounds_up_instead_of_reading_ten_thousand_wan():
    assert format_count(99_999_999, "zh_Hans") == "1亿"


def test_dates_follow_the_locale():
    day = dt.date(2026, 11, 24)
    assert format_date(day, "en") == "Nov 24, 2026"
    assert format_date(day, "zh_Hans") == "2026年11月24日"
    assert format_month(dt.date(2025, 9, 30), "zh_Hant") == "2025年9月"
