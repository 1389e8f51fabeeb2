"""Search across guides, platforms, cautions and the glossary, typed in any of the three languages or pinyin.

- Chinese of any length, including one and two characters (微信, 隐私), as a phrase of single characters;
  Traditional or Simplified alike (監控 finds 监控): both sides are folded to Simplified;
- pinyin with or without spaces, or by initials (weixin, wei xin, wx → 微信), over every text, not only titles;
- English by its words, in any order, case-insensitively and by prefix (encrypt → encryption; "call my mom");
- glossary words across languages: "encryption" also finds the Chinese texts about 加密, "mom" those on parents;
- a one-letter typo in a word of five letters or more (wechta → wechat), when the word as typed finds nothing.
How a query becomes alternatives is in search_query.py; how a snippet is cut, in snippets.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.content_store import ContentStore
from desktop.core.records import SearchHit, Term
from desktop.core.search_query import (
    CORRECTED, TYPED, Alternative, Group, QueryPlan, clean, plan_query, split_group, typo_corrections,
    words_phrase,
)
from desktop.core.snippets import Needle, find_marks, snippet
from desktop.core.text_folding import Folding, is_chinese

KIND_ORDER = ("guide", "platform", "caution", "term")
CANDIDATES = 400
EXPANSION_CANDIDATES = 200
COVERAGE_WEIGHT = 1000.0  # each word of the query found counts more than any difference in relevance
RELEVANCE_CAP = 500.0
EXACT_NAME_BONUS = 100_000.0  # the name itself: 微信, weixin or WeChat finds the WeChat platform first
TITLE_BONUS = 10.0
OWN_LANGUAGE_BONUS = 0.5  # a match in the reader's own language counts a little more
CHINESE = ("zh_Hans", "zh_Hant")


@dataclass
class SearchOutcome:
    hits: list[SearchHit]
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → the word searched instead


@dataclass
class _Scores:
    coverage: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    whole: dict[tuple[str, str], float] = field(default_factory=dict)
    relevance: dict[tuple[str, str], float] = field(default_factory=dict)

    def add(self, rows, weight: float, language: str, group: int | None, groups: int) -> int:
        for row in rows:
            key = (row["kind"], row["id"])
            relevance = -row["rank"] + (OWN_LANGUAGE_BONUS if row["lang"] == language else 0.0)
            self.relevance[key] = max(self.relevance.get(key, float("-inf")), relevance * weight)
            if group is None:
                self.whole[key] = max(self.whole.get(key, 0.0), weight)
            else:
                covered = self.coverage.setdefault(key, [0.0] * groups)
                covered[group] = max(covered[group], weight)
        return len(rows)

    def score(self, key: tuple[str, str], groups: int) -> float:
        coverage = max(sum(self.coverage.get(key, ())), self.whole.get(key, 0.0) * groups)
        return COVERAGE_WEIGHT * coverage + min(self.relevance.get(key, 0.0), RELEVANCE_CAP)


def _rows(store: ContentStore, alternative: Alternative):
    """Matches of one alternative: ranked by bm25 for what was typed and the words it spells or corrects to,
    merely found for glossary meanings, which is much cheaper on a large index."""
    if alternative.weight >= TYPED or alternative.name:
        return store.search_index(alternative.match, CANDIDATES)
    return store.search_index(alternative.match, EXPANSION_CANDIDATES, ranked=False)


def _run_group(store: ContentStore, scores: _Scores, group: Group, index: int, groups: int, language: str) -> int:
    return sum(scores.add(_rows(store, alternative), alternative.weight, language, index, groups)
               for alternative in group.alternatives if alternative.match)


def _corrected(store: ContentStore, group: Group) -> tuple[Group, str] | None:
    words = typo_corrections(store, group.token)
    if not words:
        return None
    alternative = Alternative(words_phrase(words), CORRECTED, tuple(Needle(word) for word in words), name=words[0])
    return Group(words[0], (alternative,)), words[0]


def _expanded_groups(store: ContentStore, plan: QueryPlan, scores: _Scores, language: str,
                     corrections: dict[str, str]) -> list[Group]:
    """Runs every group; a word that finds nothing is corrected (a typo) or split (a long Chinese run)."""
    groups = list(plan.groups)
    index = 0
    while index < len(groups):
        group = groups[index]
        if _run_group(store, scores, group, index, len(groups), language) == 0:
            corrected = _corrected(store, group)
            split = [] if corrected else split_group(store, store.folding(), group.token)
            if corrected:
                groups[index] = corrected[0]
                corrections[group.token] = corrected[1]
                _run_group(store, scores, groups[index], index, len(groups), language)
            elif split:
                groups[index:index + 1] = split
                for key in scores.coverage:  # later groups move along; earlier coverage keeps its place
                    scores.coverage[key][index:index + 1] = [0.0] * len(split)
                continue
        index += 1
    return groups


def _names(row) -> set[str]:
    return set((row["names"] or "").split("\n")) | set((row["pinyin"] or "").split())


def _wanted_names(plan: QueryPlan, groups: list[Group]) -> set[str]:
    """The names that, when a record has one of them, put it first: what was typed, its pinyin's first word,
    the corrected word."""
    names = {plan.compact} | {alternative.name for alternative in plan.whole if alternative.name}
    if len(groups) == 1:
        names |= {alternative.name for alternative in groups[0].alternatives if alternative.name}
    return names


def _needles(plan: QueryPlan, groups: list[Group]) -> list[Needle]:
    """What to mark, the surest first: what was typed, then what it was taken to mean."""
    alternatives = [alternative for group in groups for alternative in group.alternatives] + list(plan.whole)
    needles: dict[Needle, float] = {}
    for alternative in alternatives:
        for needle in alternative.needles:
            needles[needle] = max(needles.get(needle, 0.0), alternative.weight)
    return sorted(needles, key=lambda needle: -needles[needle])


def _snippet(store: ContentStore, key, row, language: str, folding: Folding, needles: list[Needle],
             typed_chinese: bool = True) -> tuple[str, tuple[tuple[int, int], ...], str]:
    """The snippet from the reader's language, or from the language the match is in when it is elsewhere
    (微信 typed in the English UI quotes the Chinese text that has it)."""
    text = row["text"] or ""
    shown, marks = snippet(text, folding(text), needles, folding(row["title"] or ""))
    if marks or not needles:
        return shown, marks, language
    texts = store.search_texts(key)
    for other in sorted(texts, key=lambda code: (code == "en", code)):
        if other in CHINESE and language in CHINESE and not typed_chinese:
            continue  # pinyin matched the other script: a reader of 繁體 is never quoted 简体 (nor the reverse)
        if other != language and texts[other]:
            other_shown, other_marks = snippet(texts[other], folding(texts[other]), needles)
            if other_marks:
                return other_shown, other_marks, other
    return shown, marks, language


def run_search(store: ContentStore, query: str, language: str, limit: int = 100) -> SearchOutcome:
    """Ranked hits for ``query``, each titled and quoted in ``language``, best first; and any typo corrected."""
    plan = plan_query(store, query)
    if plan is None:
        return SearchOutcome([])
    folding = store.folding()
    scores, corrections = _Scores(), {}
    groups = _expanded_groups(store, plan, scores, language, corrections)
    for alternative in plan.whole:
        scores.add(_rows(store, alternative), alternative.weight, language, None, len(groups))
    keys = set(scores.coverage) | set(scores.whole)
    titles = store.search_documents(list(keys), language, with_text=False)
    names = _wanted_names(plan, groups)
    ranked_scores = {}
    for key, row in titles.items():
        score = scores.score(key, len(groups))
        title = folding(row["title"] or "")
        if names & _names(row):
            score += EXACT_NAME_BONUS
        elif plan.compact in title.replace(" ", ""):
            score += TITLE_BONUS * len(groups)
        else:  # the more of the query's words the title has, the better: "call my mom" → "Video calls with parents"
            score += TITLE_BONUS * sum(1 for group in groups if any(
                find_marks(title, list(alternative.needles)) for alternative in group.alternatives))
        ranked_scores[key] = score
    ranked = sorted(ranked_scores, key=lambda key: (-ranked_scores[key], KIND_ORDER.index(key[0]),
                                                     titles[key]["title"]))[:limit]
    documents = store.search_documents(ranked, language)
    needles = _needles(plan, groups)
    typed_chinese = any(is_chinese(token) for token in plan.tokens)
    hits = []
    for key in ranked:
        row = documents[key]
        shown, marks, snippet_language = _snippet(store, key, row, language, folding, needles,
                                                      typed_chinese)
        hits.append(SearchHit(key[0], key[1], row["title"], shown, ranked_scores[key], marks, snippet_language))
    return SearchOutcome(hits, corrections)


def search(store: ContentStore, query: str, language: str, limit: int = 100) -> list[SearchHit]:
    """Ranked hits for ``query``, each titled and quoted in ``language``; best first."""
    return run_search(store, query, language, limit).hits


def closest_terms(store: ContentStore, query: str, language: str, count: int = 3) -> list[Term]:
    """Glossary terms whose words look most like ``query``, for a 'nothing found' page."""
    from difflib import SequenceMatcher

    folding = store.folding()
    wanted = folding(clean(query).strip())[:40]
    if not wanted:
        return []
    scored = []
    for term in store.terms():
        words = [folding(word) for word in (term.word.en, term.word.zh_Hans, term.word.zh_Hant)]
        likeness = max(SequenceMatcher(None, wanted, word).ratio() for word in words)
        scored.append((likeness, term.word.get(language), term))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [term for ratio, _, term in scored[:count] if ratio > 0.2]
