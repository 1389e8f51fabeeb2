"""Plain records the app reads from the content database. No Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.text import Text


@dataclass(frozen=True)
class Finding:
    who: Text  # who documented it, in each language
    year: int
    summary: Text
    url: str


@dataclass(frozen=True)
class Figure:
    count: int
    kind: str  # mau, dau, registered, peak
    date: dt.date | None


@dataclass(frozen=True)
class Fact:
    criterion: str
    code: str | None
    codes: tuple[str, ...]
    value: Text | None
    source: str | None
    as_of: dt.date | None
    year: int | None = None
    figure: Figure | None = None
    history: Figure | None = None
    history_value: Text | None = None
    history_source: str | None = None

    @property
    def unknown(self) -> bool:
        return self.code == "unknown"


@dataclass(frozen=True)
class PlatformSummary:
    id: str
    kind: str
    side: str
    name: Text
    summary: Text


@dataclass(frozen=True)
class Platform(PlatformSummary):
    facts: dict[str, Fact] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    counterparts: tuple[str, ...] = ()


@dataclass(frozen=True)
class GuideSummary:
    id: str
    title: Text
    audience: Text


@dataclass(frozen=True)
class Guide(GuideSummary):
    before: tuple[Text, ...] = ()
    steps: tuple[Text, ...] = ()
    problems: tuple[tuple[Text, Text], ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (title, url)
    platforms: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    reviewed: dt.date | None = None


@dataclass(frozen=True)
class CautionSummary:
    id: str
    title: Text
    summary: Text


@dataclass(frozen=True)
class Caution(CautionSummary):
    what_happens: Text | None = None
    who_it_matters_for: Text | None = None
    actions: tuple[Text, ...] = ()
    findings: tuple[Finding, ...] = ()
    platforms: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    reviewed: dt.date | None = None


@dataclass(frozen=True)
class Term:
    id: str
    word: Text
    pinyin: str  # the reading of the Simplified word
    definition: Text
    example: Text
    # Each character of the Chinese word with its tone-marked syllable ("" for a Latin run such as App or ID),
    # for drawing pinyin over the characters: Qt rich text has no <ruby>.
    pinyin_zh_Hans: tuple[tuple[str, str], ...] = ()
    pinyin_zh_Hant: tuple[tuple[str, str], ...] = ()
    traditional_pinyin: str = ""  # the reading of the Traditional word, where it is another word (登入 for 登录)

    def pinyin_pairs(self, language: str = "zh_Hans") -> tuple[tuple[str, str], ...]:
        """The (character, syllable) pairs of the word in ``language``; English shows the Simplified word."""
        return self.pinyin_zh_Hant if language == "zh_Hant" else self.pinyin_zh_Hans

    def pinyin_in(self, language: str) -> str:
        """The pinyin of the Chinese word shown beside ``language`` (the Simplified one unless zh_Hant)."""
        return (self.traditional_pinyin or self.pinyin) if language == "zh_Hant" else self.pinyin


@dataclass(frozen=True)
class SearchHit:
    kind: str  # platform, guide, caution, term
    id: str
    title: str
    snippet: str  # plain text around the match, cut at word or clause boundaries
    score: float
    marks: tuple[tuple[int, int], ...] = ()  # (start, length) of each matched word in the snippet, to show in bold
    snippet_language: str = ""  # the language the snippet is in: the reader's, unless the match is elsewhere


@dataclass(frozen=True)
class DatedFigure:
    count: int
    date: dt.date | None
    value: Text | None
    source: str | None


@dataclass(frozen=True)
class ContextFigure:
    """A figure about the internet in China as a whole, then and now (e.g. people online)."""

    id: str
    title: Text
    then: DatedFigure
    now: DatedFigure
    as_of: dt.date | None
