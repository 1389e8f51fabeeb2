"""The Chinese words of the content, keyed by toneless pinyin and by initials, for typing without an input method.

Most kiosk and classroom computers have no Chinese input method, so pinyin is how many visitors type Chinese.
A pinyin query is turned into the Chinese words it spells, and those are searched as Chinese phrases: `weixin`
then finds every text that 微信 finds, not only titles. The words come from the content itself, so a key only
ever leads to words the content uses (`shipin` to 视频, not to 食品 unless a text says 食品):

- names of platforms (weight 4), glossary words and their synonyms (3), titles (2): the words people look for;
- every word of 2-4 characters in the texts, as jieba's dictionary segments them (1).
The weight ranks a word among others with the same key; the count of documents breaks ties.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from desktop.core.text_folding import CJK_CLASS

NAME, GLOSSARY, TITLE, TEXT = 4, 3, 2, 1
_CHINESE_RUN = re.compile(f"[{CJK_CLASS}]+")
_VOWELS = set("aeiouv")


def chinese_runs(text: str) -> list[str]:
    return _CHINESE_RUN.findall(text or "")


def pinyin_keys(word: str) -> tuple[str, str] | None:
    """('weixin', 'wx') for 微信: the toneless pinyin run together, and the initials; None if not all Chinese."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(word, style=Style.NORMAL, errors=lambda characters: [None] * len(characters))
    if not syllables or any(not syllable or not syllable.isascii() or not syllable.isalpha()
                            for syllable in syllables):
        return None
    return "".join(syllables), "".join(syllable[0] for syllable in syllables)


def pinyin_syllables() -> list[str]:
    """Every toneless syllable of Mandarin (with ü written v), for telling pinyin from other letters."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    syllables = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = convert(reading, Style.NORMAL, strict=False)
            if plain.isascii() and plain.isalpha() and _VOWELS & set(plain):
                syllables.add(plain.lower())
    return sorted(syllables)


class WordCollector:
    """Collects words with their best weight and the documents they appear in."""

    def __init__(self) -> None:
        self.weights: dict[str, int] = {}
        self.documents: dict[str, set[tuple[str, str]]] = {}
        self._cache: dict[str, list[str]] = {}  # the synthetic benchmark content repeats each text many times
        self._tokenizer = None

    def add(self, word: str, weight: int) -> None:
        if 2 <= len(word) <= 12 and _CHINESE_RUN.fullmatch(word):
            self.weights[word] = max(weight, self.weights.get(word, 0))

    def _segmenter(self):
        if self._tokenizer is None:
            import jieba

            logging.getLogger("jieba").setLevel(logging.WARNING)  # jieba prints its dictionary loading otherwise
            self._tokenizer = jieba.Tokenizer()
            for word in sorted(self.weights):  # the names and glossary words are words, whatever jieba thinks
                self._tokenizer.add_word(word)
        return self._tokenizer

    def segment(self, run: str) -> list[str]:
        words = self._cache.get(run)
        if words is None:
            words = [word for word in self._segmenter().lcut(run, HMM=False) if 2 <= len(word)]
            self._cache[run] = words
        return words

    def add_text(self, key: tuple[str, str], text: str, weight: int = TEXT) -> None:
        for run in chinese_runs(text):
            for word in self.segment(run):
                if len(word) <= 4 or weight > TEXT:
                    self.add(word, weight)
                    self.documents.setdefault(word, set()).add(key)
            if weight > TEXT:
                self.add(run, weight)


def pinyin_rows(collector: WordCollector) -> list[dict]:
    """Rows of the pinyin_words table: each word under its full key (and the u spelling of v) and its initials."""
    rows: dict[tuple[str, str], dict] = {}
    for word in sorted(collector.weights):
        keys = pinyin_keys(word)
        if keys is None:
            continue
        full, initials = keys
        count = len(collector.documents.get(word, ()))
        spellings = {(full, 0), (full.replace("v", "u"), 0), (initials, 1)}
        for key, by_initials in spellings:
            rows[(key, word)] = {"key": key, "word": word, "initials": by_initials,
                                 "weight": collector.weights[word], "documents": count}
    return [rows[key] for key in sorted(rows)]


def glossary_words(terms: Iterable[dict], synonyms_of) -> list[str]:
    """The Chinese words and synonyms of the glossary (both scripts)."""
    words = []
    for term in terms:
        words += [term["word_zh_Hans"] or "", term["word_zh_Hant"] or ""]
        synonyms = synonyms_of(term)
        words += synonyms.get("zh_Hans", []) + synonyms.get("zh_Hant", [])
    return words
