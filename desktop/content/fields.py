"""Checks for single fields of a content source; each returns the clean value or None and records problems."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop.content.sources import Mapping, Sequence, SourceFile

TEXT_LANGUAGES = ("en", "zh_Hans")  # written by hand; zh_Hant is generated unless given
ALL_LANGUAGES = ("en", "zh_Hans", "zh_Hant")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_IDENTIFIER = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A web address; the host part may not hold "@" (https://signal.org@other.example/ goes to other.example).
_URL = re.compile(r"^https?://[^\s/$.?#@][^\s/?#@]*(?:[/?#]\S*)?$")
# Invisible characters that reorder or hide text (bidirectional overrides, zero-width spaces, a stray BOM).
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
MAX_TEXT_LENGTH = 10_000  # characters in one text; the longest today has about 1,600
MAX_ITEMS = 200  # items in one list (steps, terms, findings); the longest today has 27
MAX_INTEGER = 10**12  # counts of users and the like; the largest today is 3 billion


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


def _looks_like_a_name(text: str) -> bool:
    """A short Latin-only string in a Chinese field is taken for a name (Meta Platforms, Signal)."""
    return len(text) <= 40 and len(text.split()) <= 4


def _plain_text(source: SourceFile, line: int, key: str, text: str) -> bool:
    """Reports a text too long to show, or holding characters that would hide or reorder what is shown."""
    if len(text) > MAX_TEXT_LENGTH:
        source.error(line, f"'{key}' is {len(text):,} characters long; a text holds at most {MAX_TEXT_LENGTH:,}")
        return False
    invisible = _INVISIBLE.search(text)
    if invisible:
        source.error(line, f"'{key}' holds an invisible character U+{ord(invisible.group()):04X}: remove it")
        return False
    return True


def line_of(container: Any, key: Any) -> int:
    if isinstance(container, (Mapping, Sequence)):
        return container.line_of(key)
    return 1


def field(source: SourceFile, mapping: Any, key: str, required: bool = True) -> Any:
    """The raw value under ``key``; reports a missing required key."""
    if not isinstance(mapping, dict):
        return None
    if key not in mapping or mapping[key] is None:
        if required:
            source.error(line_of(mapping, key) if isinstance(mapping, Mapping) else 1, f"'{key}' is missing")
        return None
    return mapping[key]


def text(source: SourceFile, mapping: Any, key: str, required: bool = True, name: bool = False) -> dict | None:
    """A text in every language: ``{en, zh_Hans[, zh_Hant]}``. Names must give all three by hand."""
    value = field(source, mapping, key, required)
    if value is None:
        return None
    line = line_of(mapping, key)
    if not isinstance(value, dict):
        source.error(line, f"'{key}' must give the text in each language ({', '.join(TEXT_LANGUAGES)})")
        return None
    wanted = ALL_LANGUAGES if name else TEXT_LANGUAGES
    result: dict[str, str] = {}
    for language in ALL_LANGUAGES:
        raw = value.get(language)
        sub_line = line_of(value, language)
        if raw is None:
            if language in wanted:
                source.error(line, f"'{key}' has no {language} text")
            continue
        if not isinstance(raw, str):
            # YAML reads yes, no, 12345 and 2026-01-01 as other things than text; a text must be written as text.
            if isinstance(raw, (bool, int, float)) or hasattr(raw, "isoformat"):
                source.error(sub_line, f"'{key}' {language} text is read as {type(raw).__name__}, not text: "
                                       "put it in quotes")
            else:
                source.error(sub_line, f"'{key}' has an empty {language} text")
            continue
        clean = raw.strip()
        if not clean:
            source.error(sub_line, f"'{key}' has an empty {language} text")
            continue
        if not _plain_text(source, sub_line, key, clean):
            continue
        if language == "en" and has_chinese(clean) and not name:
            source.error(sub_line, f"'{key}' English text contains Chinese characters")
        if language != "en" and not name and not has_chinese(clean) and not _looks_like_a_name(clean):
            source.error(sub_line, f"'{key}' {language} text is not in Chinese")
        result[language] = clean
    for extra in set(value) - set(ALL_LANGUAGES):
        source.error(line_of(value, extra), f"'{key}' has an unknown language '{extra}'")
    if not all(language in result for language in wanted):
        return None
    # A hand-written Traditional text is reported at its own line; a generated one at the text's.
    source.texts.append((line_of(value, "zh_Hant") if "zh_Hant" in result else line, result))
    return result


def string(source: SourceFile, mapping: Any, key: str, required: bool = True) -> str | None:
    value = field(source, mapping, key, required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        source.error(line_of(mapping, key), f"'{key}' must be a non-empty text")
        return None
    clean = str(value).strip()
    return clean if _plain_text(source, line_of(mapping, key), key, clean) else None


def identifier(source: SourceFile, mapping: Any, key: str) -> str | None:
    value = string(source, mapping, key)
    if value is not None and not _IDENTIFIER.match(value):
        source.error(line_of(mapping, key), f"'{key}' must be lowercase letters, digits and hyphens: {value!r}")
        return None
    return value


def url(source: SourceFile, mapping: Any, key: str, required: bool = True) -> str | None:
    value = string(source, mapping, key, required)
    if value is not None and not _URL.match(value):
        source.error(line_of(mapping, key), f"'{key}' is not a web address: {value!r}")
        return None
    return value


def date(source: SourceFile, mapping: Any, key: str, today: dt.date, required: bool = True) -> dt.date | None:
    value = field(source, mapping, key, required)
    if value is None:
        return None
    line = line_of(mapping, key)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            source.error(line, f"'{key}' must be a date written YYYY-MM-DD: {value!r}")
            return None
    if not isinstance(value, dt.date):
        source.error(line, f"'{key}' must be a date written YYYY-MM-DD")
        return None
    if value > today:
        source.error(line, f"'{key}' is in the future: {value.isoformat()}")
        return None
    return value


def integer(source: SourceFile, mapping: Any, key: str, required: bool = True, minimum: int = 0,
            maximum: int = MAX_INTEGER) -> int | None:
    value = field(source, mapping, key, required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        source.error(line_of(mapping, key), f"'{key}' must be a whole number from {minimum:,} to {maximum:,}")
        return None
    return value


def choice(source: SourceFile, mapping: Any, key: str, allowed: tuple[str, ...], required: bool = True) -> str | None:
    value = field(source, mapping, key, required)
    if value is None:
        return None
    # YAML reads a bare yes/no as a boolean; both spellings mean the code here.
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if not isinstance(value, str) or value not in allowed:
        source.error(line_of(mapping, key), f"'{key}' must be one of {', '.join(allowed)}: {value!r}")
        return None
    return value


def string_list(source: SourceFile, mapping: Any, key: str, allowed: tuple[str, ...] | None = None,
                required: bool = True) -> list[str] | None:
    value = field(source, mapping, key, required)
    if value is None:
        return None if required else []
    if not isinstance(value, list):
        source.error(line_of(mapping, key), f"'{key}' must be a list")
        return None
    if len(value) > MAX_ITEMS:
        source.error(line_of(mapping, key), f"'{key}' has {len(value):,} items; a list holds at most {MAX_ITEMS}")
        return None
    result = []
    for index, item in enumerate(value):
        item_line = line_of(value, index)
        if not isinstance(item, str) or not item.strip():
            source.error(item_line, f"'{key}' has an empty or non-text item")
            continue
        if allowed is not None and item not in allowed:
            source.error(item_line, f"'{key}' item must be one of {', '.join(allowed)}: {item!r}")
            continue
        result.append(item.strip())
    return result


def items(source: SourceFile, mapping: Any, key: str, required: bool = True, minimum: int = 1) -> list:
    """The items of a list field, each paired with its line."""
    value = field(source, mapping, key, required)
    if value is None:
        return []
    if not isinstance(value, list):
        source.error(line_of(mapping, key), f"'{key}' must be a list")
        return []
    if len(value) < minimum:
        source.error(line_of(mapping, key), f"'{key}' needs at least {minimum} item(s)")
    if len(value) > MAX_ITEMS:
        source.error(line_of(mapping, key), f"'{key}' has {len(value):,} items; a list holds at most {MAX_ITEMS}")
        return []
    return [(item, line_of(value, index)) for index, item in enumerate(value)]


def text_item(source: SourceFile, item: Any, line: int, label: str) -> dict | None:
    """A list item that is itself a text in each language."""
    if item is None:
        source.error(line, f"an item of '{label}' is empty")
        return None
    wrapper = Mapping({label: item})
    wrapper.line = line
    wrapper.key_lines = {label: line}
    return text(source, wrapper, label)


def text_from_keys(source: SourceFile, mapping: Any, label: str) -> dict | None:
    """A text whose languages sit directly in ``mapping`` (as a glossary term's en/zh_Hans do)."""
    if not isinstance(mapping, Mapping):
        return None
    view = Mapping({key: mapping[key] for key in ALL_LANGUAGES if key in mapping})
    view.line = mapping.line
    view.key_lines = {key: mapping.line_of(key) for key in view}
    outer = Mapping({label: view})
    outer.line = mapping.line
    outer.key_lines = {label: mapping.line}
    return text(source, outer, label)


def unknown_keys(source: SourceFile, mapping: Any, allowed: tuple[str, ...]) -> None:
    """Reports keys the format does not know: usually a typo that would silently hide a field."""
    if not isinstance(mapping, dict):
        return
    for key in mapping:
        if key not in allowed:
            source.error(line_of(mapping, key), f"unknown field '{key}'; expected one of {', '.join(allowed)}")


def findings(source: SourceFile, mapping: Any, key: str, today: dt.date, required: bool = True) -> list[dict]:
    """A list of documented findings: who, year, a one-line summary in each language, and the link."""
    found = []
    for item, line in items(source, mapping, key, required=required, minimum=1 if required else 0):
        if not isinstance(item, dict):
            source.error(line, f"each entry of '{key}' needs who, year, summary and url")
            continue
        unknown_keys(source, item, ("who", "year", "summary", "url"))
        year = integer(source, item, "year", minimum=1990)
        if year is not None and year > today.year:
            source.error(line_of(item, "year"), f"'year' is in the future: {year}")
        found.append({"who": text(source, item, "who"), "year": year, "summary": text(source, item, "summary"),
                      "url": url(source, item, "url")})
    return found
