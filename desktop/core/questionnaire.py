"""What the two question-and-answer tools share: their questions as plain data, and checking a set of answers.

A tool's questions and answer ids live in its code (the rules need them); their wording lives in the content,
under ``question.<id>``, ``question.<id>.help`` and ``answer.<id>.<answer>``. Answers are a plain dict, so a page
may keep them (only when the owner asks, never on a kiosk) and a test can write them out by hand.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.tool_records import ToolContent

Questions = Sequence[tuple[str, tuple[str, ...]]]  # (question id, its answer ids), in the order they are asked


class AnswerError(ValueError):
    """An answer that is missing or not one of the question's choices."""

    def __init__(self, question: str, value: object) -> None:
        super().__init__(f"question {question!r} has no answer {value!r}" if value is not None
                         else f"question {question!r} is not answered")
        self.question = question
        self.value = value


@dataclass(frozen=True)
class QuestionView:
    id: str
    text: str
    help: str  # a line that explains the question; empty when it needs none
    answers: tuple[tuple[str, str], ...]  # (answer id, label)


def check_answers(answers: Mapping[str, str], questions: Questions, required: bool = True) -> dict[str, str]:
    """The answers, checked: every question answered with one of its choices (or, with ``required=False``,
    left out). Unknown questions are ignored, so answers kept from an older version still load."""
    clean = {}
    for question, choices in questions:
        value = answers.get(question)
        if value is None and not required:
            continue
        if value not in choices:
            raise AnswerError(question, value)
        clean[question] = value
    return clean


def question_views(questions: Questions, content: ToolContent, language: str) -> list[QuestionView]:
    views = []
    for question, choices in questions:
        help_text = content.texts.get(f"question.{question}.help")
        views.append(QuestionView(question, content.text(f"question.{question}").get(language),
                                  help_text.get(language) if help_text else "",
                                  tuple((choice, content.text(f"answer.{question}.{choice}").get(language))
                                        for choice in choices)))
    return views


def text_keys(questions: Questions) -> list[str]:
    """The content keys a tool's questions need (the help lines are optional)."""
    keys = []
    for question, choices in questions:
        keys.append(f"question.{question}")
        keys += [f"answer.{question}.{choice}" for choice in choices]
    return keys


def answers_to_json(answers: Mapping[str, str], questions: Questions) -> str:
    """The answers as a small JSON text, for an owner who asked to keep them."""
    return json.dumps(check_answers(answers, questions, required=False), sort_keys=True)


def answers_from_json(text: str | None, questions: Questions) -> dict[str, str]:
    """Kept answers read back; anything unreadable or no longer asked is dropped rather than failing."""
    try:
        data = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    choices = dict(questions)
    return {question: value for question, value in data.items()
            if question in choices and value in choices[question]}
