"""Reading lessons, and the per-character pinyin of glossary words, from the content database.

A mixin of ``ContentStore``: it uses the store's ``_rows`` and lives apart so the store stays small.
"""

from __future__ import annotations

import datetime as dt

from typing import TYPE_CHECKING

from desktop.core.text import Text

if TYPE_CHECKING:  # the lesson records are imported when a lesson is first read, not at start-up
    from desktop.core.lesson_records import Lesson, LessonSummary

Pairs = tuple[tuple[str, str], ...]


class LessonReading:
    """``lessons()``, ``lesson(id)`` and the pinyin pairs behind ``Term.pinyin_pairs``."""

    def _rows(self, sql: str, *parameters):  # provided by ContentStore
        raise NotImplementedError

    def _texts(self, table: str, lesson_id: str) -> tuple[Text, ...]:
        return tuple(Text.from_row(row, "text") for row in self._rows(
            f"SELECT * FROM {table} WHERE lesson_id = ? ORDER BY position", lesson_id))

    def lessons(self) -> list[LessonSummary]:
        """Every lesson, in editorial order, with its objectives."""
        from desktop.core.lesson_records import LessonSummary

        return [LessonSummary(row["id"], Text.from_row(row, "title"), row["level"], row["minutes"],
                              self._texts("lesson_objectives", row["id"]))
                for row in self._rows("SELECT * FROM lessons ORDER BY position, id")]

    def lesson(self, lesson_id: str) -> Lesson | None:
        import json

        from desktop.core.lesson_records import Lesson, LessonStep, QuizQuestion

        rows = self._rows("SELECT * FROM lessons WHERE id = ?", lesson_id)
        if not rows:
            return None
        row = rows[0]
        steps = tuple(LessonStep(
            kind=item["kind"], title=Text.from_row(item, "title"), note=Text.from_row(item, "note"),
            guide_id=item["guide_id"] or "", guide_step=item["guide_step"] or 0, caution_id=item["caution_id"] or "",
            platform_ids=tuple(json.loads(item["platform_ids"])), criteria=tuple(json.loads(item["criteria"])),
            term_ids=tuple(json.loads(item["term_ids"])), text=Text.from_row(item, "text"),
        ) for item in self._rows("SELECT * FROM lesson_steps WHERE lesson_id = ? ORDER BY position", lesson_id))
        choices: dict[int, list[Text]] = {}
        for item in self._rows("SELECT * FROM lesson_choices WHERE lesson_id = ? ORDER BY question, position",
                               lesson_id):
            choices.setdefault(item["question"], []).append(Text.from_row(item, "text"))
        quiz = tuple(QuizQuestion(Text.from_row(item, "question"), tuple(choices.get(item["position"], ())),
                                  item["answer"], Text.from_row(item, "explanation"))
                     for item in self._rows("SELECT * FROM lesson_questions WHERE lesson_id = ? ORDER BY position",
                                            lesson_id))
        vocabulary = tuple(item["term_id"] for item in self._rows(
            "SELECT term_id FROM lesson_vocabulary WHERE lesson_id = ? ORDER BY position", lesson_id))
        sources = tuple((item["title"], item["url"]) for item in self._rows(
            "SELECT title, url FROM lesson_sources WHERE lesson_id = ? ORDER BY position", lesson_id))
        return Lesson(
            row["id"], Text.from_row(row, "title"), row["level"], row["minutes"],
            self._texts("lesson_objectives", lesson_id), coaap=tuple(json.loads(row["coaap"])), steps=steps,
            vocabulary=vocabulary, quiz=quiz, teacher_notes=self._texts("lesson_notes", lesson_id), sources=sources,
            reviewed=dt.date.fromisoformat(row["reviewed"]) if row["reviewed"] else None,
        )

    def term_characters(self) -> dict[str, tuple[Pairs, Pairs]]:
        """term id → (Simplified pairs, Traditional pairs) of (character, tone-marked syllable)."""
        found: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for row in self._rows("SELECT * FROM term_characters ORDER BY term_id, variant, position"):
            found.setdefault(row["term_id"], {}).setdefault(row["variant"], []).append(
                (row["character"], row["syllable"]))
        return {term_id: (tuple(variants.get("zh_Hans", ())), tuple(variants.get("zh_Hant", ())))
                for term_id, variants in found.items()}
