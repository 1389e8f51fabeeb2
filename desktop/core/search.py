"""Search across guides, platforms, cautions and the glossary, typed in any of the three languages or pinyin.

- Chinese of any length, including one and two characters (微信, 隐私), as a phrase of single characters;
- Traditional or Simplified alike (監控 finds 监控): both sides are folded to Simplified;
- pinyin with or without spaces, or by initials (weixin, wei xin, wx → 微信);
- English case-insensitively and by prefix (encrypt → encryption);
- glossary words across languages: "encryption" also finds the Chinese texts about 加密.
Any text is safe: the query is rebuilt from letters, digits and Chinese characters only, each part quoted.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from desktop.core.content_store import ContentStore
from desktop.core.records import SearchHit, Term
from desktop.core.text_folding import QUERY_TOKEN, Folding, is_chinese

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 8
KIND_ORDER = ("guide", "platform", "caution", "term")
CANDIDATES = 400
EXPANSION_CANDIDATES = 100
EXACT_NAME_BONUS = 1000.0  # the name itself: 微信 finds WeChat before every guide that mentions it
EXPANSION_PENALTY = 100.0  # matches found only through glossary synonyms come after direct ones


@dataclass(frozen=True)
class ParsedQuery:
    tokens: tuple[str, ...]  # folded: runs of Chinese characters, and words
    match: str  # the FTS5 expression for what was typed
    pinyin: str  # the letters run together when the query could be pinyin, else ''

    @property
    def whole(self) -> str:
        return " ".join(self.tokens)


def _clean(query: str) -> str:
    """Control and separator characters become spaces; a long paste is cut to a sensible length."""
    text = query[: MAX_QUERY_LENGTH * 4]
    return "".join(" " if unicodedata.category(character)[0] in "CZ" else character for character in text)


def _phrase(token: str) -> str:
    """A quoted FTS5 phrase: Chinese as consecutive characters, other words by prefix (from two letters on:
    a single letter as a prefix would match most of the index)."""
    if is_chinese(token):
        return '"' + " ".join(token) + '"'
    return f'"{token}"*' if len(token) > 1 else f'"{token}"'


def parse_query(query: str, folding: Folding) -> ParsedQuery | None:
    tokens = tuple(QUERY_TOKEN.findall(folding(_clean(query)[:MAX_QUERY_LENGTH])))[:MAX_TOKENS]
    if not tokens:
        return None
    match = " AND ".join(_phrase(token) for token in tokens)
    letters = "".join(tokens)
    pinyin = letters if letters.isascii() and letters.isalpha() and len(letters) >= 2 else ""
    if pinyin:
        match = f'({match}) OR (pinyin : "{pinyin}"*)'
    return ParsedQuery(tokens, match, pinyin)


def _expansion(store: ContentStore, parsed: ParsedQuery, folding: Folding) -> str:
    """An FTS5 expression for the glossary words that mean what the query means, in every language."""
    term_ids = store.terms_with_word(parsed.whole, prefix=len(parsed.whole) >= 4 and parsed.whole.isascii())
    phrases = set()
    for word in store.term_words(term_ids[:5]) if term_ids else []:
        tokens = QUERY_TOKEN.findall(folding(word))
        if tokens:
            phrases.add("(" + " AND ".join(_phrase(token) for token in tokens) + ")")
    return " OR ".join(sorted(phrases))


def highlight(text: str, folded: str, tokens: tuple[str, ...], width: int = 90) -> tuple[str, str]:
    """A snippet around the first match: plain text, and HTML with the matched word in bold."""
    positions = [(folded.find(token), token) for token in tokens if folded.find(token) >= 0]
    if not positions:
        plain = text[:width].replace("\n", " ")
        return plain, html.escape(plain)
    position, token = min(positions)
    start = max(0, position - width // 3)
    end = min(len(text), max(start + width, position + len(token)))
    prefix, suffix = ("…" if start > 0 else ""), ("…" if end < len(text) else "")
    before, match, after = text[start:position], text[position:position + len(token)], text[position + len(token):end]
    plain = (prefix + before + match + after + suffix).replace("\n", " ")
    marked = html.escape(prefix + before) + "<b>" + html.escape(match) + "</b>" + html.escape(after + suffix)
    return plain, marked.replace("\n", " ")


def _is_name_match(title: str, pinyin_keys: str, parsed: ParsedQuery, folding: Folding) -> bool:
    folded = folding(title).replace(" ", "")
    if folded == parsed.whole.replace(" ", ""):
        return True
    return bool(parsed.pinyin) and parsed.pinyin in (pinyin_keys or "").split()


def search(store: ContentStore, query: str, language: str, limit: int = 60) -> list[SearchHit]:
    """Ranked hits for ``query``, each titled and quoted in ``language``; best first."""
    folding = store.folding()
    parsed = parse_query(query, folding)
    if parsed is None:
        return []
    scores: dict[tuple[str, str], float] = {}
    for row in store.search_index(parsed.match, CANDIDATES):
        # bm25 is negative and smaller is better; a match in the reader's own language counts a little more.
        score = -row["rank"] + (0.5 if row["lang"] == language else 0.0)
        key = (row["kind"], row["id"])
        scores[key] = max(scores.get(key, float("-inf")), score)
    expansion = _expansion(store, parsed, folding)
    if expansion:
        for row in store.search_index(expansion, EXPANSION_CANDIDATES, ranked=False):
            scores.setdefault((row["kind"], row["id"]), -EXPANSION_PENALTY)
    titles = store.search_documents(list(scores), language, with_text=False)
    for key, row in titles.items():
        if _is_name_match(row["title"], row["pinyin"], parsed, folding):
            scores[key] += EXACT_NAME_BONUS
        elif parsed.whole in folding(row["title"]):
            scores[key] += 10.0
    ranked = sorted((key for key in scores if key in titles),
                    key=lambda key: (-scores[key], KIND_ORDER.index(key[0]), titles[key]["title"]))[:limit]
    documents = store.search_documents(ranked, language)
    hits = []
    for key in ranked:
        row = documents[key]
        plain, marked = highlight(row["text"], folding(row["text"]), parsed.tokens)
        hits.append(SearchHit(key[0], key[1], row["title"], plain, scores[key], marked))
    return hits


def closest_terms(store: ContentStore, query: str, language: str, count: int = 3) -> list[Term]:
    """Glossary terms whose words look most like ``query``, for a 'nothing found' page."""
    from difflib import SequenceMatcher

    folding = store.folding()
    wanted = folding(_clean(query).strip())[:40]
    if not wanted:
        return []
    scored = []
    for term in store.terms():
        words = [folding(word) for word in (term.word.en, term.word.zh_Hans, term.word.zh_Hant)]
        likeness = max(SequenceMatcher(None, wanted, word).ratio() for word in words)
        scored.append((likeness, term.word.get(language), term))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [term for ratio, _, term in scored[:count] if ratio > 0.2]
