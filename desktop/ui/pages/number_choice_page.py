"""+1 or +86: five plain questions, the recommendation with its reasons, what changes with each choice, the guides
that help and the sources. It takes no side: the two choices are shown the same way whatever the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import number_choice
from desktop.core.number_choice import decide
from desktop.core.questionnaire import check_answers
from desktop.core.tool_documents import number_choice_document, number_choice_sources
from desktop.i18n import _
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.document_view import PartWriter, text_label
from desktop.ui.layouts import ColumnsLayout, empty_layout, grows_with_width
from desktop.ui.pages.base import heading
from desktop.ui.pages.factory import PageContext
from desktop.ui.questions_form import QuestionsForm
from desktop.ui.scroll_page import ScrollPage

CHOICE_EM = 16  # each choice's column in the comparison, at its narrowest


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


class NumberChoicePage(ScrollPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(max_em=48, margin=24, spacing=16)
        self._context = context
        self.content = context.store.tool_content(number_choice.TOOL_ID)
        language = context.language
        self._writer = PartWriter(context.router.open_href)
        for widget in heading(self._text("title"), self._text("intro")):
            self.add(widget)
        self.form = QuestionsForm(number_choice.questions(self.content, language))
        self.form.changed.connect(self.update_result)
        self.add(self.form)
        self.result = QWidget()
        self.result.setObjectName("ResultBox")
        self.result.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._result_column = QVBoxLayout(self.result)
        self.add(self.result)
        self.add(self._comparison())
        for block in number_choice_sources(context.store, language).blocks:
            self.add(self._writer.block(block))
        self.outcome = None
        self.setAccessibleName(self._text("title"))
        self.update_result()

    def _text(self, key: str) -> str:
        return self.content.text(key).get(self._context.language)

    def _comparison(self) -> QWidget:
        """The two choices aspect by aspect: side by side when there is room, one under the other when not."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        title = HeadingLabel(self._text("comparison-title"), 2)
        title.setObjectName("Heading2")
        title.setWordWrap(True)
        column.addWidget(title)
        em = max(8, self.fontInfoPixelSize())
        for aspect in number_choice.ASPECTS:
            label = HeadingLabel(self._text(f"aspect.{aspect}"), 3)
            label.setObjectName("Heading3")
            label.setWordWrap(True)
            column.addWidget(label)
            row = QWidget()
            grid = ColumnsLayout(row, spacing=16, min_column=round(CHOICE_EM * em), max_columns=2)
            for choice in number_choice.CHOICES:
                cell = QWidget()
                cell.setObjectName("ChoiceCell")
                cell.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
                cell_column = QVBoxLayout(cell)
                cell_column.addWidget(text_label(self._text(f"choice.{choice}.title"), "Strong"))
                cell_column.addWidget(text_label(self._text(f"choice.{choice}.{aspect}"), "Paragraph"))
                cell_column.addStretch(1)
                grows_with_width(cell)
                grid.addWidget(cell)
            grows_with_width(row)
            column.addWidget(row)
        grows_with_width(box)
        return box

    def update_result(self) -> None:
        """The recommendation once every question is answered; until then, how many are left."""
        empty_layout(self._result_column)
        answers = self.form.answers()
        try:
            self.outcome = decide(check_answers(answers, number_choice.QUESTIONS))
        except ValueError:
            self.outcome = None
        if self.outcome is None:
            left = len(number_choice.QUESTIONS) - len(answers)
            self._result_column.addWidget(text_label(
                _("Answer the questions above to see which number fits you ({left} left).").format(left=left),
                "Paragraph"))
            return
        document = number_choice_document(self._context.store, self.outcome, self._context.language)
        writer = PartWriter(self._context.router.open_href)
        for block in document.blocks:
            self._result_column.addWidget(writer.block(block))
        self.result_links = writer.links_made()

    def recommendation(self) -> str | None:
        return self.outcome.recommendation if self.outcome else None

    def result_text(self) -> str:
        """Every word of the result as shown, in reading order."""
        return result_words(self._result_column)

    # Place, answers, language

    def save_state(self) -> dict:
        return {"answers": self.form.answers(), "place": self.place()}

    def restore_state(self, state: dict) -> None:
        self.form.set_answers(state.get("answers", {}))
        self.update_result()
        self.restore_place(state.get("place"))

    def focus_first(self) -> None:
        title = self.findChild(HeadingLabel)
        (title or self).setFocus()
