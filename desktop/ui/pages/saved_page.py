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
from desktop.ui.document_view import text_label
from desktop.ui.entry_list import Entry, EntryListPage, heading_entry
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.factory import PageContext

FILE_NAME = "qiao-saved-pages.json"


class SavedPage(EntryListPage):
    def __init__(self, context: PageContext) -> None:
        self._context = context
        self.reading_list = context.reading_list
        enabled = self.reading_list is not None and self.reading_list.enabled and context.keeps
        subtitle = (_("Pages you starred, and the ones you opened lately. They stay on this computer only.")
                    if enabled else _("On this computer Qiao keeps no pages: every visit is forgotten when it ends."))
        super().__init__(_("Saved pages"), subtitle, [], context.router)
        self.setAccessibleName(_("Saved pages"))
        self.status = text_label("", "Meta")
        self.export_button = self.import_button = self.clear_button = None
        if enabled:
            self.layout().insertWidget(2, self._buttons())
            self.layout().insertWidget(3, self.status)
        self.refresh() if enabled else self.list_view.hide()

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
        self.list_view.set_entries(entries)
        if self.clear_button is not None:
            self.clear_button.setEnabled(bool(recent))

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

    def focus_first(self) -> None:
        self.list_view.setFocus() if self.list_view.isVisible() else self.title_label.setFocus()
