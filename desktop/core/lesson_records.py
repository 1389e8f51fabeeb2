"""Plain records of classroom lessons, as the content database holds them. No Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.records import Text

STEP_KINDS = ("guide", "caution", "compare", "terms", "discuss", "text")
LEVELS = ("beginner", "intermediate")


@dataclass(frozen=True)
class LessonStep:
    """One step of a lesson. ``kind`` says which of the reference fields is filled."""

    kind: str  # guide, caution, compare, terms, discuss, text
    title: Text
    note: Text | None = None  # for the teacher's view only, never on the projected screen
    guide_id: str = ""
    guide_step: int = 0  # the guide's step number, from 1
    caution_id: str = ""
    platform_ids: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()  # the comparison's rows; empty means every criterion
    term_ids: tuple[str, ...] = ()
    text: Text | None = None  # the discussion question, or the step's own text


@dataclass(frozen=True)
class QuizQuestion:
    question: Text
    choices: tuple[Text, ...]
    answer: int  # index into ``choices``, from 0
    explanation: Text

    def is_right(self, choice: int) -> bool:
        return choice == self.answer


@dataclass(frozen=True)
class LessonSummary:
    id: str
    title: Text
    level: str  # beginner, intermediate
    minutes: int
    objectives: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Lesson(LessonSummary):
    coaap: tuple[int, ...] = ()  # the CASAS EL Civics objectives it serves (47, 48)
    steps: tuple[LessonStep, ...] = ()
    vocabulary: tuple[str, ...] = ()  # glossary term ids, in teaching order
    quiz: tuple[QuizQuestion, ...] = ()
    teacher_notes: tuple[Text, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (title, url) of the lesson's own sources
    reviewed: dt.date | None = None

    @property
    def guide_ids(self) -> tuple[str, ...]:
        """The guides the lesson takes steps from, in order of first use."""
        return tuple(dict.fromkeys(step.guide_id for step in self.steps if step.guide_id))

    @property
    def caution_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(step.caution_id for step in self.steps if step.caution_id))
