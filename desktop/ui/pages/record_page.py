"""The page of one guide, caution, glossary term or platform: its structured document drawn as widgets.

A language switch rebuilds the document in the new language and swaps the words in place; with the bilingual
switch on, English and Chinese stand side by side, part by part.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.document import Document
from desktop.core.picture import Picture, picture, printout_languages
from desktop.core.targets import Target
from desktop.ui.document_actions import DocumentActions
from desktop.ui.document_view import DocumentView
from desktop.ui.pages.factory import PageContext

PLATFORM_EM = 52  # a platform page's fact table wants a wider column than running text
PRINTABLE = ("guide", "caution")

Builder = Callable[[PageContext, str, str], Document | None]


def _builder(kind: str) -> Builder:
    from desktop.core import document_builders as builders
    from desktop.core.platform_document import platform_document

    if kind == "platform":
        return lambda context, record_id, language: platform_document(
            context.store, record_id, language, context.today, context.translate_to(language))
    build = {"guide": builders.guide_document, "caution": builders.caution_document,
             "term": builders.term_document}[kind]
    return lambda context, record_id, language: build(context.store, record_id, language,
                                                      context.translate_to(language))


class RecordPage(DocumentView):
    def __init__(self, target: Target, context: PageContext, document: Document, secondary: Document | None,
                 builder: Builder) -> None:
        super().__init__(document, context.router.open_href, secondary,
                         max_em=PLATFORM_EM if target.kind == "platform" else 38)
        self.target = target
        self._builder = builder
        self._context = context
        self.page_actions = self._actions(context)
        self._place_actions()

    def _actions(self, context: PageContext) -> DocumentActions | None:
        """Save (the star) on every kind; print, PDF and the picture to send home on guides and cautions."""
        printable = self.target.kind in PRINTABLE
        actions = DocumentActions(context, self._documents, self._picture if printable else None,
                                  f"qiao-{self.target.kind}-{self.target.ids[0]}", (self.target, self.document.title),
                                  printable=printable)
        if not actions.has_actions():
            actions.deleteLater()
            return None
        return actions

    def _documents(self, bilingual: bool) -> list[Document]:
        """What to print: the page's language, or English beside the reader's Chinese (Simplified from English)."""
        documents = [self._builder(self._context, self.target.ids[0], code)
                     for code in printout_languages(self._context.language, bilingual)]
        return [document for document in documents if document is not None]

    def _picture(self, language: str) -> Picture:
        document = self._builder(self._context, self.target.ids[0], language)
        return picture(document, self._context.today, self._context.translate_to(language))

    def _place_actions(self) -> None:
        """The actions sit under the title, where the eye starts, and stay there when the parts are rebuilt."""
        if self.page_actions is None:
            return
        self.column_layout.removeWidget(self.page_actions)
        self.column_layout.insertWidget(1 if self._parts else 0, self.page_actions)

    def _build(self) -> None:
        super()._build()
        if getattr(self, "page_actions", None) is not None:
            self._place_actions()

    @classmethod
    def build(cls, target: Target, context: PageContext) -> RecordPage | None:
        builder = _builder(target.kind)
        first, second = context.shown_languages()
        document = builder(context, target.ids[0], first)
        if document is None:
            return None
        secondary = builder(context, target.ids[0], second) if second else None
        return cls(target, context, document, secondary, builder)

    def retranslate(self, context: PageContext) -> bool:
        first, second = context.shown_languages()
        document = self._builder(context, self.target.ids[0], first)
        if document is None:
            return False
        self.set_document(document, self._builder(context, self.target.ids[0], second) if second else None)
        self._context = context
        if self.page_actions is not None:
            self.page_actions.retranslate(context, document.title)
        return True

    def save_state(self) -> dict:
        return {"place": self.place()}

    def restore_state(self, state: dict) -> None:
        self.restore_place(state.get("place"))
