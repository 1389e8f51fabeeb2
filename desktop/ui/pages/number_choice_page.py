"""+1 or +86: five plain questions, the recommendation with its reasons, what changes with each choice, the guides
that help and the sources. It takes no side: the two choices are shown the same way whatever the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
from desktop.ui.questions_form import QuestionsForm, QuestionsPage

CHOICE_EM = 16  # each choice's column in the comparison, at its narrowest


class NumberChoicePage(QuestionsPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
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
        self.result_column = QVBoxLayout(self.result)
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
        empty_layout(self.result_column)
        answers = self.form.answers()
        try:
            self.outcome = decide(check_answers(answers, number_choice.QUESTIONS))
        except ValueError:
            self.outcome = None
        if self.outcome is None:
            left = len(number_choice.QUESTIONS) - len(answers)
            self.result_column.addWidget(text_label(
                _("Answer the questions above to see which number fits you ({left} left).").format(left=left),
                "Paragraph"))
            return
        document = number_choice_document(self._context.store, self.outcome, self._context.language)
        writer = PartWriter(self._context.router.open_href)
        for block in document.blocks:
            self.result_column.addWidget(writer.block(block))
        self.result_links = writer.links_made()

    def recommendation(self) -> str | None:
        return self.outcome.recommendation if self.outcome else None

