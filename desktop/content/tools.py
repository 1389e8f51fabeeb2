"""tools/*.yaml: the texts, zones and sources of the call planner, the +1 or +86 aid and the privacy check-up.

Each tool's questions, answers, outcomes and steps are defined by its rules in ``desktop/core``; the content gives
their wording. So the check holds a file to its code: every key the code needs is worded, nothing is worded that
the code never shows, and the placeholders of a sentence are the same in every language.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable
from typing import Any

from desktop.content import fields
from desktop.content.sources import Mapping, SourceFile
from desktop.core import call_planner_text, number_choice, privacy_checkup, questionnaire
from desktop.core.time_zones import is_zone

# Section names in the files, and the singular prefix their keys take in the database and the code.
_SECTIONS = {"labels": "", "texts": "", "questions": "question", "recommendations": "recommendation",
             "reasons": "reason", "notes": "note", "choices": "choice", "aspects": "aspect", "steps": "step"}
_COMMON_KEYS = ("id", "sources", "reviewed", "zones")


def _key_name(value: Any) -> str:
    if isinstance(value, bool):  # YAML reads a bare yes/no key as a boolean
        return "yes" if value else "no"
    return str(value)


def _is_text(value: Any) -> bool:
    return isinstance(value, dict) and any(language in value for language in fields.ALL_LANGUAGES)


def _text_at(source: SourceFile, value: Any, line: int, label: str, name: bool = False) -> dict | None:
    wrapper = Mapping({label: value})
    wrapper.line, wrapper.key_lines = line, {label: line}
    return fields.text(source, wrapper, label, name=name)


def _flatten(source: SourceFile, mapping: Any, path: list[str], record: dict, line: int) -> None:
    """Texts under dotted keys (``answer.has-cn-number.yes``), and ``guides:`` lists as links under their owner."""
    if not isinstance(mapping, dict):
        source.error(line, f"'{'.'.join(path) or 'texts'}' must be a mapping")
        return
    for raw_key, value in mapping.items():
        name = _key_name(raw_key)
        key_line = mapping.line_of(raw_key) if isinstance(mapping, Mapping) else line
        if name == "guides":
            record["links"].setdefault(".".join(path), []).extend(fields.string_list(source, mapping, raw_key) or [])
            record["link_lines"][".".join(path)] = key_line
            continue
        if len(path) == 2 and path[0] == "question" and name == "answers":
            sub = ["answer", path[1]]
        else:
            sub = path if name == "text" else path + [name]
        if _is_text(value):
            key = ".".join(sub)
            if key in record["texts"]:
                source.error(key_line, f"'{key}' is worded twice")
            text = _text_at(source, value, key_line, name)
            if text is not None:
                record["texts"][key] = text
                record["text_lines"][key] = key_line
        elif isinstance(value, dict):
            _flatten(source, value, sub, record, key_line)
        else:
            source.error(key_line, f"'{name}' must give a text in each language ({', '.join(fields.TEXT_LANGUAGES)})")


def _sources(source: SourceFile, data: dict, today: dt.date) -> list[dict]:
    found = []
    for item, line in fields.items(source, data, "sources", required=False, minimum=0):
        if not isinstance(item, dict):
            source.error(line, "each source needs a title, a url and an as_of date")
            continue
        fields.unknown_keys(source, item, ("title", "url", "as_of"))
        found.append({"title": fields.string(source, item, "title"), "url": fields.url(source, item, "url"),
                      "as_of": fields.date(source, item, "as_of", today)})
    return found


def _zones(source: SourceFile, data: dict) -> list[dict]:
    zones, seen = [], set()
    for position, (item, line) in enumerate(fields.items(source, data, "zones")):
        if not isinstance(item, dict):
            source.error(line, "each zone needs an id, a tz key, a name and its cities")
            continue
        fields.unknown_keys(source, item, ("id", "tz", "name", "cities"))
        zone_id, key = fields.identifier(source, item, "id"), fields.string(source, item, "tz")
        if zone_id in seen:
            source.error(line, f"zone id '{zone_id}' is used twice")
        seen.add(zone_id)
        if key is not None and not is_zone(key):
            source.error(fields.line_of(item, "tz"), f"'tz' is not a time zone this computer knows: {key!r}")
        cities = [_text_at(source, city, city_line, "city", name=True)
                  for city, city_line in fields.items(source, item, "cities")]
        zones.append({"id": zone_id, "key": key, "position": position, "name": fields.text(source, item, "name",
                                                                                           name=True),
                      "cities": [city for city in cities if city is not None]})
    return zones


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"{"}  # an unbalanced brace: never equal to a real set, so it is reported


def _check_placeholders(source: SourceFile, record: dict, allowed: dict[str, set[str]]) -> None:
    for key, text in record["texts"].items():
        line = record["text_lines"][key]
        found = {language: _placeholders(value) for language, value in text.items()}
        if len({frozenset(names) for names in found.values()}) > 1:
            source.error(line, f"'{key}' uses different placeholders in different languages: "
                               + "; ".join(f"{language} {sorted(names)}" for language, names in found.items()))
        unknown = set().union(*found.values()) - allowed.get(key, set())
        if unknown:
            source.error(line, f"'{key}' uses placeholders the tool does not fill: {', '.join(sorted(unknown))}")


def _check_keys(source: SourceFile, record: dict, required: list[str], optional: Callable[[str], bool]) -> None:
    for key in required:
        if key not in record["texts"]:
            source.error(record["line"], f"'{key}' is not worded")
    for key, line in record["text_lines"].items():
        if key not in required and not optional(key):
            source.error(line, f"'{key}' is not shown by the tool; check the spelling")


def _link_owners(tool_id: str) -> set[str]:
    if tool_id == number_choice.TOOL_ID:
        return {f"recommendation.{item}" for item in number_choice.RECOMMENDATIONS} | {
            f"note.{item}" for item in number_choice.NOTES}
    return set()


def read_tool(source: SourceFile, today: dt.date) -> dict | None:
    """One tool file as plain data: texts by key, links, sources and (for the call planner) zones."""
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a tool file must be a mapping with id, texts and reviewed")
        return None
    tool_id = fields.identifier(source, data, "id")
    if tool_id and tool_id != source.path.stem:
        source.error(data.line_of("id"), f"'id' must match the file name: {source.path.stem!r}")
    if tool_id not in TOOLS:
        source.error(data.line_of("id"), f"no tool is called {tool_id!r}; expected one of {', '.join(TOOLS)}")
        return None
    record = {"id": tool_id, "texts": {}, "text_lines": {}, "links": {}, "link_lines": {}, "line": data.line,
              "reviewed": fields.date(source, data, "reviewed", today), "sources": _sources(source, data, today),
              "zones": _zones(source, data) if tool_id == "call-planner" else []}
    fields.unknown_keys(source, data, _COMMON_KEYS + tuple(TOOLS[tool_id]["sections"]))
    for section in TOOLS[tool_id]["sections"]:
        if section in data:
            prefix = _SECTIONS[section]
            _flatten(source, data[section], [prefix] if prefix else [], record, data.line_of(section))
    required, optional = TOOLS[tool_id]["keys"]()
    _check_keys(source, record, required, optional)
    owners = _link_owners(tool_id)
    for owner, line in record["link_lines"].items():
        if owner not in owners:
            source.error(line, f"'{owner}' cannot link guides; only outcomes and notes can")
    if tool_id == "call-planner":
        _check_placeholders(source, record, call_planner_text.PLACEHOLDERS)
    return record


def _number_choice_keys() -> tuple[list[str], Callable[[str], bool]]:
    helps = {f"question.{question}.help" for question, _ in number_choice.QUESTIONS}
    return questionnaire.text_keys(number_choice.QUESTIONS) + number_choice.text_keys(), helps.__contains__


def _checkup_keys() -> tuple[list[str], Callable[[str], bool]]:
    helps = {f"question.{question}.help" for question, _ in privacy_checkup.QUESTIONS}
    return questionnaire.text_keys(privacy_checkup.QUESTIONS) + privacy_checkup.text_keys(), helps.__contains__


TOOLS: dict[str, dict] = {
    "call-planner": {"sections": ("texts",), "keys": lambda: (list(call_planner_text.TEXT_KEYS), lambda key: False)},
    "number-choice": {"sections": ("labels", "questions", "recommendations", "reasons", "notes", "choices",
                                   "aspects"), "keys": _number_choice_keys},
    "privacy-checkup": {"sections": ("labels", "questions", "steps"), "keys": _checkup_keys},
}
