"""Folding text for search, the same way when the index is built and when a query is typed.

Folding lowers case and maps Traditional characters to Simplified, one character for one, so positions in the
folded text are positions in the original (which the snippet highlighter relies on). Chinese is then split
into single characters: SQLite's FTS5 finds a word of any length as a phrase of consecutive characters, which
neither its unicode61 tokenizer (a whole run of Chinese is one token) nor trigram (nothing under 3 characters)
can do.
"""

from __future__ import annotations

import re

CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHARACTER = re.compile(f"([{CJK_CLASS}])")
# A query is made of runs of Chinese characters and runs of letters and digits (any script but Chinese).
QUERY_TOKEN = re.compile(f"[{CJK_CLASS}]+|[^\\W_{CJK_CLASS}]+")


class Folding:
    """Lower case and Simplified characters, keeping the length: one output character per input character."""

    CACHE_SIZE = 4096  # search folds the same record texts at every keystroke

    def __init__(self, traditional_to_simplified: dict[str, str]) -> None:
        self.table = traditional_to_simplified
        self._translation = str.maketrans(traditional_to_simplified)
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        folded = self._cache.get(text)
        if folded is None:
            folded = self._fold(text)
            if len(self._cache) >= self.CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = folded
        return folded

    def _fold(self, text: str) -> str:
        folded = text.translate(self._translation).lower()
        if len(folded) == len(text):
            return folded
        # A few characters lower to two (a dotted capital I, for one); fold those one by one to keep positions aligned.
        return "".join(self.table.get(character, _lower_one(character)) for character in text)


def fold(text: str, traditional_to_simplified: dict[str, str]) -> str:
    return Folding(traditional_to_simplified)(text)


def _lower_one(character: str) -> str:
    lowered = character.lower()
    return lowered if len(lowered) == 1 else character


def segment(folded: str) -> str:
    """Spaces around every Chinese character, so each becomes a token of its own."""
    return _CJK_CHARACTER.sub(r" \1 ", folded)


def is_chinese(token: str) -> bool:
    return bool(_CJK_CHARACTER.match(token))


MAX_SYLLABLE = 6  # zhuang, shuang, chuang


def split_pinyin(letters: str, syllables: frozenset[str], unfinished: bool = False) -> list[str] | None:
    """The syllables that spell ``letters`` (weixin → wei xin), as few as possible, or None; with ``unfinished``
    the last one may be only begun (weix → wei x), as while someone is still typing."""
    if not letters.isascii() or not letters.isalpha():
        return None
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - MAX_SYLLABLE), end):
            previous, piece = best[start], letters[start:end]
            if previous is None:
                continue
            fits = piece in syllables or (unfinished and end == len(letters)
                                          and any(syllable.startswith(piece) for syllable in syllables))
            if fits and (best[end] is None or len(previous) + 1 < len(best[end])):
                best[end] = previous + [piece]
    return best[-1]
