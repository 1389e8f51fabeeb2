"""About Qiao and your privacy: the offline promise in plain words, exactly what is kept where on this computer
(with a button that erases all of it), the version of the app and of its content, and the licences.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop import __version__
from desktop.core.document import Item, Link
from desktop.core.formatting import format_date
from desktop.core.installed_packs import describe_content
from desktop.core.local_data import StoredItem, describe_local_data, erase_local_data
from desktop.i18n import N_, _, ngettext
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.document_view import PartWriter, text_label
from desktop.ui.pages.base import ColumnPage, heading
from desktop.ui.layouts import button_row, empty_layout
from desktop.ui.pages.factory import PageContext

# The settings Qiao keeps, in words; a setting not named here is shown by its own name.
SETTING_NAMES = {"language": N_("the language"), "zoom": N_("the text size"), "contrast": N_("high contrast"),
                 "call-planner-zone": N_("your time zone"), "call-planner-hours": N_("waking hours")}


def stored_line(item: StoredItem, language: str) -> str:
    """One thing Qiao keeps, what it is and where: 'Your settings (the language, the text size) — in …'."""
    if item.kind == "settings":
        names = (", " if language == "en" else "、").join(_(SETTING_NAMES[name]) if name in SETTING_NAMES else name
                                                          for name in item.names)
        what = _("Your settings ({names})").format(names=names)
    elif item.kind == "saved":
        what = ngettext("{count} saved page", "{count} saved pages", item.count).format(count=item.count)
    elif item.kind == "recent":
        what = ngettext("{count} recently viewed page", "{count} recently viewed pages", item.count).format(
            count=item.count)
    elif item.kind == "checkup-answers":
        what = _("Your privacy check-up answers, which you asked to keep")
    else:
        what = _("Translations prepared for this computer ({names})").format(names=", ".join(item.names))
    return _("{what}: in {place}").format(what=what, place=str(item.location))


class AboutPage(ColumnPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__([])
        self._context = context
        self.confirm_erase: Callable[[], bool] = self._ask
        writer = PartWriter(context.router.open_href)
        for widget in heading(_("About Qiao and your privacy"),
                              _("What Qiao does with your information: nothing leaves this computer")):
            self.add(widget)
        self._section(_("Qiao works offline"))
        for text in (_("Qiao never connects to the internet and collects nothing about you. There are no accounts, "
                       "no ads and no tracking. Everything it shows comes from a database installed with it."),
                     _("A link to a source on the web opens in your own browser, and only after you agree."),
                     _("Printing hands the page to this computer's own print system, as any app does. Saving a PDF or "
                       "a picture writes a file only where you choose.")):
            self.add(text_label(text, "Paragraph"))
        self._section(_("What Qiao keeps on this computer"))
        self.stored = QWidget()
        self._stored_column = QVBoxLayout(self.stored)
        self._stored_column.setContentsMargins(0, 0, 0, 0)
        self.add(self.stored)
        self.erase_button: QPushButton | None = None
        if context.keeps:
            self.erase_button = QPushButton(_("Erase everything Qiao keeps…"))
            self.erase_button.setObjectName("ToolButton")
            self.erase_button.setAccessibleName(_("Erase everything Qiao keeps"))
            self.erase_button.clicked.connect(self.erase)
            self.add(button_row(self.erase_button))
        self.status = text_label("", "Meta")
        self.add(self.status)
        self._section(_("Version"))
        for line in self._versions():
            self.add(text_label(line, "Paragraph"))
        self._section(_("Licenses"))
        for label, name in ((_("Qiao's code: MIT License"), "code"),
                            (_("Fonts: Qiao Sans, made from Noto Sans CJK: SIL Open Font License 1.1"), "fonts"),
                            (_("Icons: Lucide: ISC License"), "icons")):
            self.add(writer.item(Item(label, links=(Link(_("Read the license"), f"license/{name}"),))))
        self.links = writer.links_made()
        self.setAccessibleName(_("About Qiao and your privacy"))
        self.refresh()

    def _section(self, text: str) -> None:
        label = HeadingLabel(text, 2)
        label.setObjectName("Heading2")
        label.setWordWrap(True)
        self.add(label)

    def _versions(self) -> list[str]:
        info = describe_content(self._context.store)
        language = self._context.language
        date = format_date(info.content_date, language) if info.content_date else _("an unknown date")
        content = (_("Content: bundled with this version, dated {date}.").format(date=date) if info.bundled else
                   _("Content: update version {version}, dated {date}, signed by {signer} (key {key}).").format(
                       version=info.version, date=date, signer=info.signer, key=info.signer_key))
        return [_("Qiao version {version}").format(version=__version__), content]

    def stored_items(self) -> list[StoredItem]:
        context = self._context
        if not context.keeps:
            return []
        return describe_local_data(context.user_store)

    def refresh(self) -> None:
        empty_layout(self._stored_column)
        items = self.stored_items()
        if not self._context.keeps:
            lines = [_("Nothing. On this computer Qiao keeps nothing of your visit: when you leave, it forgets "
                       "everything, even the pages you opened.")]
        elif not items:
            lines = [_("Nothing yet.")]
        else:
            lines = ["• " + stored_line(item, self._context.language) for item in items]
        for line in lines:
            self._stored_column.addWidget(text_label(line, "Paragraph"))
        if self.erase_button is not None:
            self.erase_button.setEnabled(bool(items))

    def stored_lines(self) -> list[str]:
        """What the page says is kept, line by line."""
        items = (self._stored_column.itemAt(index) for index in range(self._stored_column.count()))
        return [item.widget().text() for item in items if item.widget() is not None]

    def _ask(self) -> bool:
        answer = QMessageBox.question(
            self, _("Erase everything Qiao keeps"),
            _("Erase your settings, saved pages, recently viewed pages and kept answers from this computer? "
              "This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def erase(self) -> None:
        if not self._context.keeps or not self.confirm_erase():
            return
        problems = erase_local_data(self._context.user_store)
        self.status.setText(_("Erased. Qiao keeps nothing now, until you change a setting or save a page.")
                            if not problems else _("Some of it could not be erased: {problems}").format(
                                problems="; ".join(problems)))
        self.refresh()
