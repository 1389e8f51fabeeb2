"""A row of read-aloud buttons: one per kind of speech the computer has a voice for, none where it has none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.i18n import _
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.read_aloud import KIND_NAMES, ReadAloud

SPEAKER = "▶"  # until an icon takes its place (the button's "icon" property names the role)


class SpeakButtons(QWidget):
    """``entries`` are (kind, language of the text, a function giving the text); ``what`` names what is read, for
    the buttons' accessible names (``_("the step")``, ``_("the word")``)."""

    def __init__(self, speech: ReadAloud | None, entries: list[tuple[str, str, Callable[[], str]]],
                 what: str = "the text") -> None:
        super().__init__()
        self.speech = speech
        self.buttons: dict[str, QPushButton] = {}
        flow = FlowLayout(self, spacing=6)
        available = speech.kinds() if speech is not None else ()
        seen = set()
        for kind, language, text in entries:
            if kind not in available or kind in seen:
                continue
            seen.add(kind)
            button = QPushButton(f"{SPEAKER} {_(KIND_NAMES[kind])}")
            button.setObjectName("SpeakButton")
            button.setProperty("icon", "read-aloud")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            name = _("Read {what} aloud in {language}").format(what=what, language=_(KIND_NAMES[kind]))
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _checked=False, k=kind, lang=language, t=text: self.say(k, lang, t()))
            flow.addWidget(button)
            self.buttons[kind] = button
        grows_with_width(self)
        if not self.buttons:  # hidden, never shown here: shown before it has a parent, it would open as a window
            self.setVisible(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The buttons on one line, so a row that holds them gives them their room."""
        hints = [button.sizeHint() for button in self.buttons.values()]
        width = sum(hint.width() for hint in hints) + 6 * max(0, len(hints) - 1)
        return QSize(width, max((hint.height() for hint in hints), default=0))

    def say(self, kind: str, language: str, text: str) -> bool:
        if self.speech is None:
            return False
        if self.speech.speaking:  # a second press stops the reading
            self.speech.stop()
            return False
        return self.speech.say(text, kind, language)
