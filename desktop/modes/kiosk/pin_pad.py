"""The staff's way out: a large PIN pad, opened by a hidden gesture, that ends kiosk mode on the right PIN.

The digits are keys a finger can hit; the PIN shows as dots. After three wrong tries each further try must wait
longer (``admin_pin.PinGuard``), and the pad says how long. Keyboard digits, Backspace and Enter work too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.i18n import _
from desktop.modes.kiosk.admin_pin import MAX_DIGITS, PinGuard
from desktop.modes.kiosk.overlay import Overlay, big_button, plain_label

DELETE = "delete"  # the key that takes the last digit back; its label is translated


class PinPad(Overlay):
    accepted = Signal()  # the right PIN: leave kiosk mode
    cancelled = Signal()

    def __init__(self, parent: QWidget, guard: PinGuard) -> None:
        super().__init__(parent, "PinPad", width_share=0.42)
        self.guard = guard
        self._entered = ""
        self.title = plain_label("", "KioskTitle")
        self.dots = plain_label("", "PinDots")
        self.status = plain_label("", "KioskDetail")
        keys = QWidget()
        grid = QGridLayout(keys)
        grid.setSpacing(12)
        self.keys: dict[str, object] = {}
        for index, key in enumerate(("1", "2", "3", "4", "5", "6", "7", "8", "9", DELETE, "0", "OK")):
            button = big_button(key, "PinKey")
            button.clicked.connect(lambda _checked=False, key=key: self.press(key))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.cancel_button = big_button("")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.title, self.dots, self.status, keys):
            self.panel_layout.addWidget(widget)
        self.panel_layout.addWidget(self.cancel_button)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(500)
        self._wait_timer.timeout.connect(self._show_wait)

    def open(self) -> None:
        self._entered = ""
        self.retranslate()
        self._show_wait()
        super().open()

    def retranslate(self) -> None:
        self.title.setText(_("Staff only: enter the PIN"))
        self.keys[DELETE].setText(_("Delete"))
        self.keys[DELETE].setAccessibleName(_("Delete the last digit"))
        self.keys["OK"].setText(_("OK"))
        self.keys["OK"].setAccessibleName(_("Check the PIN"))
        self.cancel_button.setText(_("Cancel"))
        self.cancel_button.setAccessibleName(_("Cancel"))
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self._entered) or " ")
        self.dots.setAccessibleName(_("{count} digits entered").format(count=len(self._entered)))

    def press(self, key: str) -> None:
        if key == DELETE:
            self._entered = self._entered[:-1]
        elif key == "OK":
            self.check()
            return
        elif len(self._entered) < MAX_DIGITS:
            self._entered += key
        self._show_dots()

    def check(self) -> None:
        if self.guard.wait_left() > 0:
            self._show_wait()
            return
        entered, self._entered = self._entered, ""
        self._show_dots()
        if self.guard.attempt(entered):
            self.hide()
            self.accepted.emit()
            return
        self._show_wait(wrong=True)

    def _show_wait(self, wrong: bool = False) -> None:
        wait = math.ceil(self.guard.wait_left())
        for key, button in self.keys.items():
            button.setEnabled(wait == 0 or key == DELETE)
        if wait > 0:
            self.status.setText(_("Wrong PIN. Wait {seconds} seconds before the next try.").format(seconds=wait))
            self._wait_timer.start()
        else:
            self._wait_timer.stop()
            self.status.setText(_("Wrong PIN. Try again.") if wrong or self.guard.wrong_tries else " ")

    def cancel(self) -> None:
        self._entered = ""
        self._wait_timer.stop()
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press(DELETE)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
