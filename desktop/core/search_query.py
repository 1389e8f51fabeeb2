"""What a typed query means: its words, and for each word the ways the content may say it.

A query is split into words (runs of Chinese characters, runs of letters and digits). English words that carry
no meaning ("my", "the") are dropped when others remain. Each word becomes a group of alternatives, each an FTS5
expression with a weight (how sure we are that it is what the reader meant) and the strings to mark in a snippet:

- the word as typed: Chinese as a phrase of characters; English as a whole word, and as a prefix (a word being
  typed, or a plural): a prefix of a short whole word counts less ("mom" is not "Moments");
- pinyin: the Chinese words of the content spelt that way (weixin, wei xin → 微信), by initials (wx → 微信, names
  and glossary words first), or, while a word is being typed, begun that way (weix → 微信);
- the glossary: the other words of a term the word belongs to, in every language (mom → parents, 父母; 加密 →
  encryption);
- a long Chinese run that is not found whole is split into the content's words.
A document's coverage is the sum over groups of its best alternative's weight: "call my mom" ranks the guide that
has both words above those that have one. Any text is safe: only letters, digits and Chinese characters reach
FTS5, each quoted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.core.content_store import ContentStore
from desktop.core.snippets import Needle
from desktop.core.text_folding import QUERY_TOKEN, Folding, is_chinese, split_pinyin

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 8
TYPED, INITIALS, BEGUN, GLOSSARY, CORRECTED = 1.0, 0.9, 0.8, 0.8, 0.7
SHORT_PREFIX = 0.6  # a longer word beginning with a short whole word: mom → moments
STOP_WORDS = frozenset(
    "a about an and are as at be by can could do does for from get how i in is it me my of on or our please the "
    "their them to up us want we what when where which who why will with would you your".split())
GLOSSARY_WEIGHT_FOR_INITIALS = 3  # two letters are too few to guess from any word: names and glossary words only


@dataclass(frozen=True)
class Alternative:
    match: str  # an FTS5 expression
    weight: float
    needles: tuple[Needle, ...]
    name: str = ""  # a word that, when it is a record's name, puts that record first (微信 for weixin)


@dataclass(frozen=True)
class Group:
    token: str
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class QueryPlan:
    tokens: tuple[str, ...]  # folded, stop words removed
    groups: tuple[Group, ...]
    whole: tuple[Alternative, ...]  # what the whole query means at once ("wei xin" → 微信), covering every group

    @property
    def compact(self) -> str:
        return "".join(self.tokens)


def clean(query: str) -> str:
    """Control and separator characters become spaces; a long paste is cut to a sensible length."""
    text = query[: MAX_QUERY_LENGTH * 4]
    return "".join(" " if unicodedata.category(character)[0] in "CZ" else character for character in text)


def tokens_of(query: str, folding: Folding) -> tuple[str, ...]:
    tokens = tuple(QUERY_TOKEN.findall(folding(clean(query)[:MAX_QUERY_LENGTH])))[:MAX_TOKENS]
    meaningful = tuple(token for token in tokens if token not in STOP_WORDS)
    return meaningful or tokens


def phrase(token: str, prefix: bool = False) -> str:
    """A quoted FTS5 phrase: Chinese as consecutive characters, other words whole or by prefix."""
    if is_chinese(token):
        return '"' + " ".join(token) + '"'
    return f'"{token}"*' if prefix else f'"{token}"'


def words_phrase(words: list[str]) -> str:
    """An FTS5 expression matching any of ``words``; a word of several parts ("video chat") needs them all."""
    phrases = []
    for word in words:
        parts = QUERY_TOKEN.findall(word)
        if parts:
            phrases.append("(" + " AND ".join(phrase(part) for part in parts) + ")")
    return " OR ".join(dict.fromkeys(phrases))


def _needles(words: list[str]) -> tuple[Needle, ...]:
    return tuple(Needle(word) for word in dict.fromkeys(words) if word)


def _glossary(store: ContentStore, folding: Folding, text: str, prefix: bool) -> Alternative | None:
    """The other words of the glossary terms ``text`` is a word of."""
    term_ids = store.terms_with_word(text, prefix=prefix)
    if not term_ids:
        return None
    words = [word for word in store.term_words(term_ids[:5]) if word != text]
    match = words_phrase(words)
    return Alternative(match, GLOSSARY, _needles(words)) if match else None


def _pinyin(store: ContentStore, letters: str, is_english_word: bool, last: bool) -> list[Alternative]:
    """The Chinese words ``letters`` spells in pinyin: whole, by initials, or begun."""
    if not letters.isascii() or not letters.isalpha() or len(letters) < 2:
        return []
    alternatives = []
    full = store.pinyin_words(letters, by_initials=False)
    if full:
        alternatives.append(Alternative(words_phrase(full), TYPED, _needles(full), name=full[0]))
        for word in full[:2]:  # what the characters would find through the glossary, the pinyin finds too
            glossary = _glossary(store, store.folding(), word, prefix=False)
            alternatives += [glossary] if glossary else []
    elif not is_english_word:
        minimum = GLOSSARY_WEIGHT_FOR_INITIALS if len(letters) == 2 else 0
        initials = store.pinyin_words(letters, by_initials=True, min_weight=minimum, limit=4)
        if initials:
            alternatives.append(Alternative(words_phrase(initials), INITIALS, _needles(initials), name=initials[0]))
        syllables = split_pinyin(letters, store.pinyin_syllables(), unfinished=True)
        if last and len(letters) >= 4 and syllables and len(syllables) >= 2:
            begun = store.pinyin_words(letters, by_initials=False, prefix=True, limit=4)
            if begun:
                alternatives.append(Alternative(words_phrase(begun), BEGUN, _needles(begun), name=begun[0]))
    return alternatives


def _chinese_words(run: str, known: frozenset[str]) -> list[str]:
    """A long Chinese run split into the content's words, longest first from the left; single characters go."""
    words, position = [], 0
    while position < len(run):
        for length in range(min(8, len(run) - position), 1, -1):
            if run[position:position + length] in known:
                words.append(run[position:position + length])
                position += length
                break
        else:
            position += 1
    return words


