"""Snippets: the piece of a text around a search match, cut where a reader expects, with the matches as ranges.

- It starts at the beginning of a sentence or clause near the match when there is one, else at a word (English)
  or at the match itself (Chinese, which has no spaces), and ends after a sentence or clause, or a whole word;
  an ellipsis marks each cut.
- It never starts by repeating the title it is shown under.
- The matches are (start, length) ranges in the snippet, never markup: a query is shown only as text.
Widths are counted in columns: a Chinese character takes two, as it does on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.text_folding import CJK_CLASS

ELLIPSIS = "…"
SENTENCE_ENDS = "。！？；!?;\n"
CLAUSE_ENDS = "，、：,:）)"
_WORD_CHARACTER = re.compile(f"[^\\W_{CJK_CLASS}]")
WIDE_FROM = 0x2E80  # CJK radicals, punctuation, ideographs and full-width forms are all from here on
_WIDE = re.compile("[\u2e80-\U0010ffff]")


@dataclass(frozen=True)
class Needle:
    """What to mark: a folded string; Latin words are found at the start of a word, and ``whole_word`` extends
    the mark to the end of the word (the query was a prefix: encrypt marks encryption)."""

    text: str
    whole_word: bool = False


def _columns(text: str) -> int:
    return len(text) + len(_WIDE.findall(text))


def _advance(text: str, start: int, columns: int) -> int:
    """The furthest position whose text from ``start`` takes at most ``columns`` columns."""
    end = min(len(text), start + columns)
    used = _columns(text[start:end])
    while used > columns:  # each character taken off gives back one or two columns
        end -= max(1, (used - columns) // 2)
        used = _columns(text[start:end])
    return end


def _back(text: str, end: int, columns: int) -> int:
    """The earliest position from which the text up to ``end`` takes at most ``columns`` columns."""
    start = max(0, end - columns)
    used = _columns(text[start:end])
    while used > columns:
        start += max(1, (used - columns) // 2)
        used = _columns(text[start:end])
    return start


def _is_latin(character: str) -> bool:
    return bool(_WORD_CHARACTER.match(character))


def find_marks(folded: str, needles: list[Needle]) -> list[tuple[int, int]]:
    """Every place (start, end) where a needle occurs in ``folded``, left to right, without overlaps."""
    found = []
    for needle in needles:
        if not needle.text:
            continue
        latin = _is_latin(needle.text[0])
        position = folded.find(needle.text)
        while position >= 0:
            end = position + len(needle.text)
            at_word_start = not latin or position == 0 or not _is_latin(folded[position - 1])
            if at_word_start:
                if needle.whole_word and latin:
                    while end < len(folded) and _is_latin(folded[end]):
                        end += 1
                if latin and not needle.whole_word and end < len(folded) and _is_latin(folded[end]):
                    end = -1  # an exact word must end here too
                if end > 0:
                    found.append((position, end))
            position = folded.find(needle.text, position + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


def _start(text: str, anchor: int, back_columns: int) -> int:
    """Where to begin so that the match at ``anchor`` has some text before it."""
    earliest = _back(text, anchor, back_columns)
    for boundaries in (SENTENCE_ENDS, CLAUSE_ENDS):
        for position in range(anchor, earliest - 1, -1):
            if position == 0 or text[position - 1] in boundaries:
                return position
    if earliest == 0:
        return 0
    if _is_latin(text[anchor]) or text[anchor] == " ":
        space = text.find(" ", earliest, anchor)
        return space + 1 if space >= 0 else anchor
    return anchor


def _end(text: str, start: int, must_reach: int, columns: int) -> int:
    """Where to stop: after a sentence, a clause or a whole word, no further than ``columns`` from ``start``."""
    half = _advance(text, start, columns // 2)
    limit = _advance(text, half, columns - columns // 2)
    if limit >= len(text):
        return len(text)
    limit = max(limit, must_reach)
    for boundaries in (SENTENCE_ENDS, CLAUSE_ENDS):
        for position in range(limit, max(half, must_reach), -1):
            if text[position - 1] in boundaries:
                return position
    # Inside a word (a hyphenated one too: 'end-to-end'), go back to the space before it.
    if _is_latin(text[limit]) and not text[limit - 1].isspace() or text[limit] == " ":
        space = text.rfind(" ", max(half, must_reach), limit + 1)
        if space > 0:
            return space
    return limit


def _skip_title(text: str, folded: str, start: int, folded_title: str) -> int:
    """Past the title (and what separates it from the text) when the text begins by repeating it."""
    if folded_title and folded.startswith(folded_title, start):
        position = start + len(folded_title)
        while position < len(text) and (text[position].isspace() or text[position] in SENTENCE_ENDS + CLAUSE_ENDS
                                        + "-–—·"):
            position += 1
        if position < len(text):
            return position
    return start


def snippet(text: str, folded: str, needles: list[Needle], folded_title: str = "",
            width: int = 160) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The part of ``text`` around its first match, and the (start, length) of each match shown in it.

    ``folded`` is ``text`` folded as the index was (same length, position for position)."""
    marks = find_marks(folded, needles)
    first = marks[0][0] if marks else 0
    start = _skip_title(text, folded, _start(text, first, width // 4) if marks else 0, folded_title)
    if marks and start > first:
        start = _start(text, first, width // 4)
    while start < len(text) and text[start].isspace():
        start += 1
    must_reach = marks[0][1] if marks else start
    end = _end(text, start, must_reach, width)
    while end > start and text[end - 1].isspace():
        end -= 1
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    body, positions = _one_line(text, start, end)
    ranges = tuple((len(prefix) + positions[mark_start - start],
                    positions[min(mark_end, end) - start] - positions[mark_start - start])
                   for mark_start, mark_end in marks if start <= mark_start < end)
    return prefix + body + suffix, ranges


def _one_line(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` on one line: a line break becomes a space, or nothing after Chinese punctuation
    (which carries its own space); and where each original position went."""
    if "\n" not in text[start:end]:
        return text[start:end], list(range(end - start + 1))
    pieces, positions, length = [], [], 0
    for position in range(start, end):
        positions.append(length)
        character = text[position]
        if character == "\n":
            if position > start and (ord(text[position - 1]) >= WIDE_FROM or text[position - 1] == "\n"):
                continue
            character = " "
        pieces.append(character)
        length += 1
    positions.append(length)
    return "".join(pieces), positions


def mark_ranges(text: str, folded: str, needles: list[Needle]) -> tuple[tuple[int, int], ...]:
    """The (start, length) of each match in a short text shown whole, such as a title."""
    return tuple((start, end - start) for start, end in find_marks(folded, needles))
