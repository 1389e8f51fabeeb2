"""A lesson's quiz, one question at a time, with big choices.

For the class: the teacher asks, the class answers aloud, and "Show the answer" marks the right choice and gives
its one-line explanation. For a learner alone: choosing a choice answers and shows whether it was right; after
the last question comes the score, which is kept where the page is handed somewhere to keep it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.lesson_content import aligned
from desktop.core.lesson_progress import QuizState
from desktop.i18n import _
from desktop.ui.accessibility import ChoiceButton, HeadingLabel
from desktop.ui.document_view import text_label
from desktop.ui.layouts import grows_with_width
from desktop.ui.wrapping_button import HeightFromLayout

LETTERS = "ABCD"


def _texts(text, first: str, second: str | None) -> list[str]:
    """A text in the shown language, or in the two side by side (joined per paragraph)."""
    if second is None:
        return [text.get(first)]
    rows = aligned(text, first, second)
    return ["\n\n".join(row.left for row in rows), "\n\n".join(row.right for row in rows)]


class AnswerButton(HeightFromLayout, ChoiceButton):
    """One choice: a letter and its words (in two columns side by side), as big as a finger or a class needs."""

    def __init__(self, letter: str, texts: list[str]) -> None:
        super().__init__("")
        self.setObjectName("AnswerButton")
        self.grow_with_layout()
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(24)
        self.mark = self._label(letter, "AnswerLetter")
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.labels = [self._label(text, "AnswerText") for text in texts]
        for label in self.labels:
            row.addWidget(label, 1)
        self.letter = letter
        self.setAccessibleName(f"{letter}. " + " / ".join(texts))

    @staticmethod
    def _label(text: str, object_name: str) -> QLabel:
        label = text_label(text, object_name)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        return label

    def show_verdict(self, verdict: str) -> None:
        """'right', 'wrong' (the learner's wrong choice) or '' — styled, and said in words, never colour alone."""
        self.setProperty("verdict", verdict)
        self.mark.setText({"right": f"✓ {self.letter}", "wrong": f"× {self.letter}"}.get(verdict, self.letter))
        description = {"right": _("The right answer"), "wrong": _("Not right")}.get(verdict, "")
        self.setAccessibleDescription(description)
        self.style().unpolish(self)
        self.style().polish(self)


class QuestionView(QWidget):
    """The current question of ``state``; ``changed`` is called after a choice or a reveal."""

    def __init__(self, state: QuizState, first: str, second: str | None, changed: Callable[[], None]) -> None:
        super().__init__()
        self.state = state
        self._changed = changed
        question = state.question
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        texts = _texts(question.question, first, second)
        title = HeadingLabel("\n".join(texts) if second is None else texts[0], 2)
        title.setObjectName("QuizQuestion")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        grows_with_width(title)
        if second is None:
            column.addWidget(title)
        else:
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(40)
            row.addWidget(title, 1)
            row.addWidget(text_label(texts[1], "QuizQuestion"), 1)
            grows_with_width(pair)
            column.addWidget(pair)
        self.answers: list[AnswerButton] = []
        for index, choice in enumerate(question.choices):
            button = AnswerButton(LETTERS[index], _texts(choice, first, second))
            button.clicked.connect(lambda _checked=False, index=index: self.choose(index))
            column.addWidget(button)
            self.answers.append(button)
        actions = QWidget()
        actions_row = QHBoxLayout(actions)
        actions_row.setContentsMargins(0, 0, 0, 0)
        self.reveal_button = QPushButton(_("Show the answer"))
        self.reveal_button.setObjectName("PrimaryButton")
        self.reveal_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reveal_button.clicked.connect(self.reveal)
        actions_row.addWidget(self.reveal_button)
        actions_row.addStretch(1)
        column.addWidget(actions)
        self.explanation = text_label("\n\n".join(_texts(question.explanation, first, second)), "QuizExplanation")
        column.addWidget(self.explanation)
        grows_with_width(self)
        self._show_state()

    def choose(self, index: int) -> None:
        """A learner's (or the class's) answer: recorded, then the right one shown."""
        if self.state.choose(index):
            self.state.reveal()
        self._show_state()
        self._changed()

    def reveal(self) -> None:
        self.state.reveal()
        self._show_state()
        self._changed()

    def _show_state(self) -> None:
        revealed = self.state.is_revealed
        chosen = self.state.chosen()
        question = self.state.question
        for index, button in enumerate(self.answers):
            button.setChecked(index == chosen)
            verdict = ""
            if revealed and question.is_right(index):
                verdict = "right"
            elif revealed and index == chosen:
                verdict = "wrong"
            button.show_verdict(verdict)
        self.reveal_button.setVisible(not revealed)
        self.explanation.setVisible(revealed)


def score_text(right: int, total: int) -> str:
    return _("{right} of {total} right").format(right=right, total=total)


class ScoreView(QWidget):
    """The end of the quiz: the score where answers were chosen, and a way to start again."""

    def __init__(self, state: QuizState, earlier: list[tuple[int, int]], again: Callable[[], None]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        score = state.score
        heading = HeadingLabel(_("End of the quiz"), 2)
        heading.setObjectName("StepTitle")
        heading.setWordWrap(True)
        column.addWidget(heading)
        if score.answered:
            self.result = text_label(score_text(score.right, score.total), "QuizScore")
        else:
            self.result = text_label(_("The answers were shown to the class."), "StepText")
        column.addWidget(self.result)
        if earlier:
            right, total = earlier[-1]
            column.addWidget(text_label(_("Last time: {score}").format(score=score_text(right, total)), "StepContext"))
        row = QWidget()
        actions = QHBoxLayout(row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.again_button = QPushButton(_("Start the quiz again"))
        self.again_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.again_button.clicked.connect(again)
        actions.addWidget(self.again_button)
        actions.addStretch(1)
        column.addWidget(row)
        grows_with_width(self)
