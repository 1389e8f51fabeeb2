"""A whole kiosk visit through the real `qiao --kiosk --center FILE` entry, for tests that watch it from outside.

Run as a program: it starts the kiosk as the command line does, then (from inside the event loop) chooses a
language, searches, opens a guide and a comparison, shows a QR code, copies text, lets the idle countdown run out,
makes a second visit and leaves with the staff's PIN (exit code 3).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.cli import build_parser
from desktop.core.targets import Target
from desktop.modes.kiosk.assembly import run_kiosk
from desktop.modes.kiosk.kiosk_controller import KioskController


def visit(kiosk: KioskController, pin: str, words: str) -> None:
    kiosk.start_visit("zh_Hans")
    window = kiosk.window
    window.header.search_field.setFocus()  # where a touch brings up the on-screen keyboard, if the center has one
    QApplication.processEvents()
    window.header.search_field.setText(words)
    window._run_search()
    window.open(Target("guide", ("video-call-parents",)))
    window.open(Target("compare", ("wechat", "signal")))
    window.page.show_cell(0, 0)
    window.page.detail_links[0].click()  # a source as a QR code
    QGuiApplication.clipboard().setText(words)
    window.set_zoom(2.0)
    kiosk.watcher.idle_seconds = 0
    kiosk.watcher.check()  # the countdown …
    kiosk.countdown._ends = 0  # … runs out
    kiosk.countdown.tick()
    kiosk.start_visit("en")
    kiosk.window.open(Target("center"))
    kiosk.open_admin()
    for digit in pin:
        kiosk.pin_pad.press(digit)
    kiosk.pin_pad.check()


def main() -> int:
    center, pin, words = sys.argv[1:4]
    app = QApplication(sys.argv[:1])

    def drive() -> None:
        kiosk = next(widget for widget in app.allWidgets() if widget.objectName() == "KioskFrame").kiosk
        visit(kiosk, pin, words)

    QTimer.singleShot(200, drive)
    return run_kiosk(build_parser().parse_args(["--kiosk", "--center", center]))


if __name__ == "__main__":
    sys.exit(main())
