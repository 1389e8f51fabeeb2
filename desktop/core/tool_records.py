"""Plain records for the tools (call planner, +1 or +86, privacy check-up), read from the content database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.records import Text


@dataclass(frozen=True)
class ToolSource:
    title: str
    url: str
    as_of: dt.date | None


@dataclass(frozen=True)
class ToolContent:
    """A tool's texts by key (``question.has-cn-number``, ``answer-good`` …), its sources and its links."""

    id: str
    texts: dict[str, Text] = field(default_factory=dict)
    sources: tuple[ToolSource, ...] = ()
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key → targets such as guide/which-number
    reviewed: dt.date | None = None

    def text(self, key: str) -> Text:
        """The text under ``key``; a missing key is a content bug the build's checks rule out."""
        return self.texts[key]


@dataclass(frozen=True)
class TimeZoneChoice:
    """A US time zone the reader can pick, with a few of its cities, in the three languages."""

    id: str
    key: str  # IANA key, e.g. America/New_York
    name: Text
    cities: tuple[Text, ...] = ()
