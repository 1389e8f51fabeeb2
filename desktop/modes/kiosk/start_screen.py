"""The kiosk's first screen, shown between visitors: the center's name and logo, 'touch to start' in the three
languages, three big language buttons, and the promise that nothing is kept.

Everything on it is in all three languages at once, since no visitor has chosen one yet. Touching anywhere but a
button starts in the center's language (unless the center asks every visitor to choose). Holding the logo for five
seconds is the staff's hidden way to the PIN pad.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.pages.language import language_button
from desktop.modes.kiosk.center_file import CHOOSE, CenterFile
from desktop.modes.kiosk.overlay import plain_label

TOUCH = "Touch the screen to start · 轻触屏幕开始 · 輕觸螢幕開始"
CHOOSE_TO_START = "Choose your language to start · 请选择语言开始 · 請選擇語言開始"
PROMISE = "Nothing you look at here is kept · 你在这里看的内容不会保存 · 你在這裡看的內容不會儲存"
ORDER = ("zh_Hans", "zh_Hant", "en")
LONG_PRESS_MS = 5000


class StartScreen(QWidget):
    start_requested = Signal(str)  # a language code
    admin_requested = Signal()

    def __init__(self, center: CenterFile, zoom: float) -> None:
        super().__init__()
        self.setObjectName("StartScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._center = center
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(16)
        column.addStretch(1)
        self.logo = QLabel()
        self.logo.setObjectName("CenterLogo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(center.name.en)
        self._logo_icon = QIcon(str(center.logo)) if center.logo is not None else None
        self._logo_side = round(160 * zoom)  # at most; less on a short screen (see resizeEvent)
        self._show_logo(self._logo_side)
        column.addWidget(self.logo)
        names = list(dict.fromkeys((center.name.en, center.name.zh_Hans, center.name.zh_Hant)))
        self.name = plain_label(names[0], "CenterName")
        self.other_names = plain_label(" · ".join(names[1:]), "CenterOtherNames")
        self.other_names.setVisible(len(names) > 1)
        self.invitation = plain_label(CHOOSE_TO_START if center.language == CHOOSE else TOUCH, "StartInvitation")
        for widget in (self.name, self.other_names, self.invitation):
            column.addWidget(widget)
        buttons = QWidget()
        buttons.setMaximumWidth(round(60 * max(8, buttons.fontMetrics().height())))
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in ORDER:
            button = language_button(code, self.start_requested.emit)
            self.language_buttons[code] = button
            row.addWidget(button, 1)
        centred = QHBoxLayout()
        centred.addStretch(0)
        centred.addWidget(buttons, 1)
        centred.addStretch(0)
        column.addLayout(centred)
        self.promise = plain_label(PROMISE, "StartPromise")
        column.addWidget(self.promise)
        column.addStretch(1)
        self.setAccessibleName(self.invitation.text())
        self._press = QTimer(self)
        self._press.setSingleShot(True)
        self._press.setInterval(LONG_PRESS_MS)
        self._press.timeout.connect(self.admin_requested)
        for held in (self.logo, self.name):
            held.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._press.start()
            return True
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            held_long = not self._press.isActive()
            self._press.stop()
            if not held_long:
                self._touched()
            return True
        return False

    def _show_logo(self, side: int) -> None:
        if self._logo_icon is not None:
            self.logo.setPixmap(self._logo_icon.pixmap(QSize(side, side)))
        else:  # without a logo the name itself is held for the staff's gesture
            self.logo.setText(" ")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name; the logo gives way on a short screen
        super().resizeEvent(event)
        side = max(64, min(self._logo_side, round(event.size().height() * 0.2)))
        if self.logo.pixmap().isNull() or self.logo.pixmap().height() != side:
            self._show_logo(side)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - a touch anywhere else starts
        self._touched()

    def _touched(self) -> None:
        if self._center.language != CHOOSE:
            self.start_requested.emit(self._center.start_language)

    def focus_first(self) -> None:
        """The screen itself, not a language: a ring around 简体中文 would read as a choice already made for the
        visitor. Tab goes on to the language buttons."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
