"""Dates, numbers and short attributions for people, from Babel's CLDR data for the active language.

Chinese follows the content's spacing rule: one space between Chinese characters and digits or Latin letters
(3.76 亿, 2025 年 3 月, 2026 年 11 月 24 日), none beside full-width punctuation. English is written for US
readers (November 24, 2026). Babel's modules are imported on first use: the first screen needs none of them.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.i18n import LANGUAGES

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CHINESE_THEN_LATIN = re.compile(f"([{_CJK}])([0-9A-Za-z])")
_LATIN_THEN_CHINESE = re.compile(f"([0-9A-Za-z%])([{_CJK}])")
_FULL_WIDTH_END = "：，。；？！）」』》"


def _locale(language: str) -> str:
    return LANGUAGES[language].babel_locale


def spaced(text: str) -> str:
    """``text`` with one space between Chinese characters and digits or Latin letters: '2025年3月' → '2025 年 3 月'."""
    return _LATIN_THEN_CHINESE.sub(r"\1 \2", _CHINESE_THEN_LATIN.sub(r"\1 \2", text))


def format_date(value: dt.date, language: str) -> str:
    """A full date as people write it: 'November 24, 2026', '2026 年 11 月 24 日'."""
    from babel.dates import format_date as babel_format_date

    return spaced(babel_format_date(value, format="long", locale=_locale(language)))


def format_month(value: dt.date, language: str) -> str:
    """A month and year: 'September 2025', '2025 年 9 月'."""
    from babel.dates import format_skeleton

    return spaced(format_skeleton("yMMMM", value, locale=_locale(language)))


def format_count(count: int, language: str) -> str:
    """A large count the short way: '1.41 billion', '14.14 亿', '14.14 億' (zh_Hant_TW, not HK's '1.4B')."""
    from babel.numbers import format_compact_decimal, format_decimal

    if count < 10_000:
        return format_decimal(count, locale=_locale(language))
    # Round first, so 99,999,999 reads 1 亿 rather than CLDR's 10000万. Chinese keeps four significant digits,
    # as the content writes its figures (11.25 亿, 2.358 亿); English three ('1.13 billion').
    step = 10 ** (len(str(count)) - (3 if language == "en" else 4))
    rounded = (count + step // 2) // step * step  # half up: 1,125,000,000 is 1.13 billion
    if language == "en":
        # CLDR's long English form ('1.41 billion') reads better than '1.41B'; Chinese has no long form.
        return format_compact_decimal(rounded, format_type="long", fraction_digits=2, locale=_locale(language))
    return spaced(format_compact_decimal(rounded, fraction_digits=3, locale=_locale(language)))


def format_number(count: int, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(count, locale=_locale(language))


def format_figure(count: int, kind: str, month: dt.date | None, language: str) -> str:
    """A user figure with its kind and month: '1.41 billion monthly active users (September 2025)',
    '月活跃用户 14.14 亿（2025 年 9 月）' — Chinese names the kind first."""
    amount = format_count(count, language)
    if language == "en":
        text = f"{amount} {kind}"
        return f"{text} ({format_month(month, language)})" if month else text
    text = f"{kind} {amount}"
    return f"{text}（{format_month(month, language)}）" if month else text


def documented_by(who: str, year: int, language: str) -> str:
    """Who documented a finding, and when, ready to be followed by what they found:
    'Citizen Lab (2016):', '公民实验室（2016 年）：'."""
    if language == "en":
        return f"{who} ({year}):"
    return f"{who}（{year} 年）："


def dash(language: str) -> str:
    """The dash that joins two parts of a line: ' — ' in English, '——' in Chinese."""
    return " — " if language == "en" else "——"


def after_label(label: str) -> str:
    """``label`` and the space before what follows it; none after full-width punctuation ('适合谁：')."""
    return label if label.endswith(tuple(_FULL_WIDTH_END)) else f"{label} "
