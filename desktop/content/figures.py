"""figures.yaml: figures about the internet in China as a whole, then (around 2012) and now, each sourced."""

from __future__ import annotations

import datetime as dt

from desktop.content import fields
from desktop.content.sources import SourceFile


def _point(source: SourceFile, item: dict, key: str, today: dt.date, current: bool) -> dict | None:
    point = fields.field(source, item, key)
    if not isinstance(point, dict):
        if point is not None:
            source.error(fields.line_of(item, key), f"'{key}' needs count, date, value and source")
        return None
    allowed = ("count", "date", "value", "source") + (("as_of",) if current else ())
    fields.unknown_keys(source, point, allowed)
    return {"count": fields.integer(source, point, "count"), "date": fields.date(source, point, "date", today),
            "value": fields.text(source, point, "value"), "source": fields.url(source, point, "source"),
            "as_of": fields.date(source, point, "as_of", today) if current else None}


def read_figures(source: SourceFile, today: dt.date) -> list[dict]:
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "figures.yaml must be a mapping with a 'figures' list")
        return []
    figures = []
    for position, (item, line) in enumerate(fields.items(source, data, "figures")):
        if not isinstance(item, dict):
            source.error(line, "each figure needs an id, a title, 'then' and 'now'")
            continue
        fields.unknown_keys(source, item, ("id", "title", "then", "now"))
        figures.append({"id": fields.identifier(source, item, "id"), "title": fields.text(source, item, "title"),
                        "then": _point(source, item, "then", today, current=False),
                        "now": _point(source, item, "now", today, current=True), "position": position})
    return figures
