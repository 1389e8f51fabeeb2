"""Database rows for lessons and for the per-character pinyin of glossary words (schema 3)."""

from __future__ import annotations

import json

from desktop.content.pinyin import read_traditional, read_word

LANGUAGES = ("en", "zh_Hans", "zh_Hant")

PRIMARY_KEYS = {
    "lessons": "id", "lesson_objectives": ("lesson_id", "position"), "lesson_steps": ("lesson_id", "position"),
    "lesson_vocabulary": ("lesson_id", "position"), "lesson_questions": ("lesson_id", "position"),
    "lesson_choices": ("lesson_id", "question", "position"), "lesson_notes": ("lesson_id", "position"),
    "lesson_sources": ("lesson_id", "position"), "term_characters": ("term_id", "variant", "position"),
}

def _languages(*prefixes: str) -> dict[str, type]:
    return {f"{prefix}_{language}": str for prefix in prefixes for language in LANGUAGES}


# Every column, typed, so the tables exist (and read the same) even when no lesson fills them.
COLUMNS: dict[str, dict[str, type]] = {
    "lessons": {"id": str, "position": int, **_languages("title"), "level": str, "minutes": int, "coaap": str,
                "reviewed": str},
    "lesson_objectives": {"lesson_id": str, "position": int, **_languages("text")},
    "lesson_steps": {"lesson_id": str, "position": int, "kind": str, **_languages("title", "note"), "guide_id": str,
                     "guide_step": int, "caution_id": str, "platform_ids": str, "criteria": str, "term_ids": str,
                     **_languages("text")},
    "lesson_vocabulary": {"lesson_id": str, "position": int, "term_id": str},
    "lesson_questions": {"lesson_id": str, "position": int, **_languages("question"), "answer": int,
                         **_languages("explanation")},
    "lesson_choices": {"lesson_id": str, "question": int, "position": int, **_languages("text")},
    "lesson_notes": {"lesson_id": str, "position": int, **_languages("text")},
    "lesson_sources": {"lesson_id": str, "position": int, "title": str, "url": str},
    "term_characters": {"term_id": str, "variant": str, "position": int, "character": str, "syllable": str},
}
COLUMN_TYPES = COLUMNS


def _localized(prefix: str, text: dict | None) -> dict:
    text = text or {}
    return {f"{prefix}_{language}": text.get(language) for language in LANGUAGES}


def _texts(lesson_id: str, texts: list[dict]) -> list[dict]:
    return [{"lesson_id": lesson_id, "position": position, **_localized("text", text)}
            for position, text in enumerate(texts)]


def _step_row(lesson_id: str, position: int, step: dict) -> dict:
    return {
        "lesson_id": lesson_id, "position": position, "kind": step["kind"], **_localized("title", step["title"]),
        **_localized("note", step["note"]), "guide_id": step["guide"] or None, "guide_step": step["number"] or None,
        "caution_id": step["caution"] or None, "platform_ids": json.dumps(step["platforms"]),
        "criteria": json.dumps(step["criteria"]), "term_ids": json.dumps(step["terms"]),
        **_localized("text", step["text"]),
    }


def lesson_tables(lessons: list[dict]) -> dict[str, list[dict]]:
    """Every lesson table's rows, in editorial order."""
    rows: dict[str, list[dict]] = {name: [] for name in PRIMARY_KEYS if name.startswith("lesson")}
    for lesson in sorted(lessons, key=lambda item: (item.get("position", 0), item["id"])):
        lesson_id = lesson["id"]
        rows["lessons"].append({
            "id": lesson_id, "position": lesson.get("position", 0), **_localized("title", lesson["title"]),
            "level": lesson["level"], "minutes": lesson["minutes"], "coaap": json.dumps(lesson["coaap"]),
            "reviewed": lesson["reviewed"].isoformat() if lesson["reviewed"] else None,
        })
        rows["lesson_objectives"] += _texts(lesson_id, lesson["objectives"])
        rows["lesson_notes"] += _texts(lesson_id, lesson["teacher_notes"])
        rows["lesson_steps"] += [_step_row(lesson_id, position, step) for position, step in enumerate(lesson["steps"])]
        rows["lesson_vocabulary"] += [{"lesson_id": lesson_id, "position": position, "term_id": term_id}
                                      for position, term_id in enumerate(lesson["vocabulary"])]
        for number, question in enumerate(lesson["quiz"]):
            rows["lesson_questions"].append({
                "lesson_id": lesson_id, "position": number, **_localized("question", question["question"]),
                "answer": question["answer"], **_localized("explanation", question["explanation"]),
            })
            rows["lesson_choices"] += [{"lesson_id": lesson_id, "question": number, "position": position,
                                        **_localized("text", choice)}
                                       for position, choice in enumerate(question["choices"])]
        rows["lesson_sources"] += [{"lesson_id": lesson_id, "position": position, **source}
                                   for position, source in enumerate(lesson["sources"])]
    return rows


def term_character_rows(terms: list[dict]) -> list[dict]:
    """(term, variant, position, character, syllable) for the Simplified and Traditional word of every term."""
    import opencc

    to_simplified = opencc.OpenCC("t2s.json").convert
    rows = []
    for term in sorted(terms, key=lambda item: item["id"]):
        word = term["word"]
        simplified = read_word(word["zh_Hans"], term["pinyin"])
        readings = {"zh_Hans": simplified.pairs,
                    "zh_Hant": read_traditional(word.get("zh_Hant") or word["zh_Hans"], simplified, to_simplified)}
        for variant, pairs in readings.items():
            rows += [{"term_id": term["id"], "variant": variant, "position": position, "character": character,
                      "syllable": syllable} for position, (character, syllable) in enumerate(pairs)]
    return rows
