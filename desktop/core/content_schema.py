"""What a content database must hold for this version of Qiao: its schema version, and every table and column the
app reads. A database is checked against it when opened, so damage is refused at start with a clear message
instead of failing page by page later. No Qt here."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = "6"


def _in_languages(*prefixes: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{language}" for prefix in prefixes for language in ("en", "zh_Hans", "zh_Hant"))


# Every table and column the app reads, checked when the database is opened: a database that lacks one is
# refused at start with a clear message, instead of failing page by page later. A new table is added here.
TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "platforms": ("id", "kind", "side", *_in_languages("name", "summary")),
    "facts": ("platform_id", "criterion", "code", "codes", *_in_languages("value"), "source", "as_of", "year",
              "count", "count_kind", "count_date", "history_count", "history_kind", "history_date",
              *_in_languages("history_value"), "history_source"),
    "findings": ("platform_id", "position", *_in_languages("who"), "year", *_in_languages("summary"), "url"),
    "counterparts": ("platform_id", "counterpart_id"),
    "guides": ("id", "position", *_in_languages("title", "audience"), "reviewed"),
    "guide_items": ("guide_id", "section", "position", *_in_languages("text", "solution")),
    "guide_sources": ("guide_id", "position", "title", "url"),
    "links": ("owner_kind", "owner_id", "target_kind", "target_id", "position"),
    "cautions": ("id", "position", *_in_languages("title", "summary", "what_happens", "who_it_matters_for"),
                 "reviewed"),
    "caution_actions": ("caution_id", "position", *_in_languages("text")),
    "caution_findings": ("caution_id", "position", *_in_languages("who"), "year", *_in_languages("summary"), "url"),
    "tasks": ("id", "position", *_in_languages("title")),
    "task_platforms": ("task_id", "platform_id"),
    "figures": ("id", "position", *_in_languages("title"), "then_count", "then_date", *_in_languages("then_value"),
                "then_source", "now_count", "now_date", *_in_languages("now_value"), "now_source", "now_as_of"),
    "terms": ("id", "set_name", *_in_languages("word"), "pinyin", "pinyin_zh_Hant",
              *_in_languages("definition", "example"), "synonyms"),
    "term_words": ("term_id", "word"),
    "term_characters": ("term_id", "variant", "position", "character", "syllable"),
    "search_documents": ("kind", "id", "lang", "title", "pinyin", "names", "text"),
    "search_index": ("title", "body", "keywords", "pinyin"),
    "search_words": ("word", "documents"),
    "pinyin_words": ("key", "word", "initials", "weight", "documents"),
    "lessons": ("id", "position", *_in_languages("title"), "level", "minutes", "coaap", "reviewed"),
    "lesson_objectives": ("lesson_id", "position", *_in_languages("text")),
    "lesson_steps": ("lesson_id", "position", "kind", *_in_languages("title", "note"), "guide_id", "guide_step",
                     "caution_id", "platform_ids", "criteria", "term_ids", *_in_languages("text")),
    "lesson_vocabulary": ("lesson_id", "position", "term_id"),
    "lesson_questions": ("lesson_id", "position", *_in_languages("question"), "answer",
                         *_in_languages("explanation")),
    "lesson_choices": ("lesson_id", "question", "position", *_in_languages("text")),
    "lesson_notes": ("lesson_id", "position", *_in_languages("text")),
    "lesson_sources": ("lesson_id", "position", "title", "url"),
    "tools": ("id", "reviewed"),
    "tool_texts": ("tool", "key", *_in_languages("text")),
    "tool_links": ("tool", "key", "position", "target"),
    "tool_sources": ("tool", "position", "title", "url", "as_of"),
    "time_zones": ("id", "position", "key", *_in_languages("name")),
    "time_zone_cities": ("zone_id", "position", *_in_languages("name")),
}


class ContentError(Exception):
    """The content database is missing, damaged or of another version. ``reason`` says which."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason  # "missing", "damaged" or "incompatible"
        self.detail = detail


def missing_columns(connection: sqlite3.Connection) -> list[str]:
    """The tables and columns of ``TABLES`` that the database lacks, as 'table' or 'table.column'."""
    present: dict[str, set[str]] = {}
    for table, column in connection.execute(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
            "WHERE m.type = 'table'"):
        present.setdefault(table, set()).add(column)
    missing = []
    for table, columns in TABLES.items():
        if table not in present:
            missing.append(table)
        else:
            missing += [f"{table}.{column}" for column in columns if column not in present[table]]
    return missing
