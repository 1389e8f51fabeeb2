"""Where a class is in a lesson: the current step, the section (steps, vocabulary, quiz) and the quiz's state.

No Qt here. The presenter keeps one ``LessonProgress`` per open lesson; ``to_dict`` gives a small plain dict that
survives rebuilding the screen (a language switch, a zoom change), and ``from_dict`` reads one back, forgiving
anything out of range or out of date.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.lesson_records import Lesson, LessonStep, QuizQuestion

SECTIONS = ("steps", "vocabulary", "quiz")


def position_label(number: int, count: int) -> str:
    """'3 / 8': the same in every language, as slides show it."""
    return f"{number} / {count}"


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


@dataclass(frozen=True)
class Score:
    right: int
    answered: int
    total: int

    @property
    def label(self) -> str:
        return position_label(self.right, self.total)


class _Cursor:
    """A place in an ordered list, numbered from 1 as "3 / 8" shows it, and kept within the list."""

    index = 0

    @property
    def count(self) -> int:
        raise NotImplementedError

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def label(self) -> str:
        return position_label(self.number, self.count)

    @property
    def at_first(self) -> bool:
        return self.index == 0

    @property
    def at_last(self) -> bool:
        return self.index >= self.count - 1

    def go_to(self, number: int) -> None:
        """Moves to item ``number`` (from 1), kept within the list."""
        self.index = _clamp(number - 1, 0, max(0, self.count - 1))

    def forward(self) -> bool:
        """The next item; False (and nothing changes) at the last one."""
        if self.at_last:
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        if self.at_first:
            return False
        self.index -= 1
        return True


class QuizState(_Cursor):
    """One question at a time: the class reveals the answer, or a learner chooses one and is scored."""

    def __init__(self, questions: tuple[QuizQuestion, ...]) -> None:
        self.questions = questions
        self.index = 0
        self.answers: dict[int, int] = {}  # question index → chosen choice index
        self.revealed: set[int] = set()

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def question(self) -> QuizQuestion | None:
        return self.questions[self.index] if self.questions else None

    def choose(self, choice: int) -> bool:
        """Records the learner's choice for the current question; after Reveal the answer stands."""
        question = self.question
        if question is None or self.index in self.revealed or not 0 <= choice < len(question.choices):
            return False
        self.answers[self.index] = choice
        return True

    def chosen(self, index: int | None = None) -> int | None:
        return self.answers.get(self.index if index is None else index)

    def reveal(self) -> None:
        """Shows the right answer and its explanation for the current question."""
        if self.questions:
            self.revealed.add(self.index)

    @property
    def is_revealed(self) -> bool:
        return self.index in self.revealed

    def is_right(self, index: int | None = None) -> bool | None:
        """Whether the chosen answer is right; None before an answer is chosen."""
        index = self.index if index is None else index
        choice = self.answers.get(index)
        return None if choice is None else self.questions[index].is_right(choice)

    @property
    def finished(self) -> bool:
        return bool(self.questions) and len(self.answers) == self.count

    @property
    def score(self) -> Score:
        right = sum(1 for index in self.answers if self.is_right(index))
        return Score(right, len(self.answers), self.count)

    def reset(self) -> None:
        self.index, self.answers, self.revealed = 0, {}, set()

    def to_dict(self) -> dict:
        return {"question": self.number, "revealed": sorted(self.revealed),
                "answers": {str(index): choice for index, choice in sorted(self.answers.items())}}

    def restore(self, data: dict) -> None:
        """Takes back a ``to_dict`` result, keeping only what still fits these questions."""
        self.reset()
        if not isinstance(data, dict):
            return
        answers = data.get("answers")
        for key, choice in answers.items() if isinstance(answers, dict) else ():
            index = int(key) if str(key).isdigit() else -1
            if 0 <= index < self.count and isinstance(choice, int) and 0 <= choice < len(self.questions[index].choices):
                self.answers[index] = choice
        revealed = data.get("revealed")
        if isinstance(revealed, list):
            self.revealed = {index for index in revealed if isinstance(index, int) and 0 <= index < self.count}
        number = data.get("question")
        self.go_to(number if isinstance(number, int) else 1)


class LessonProgress(_Cursor):
    """The class's place in a lesson. Steps are numbered from 1, as "3 / 8" shows them."""

    def __init__(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.index = 0
        self.section = "steps"
        self.quiz = QuizState(lesson.quiz)

    @property
    def count(self) -> int:
        return len(self.lesson.steps)

    @property
    def step(self) -> LessonStep | None:
        return self.lesson.steps[self.index] if self.lesson.steps else None

    @property
    def next_step(self) -> LessonStep | None:
        """The step after this one, for the teacher's view; None at the end."""
        return self.lesson.steps[self.index + 1] if self.index + 1 < self.count else None

    def go_to(self, number: int) -> None:
        """Shows step ``number`` (from 1), kept within the lesson, and returns to the steps."""
        super().go_to(number)
        self.section = "steps"

    def show(self, section: str) -> None:
        if section not in SECTIONS:
            raise ValueError(f"unknown section {section!r}: one of {', '.join(SECTIONS)}")
        self.section = section

    def step_titles(self, language: str) -> list[str]:
        """'1. Title' for every step, for the step list a teacher jumps from."""
        return [f"{number}. {step.title.get(language)}" for number, step in enumerate(self.lesson.steps, start=1)]

    def to_dict(self) -> dict:
        return {"lesson": self.lesson.id, "section": self.section, "step": self.number, "quiz": self.quiz.to_dict()}

    @classmethod
    def from_dict(cls, lesson: Lesson, data: dict | None) -> LessonProgress:
        """Progress in ``lesson`` as ``data`` saved it; a fresh start where it was about another lesson."""
        progress = cls(lesson)
        if not isinstance(data, dict) or data.get("lesson") != lesson.id:
            return progress
        step = data.get("step")
        progress.go_to(step if isinstance(step, int) else 1)
        if data.get("section") in SECTIONS:
            progress.section = data["section"]
        progress.quiz.restore(data.get("quiz") or {})
        return progress
