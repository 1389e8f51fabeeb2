"""The first screen on a new computer: three big buttons to choose the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.i18n import LANGUAGES
from desktop.ui.pages.base import ColumnPage

# Shown before any language is chosen, so it speaks all three at once.
GREETING = "请选择语言 · 請選擇語言 · Choose your language"


def language_page(choose: Callable[[str], None]) -> ColumnPage:
    greeting = QLabel(GREETING)
    greeting.setObjectName("PageTitle")
    greeting.setWordWrap(True)
    greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
    buttons = []
    for code in ("zh_Hans", "zh_Hant", "en"):
        button = QPushButton(LANGUAGES[code].native_name)
        button.setObjectName("LanguageChoice")
        button.setProperty("language", code)
        button.setAccessibleName(LANGUAGES[code].native_name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False, code=code: choose(code))
        buttons.append(button)
    page = ColumnPage([greeting, *buttons], margin=48)
    page.setAccessibleName(GREETING)
    return page
