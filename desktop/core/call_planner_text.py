"""The call planner's answers as sentences, in each language, with Babel's CLDR data for times and dates.

The sentences themselves are content (``resources/content/tools/call-planner.yaml``), with placeholders such as
``{beijing_time}``; this module fills them. Chinese follows the content's spacing convention — one space between
Chinese characters and Latin letters or digits (凌晨 2:15, 2026 年 3 月 8 日) — and the narrow spaces CLDR puts
in English times are written as ordinary ones, which every font has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from desktop.core.call_planner import CallAnswer, ClockChange, Window, beijing_ahead
from desktop.core.records import Text
from desktop.i18n import LANGUAGES

_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_BEFORE_LATIN = re.compile(rf"({_CJK})([A-Za-z0-9])")
_AFTER_LATIN = re.compile(rf"([A-Za-z0-9%])({_CJK})")
_NARROW_SPACES = str.maketrans({"\u202f": " ", "\u2009": " ", "\u00a0": " "})

# Explicit CLDR patterns: Babel's skeleton matching drops the weekday from some of these, and zh_Hant's
# flexible day period (凌晨, 上午, 晚上) is the natural way to say a time in both Chinese variants.
_PATTERNS = {
    "time": {"en": "h:mm a", "zh": "Bh:mm"},
    "hour": {"en": "h a", "zh_Hans": "Bh点", "zh_Hant": "Bh點"},
    "weekday": {"en": "EEEE", "zh": "EEEE"},
    "day": {"en": "EEEE, MMMM d", "zh": "M月d日EEEE"},
    "date": {"en": "MMMM d, y", "zh": "y年M月d日"},
}


def space_scripts(text: str) -> str:
    """One space between Chinese characters and Latin letters or digits, as the content writes them."""
    text = text.translate(_NARROW_SPACES)
    return _AFTER_LATIN.sub(r"\1 \2", _BEFORE_LATIN.sub(r"\1 \2", text))


def _pattern(kind: str, language: str) -> str:
    patterns = _PATTERNS[kind]
    return patterns.get(language) or patterns["zh" if language.startswith("zh") else "en"]


def _format(moment: dt.datetime | dt.date, kind: str, language: str) -> str:
    from babel.dates import format_date, format_datetime

    locale = LANGUAGES[language].babel_locale
    if isinstance(moment, dt.datetime):
        text = format_datetime(moment, _pattern(kind, language), tzinfo=moment.tzinfo, locale=locale)
    else:
        text = format_date(moment, _pattern(kind, language), locale=locale)
    return space_scripts(text)


def format_time(moment: dt.datetime, language: str) -> str:
    """'2:15 AM', '凌晨 2:15'."""
    return _format(moment, "time", language)


def format_hour(moment: dt.datetime, language: str) -> str:
    """A strip cell's label: '8 PM', '晚上 8 点', '晚上 8 點'."""
    return _format(moment, "hour", language)


def format_weekday(moment: dt.datetime | dt.date, language: str) -> str:
    """'Monday', '星期一'."""
    return _format(moment, "weekday", language)


def format_day(moment: dt.datetime | dt.date, language: str) -> str:
    """'Sunday, March 8', '3 月 8 日星期日'."""
    return _format(moment, "day", language)


def format_full_date(moment: dt.datetime | dt.date, language: str) -> str:
    """'March 8, 2026', '2026 年 3 月 8 日'."""
    return _format(moment, "date", language)


def format_duration(delta: dt.timedelta, language: str) -> str:
    """'13 hours', '13 小时', '12.5 hours'."""
    from babel.units import format_unit

    hours = abs(delta.total_seconds()) / 3600
    value: float | int = int(hours) if hours == int(hours) else round(hours, 2)
    return space_scripts(format_unit(value, "duration-hour", length="long", locale=LANGUAGES[language].babel_locale))


def format_window(window: Window, language: str, side: str = "local") -> str:
    """'7:00 PM – 10:00 PM', '晚上 7:00 至 10:00' on the reader's clock (or ``side='beijing'``)."""
    start, end = (window.local_start, window.local_end) if side == "local" else (window.beijing_start,
                                                                                  window.beijing_end)
    first, last = format_time(start, language), format_time(end, language)
    if language == "en":
        return f"{first} – {last}"
    return space_scripts(f"{first}至{_shared_period_dropped(first, last)}")