def word_group(store: ContentStore, folding: Folding, token: str, last: bool) -> Group:
    """The alternatives for one word of the query."""
    if is_chinese(token):
        alternatives = [Alternative(phrase(token), TYPED, (Needle(token),), name=token)]
        glossary = _glossary(store, folding, token, prefix=False)
        return Group(token, tuple(alternatives + ([glossary] if glossary else [])))
    if len(token) == 1:
        return Group(token, (Alternative(phrase(token), TYPED, (Needle(token),)),))
    is_word = bool(store.known_words([token])) if token.isascii() and token.isalpha() else False
    pinyin_column = f' OR (pinyin : "{token}"*)' if token.isascii() and token.isalnum() else ""
    prefix = Alternative(phrase(token, prefix=True) + pinyin_column, TYPED, (Needle(token, whole_word=True),))
    if is_word and len(token) < 4:
        alternatives = [Alternative(phrase(token) + pinyin_column, TYPED, (Needle(token),)),
                        Alternative(phrase(token, prefix=True), SHORT_PREFIX, (Needle(token, whole_word=True),))]
    else:
        alternatives = [prefix]  # from four letters on, a longer word is the same word or one being typed
    glossary = _glossary(store, folding, token, prefix=len(token) >= 4 and not is_word)
    alternatives += [glossary] if glossary else []
    alternatives += _pinyin(store, token, is_word, last)
    return Group(token, tuple(alternatives))


def split_group(store: ContentStore, folding: Folding, token: str) -> list[Group]:
    """A long Chinese word not found whole, as groups of the content's words in it (or nothing)."""
    words = _chinese_words(token, store.chinese_words())
    return [word_group(store, folding, word, last=False) for word in words] if len(words) >= 2 else []


def plan_query(store: ContentStore, query: str) -> QueryPlan | None:
    """The groups and whole-query alternatives for ``query``, or None when it has no words."""
    folding = store.folding()
    tokens = tokens_of(query, folding)
    if not tokens:
        return None
    groups = tuple(word_group(store, folding, token, last=index == len(tokens) - 1)
                   for index, token in enumerate(tokens))
    whole: list[Alternative] = []
    if len(tokens) > 1:
        letters = "".join(tokens)
        if letters.isascii() and letters.isalpha():
            whole.append(Alternative(f'pinyin : "{letters}"*', TYPED, ()))
            whole += _pinyin(store, letters, False, last=True)
        text = " ".join(tokens)
        glossary = _glossary(store, folding, text, prefix=len(text) >= 4 and text.isascii())
        whole += [glossary] if glossary else []
    return QueryPlan(tokens, groups, tuple(whole))


def typo_corrections(store: ContentStore, token: str, count: int = 2) -> list[str]:
    """Words of the index one edit away from ``token`` (a letter missing, extra, wrong or two swapped), for a
    word of five letters or more that finds nothing as typed."""
    if len(token) < 5 or not token.isascii() or not token.isalpha():
        return []
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(token[:index], token[index:]) for index in range(len(token) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + letter + right[1:] for left, right in splits if right for letter in letters}
    edits |= {left + letter + right for left, right in splits for letter in letters}
    edits.discard(token)
    return store.known_words(sorted(edits))[:count]
