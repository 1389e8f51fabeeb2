"""'Still there?': the warning before a kiosk forgets a visitor, in the three languages, with one huge Continue.

It speaks all three languages at once: the visitor who walked away may be replaced by one who reads another. The
seconds count down from the center's countdown time (at least 20 s, WCAG 2.2.1); Continue gives the visitor the
whole idle time again, as often as they like. At zero, ``expired`` asks for the reset.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.modes.kiosk.overlay import Overlay, big_button, plain_label

ORDER = ("en", "zh_Hans", "zh_Hant")
TITLE = {"en": "Still there?", "zh_Hans": "还在吗？", "zh_Hant": "還在嗎？"}
REMAINING = {"en": "Starting over in {seconds} seconds", "zh_Hans": "{seconds} 秒后重新开始",
             "zh_Hant": "{seconds} 秒後重新開始"}
CLEARED = {"en": "Everything you looked at will be cleared, so the next visitor cannot see it.",
           "zh_Hans": "你看过的内容会全部清除，下一位访客看不到。",
           "zh_Hant": "你看過的內容會全部清除，下一位訪客看不到。"}
CONTINUE = "Continue · 继续 · 繼續"
TICK_MS = 250


def in_order(first: str) -> list[str]:
    """The three languages, the visitor's own first."""
    return [first] + [code for code in ORDER if code != first]


class CountdownOverlay(Overlay):
    expired = Signal()
    continued = Signal()

    def __init__(self, parent: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent, "Countdown", width_share=0.66)
        self._clock = clock
        self._ends = 0.0
        self.seconds = 0
        self.language = "en"
        self.title = plain_label("", "KioskTitle")
        self.number = plain_label("", "CountdownNumber")
        self.remaining = plain_label("", "KioskText")
        self.cleared = plain_label("", "KioskDetail")
        self.continue_button = big_button(CONTINUE, "KioskHugeAction")
        self.continue_button.clicked.connect(self.keep_going)
        for widget in (self.title, self.number, self.remaining, self.cleared):
            self.panel_layout.addWidget(widget)
        self.panel_layout.addWidget(self.continue_button)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self, seconds: int, language: str) -> None:
        self.language = language
        self._ends = self._clock() + seconds
        self.title.setText("  ".join(TITLE[code] for code in in_order(language)))
        self.cleared.setText("\n".join(CLEARED[code] for code in in_order(language)))
        self.tick()
        self.open()
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def left(self) -> int:
        return max(0, math.ceil(self._ends - self._clock()))

    def tick(self) -> None:
        seconds = self.left()
        if seconds != self.seconds or not self.number.text():
            self.seconds = seconds
            self.number.setText(str(seconds))
            self.remaining.setText("\n".join(REMAINING[code].format(seconds=seconds) for code in in_order(
                self.language)))
            self.number.setAccessibleName(self.remaining.text())
        if seconds == 0 and self._timer.isActive():
            self.stop()
            self.expired.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def keep_going(self) -> None:
        self.stop()
        self.continued.emit()

    def focus_first(self) -> None:
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
