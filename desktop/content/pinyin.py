"""Tone-marked pinyin for each character of a glossary word, for vocabulary cards that draw it over the characters.

pypinyin (``Style.TONE``) reads each character in the context of its word. The glossary's own ``pinyin`` field was
written by hand, and where it can be split into one syllable per character, each syllable being a reading pypinyin
knows for that character, the hand-written syllable is kept: it gets neutral tones (朋友 péngyou, 消息 xiāoxi) and
some words (重置 chóngzhì, 转文字 zhuǎn) right where pypinyin's guess does not. Where the two differ, the difference
is listed by ``pinyin_disagreements`` for a maintainer to review; where the field cannot be split at all, it is
reported as a likely typo.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

Pair = tuple[str, str]  # (character, tone-marked syllable); a run of Latin letters or digits has ""


@dataclass(frozen=True)
class Reading:
    pairs: tuple[Pair, ...]
    guessed: tuple[str, ...]  # pypinyin's syllables, one per Chinese character
    written: tuple[str, ...] | None  # the field's syllables, when they could be split per character

    @property
    def disagrees(self) -> bool:
        return self.written is not None and self.written != self.guessed


def segments(word: str) -> list[str]:
    """Each Chinese character on its own, and each run of anything else (App, ID, Wi-Fi) as one, spaces dropped."""
    found: list[str] = []
    run = ""
    for character in word:
        if _HAN.match(character):
            if run.strip():
                found.append(run.strip())
            run = ""
            found.append(character)
        else:
            run += character
    if run.strip():
        found.append(run.strip())
    return found


def _base(letter: str) -> str:
    """A pinyin letter without its tone mark, with ü written v as pypinyin's candidates are compared."""
    bare = "".join(c for c in unicodedata.normalize("NFD", letter) if unicodedata.category(c) != "Mn")
    return "v" if bare == "u" and letter not in "uūúǔù" else bare


def _toneless(syllable: str) -> str:
    return "".join(_base(letter) for letter in syllable)


def _split(written: str, candidates: list[list[str]]) -> list[str] | None:
    """Splits ``written`` into one syllable per character, each a known reading of it, ignoring tones."""
    text = unicodedata.normalize("NFC", written.lower())
    bare = "".join(_base(letter) for letter in text)

    def walk(position: int, index: int) -> list[str] | None:
        if index == len(candidates):
            return [] if position == len(text) else None
        for reading in sorted({_toneless(candidate) for candidate in candidates[index]}, key=len, reverse=True):
            if bare.startswith(reading, position):
                rest = walk(position + len(reading), index + 1)
                if rest is not None:
                    return [text[position:position + len(reading)], *rest]
        return None

    return walk(0, 0)


def read_word(word: str, written: str | None = None) -> Reading:
    """The (character, syllable) pairs of ``word``, from its hand-written pinyin where that fits, else pypinyin."""
    from pypinyin import Style, pinyin

    parts = segments(word)
    guessed: list[str] = []
    run = ""
    for part in [*parts, ""]:  # the sentinel closes the last run of characters
        if part and _HAN.match(part):
            run += part
            continue
        if run:  # read a run of characters together, so words are read in context
            guessed += [reading[0] for reading in pinyin(run, style=Style.TONE)]
            run = ""
    characters = [part for part in parts if _HAN.match(part)]
    split = None
    if written is not None and characters:
        for part in parts:  # App, ID, Wi-Fi stand in the field as they stand in the word
            if not _HAN.match(part):
                written = re.sub(re.escape(part), " ", written, flags=re.IGNORECASE)
        letters = "".join(re.split(r"[\s'’\-]+", written))
        candidates = [pinyin(character, style=Style.TONE, heteronym=True)[0] for character in characters]
        split = _split(letters, candidates)
    syllables = iter(split if split is not None else guessed)
    pairs = tuple((part, next(syllables) if _HAN.match(part) else "") for part in parts)
    return Reading(pairs, tuple(guessed), tuple(split) if split is not None else None)


def read_traditional(traditional: str, simplified: Reading, to_simplified) -> tuple[Pair, ...]:
    """Pairs for the Traditional word: the Simplified syllables where it is the same word character for character,
    pypinyin's reading where it is another word (视频 and 影片 are read differently)."""
    parts = segments(traditional)
    if len(parts) == len(simplified.pairs) and all(
            to_simplified(part) == pair[0] or part == pair[0] for part, pair in zip(parts, simplified.pairs)):
        return tuple((part, pair[1]) for part, pair in zip(parts, simplified.pairs))
    return read_word(traditional).pairs


def has_chinese(word: str) -> bool:
    return bool(_HAN.search(word))


def pinyin_disagreements(terms: list[dict]) -> list[tuple[str, str, str, str]]:
    """(term id, word, written pinyin, pypinyin's reading) wherever the glossary's pinyin differs from pypinyin."""
    found = []
    for term in sorted(terms, key=lambda item: item["id"] or ""):
        word = (term.get("word") or {}).get("zh_Hans", "")
        if not term.get("pinyin") or not has_chinese(word):
            continue
        reading = read_word(word, term["pinyin"])
        if reading.disagrees:
            found.append((term["id"], word, term["pinyin"], " ".join(reading.guessed)))
    return found
