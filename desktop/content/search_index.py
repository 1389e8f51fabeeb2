"""The search table: one row per document and language, with its title and all its words.

SQLite's FTS tokenizers do not fit Chinese (unicode61 takes a whole run of Chinese as one token; trigram never
matches two-character words), so the app looks words up with ``instr`` in this ordinary table instead.
"""

from __future__ import annotations

import json

LANGUAGES = ("en", "zh_Hans", "zh_Hant")


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


def _rows_for(kind: str, record_id: str, titles: dict, bodies: dict) -> list[dict]:
    return [{
        "kind": kind, "id": record_id, "lang": language, "title": titles.get(language) or "",
        "text": bodies.get(language) or "",
        "body": (bodies.get(language) or "").casefold(),
        "title_folded": (titles.get(language) or "").casefold(),
    } for language in LANGUAGES]


def search_rows(tables: dict[str, list[dict]]) -> list[dict]:
    rows: list[dict] = []
    facts_by_platform: dict[str, list[dict]] = {}
    for fact in tables["facts"]:
        facts_by_platform.setdefault(fact["platform_id"], []).append(fact)
    for platform in tables["platforms"]:
        titles = {language: platform[f"name_{language}"] for language in LANGUAGES}
        bodies = {language: _join(platform["name_en"], platform[f"summary_{language}"],
                                  *(fact[f"value_{language}"] for fact in facts_by_platform.get(platform["id"], [])))
                  for language in LANGUAGES}
        rows += _rows_for("platform", platform["id"], titles, bodies)
    items_by_guide: dict[str, list[dict]] = {}
    for item in tables["guide_items"]:
        items_by_guide.setdefault(item["guide_id"], []).append(item)
    for guide in tables["guides"]:
        titles = {language: guide[f"title_{language}"] for language in LANGUAGES}
        bodies = {language: _join(guide[f"title_{language}"], guide[f"audience_{language}"],
                                  *(_join(item[f"text_{language}"], item[f"solution_{language}"])
                                    for item in items_by_guide.get(guide["id"], [])))
                  for language in LANGUAGES}
        rows += _rows_for("guide", guide["id"], titles, bodies)
    actions_by_caution: dict[str, list[dict]] = {}
    for action in tables["caution_actions"]:
        actions_by_caution.setdefault(action["caution_id"], []).append(action)
    for caution in tables["cautions"]:
        titles = {language: caution[f"title_{language}"] for language in LANGUAGES}
        bodies = {language: _join(caution[f"title_{language}"], caution[f"summary_{language}"],
                                  caution[f"what_happens_{language}"], caution[f"who_it_matters_for_{language}"],
                                  *(action[f"text_{language}"] for action in actions_by_caution.get(caution["id"], [])))
                  for language in LANGUAGES}
        rows += _rows_for("caution", caution["id"], titles, bodies)
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        titles = {language: term[f"word_{language}"] for language in LANGUAGES}
        bodies = {language: _join(term["word_en"], term[f"word_{language}"], term["pinyin"],
                                  term[f"definition_{language}"], " ".join(synonyms.get(language, [])),
                                  " ".join(synonyms.get("en", [])))
                  for language in LANGUAGES}
        rows += _rows_for("term", term["id"], titles, bodies)
    return rows
