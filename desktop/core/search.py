"""Search across guides, platforms, cautions and the glossary, in any of the three languages.

Any text is safe to search: the query is folded and split into words, each looked up with ``instr``, so no
character has a special meaning to SQLite.
"""

from __future__ import annotations

import unicodedata

from desktop.core.content_store import ContentStore
from desktop.core.records import SearchHit

MAX_QUERY_LENGTH = 100
MAX_WORDS = 8
KIND_ORDER = ("guide", "platform", "caution", "term")


def normalize_query(query: str) -> list[str]:
    """The words to look for: control characters dropped, case folded, at most a few words of bounded length."""
    cleaned = "".join(" " if unicodedata.category(character).startswith("C") else character
                      for character in query[: MAX_QUERY_LENGTH * 4])
    words = cleaned.casefold().split()
    return [word[:MAX_QUERY_LENGTH] for word in words[:MAX_WORDS]]


def _snippet(text: str, folded: str, needle: str, width: int = 60) -> str:
    position = folded.find(needle)
    if position < 0:
        return text[:width].replace("\n", " ")
    start = max(0, position - width // 3)
    end = min(len(text), start + width)
    snippet = text[start:end].replace("\n", " ")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def search(store: ContentStore, query: str, language: str, limit: int = 50) -> list[SearchHit]:
    """Ranked hits for ``query``, titled and quoted in ``language`` wherever a text in any language matched."""
    needles = normalize_query(query)
    if not needles:
        return []
    matched: dict[tuple[str, str], float] = {}
    for row in store.search_rows(needles):
        key = (row["kind"], row["id"])
        score = sum(10.0 if needle in row["title_folded"] else 1.0 for needle in needles)
        if row["title_folded"] == " ".join(needles):
            score += 20.0  # the name itself: 微信 finds WeChat before the guides that mention it
        if row["lang"] == language:
            score += 0.5
        matched[key] = max(matched.get(key, 0.0), score)
    hits = []
    for (kind, record_id), score in matched.items():
        row = store.search_row(kind, record_id, language)
        if row is None:
            continue
        hits.append(SearchHit(kind, record_id, row["title"], _snippet(row["text"], row["body"], needles[0]), score))
    hits.sort(key=lambda hit: (-hit.score, KIND_ORDER.index(hit.kind), hit.title))
    return hits[:limit]
