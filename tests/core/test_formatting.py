import datetime as dt

import pytest

from desktop.core.formatting import (
    after_label, dash, documented_by, format_count, format_date, format_figure, format_month, spaced,
)


def test_counts_read_naturally_in_each_language():
    assert format_count(640_000_000, "en") == "640 million"
    # Chinese puts one space between the figure and its unit, as the content does (3.76 亿).
    assert format_count(640_000_000, "zh_Hans") == "6.4 亿"
    # zh_Hant_HK would give '640M'; Qiao uses zh_Hant_TW's CLDR data.
    assert format_count(640_000_000, "zh_Hant") == "6.4 億"
    assert format_count(81_000_000, "zh_Hans") == "8100 万"


def test_chinese_counts_keep_the_digits_the_text_beside_them_gives():
    # The then-and-now text says 11.25 亿 and 14.14 亿; the figure above it must not say 11.2 亿.
    assert format_count(1_125_000_000, "zh_Hant") == "11.25 億"
    assert format_count(1_414_000_000, "zh_Hans") == "14.14 亿"
    assert format_count(235_800_000, "zh_Hans") == "2.358 亿"
    assert format_count(1_125_000_000, "en") == "1.13 billion"


def test_just_below_a_unit_rounds_up_instead_of_reading_ten_thousand_wan():
    assert format_count(99_999_999, "zh_Hans") == "1 亿"


def test_dates_are_spaced_in_chinese_and_written_out_for_us_readers():
    day = dt.date(2026, 11, 24)
    assert format_date(day, "en") == "November 24, 2026"
    assert format_date(day, "zh_Hans") == "2026 年 11 月 24 日"
    assert format_date(day, "zh_Hant") == "2026 年 11 月 24 日"
    assert format_month(dt.date(2025, 3, 31), "zh_Hant") == "2025 年 3 月"
    assert format_month(dt.date(2025, 9, 30), "en") == "September 2025"


def test_a_figure_names_its_kind_first_in_chinese():
    month = dt.date(2025, 3, 31)
    assert format_figure(1_000_000_000, "月活跃用户", month, "zh_Hans") == "月活跃用户 10 亿（2025 年 3 月）"
    assert format_figure(1_000_000_000, "monthly active users", month, "en") == \
        "1 billion monthly active users (March 2025)"
    assert format_figure(300_000_000, "註冊用戶", None, "zh_Hant") == "註冊用戶 3 億"


@pytest.mark.parametrize(("who", "language", "expected"), [
    ("Citizen Lab (University of Toronto)", "en", "Citizen Lab (University of Toronto) (2016):"),
    ("多伦多大学公民实验室", "zh_Hans", "多伦多大学公民实验室（2016 年）："),
    ("多倫多大學公民實驗室", "zh_Hant", "多倫多大學公民實驗室（2016 年）："),
])
def test_who_documented_it_reads_in_each_languages_own_order_and_punctuation(who, language, expected):
    assert documented_by(who, 2016, language) == expected


def test_chinese_joins_and_labels_use_full_width_forms_without_spaces():
    assert dash("en") == " — "
    assert dash("zh_Hant") == "——"
    assert after_label("适合谁：") == "适合谁："
    assert after_label("Who this is for:") == "Who this is for: "
    assert spaced("截至2026年11月") == "截至 2026 年 11 月"
