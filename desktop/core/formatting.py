"""Dates and numbers for people, from Babel's CLDR data for the active language.

Babel's modules are imported on first use: the first screen needs none of them.
"""

from __future__ import annotations

import datetime as dt

from desktop.i18n import LANGUAGES


def _locale(language: str) -> str:
    return LANGUAGES[language].babel_locale


def format_date(value: dt.date, language: str) -> str:
    """A date as people write it: 'Nov 24, 2026', '2026年11月24日'."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="medium" if language == "en" else "long", locale=_locale(language))


def format_month(value: dt.date, language: str) -> str:
    """A month and year: 'September 2025', '2025年9月'."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", value, locale=_locale(language))


def format_count(count: int, language: str) -> str:
    """A large count the short way: '1.4 billion', '14亿', '14億' (zh_Hant_TW, not HK's '1.4B')."""
    from babel.numbers import format_compact_decimal, format_decimal

    if count < 10_000:
        return format_decimal(count, locale=_locale(language))
    # Three significant digits first, so 99,999,999 reads 1亿 rather than CLDR's 10000万.
    rounded = round(count, 2 - len(str(count)) + 1)
    if language == "en":
        # CLDR's long English form ('1.41 billion') reads better than '1.41B'; Chinese has no long form.
        return format_compact_decimal(rounded, format_type="long", fraction_digits=2, locale=_locale(language))
    return format_compact_decimal(rounded, fraction_digits=2, locale=_locale(language))


def format_number(count: int, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(count, locale=_locale(language))