def _shared_period_dropped(first: str, last: str) -> str:
    """晚上 7:00 至 10:00 rather than 晚上 7:00 至晚上 10:00, as CLDR's own intervals write it."""
    period = first.split(" ")[0]
    return last.removeprefix(period + " ") if last.startswith(period + " ") and period != last else last


def format_windows(windows: Sequence[Window], language: str, side: str = "local") -> str:
    """Several windows as one list: '8:00 AM – 9:00 AM and 7:00 PM – 10:00 PM'."""
    from babel.lists import format_list

    parts = [format_window(window, language, side) for window in windows]
    return space_scripts(format_list(parts, locale=LANGUAGES[language].babel_locale)) if parts else ""


def _fill(texts: Mapping[str, Text], key: str, language: str, **values: str) -> str:
    text = texts[key].get(language).format(**values)
    return text if language == "en" else space_scripts(text)


def _moment_values(prefix: str, moment: dt.datetime, language: str) -> dict[str, str]:
    return {f"{prefix}_time": format_time(moment, language), f"{prefix}_day": format_weekday(moment, language)}


def describe_answer(answer: CallAnswer, texts: Mapping[str, Text], language: str) -> str:
    """'A good time to call now: …' or 'It is 2:15 AM on Monday in Beijing. Next good time to call: …'."""
    values = {**_moment_values("local", answer.now_local, language),
              **_moment_values("beijing", answer.now_beijing, language)}
    sentences = [_fill(texts, f"answer-{answer.kind}", language, **values)]
    if answer.good and answer.current_window is not None:
        sentences.append(_fill(texts, "answer-good-until", language,
                               local_time=format_time(answer.current_window.local_end, language)))
    elif answer.next_window is not None:
        window = answer.next_window
        sentences.append(_fill(texts, "answer-next", language, **_moment_values("local", window.local_start, language),
                               **_moment_values("beijing", window.beijing_start, language)))
    elif not answer.good:
        sentences.append(_fill(texts, "answer-never", language))
    return (" " if language == "en" else "").join(sentences)


def describe_difference(instant: dt.datetime, local_zone: str, texts: Mapping[str, Text], language: str) -> str:
    """'Beijing is 13 hours ahead of you.'"""
    difference = beijing_ahead(instant, local_zone)
    key = "difference-same" if not difference else "difference-ahead" if difference > dt.timedelta(0) \
        else "difference-behind"
    return _fill(texts, key, language, difference=format_duration(difference, language))


def describe_clock_change(change: ClockChange | None, instant: dt.datetime, local_zone: str,
                          texts: Mapping[str, Text], language: str) -> str:
    """The next clock change and how the good times move with it, or that the clocks here never change."""
    if change is None:
        return _fill(texts, "change-none", language,
                     difference=format_duration(beijing_ahead(instant, local_zone), language))
    sentences = [_fill(texts, "change-forward" if change.forward else "change-back", language,
                       date=format_day(change.date, language), shift=format_duration(change.shift, language),
                       before=format_duration(change.difference_before, language),
                       after=format_duration(change.difference_after, language))]
    if change.windows_before or change.windows_after:
        sentences.append(_fill(texts, "change-windows", language,
                               before=format_windows(change.windows_before, language) or texts["windows-none"]
                               .get(language),
                               after=format_windows(change.windows_after, language) or texts["windows-none"]
                               .get(language)))
    return (" " if language == "en" else "").join(sentences)


TEXT_KEYS = ("beijing-time", "your-time", "answer-good", "answer-good-until", "answer-beijing-asleep",
             "answer-you-asleep", "answer-both-asleep", "answer-next", "answer-never", "difference-ahead",
             "difference-behind", "difference-same", "change-forward", "change-back", "change-windows",
             "change-none", "windows-none")
# The placeholders each text may use; the content check also holds every language of a text to the same set.
PLACEHOLDERS = {
    "answer-good": {"beijing_time", "beijing_day"}, "answer-good-until": {"local_time"},
    "answer-beijing-asleep": {"beijing_time", "beijing_day"}, "answer-you-asleep": {"local_time"},
    "answer-both-asleep": {"local_time", "beijing_time", "beijing_day"},
    "answer-next": {"local_time", "local_day", "beijing_time", "beijing_day"},
    "difference-ahead": {"difference"}, "difference-behind": {"difference"},
    "change-forward": {"date", "shift", "before", "after"}, "change-back": {"date", "shift", "before", "after"},
    "change-windows": {"before", "after"}, "change-none": {"difference"},
}
