"""A lesson step drawn as widgets, in one language or in two aligned columns ("English + 中文").

The texts come from ``desktop.core.lesson_content``: one label per paragraph, styled by its role. Side by side,
paragraph *n* of the English sits on the same row as paragraph *n* of the Chinese, so the class reads across.
A glossary word in Chinese shows its pinyin over each character.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.labels import criterion_label
from desktop.core.lesson_content import StepContent, display, side_by_side
from desktop.core.records import Term
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.document_view import text_label
from desktop.ui.layouts import grows_with_width
from desktop.ui.pinyin_word import PinyinWord

ROLE_NAMES = {"title": "StepTitle", "context": "StepContext", "text": "StepText", "item": "StepText",
              "term": "StepTerm", "definition": "StepText", "example": "StepExample", "platform": "StepPlatform",
              "cell": "StepText", "question": "StepQuestion"}
Translate = Callable[[str, str], str]  # (language, message) → the message in that language


def _colon(language: str) -> str:
    return ": " if language == "en" else "："


def paragraph_text(role: str, text: str, ref: str, language: str, translate: Translate) -> str:
    """A paragraph as it is shown and read aloud: list entries with a bullet, comparison cells after their row's
    label."""
    if role == "item":
        return f"• {text}"
    if role == "cell" and "." in ref:
        key = ref.split(".", 1)[1]
        return criterion_label(key, lambda message: translate(language, message)) + _colon(language) + text
    return text


def _label(role: str, text: str) -> QLabel:
    if role in ("title", "platform"):
        label = HeadingLabel(text, 2 if role == "title" else 3)
        label.setObjectName(ROLE_NAMES[role])
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        grows_with_width(label)
        return label
    return text_label(text, ROLE_NAMES.get(role, "StepText"))


def _chinese_term(term: Term | None, language: str, text: str) -> QWidget:
    if term is None or not term.pinyin_pairs(language):
        return _label("term", text)
    word = PinyinWord(term.pinyin_pairs(language), "Medium")
    return word


class StepView(QWidget):
    """One step. ``second`` is the language of the right-hand column, or None for one language."""

    def __init__(self, content: StepContent, first: str, second: str | None, translate: Translate,
                 terms: dict[str, Term]) -> None:
        super().__init__()
        self.content = content
        self.texts: list[QWidget] = []
        if second is None:
            self._single(content, first, translate, terms)
        else:
            self._pairs(content, first, second, translate, terms)
        grows_with_width(self)

    def _single(self, content: StepContent, language: str, translate: Translate, terms: dict[str, Term]) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        shown = display(content, language)
        widgets = [_label("title", shown.title)]
        if shown.context:
            widgets.append(_label("context", shown.context))
        for (role, text), ref in zip(shown.paragraphs, shown.refs):
            if role == "term" and language != "en":
                widgets.append(_chinese_term(terms.get(ref), language, text))
            else:
                widgets.append(_label(role, paragraph_text(role, text, ref, language, translate)))
        for widget in widgets:
            column.addWidget(widget)
        self.texts = widgets

    def _pairs(self, content: StepContent, first: str, second: str, translate: Translate,
               terms: dict[str, Term]) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row, aligned in enumerate(side_by_side(content, first, second)):
            for column, (language, text) in enumerate(((first, aligned.left), (second, aligned.right))):
                if aligned.role == "term" and language != "en":
                    widget = _chinese_term(terms.get(aligned.ref), language, text)
                else:
                    widget = _label(aligned.role, paragraph_text(aligned.role, text, aligned.ref, language,
                                                                 translate))
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
                self.texts.append(widget)

    def plain_text(self) -> str:
        """Every word of the step on screen, in reading order (row by row side by side)."""
        return "\n".join(widget.text() if isinstance(widget, QLabel) else widget.accessibleName()
                         for widget in self.texts)


def speech_text(content: StepContent, language: str, translate: Translate) -> str:
    """The step in one language as it is read aloud: its title, then each paragraph."""
    shown = display(content, language)
    lines = [shown.title, shown.context] + [paragraph_text(role, text, ref, language, translate).lstrip("• ")
                                            for (role, text), ref in zip(shown.paragraphs, shown.refs)]
    return "\n".join(line for line in lines if line)
