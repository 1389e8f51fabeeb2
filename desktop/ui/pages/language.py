"""The first screen on a new computer: what Qiao is, and three big buttons to choose the language.

It speaks all three variants at once, since no language is chosen yet. Focus starts on the button for the
computer's own language, so Enter alone chooses it; typing a letter or a word goes to search in that language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.i18n import LANGUAGES
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.scroll_page import ScrollPage

GREETING = "请选择语言 · 請選擇語言 · Choose your language"
PURPOSE = ("桥 Qiao：和中国的家人保持联系 · 橋 Qiao：和中國的家人保持聯繫 · "
           "Qiao: staying in touch with family in China")
ORDER = ("zh_Hans", "zh_Hant", "en")



def language_button(code: str, choose) -> QPushButton:
    """A big button named in its own language and script, calling ``choose(code)`` (the first start, a kiosk)."""
    button = QPushButton(LANGUAGES[code].native_name)
    button.setObjectName("LanguageChoice")
    button.setProperty("language", code)
    button.setAccessibleName(LANGUAGES[code].native_name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda _checked=False: choose(code))
    return button

class LanguagePage(ScrollPage):
    def __init__(self, choose: Callable[[str], None], suggested: str = "en") -> None:
        super().__init__(max_em=32, margin=48, spacing=20)
        greeting = HeadingLabel(GREETING, 1)
        greeting.setObjectName("PageTitle")
        greeting.setTextFormat(Qt.TextFormat.PlainText)
        greeting.setWordWrap(True)
        greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        purpose = QLabel(PURPOSE)
        purpose.setObjectName("PageSubtitle")
        purpose.setTextFormat(Qt.TextFormat.PlainText)
        purpose.setWordWrap(True)
        purpose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add(greeting)
        self.add(purpose)
        self.buttons: dict[str, QPushButton] = {}
        for code in ORDER:
            button = language_button(code, choose)
            self.buttons[code] = button
            self.add(button)
        self._suggested = suggested if suggested in self.buttons else "en"
        self.setAccessibleName(GREETING)

    def focus_first(self) -> None:
        self.buttons[self._suggested].setFocus(Qt.FocusReason.OtherFocusReason)


def language_page(choose: Callable[[str], None], suggested: str = "en") -> LanguagePage:
    return LanguagePage(choose, suggested)
