"""Saved pages and Recently viewed, on the owner's laptop, with export to a file and import from one.

Where nothing is kept (a kiosk) the page says so and offers nothing: no list, no file dialog. The file dialog is
built only when the reader presses Export or Import; a test calls ``export_to`` and ``import_from`` instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.reading_list_file import ReadingListFileError, export_reading_list, import_reading_list
from desktop.core.saved_pages import describe_pages
from desktop.i18n import _, ngettext
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.document_view import text_label
from desktop.ui.entry_model import Entry, heading_entry
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.base import ColumnPage, card, heading
from desktop.ui.pages.factory import PageContext

FILE_NAME = "qiao-saved-pages.json"


class SavedPage(ColumnPage):
    """A scrolling column: the buttons, then the Saved cards, then the Recently viewed ones. Thirty pages at most
    are recent, and saved ones are few, so cards (which reflow at any zoom) serve better than a long list."""

    def __init__(self, context: PageContext) -> None:
        self._context = context
        self.reading_list = context.reading_list
        enabled = self.reading_list is not None and self.reading_list.enabled and context.keeps
        subtitle = (_("Pages you starred, and the ones you opened lately. They stay on this computer only.")
                    if enabled else _("On this computer Qiao keeps no pages: every visit is forgotten when it ends."))
        super().__init__(heading(_("Saved pages"), subtitle))
        self.setAccessibleName(_("Saved pages"))
        self.status = text_label("", "Meta")
        self.export_button = self.import_button = self.clear_button = None
        self.entries: list[Entry] = []
        self._cards: list[QWidget] = []
        if enabled:
            self.add(self._buttons())
            self.add(self.status)
            self.refresh()

    def _buttons(self) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=8)
        self.export_button = self._button(flow, _("Export to a file…"), self.export_with_dialog)
        self.import_button = self._button(flow, _("Import from a file…"), self.import_with_dialog)
        self.clear_button = self._button(flow, _("Clear recently viewed"), self.clear_recent)
        grows_with_width(row)
        return row

    @staticmethod
    def _button(flow: FlowLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("ToolButton")
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        flow.addWidget(button)
        return button

    def refresh(self) -> None:
        store, language = self._context.store, self._context.language
        saved = describe_pages(store, self.reading_list.saved(), language)
        recent = describe_pages(store, self.reading_list.recent(), language)
        entries = [heading_entry(_("Saved"))]
        entries += [Entry(page.title, page.kind_label, page.target) for page in saved] or [
            Entry(_("Nothing saved yet"), _("Press Save (the star) on any guide, app, caution or word to keep it "
                                            "here."))]
        entries.append(heading_entry(_("Recently viewed")))
        entries += [Entry(page.title, page.kind_label, page.target) for page in recent] or [
            Entry(_("Nothing viewed yet"), _("The guides, apps, cautions and words you open will be listed here."))]
        for widget in self._cards:
            self.column_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._cards = [self._entry_widget(entry) for entry in entries]
        for widget in self._cards:
            self.add(widget)
        self.entries = entries
        if self.clear_button is not None:
            self.clear_button.setEnabled(bool(recent))

    def _entry_widget(self, entry: Entry) -> QWidget:
        if entry.heading:
            label = HeadingLabel(entry.title, 2)
            label.setObjectName("Heading2")
            label.setWordWrap(True)
            return label
        if entry.target is None:  # nothing here yet: a quiet line, not a card that leads nowhere
            return text_label(f"{entry.title}. {entry.detail}" if self._context.language == "en"
                              else f"{entry.title}。{entry.detail}", "Paragraph")
        return card(entry.title, entry.detail, entry.target, self._context.router)

    def targets(self) -> tuple[list[str], list[str]]:
        """(saved, recent) as the list shows them."""
        return self.reading_list.saved(), self.reading_list.recent()

    # Files

    def export_to(self, path: Path) -> bool:
        try:
            export_reading_list(self.reading_list, path)
        except ReadingListFileError as error:
            self.status.setText(error.message)
            return False
        self.status.setText(_("Saved to {name}.").format(name=path.name))
        return True

    def import_from(self, path: Path) -> bool:
        try:
            summary = import_reading_list(self.reading_list, path)
        except ReadingListFileError as error:
            self.status.setText(error.message)
            return False
        self.status.setText(ngettext("Added {count} saved page", "Added {count} saved pages",
                                     summary.saved_added).format(count=summary.saved_added) + " · " +
                            ngettext("{count} recently viewed", "{count} recently viewed",
                                     summary.recent_added).format(count=summary.recent_added))
        self.refresh()
        return True

    def clear_recent(self) -> None:
        self.reading_list.clear_recent()
        self.refresh()

    def _file_dialog(self, save: bool) -> Path | None:
        if not self._context.keeps:  # never on a kiosk
            return None
        from PySide6.QtWidgets import QFileDialog

        if save:
            name, _filter = QFileDialog.getSaveFileName(self, _("Export saved pages"), FILE_NAME, "JSON (*.json)")
        else:
            name, _filter = QFileDialog.getOpenFileName(self, _("Import saved pages"), "", "JSON (*.json)")
        return Path(name) if name else None

    def export_with_dialog(self) -> None:
        path = self._file_dialog(save=True)
        if path is not None:
            self.export_to(path)

    def import_with_dialog(self) -> None:
        path = self._file_dialog(save=False)
        if path is not None:
            self.import_from(path)

