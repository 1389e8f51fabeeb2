"""How a fact reads, in one place: the platform page, the side-by-side, print and the long image all use it.

Every function takes the language and a ``translate`` function, so a side-by-side view can write the same fact in
two languages at once without switching the active one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.formatting import dash, format_date, format_figure
from desktop.core.freshness import is_stale
from desktop.core.labels import COUNT_KIND_LABELS, code_label, flags_text
from desktop.core.records import Fact, Figure
from desktop.i18n import _

Translate = Callable[[str], str]


def figure_text(figure: Figure, language: str, translate: Translate = _) -> str:
    """'1.41 billion monthly active users (September 2025)'."""
    return format_figure(figure.count, translate(COUNT_KIND_LABELS[figure.kind]), figure.date, language)


def freshness_text(fact: Fact, language: str, today: dt.date, translate: Translate = _) -> tuple[str, bool]:
    """'As of <date>', or 'Last checked <date>: may be out of date' when past its review interval."""
    date = format_date(fact.as_of, language) if fact.as_of else ""
    if is_stale(fact, today):
        return translate("Last checked {date}: may be out of date").format(date=date), True
    return translate("As of {date}").format(date=date), False


@dataclass(frozen=True)
class Headline:
    """A comparison cell at a glance: a symbol and a short word, never colour alone."""

    symbol: str
    words: str
    stale: bool = False
    unknown: bool = False

    def __str__(self) -> str:
        return f"{self.symbol} {self.words}".strip()


def _short(text: str, limit: int = 40) -> str:
    """The first clause of a longer value, for a one-line cell."""
    first = text.strip().split("\n")[0]
    for stop in ("。", ". ", "；", "; ", "，", ", ", "（", " ("):
        head, found, _rest = first.partition(stop)
        if found and len(head) >= 2:
            first = head
            break
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def headline(fact: Fact | None, language: str, today: dt.date, translate: Translate = _) -> Headline:
    """One line for a comparison cell: the code's symbol and word, the flags, the figure or the value's first
    clause. Unknown facts say so; stale ones are marked."""
    if fact is None:
        return Headline("–", translate("Not recorded"), unknown=True)
    stale = is_stale(fact, today)
    if fact.unknown:
        return Headline("?", translate("Unknown"), unknown=True)
    label = code_label(fact.criterion, fact.code, translate)
    if label:
        return Headline(label[0], label[1], stale)
    if fact.codes:
        return Headline("", flags_text(fact.codes, language, translate), stale)
    if fact.figure:
        return Headline("", figure_text(fact.figure, language, translate), stale)
    if fact.criterion == "launched" and fact.year:
        return Headline("", str(fact.year), stale)
    if fact.value:
        return Headline("", _short(fact.value.get(language)), stale)
    return Headline("?", translate("Unknown"), unknown=True)


def detail_lines(fact: Fact, language: str, today: dt.date, translate: Translate = _) -> list[str]:
    """The fact written out in full: headline, flags, figure, value, history; without the date and source."""
    lines = []
    label = code_label(fact.criterion, fact.code, translate)
    if label:
        lines.append(f"{label[0]} {label[1]}")
    if fact.unknown:
        lines.append(translate("Not confirmed: we could not verify this."))
    if fact.codes:
        lines.append(flags_text(fact.codes, language, translate))
    if fact.figure:
        lines.append(figure_text(fact.figure, language, translate))
    if fact.value:
        lines.append(fact.value.get(language))
    if fact.history and fact.history_value:
        then = translate("Then: {figure}").format(figure=figure_text(fact.history, language, translate))
        lines.append(f"{then}{dash(language)}{fact.history_value.get(language)}")
    return lines


def shared_as_of(facts: list[Fact | None]) -> dt.date | None:
    """The one as-of date every known fact shares, or None when they differ."""
    dates = {fact.as_of for fact in facts if fact is not None and fact.as_of and not fact.unknown}
    return dates.pop() if len(dates) == 1 else None


_SENTENCE_ENDS = ("。", "！", "？", ". ", "! ", "? ")


def _sentences(text: str) -> list[str]:
    sentences, start = [], 0
    for index, character in enumerate(text):
        pair = text[index:index + 2]
        if character in "。！？" or pair in _SENTENCE_ENDS:
            sentences.append(text[start:index + 1].strip())
            start = index + 1
    if text[start:].strip():
        sentences.append(text[start:].strip())
    return sentences


def brief(text: str, limit: int = 150) -> str:
    """The first sentence or two of a value, for a printout, in about ``limit`` Latin letters (Chinese counts
    double): a bare 'Yes.' or '没有。' that only repeats the symbol before it is skipped; the rest is left to the
    numbered source."""
    chinese = any("\u4e00" <= character <= "\u9fff" for character in text)
    budget = limit // 2 if chinese else limit
    sentences = _sentences(" ".join(text.split()))
    if len(sentences) > 1 and len(sentences[0]) <= (4 if chinese else 12):
        sentences = sentences[1:]
    chosen: list[str] = []
    for sentence in sentences:
        if chosen and sum(map(len, chosen)) + len(sentence) > budget:
            break
        chosen.append(sentence)
    result = ("" if chinese else " ").join(chosen)
    if len(result) > budget * 1.5:
        result = result[: round(budget * 1.5)].rstrip(" ,，、;；") + "…"
    return result
