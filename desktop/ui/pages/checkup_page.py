"""The privacy check-up: ten questions about the reader's own habits, and the three to five cautions that matter
most to them, each with the one thing to do first and a link to the caution.

Answers are kept only when the owner turns on the switch, and the switch exists only where the setting keeps
things: on a kiosk there is nothing to turn on and nothing is stored. Turning it off forgets the kept answers.
The result can be printed or sent home as a picture, like a guide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from desktop.core import privacy_checkup
from desktop.core.picture import picture, printout_languages
from desktop.core.tool_documents import checkup_document, checkup_result
from desktop.i18n import _
from desktop.ui.document_actions import DocumentActions
from desktop.ui.document_view import PartWriter
from desktop.ui.pages.base import heading
from desktop.ui.layouts import button_row, empty_layout
from desktop.ui.pages.factory import PageContext
from desktop.ui.questions_form import QuestionsForm, QuestionsPage


class CheckupPage(QuestionsPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self._context = context
        self.content = context.store.tool_content(privacy_checkup.TOOL_ID)
        for widget in heading(self._text("title"), self._text("intro")):
            self.add(widget)
        self.keep_switch: QCheckBox | None = None
        kept = privacy_checkup.kept_answers(context.user_store) if context.keeps else {}
        if context.keeps:
            self.keep_switch = QCheckBox(_("Keep my answers on this computer"))
            self.keep_switch.setObjectName("KeepSwitch")
            self.keep_switch.setChecked(bool(kept))
            self.keep_switch.toggled.connect(self.set_keeping)
            self.add(self.keep_switch)
        self.form = QuestionsForm(privacy_checkup.questions(self.content, context.language))
        self.form.set_answers(kept)
        self.form.changed.connect(self.update_result)
        self.add(self.form)
        self.start_over = QPushButton(_("Clear my answers"))
        self.start_over.setObjectName("ToolButton")
        self.start_over.clicked.connect(self.clear)
        self.result = QWidget()
        self.result.setObjectName("ResultBox")
        self.result.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.result_column = QVBoxLayout(self.result)
        self.add(self.result)
        self.page_actions = DocumentActions(context, self._documents, self._picture, "qiao-privacy-checkup")
        self.add(self.page_actions)
        self.add(button_row(self.start_over))
        self.setAccessibleName(self._text("title"))
        self.update_result()

    def _text(self, key: str) -> str:
        return self.content.text(key).get(self._context.language)

    def _document(self, language: str):
        return checkup_document(self._context.store, self.form.answers(), language,
                                self._context.translate_to(language))

    def _documents(self, bilingual: bool):
        return [self._document(code) for code in printout_languages(self._context.language, bilingual)]

    def _picture(self, language: str):
        return picture(self._document(language), self._context.today, self._context.translate_to(language))

    # What the reader does

    def update_result(self) -> None:
        empty_layout(self.result_column)
        writer = PartWriter(self._context.router.open_href)
        for block in self._document(self._context.language).blocks[1:]:  # the page has its own title
            self.result_column.addWidget(writer.block(block))
        self.result_links = writer.links_made()
        answered = bool(self.form.answers())
        self.page_actions.setVisible(answered and self.page_actions.has_actions())
        self.start_over.setVisible(answered)
        if answered and self.keep_switch is not None and self.keep_switch.isChecked():
            privacy_checkup.keep_answers(self._context.user_store, self.form.answers())

    def cautions(self) -> list[str]:
        """The cautions the result lists, in order (for tests and the window title)."""
        return [item.caution for item in checkup_result(self._context.store, self.form.answers())] \
            if self.form.answers() else []

    def set_keeping(self, on: bool) -> None:
        store = self._context.user_store
        if store is None or not self._context.keeps:
            return
        if on:
            privacy_checkup.keep_answers(store, self.form.answers())
        else:
            privacy_checkup.forget_answers(store)

    def clear(self) -> None:
        self.form.set_answers({})
        self.update_result()
        if self.keep_switch is not None and self.keep_switch.isChecked():
            privacy_checkup.forget_answers(self._context.user_store)  # no answers: nothing to keep
        self.form.focus_first()

