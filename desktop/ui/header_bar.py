"""The bar always in sight: back, home, search, text size and the language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n import LANGUAGES, _, active_language, brand_name


class HeaderBar(QWidget):
    back_requested = Signal()
    home_requested = Signal()
    language_chosen = Signal(str)
    zoom_requested = Signal(int)  # +1 larger, -1 smaller

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("HeaderBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        self.title = QLabel()
        self.title.setObjectName("AppTitle")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("SearchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaxLength(200)
        self.smaller_button = QPushButton("A-")
        self.smaller_button.clicked.connect(lambda: self.zoom_requested.emit(-1))
        self.larger_button = QPushButton("A+")
        self.larger_button.clicked.connect(lambda: self.zoom_requested.emit(1))
        for widget in (self.back_button, self.home_button, self.title):
            layout.addWidget(widget)
        layout.addWidget(self.search_field, 1)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.larger_button)
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        for code in ("zh_Hans", "zh_Hant", "en"):
            button = QPushButton(LANGUAGES[code].native_name)
            button.setCheckable(True)
            button.setProperty("language", code)
            button.setAccessibleName(LANGUAGES[code].native_name)
            button.clicked.connect(lambda _checked=False, code=code: self.language_chosen.emit(code))
            self._language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)
        for button in self.findChildren(QPushButton):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(brand_name(active_language()))
        self.back_button.setText(_("← Back"))
        self.back_button.setAccessibleName(_("Back"))
        self.home_button.setText(_("Home"))
        self.home_button.setAccessibleName(_("Home"))
        self.search_field.setPlaceholderText(_("Search guides, apps and words"))
        self.search_field.setAccessibleName(_("Search"))
        self.smaller_button.setToolTip(_("Smaller text"))
        self.smaller_button.setAccessibleName(_("Smaller text"))
        self.larger_button.setToolTip(_("Larger text"))
        self.larger_button.setAccessibleName(_("Larger text"))

    def show_language(self, code: str) -> None:
        self.language_buttons[code].setChecked(True)
