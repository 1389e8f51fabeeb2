"""Validating guides and cautions into plain data."""

from __future__ import annotations

import datetime as dt

from desktop.content import fields
from desktop.content.sources import SourceFile


GUIDE_KEYS = ("id", "title", "audience", "before_you_start", "steps", "problems", "platforms", "terms", "sources",
              "reviewed")
CAUTION_KEYS = ("id", "title", "summary", "what_happens", "documented", "who_it_matters_for", "what_you_can_do",
                "platforms", "terms", "reviewed")


def _texts(source: SourceFile, data: dict, key: str, minimum: int = 1) -> list[dict]:
    result = []
    for item, line in fields.items(source, data, key, minimum=minimum):
        text = fields.text_item(source, item, line, key)
        if text is not None:
            result.append(text)
    return result


def _common(source: SourceFile, data: dict, today: dt.date) -> dict:
    record = {
        "id": fields.identifier(source, data, "id"),
        "title": fields.text(source, data, "title"),
        "platforms": fields.string_list(source, data, "platforms", required=False) or [],
        "terms": fields.string_list(source, data, "terms", required=False) or [],
        "reviewed": fields.date(source, data, "reviewed", today),
        "line": data.line,
        "platforms_line": data.line_of("platforms"),
        "terms_line": data.line_of("terms"),
    }
    if record["id"] and record["id"] != source.path.stem:
        source.error(data.line_of("id"), f"'id' must match the file name: {source.path.stem!r}")
    return record


def read_guide(source: SourceFile, today: dt.date) -> dict | None:
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a guide file must be a mapping with id, title, audience, steps …")
        return None
    fields.unknown_keys(source, data, GUIDE_KEYS)
    guide = _common(source, data, today)
    guide["audience"] = fields.text(source, data, "audience")
    guide["before"] = _texts(source, data, "before_you_start")
    guide["steps"] = _texts(source, data, "steps", minimum=2)
    guide["problems"] = []
    for item, line in fields.items(source, data, "problems"):
        if not isinstance(item, dict):
            source.error(line, "each problem needs a 'problem' and a 'solution'")
            continue
        guide["problems"].append({
            "problem": fields.text(source, item, "problem"),
            "solution": fields.text(source, item, "solution"),
        })
    guide["sources"] = []
    for item, line in fields.items(source, data, "sources"):
        if not isinstance(item, dict):
            source.error(line, "each source needs a 'title' and a 'url'")
            continue
        guide["sources"].append({"title": fields.string(source, item, "title"), "url": fields.url(source, item, "url")})
    return guide


def read_caution(source: SourceFile, today: dt.date) -> dict | None:
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a caution file must be a mapping with id, title, summary, what_happens …")
        return None
    fields.unknown_keys(source, data, CAUTION_KEYS)
    caution = _common(source, data, today)
    caution["summary"] = fields.text(source, data, "summary")
    caution["what_happens"] = fields.text(source, data, "what_happens")
    caution["who_it_matters_for"] = fields.text(source, data, "who_it_matters_for")
    caution["actions"] = _texts(source, data, "what_you_can_do")
    caution["documented"] = fields.findings(source, data, "documented", today)
    return caution
