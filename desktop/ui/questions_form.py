"""Questions with their answers as chips: one radio group per question, none chosen until the reader answers.

Shared by the +1 or +86 decision aid and the privacy check-up. Each question is numbered, with its help line
under it when it has one; each chip is announced as a radio button with its question as its description, so a
screen reader says "Yes, radio button, Do you still have a working +86 number?".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.questionnaire import QuestionView
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.document_view import text_label
from desktop.ui.layouts import grows_with_width
from desktop.ui.pages.base import ColumnPage


def _numbered(number: int, text: str) -> str:
    return f"{number}. {text}"


class QuestionsForm(QWidget):
    changed = Signal()  # an answer was chosen

    def __init__(self, questions: Sequence[QuestionView]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.groups: dict[str, ChoiceGroup] = {}
        self._helps: dict[str, object] = {}
        for number, question in enumerate(questions, 1):
            box = QWidget()
            box.setObjectName("QuestionBox")
            box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            box_column = QVBoxLayout(box)
            group = ChoiceGroup(_numbered(number, question.text), list(question.answers), question.id, None)
            group.label.setTextFormat(Qt.TextFormat.PlainText)
            group.label.setWordWrap(True)
            help_line = text_label(question.help, "Meta")
            group.layout().removeWidget(group.label)  # a question stands above its answers, with its help below it
            box_column.addWidget(group.label)
            box_column.addWidget(help_line)
            help_line.setVisible(bool(question.help))  # once in the box: shown alone, it would open as a window
            group.chosen.connect(lambda _value: self.changed.emit())
            box_column.addWidget(group)
            grows_with_width(box)
            column.addWidget(box)
            self.groups[question.id] = group
            self._helps[question.id] = help_line
            self._describe(group, question.text)
        grows_with_width(self)

    @staticmethod
    def _describe(group: ChoiceGroup, question: str) -> None:
        for chip in group.chips:
            chip.setAccessibleDescription(question)

    def answers(self) -> dict[str, str]:
        return {question: group.value for question, group in self.groups.items() if group.value is not None}

    def set_answers(self, answers: Mapping[str, str]) -> None:
        """Shows ``answers`` (kept ones, or a page's state) without announcing each as a change."""
        for question, group in self.groups.items():
            if question not in answers or not group.choose_value(answers[question], notify=False):
                group.clear_choice()

    def choose(self, question: str, answer: str) -> None:
        """Answers one question, as a click on its chip does."""
        group = self.groups[question]
        group.chips[group.values.index(answer)].click()

    def retranslate(self, questions: Sequence[QuestionView]) -> None:
        for number, question in enumerate(questions, 1):
            group = self.groups[question.id]
            group.set_texts(_numbered(number, question.text), [label for _value, label in question.answers])
            help_line = self._helps[question.id]
            help_line.setText(question.help)
            help_line.setVisible(bool(question.help))
            self._describe(group, question.text)

    def focus_first(self) -> None:
        first = next(iter(self.groups.values()), None)
        if first is not None:
            first.chips[max(first.current_index, 0)].setFocus()


def result_words(column: QVBoxLayout) -> str:
    """The words of the widgets in ``column`` (not of those already taken off, waiting to be deleted)."""
    words = []
    for index in range(column.count()):
        widget = column.itemAt(index).widget()
        if widget is None:
            continue
        for part in [widget, *widget.findChildren(QWidget)]:
            if isinstance(part, (QLabel, QPushButton)) and part.text():
                words.append(part.text())
    return "\n".join(words)


class QuestionsPage(ColumnPage):
    """A tool of questions and a result that follows the answers; Back and a language switch bring both back.
    A page sets ``form`` and ``result_column`` and redraws its result in ``update_result``."""

    form: QuestionsForm
    result_column: QVBoxLayout

    def __init__(self) -> None:
        super().__init__([], margin=24)

    def update_result(self) -> None:
        raise NotImplementedError

    def result_text(self) -> str:
        """Every word of the result as shown, in reading order."""
        return result_words(self.result_column)

    def save_state(self) -> dict:
        return {"answers": self.form.answers(), "place": self.place()}

    def restore_state(self, state: dict) -> None:
        self.form.set_answers(state.get("answers", {}))
        self.update_result()
        self.restore_place(state.get("place"))
