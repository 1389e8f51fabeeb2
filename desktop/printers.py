"""The printers of comparisons, lessons, documents and pictures, each built (with its imports) when first used."""

from __future__ import annotations

import datetime as dt

from desktop.core.content_store import ContentStore
from desktop.i18n import Catalogs


class LazyPrinter:
    """Builds the comparison printer and the lesson handout (and imports their modules) only when first used."""

    def __init__(self, fonts, catalogs: Catalogs, store: ContentStore | None = None, destination=None) -> None:
        """``destination``: where printouts go (a DialogDestination unless the setting says otherwise)."""
        self._arguments = (fonts, catalogs, dt.date.today)
        self._store = store
        self._destination = destination
        self._printer = None
        self._documents = None
        self._handout = None

    def handout(self):
        if self._handout is None:
            from desktop.ui.lesson_handout import LessonHandout

            self._handout = LessonHandout(self._store, *self._arguments)
        return self._handout

    def print_handout(self, parent, lesson, language: str, teacher: bool = False) -> None:
        self._print(parent, lambda printer: self.handout().paint(printer, lesson, language, teacher))

    def save_handout(self, parent, lesson, language: str, teacher: bool = False) -> None:
        self.handout().save_with_dialog(parent, lesson, language, teacher)

    def _get(self):
        if self._printer is None:
            from desktop.ui.comparison_printer import ComparisonPrinter

            self._printer = ComparisonPrinter(*self._arguments)
        return self._printer

    def print_with_dialog(self, parent, platforms, bilingual: bool, only_differences: bool = False) -> None:
        from desktop.i18n import active_language

        language = active_language()
        self._print(parent,
                    lambda printer: self._get().paint(printer, platforms, language, bilingual, only_differences))

    def save_with_dialog(self, parent, platforms, bilingual: bool, only_differences: bool = False) -> None:
        self._get().save_with_dialog(parent, platforms, bilingual, only_differences)

    def documents(self):
        """The printer of guides, cautions and check-up results (and of their pictures)."""
        if self._documents is None:
            from desktop.ui.document_printer import DocumentPrinter

            self._documents = DocumentPrinter(*self._arguments)
        return self._documents

    def print_document(self, parent, documents) -> None:
        documents_printer = self.documents()
        self._print(parent, lambda printer: documents_printer.paint(printer, documents), documents_printer.letter)

    def save_document(self, parent, documents, file_name: str) -> None:
        self.documents().save_with_dialog(parent, documents, file_name)

    def pictures(self, picture) -> list:
        """A picture to send home, drawn as its parts (QImages)."""
        return self.documents().pictures(picture)

    def print_pictures(self, parent, picture) -> None:
        documents_printer = self.documents()
        self._print(parent, lambda printer: documents_printer.paint_picture(printer, picture), documents_printer.letter)

    def _print(self, parent, paint, prepare=None) -> None:
        """Asks the destination for a printer (a dialog, or a kiosk's own printer), paints, and tells it so."""
        if self._destination is None:
            from desktop.ui.print_destination import DialogDestination

            self._destination = DialogDestination()
        printer = self._destination.printer(parent, prepare)
        if printer is not None:
            paint(printer)
            self._destination.sent()
