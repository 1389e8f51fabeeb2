"""Flesch-Kincaid grade level of English text, for checking that lessons stay at a beginner-to-intermediate ESL level.

Syllables are counted with pyphen's English hyphenation dictionary and, as a second estimate, by groups of vowels;
the larger count is taken, so the grade errs on the hard side (pyphen alone reads "video" as one syllable).
"""

from __future__ import annotations

import re

import pyphen

_DICTIONARY = pyphen.Pyphen(lang="en_US")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")


def syllables(word: str) -> int:
    word = word.lower()
    by_dictionary = len(_DICTIONARY.positions(word)) + 1
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # a silent final e: "phone", "code"
    return max(1, by_dictionary, groups)


def counts(text: str) -> tuple[int, int, int]:
    """(sentences, words, syllables) of ``text``; a line without a full stop (a title, a choice) is a sentence."""
    sentences = [part for part in _SENTENCE_END.split(text) if _WORD.search(part)]
    words = _WORD.findall(text)
    return len(sentences), len(words), sum(syllables(word) for word in words)


def grade(texts: list[str]) -> float:
    """Flesch-Kincaid grade of all ``texts`` read together: 0.39 words/sentence + 11.8 syllables/word − 15.59."""
    sentences = words = total = 0
    for text in texts:
        one, two, three = counts(text)
        sentences, words, total = sentences + one, words + two, total + three
    if not words:
        return 0.0
    return 0.39 * words / sentences + 11.8 * total / words - 15.59
