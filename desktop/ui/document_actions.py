"""The row of actions above a document: a star that saves it, print, save as PDF, and send home as a picture.

Each appears only where the setting allows it, read from the page's context, never from a mode: the star where
pages can be kept (a laptop), Print and Save as PDF where the printer service offers them, the picture wherever
there is an output service (on a kiosk it is printed, not saved). The star is a toggle named for its page ("Save
WeChat"), so a screen reader says what it saves and whether it is on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from desktop.core.document import Document
from desktop.core.picture import Picture
from desktop.core.reading_list import KINDS as STARRED_KINDS
from desktop.core.targets import Target
from desktop.i18n import _, pgettext
from desktop.ui.icons import load_icon
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.factory import PageContext

DocumentsFor = Callable[[bool], Sequence[Document]]  # bilingual? → the documents to print, one per column
PictureFor = Callable[[str], Picture]  # language → the picture to send home


class StarButton(QPushButton):
    """Saves a page to the owner's Saved list, or takes it off; named for the page it saves."""

    def __init__(self, target: Target, reading_list, title: str) -> None:
        super().__init__()
        self.setObjectName("StarButton")
        self.setCheckable(True)
        self._target, self._reading_list = target, reading_list
        self.setChecked(reading_list.is_saved(target))
        self.toggled.connect(self._store)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        self._title = title
        self._show()

    def _store(self, on: bool) -> None:
        if on != self._reading_list.is_saved(self._target):
            self._reading_list.save(self._target) if on else self._reading_list.unsave(self._target)
        if self._reading_list.is_saved(self._target) != on:  # the database refused: show what is true
            self.blockSignals(True)
            self.setChecked(not on)
            self.blockSignals(False)
        self._show()

    def _show(self) -> None:
        checked = self.isChecked()
        self.setText(pgettext("a page on the Saved list", "Saved") if checked else pgettext("a page", "Save"))
        self.setAccessibleName(_("Save {name}").format(name=self._title))
        self.setToolTip(_("Saved: press to take it off your list") if checked else _("Save this page"))
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.Base if checked else QPalette.ColorRole.ButtonText)
        size = max(16, self.fontMetrics().height())
        self.setIcon(load_icon("action.saved" if checked else "action.save", colour, size))
        self.setIconSize(QSize(size, size))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show()


class DocumentActions(QWidget):
    """Star, print-language choice, Print, Save as PDF, and Send home as a picture, as the context allows."""

    def __init__(self, context: PageContext, documents_for: DocumentsFor, picture_for: PictureFor | None,
                 file_name: str, star: tuple[Target, str] | None = None, printable: bool = True) -> None:
        super().__init__()
        self._context = context
        self._documents_for, self._picture_for, self._file_name = documents_for, picture_for, file_name
        self.picture_dialog = None
        flow = FlowLayout(self, spacing=8)
        grows_with_width(self)
        self.star = None
        reading_list = context.reading_list
        if star is not None and reading_list is not None and reading_list.enabled and star[0].kind in STARRED_KINDS:
            self.star = StarButton(star[0], reading_list, star[1])
            flow.addWidget(self.star)
        printer, features = context.printer, context.features
        self.print_language: QComboBox | None = None
        self.print_button = self.pdf_button = self.picture_button = None
        if printer is not None and picture_for is not None:
            self.picture_button = self._button(flow, self.send_picture)
        if printable and printer is not None and features & {"print", "save_pdf"}:
            self.print_language = QComboBox()
            self.print_language.addItem("", False)
            self.print_language.addItem("", True)
            flow.addWidget(self.print_language)
            if "print" in features:
                self.print_button = self._button(flow, self.print_document)
            if "save_pdf" in features:
                self.pdf_button = self._button(flow, self.save_pdf)
        self.retranslate()

    @staticmethod
    def _button(flow: FlowLayout, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName("ToolButton")
        button.clicked.connect(lambda _checked=False: slot())
        flow.addWidget(button)
        return button

    def retranslate(self, context: PageContext | None = None, title: str | None = None) -> None:
        if context is not None:
            self._context = context
        if self.star is not None and title is not None:
            self.star.set_title(title)
        elif self.star is not None:
            self.star.set_title(self.star._title)
        if self.print_language is not None:
            self.print_language.setItemText(0, _("In this language"))
            self.print_language.setItemText(1, _("Bilingual, English and Chinese"))
            self.print_language.setAccessibleName(_("Language of the printout"))
        for button, text in ((self.print_button, _("Print…")), (self.pdf_button, _("Save as PDF…")),
                             (self.picture_button, _("Send home as a picture…"))):
            if button is not None:
                button.setText(text)
                button.setAccessibleName(text.rstrip("…"))

    def has_actions(self) -> bool:
        return any(widget is not None for widget in (self.star, self.print_language, self.picture_button))

    def documents(self) -> Sequence[Document]:
        bilingual = bool(self.print_language.currentData()) if self.print_language is not None else False
        return self._documents_for(bilingual)

    def print_document(self) -> None:
        self._context.printer.print_document(self.window(), self.documents())

    def save_pdf(self) -> None:
        self._context.printer.save_document(self.window(), self.documents(), f"{self._file_name}.pdf")

    def send_picture(self) -> None:
        """The picture in the reader's Chinese (Simplified from an English screen), beside its text."""
        from desktop.ui.picture_dialog import PictureDialog

        language = "zh_Hant" if self._context.language == "zh_Hant" else "zh_Hans"
        self.picture_dialog = PictureDialog(self.window(), self._picture_for, language, self._context,
                                            self._file_name)
        self.picture_dialog.open()
