"""Validating one platform source into plain rows for the database."""

from __future__ import annotations

import datetime as dt
import re

from desktop.content import fields
from desktop.content.sources import SourceFile
from desktop.core.criteria import COUNT_KINDS, CRITERIA, PLATFORM_KINDS, PLATFORM_SIDES, UNKNOWN, Criterion

_COUNTRY = re.compile(r"^[A-Z]{2}$")
FACT_KEYS = ("code", "codes", "value", "source", "as_of", "year", "findings", "ids", "count", "count_kind",
             "count_date", "history")


def _history(source: SourceFile, users: dict, today: dt.date) -> dict | None:
    history = fields.field(source, users, "history", required=False)
    if history is None:
        return None
    if not isinstance(history, dict):
        source.error(fields.line_of(users, "history"), "'history' must be a mapping")
        return None
    return {
        "count": fields.integer(source, history, "count"),
        "count_kind": fields.choice(source, history, "count_kind", COUNT_KINDS),
        "count_date": fields.date(source, history, "count_date", today),
        "value": fields.text(source, history, "value"),
        "source": fields.url(source, history, "source"),
    }


def _fact(source: SourceFile, criterion: Criterion, fact: dict, today: dt.date) -> dict:
    fields.unknown_keys(source, fact, FACT_KEYS)
    code = fields.field(source, fact, "code", required=False)
    unknown = code == UNKNOWN
    row: dict = {"criterion": criterion.key, "code": None, "codes": [], "findings": [], "ids": []}
    if unknown:
        row["code"] = UNKNOWN
    elif criterion.codes:
        row["code"] = fields.choice(source, fact, "code", criterion.codes)
    elif criterion.key == "jurisdiction":
        country = fields.string(source, fact, "code")
        if country is not None and not _COUNTRY.match(country):
            source.error(fields.line_of(fact, "code"), f"'code' must be a two-letter country code: {country!r}")
        row["code"] = country
    elif code is not None:
        source.error(fields.line_of(fact, "code"), f"'{criterion.key}' takes no 'code'")
    if criterion.flags and not unknown:
        row["codes"] = fields.string_list(source, fact, "codes", criterion.flags) or []
    row["value"] = fields.text(source, fact, "value", required=not unknown)
    row["source"] = fields.url(source, fact, "source", required=not unknown)
    row["as_of"] = fields.date(source, fact, "as_of", today)
    if unknown:
        return row
    if criterion.key == "launched":
        row["year"] = fields.integer(source, fact, "year", minimum=1970)
    if criterion.key == "monitoring":
        row["findings"] = fields.findings(source, fact, "findings", today, required=False)
        if row["code"] == "documented" and not row["findings"]:
            source.error(fields.line_of(fact, "code"), "'documented' monitoring needs at least one finding")
    if criterion.key == "counterparts":
        row["ids"] = fields.string_list(source, fact, "ids", required=False) or []
    if criterion.key == "users":
        row["count"] = fields.integer(source, fact, "count")
        row["count_kind"] = fields.choice(source, fact, "count_kind", COUNT_KINDS)
        row["count_date"] = fields.date(source, fact, "count_date", today)
        row["history"] = _history(source, fact, today)
    return row


def read_platform(source: SourceFile, today: dt.date) -> dict | None:
    """The platform in ``source`` as plain data, or None when it is too broken to use."""
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a platform file must be a mapping with id, name, kind, side, summary and facts")
        return None
    fields.unknown_keys(source, data, ("id", "name", "kind", "side", "summary", "facts"))
    platform = {
        "id": fields.identifier(source, data, "id"),
        "name": fields.text(source, data, "name", name=True),
        "kind": fields.choice(source, data, "kind", PLATFORM_KINDS),
        "side": fields.choice(source, data, "side", PLATFORM_SIDES),
        "summary": fields.text(source, data, "summary"),
        "facts": [],
        "line": data.line,
    }
    if platform["id"] and platform["id"] != source.path.stem:
        source.error(data.line_of("id"), f"'id' must match the file name: {source.path.stem!r}")
    facts = fields.field(source, data, "facts")
    if not isinstance(facts, dict):
        if facts is not None:
            source.error(data.line_of("facts"), "'facts' must be a mapping of criteria")
        return platform
    known = {criterion.key for criterion in CRITERIA}
    for key in facts:
        if key not in known:
            source.error(facts.line_of(key), f"unknown criterion '{key}'")
    for criterion in CRITERIA:
        fact = facts.get(criterion.key)
        if fact is None:
            source.error(facts.line, f"criterion '{criterion.key}' is missing")
            continue
        if not isinstance(fact, dict):
            source.error(facts.line_of(criterion.key), f"'{criterion.key}' must be a mapping")
            continue
        row = _fact(source, criterion, fact, today)
        row["line"] = facts.line_of(criterion.key)
        platform["facts"].append(row)
    return platform


def read_tasks(source: SourceFile, platform_ids: set[str]) -> list[dict]:
    """tasks.yaml: what people compare platforms for, each with the platforms that suit it."""
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "tasks.yaml must be a mapping with a 'tasks' list")
        return []
    tasks = []
    for position, (item, line) in enumerate(fields.items(source, data, "tasks")):
        if not isinstance(item, dict):
            source.error(line, "each task needs an id, a title and platforms")
            continue
        fields.unknown_keys(source, item, ("id", "title", "platforms"))
        platforms = fields.string_list(source, item, "platforms") or []
        for platform_id in platforms:
            if platform_id not in platform_ids:
                source.error(fields.line_of(item, "platforms"),
                             f"links a platform that does not exist: '{platform_id}'")
        tasks.append({"id": fields.identifier(source, item, "id"), "title": fields.text(source, item, "title"),
                      "platforms": platforms, "position": position})
    return tasks
