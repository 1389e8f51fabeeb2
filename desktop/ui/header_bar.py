"""The bar always in sight: back, home, search, text size, contrast and the language switch.

It never grows wider than the window. As the width shrinks (or the zoom grows) it gives way in steps: the search
field takes a row of its own; back and home show only their symbols and the title steps aside; the three language
buttons fold into one that opens a menu. Its controls wrap onto a second line before anything is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.i18n import LANGUAGES, _, active_language, brand_name
from desktop.ui.accessibility import ChoiceButton
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.qt_names import focus_policy, pointing_hand

LANGUAGE_ORDER = ("zh_Hans", "zh_Hant", "en")
SEARCH_MIN_EM = 14  # the search field, inline, is never narrower than this
BILINGUAL_LABEL = "English + 中文"  # the same in every language, as the language buttons are


class SearchBox(QWidget):
    """The search field with a clear button big enough for a finger (Qt's own is 22 px at every zoom)."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setMaxLength(200)
        self.clear_button = QPushButton("×")
        self.clear_button.setObjectName("SearchClear")
        focus_policy(self.clear_button, "TabFocus")
        self.clear_button.hide()
        self.clear_button.clicked.connect(self._clear)
        self.field.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        row.addWidget(self.field, 1)
        row.addWidget(self.clear_button)

    def _clear(self) -> None:
        self.field.setText("")  # setText, unlike clear(), keeps no undo history
        self.field.textEdited.emit("")
        self.field.setFocus()


class HeaderBar(QFrame):  # a frame draws its style sheet's background, as a plain widget does not
    back_requested = Signal()
    home_requested = Signal()
    language_chosen = Signal(str)
    zoom_requested = Signal(int)  # +1 larger, -1 smaller
    contrast_toggled = Signal(bool)
    bilingual_toggled = Signal(bool)  # "English + 中文": the two side by side

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("HeaderBar")
        self.back_button = self._button(self.back_requested.emit)
        self.home_button = self._button(self.home_requested.emit)
        self.title = QLabel()
        self.title.setObjectName("AppTitle")
        self.search = SearchBox()
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_field = self.search.field
        self.smaller_button = self._button(lambda: self.zoom_requested.emit(-1), "A-")
        self.larger_button = self._button(lambda: self.zoom_requested.emit(1), "A+")
        self.contrast_button = self._button(lambda: self.contrast_toggled.emit(self.contrast_button.isChecked()),
                                            "◐")
        self.contrast_button.setCheckable(True)
        self.bilingual_button = self._button(lambda: self.bilingual_toggled.emit(self.bilingual_button.isChecked()),
                                             BILINGUAL_LABEL)
        self.bilingual_button.setCheckable(True)
        self.bilingual_button.setObjectName("BilingualSwitch")
        self.language_buttons: dict[str, ChoiceButton] = {}
        for code in LANGUAGE_ORDER:
            button = ChoiceButton(LANGUAGES[code].native_name)
            button.setProperty("language", code)
            button.setAccessibleName(LANGUAGES[code].native_name)
            pointing_hand(button)
            button.clicked.connect(lambda _checked=False, code=code: self._choose(code))
            self.language_buttons[code] = button
        # On a narrow bar the three fold into one button with a menu, made the first time the bar folds.
        self.folded_language_buttons: dict[str, QPushButton] = {}
        self.extras: list[QWidget] = []
        self._controls = QWidget()
        self._flow = FlowLayout(self._controls, spacing=6)
        grows_with_width(self._controls)
        self._search_row = QWidget()
        self._search_row_layout = QHBoxLayout(self._search_row)
        self._search_row_layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        column.addWidget(self._controls)
        column.addWidget(self._search_row)
        self._level = -1  # how far the bar has given way; -1: to be worked out when it is next measured or shown
        self._folded_away: set[QWidget] = set()  # the controls the last arrangement hid
        self._current_language = "en"
        self.retranslate()
        self._arrange(0)  # every control in the bar now, in reading order, so Tab follows it
        self._level = -1  # but how far to give way waits until the bar is measured, in its window, at its width

    def _button(self, slot, text: str = "") -> QPushButton:
        button = QPushButton(text)
        pointing_hand(button)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _folded_language_button(self) -> QPushButton:
        """The current language's folded button. There is one per language, each named in its own glyph shapes
        (the style sheet picks the face by its "language"), so switching shows another and restyles none."""
        if not self.folded_language_buttons:
            from PySide6.QtWidgets import QMenu

            menu = QMenu(self)
            for code in LANGUAGE_ORDER:
                action = menu.addAction(LANGUAGES[code].native_name)
                action.triggered.connect(lambda _checked=False, code=code: self._choose(code))
                button = self._button(lambda: None, LANGUAGES[code].native_name)
                button.setProperty("language", code)
                button.setAccessibleName(_("Language"))
                button.setMenu(menu)
                self.folded_language_buttons[code] = button
        return self.folded_language_buttons[self._current_language]

    def _choose(self, code: str) -> None:
        self.show_language(self._current_language)  # the window confirms by calling show_language
        self.language_chosen.emit(code)

    def add_extra(self, widget: QWidget) -> None:
        """A mode's own control, kept in sight at the end of the bar (e.g. a kiosk's Start over)."""
        self.extras.append(widget)
        self._rearrange()

    def retranslate(self) -> None:
        language = active_language()
        self.title.setText(brand_name(language))
        self._set_back_home_text(compact=self._level >= 2)
        self.back_button.setAccessibleName(_("Back"))
        self.home_button.setAccessibleName(_("Home"))
        self.search_field.setPlaceholderText(_("Search guides, apps and words"))
        self.search_field.setAccessibleName(_("Search"))
        self.search.clear_button.setAccessibleName(_("Clear the search"))
        self.search.clear_button.setToolTip(_("Clear the search"))
        for button, text in ((self.smaller_button, _("Smaller text")), (self.larger_button, _("Larger text")),
                             (self.contrast_button, _("High contrast")),
                             (self.bilingual_button, _("English and Chinese side by side"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
        for button in self.folded_language_buttons.values():
            button.setAccessibleName(_("Language"))

    def _set_back_home_text(self, compact: bool) -> None:
        self.back_button.setText("←" if compact else _("← Back"))
        self.home_button.setText(_("Home"))

    def show_language(self, code: str) -> None:
        self._current_language = code
        for language, button in self.language_buttons.items():
            button.setChecked(language == code)
        if self._level >= 3:  # folded: show this language's button
            self._level = -1
            self._arrange(3)

    # Fitting the width

    def _controls_for(self, level: int) -> list[QWidget]:
        controls: list[QWidget] = [self.back_button, self.home_button]
        if level < 2:
            controls.append(self.title)
        if level == 0:
            controls.append(self.search)
        controls += [self.smaller_button, self.larger_button, self.contrast_button, self.bilingual_button]
        if level >= 3:
            controls.append(self._folded_language_button())
        else:
            controls += [self.language_buttons[code] for code in LANGUAGE_ORDER]
        return controls + self.extras

    def _needed_width(self, level: int) -> int:
        spacing = self._flow._spacing
        margins = self.layout().contentsMargins()
        width = margins.left() + margins.right()
        for widget in self._controls_for(level):
            if widget is self.search:
                width += SEARCH_MIN_EM * self.fontMetrics().height() + spacing
            else:
                width += widget.sizeHint().width() + spacing
        return width

    def _choose_level(self, width: int) -> int:
        for level in range(4):
            self._set_back_home_text(compact=level >= 2)
            if self._needed_width(level) <= width:
                return level
        return 3

    def _arrange(self, level: int) -> None:
        if level == self._level:
            return
        self._level = level
        self._set_back_home_text(compact=level >= 2)
        while self._flow.count():
            self._flow.takeAt(0)
        wanted = self._controls_for(level)
        for widget in (self.title, self.search, *self.folded_language_buttons.values(),
                       *self.language_buttons.values()):
            if widget not in wanted:
                self._set_shown(widget, False)
        for widget in wanted:
            self._flow.addWidget(widget)
            if widget is self.search:
                widget.setMinimumWidth(SEARCH_MIN_EM * self.fontMetrics().height())
            self._set_shown(widget, True)
        if self.search not in wanted:
            self.search.setMinimumWidth(0)
            self._search_row_layout.addWidget(self.search)
            self._set_shown(self.search, True)
        self._set_shown(self._search_row, self.search not in wanted)
        self._flow.invalidate()

    def _set_shown(self, widget: QWidget, shown: bool) -> None:
        """Hides a control, or shows one this bar hid. A control never hidden is left alone: it appears with the bar,
        and is styled once, when the bar is shown, rather than again each time the bar is placed."""
        if not shown:
            self._folded_away.add(widget)
            widget.hide()
        elif widget in self._folded_away:
            self._folded_away.discard(widget)
            widget.show()

    def _rearrange(self) -> None:
        """The controls' sizes changed (font, style, zoom, a control added): arranged again now if the bar is on
        screen, otherwise when it is next measured or shown."""
        self._level = -1
        if self.isVisible():
            self._arrange_for_width()
        else:
            self.updateGeometry()

    def _arrange_for_width(self) -> None:
        if self._level < 0:
            self._arrange(self._choose_level(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self._choose_level(event.size().width()))
        if self._height() != event.size().height():
            self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._rearrange()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._arrange_for_width()
        super().showEvent(event)

    # The bar's height follows its width (controls may wrap), but the window must never ask for the height the bar
    # would need at its narrowest: so the bar reports the height for the width it has, and updates it on resize.

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def _height(self) -> int:
        self._arrange_for_width()
        return self.layout().totalHeightForWidth(max(1, self.width()))

    def sizeHint(self) -> QSize:  # noqa: N802
        height = self._height()  # first: it arranges the bar, which sets the texts the width is measured with
        return QSize(self._needed_width(0), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._height())
