"""The kiosk's visits: the start screen, a visitor's window, the countdown when they wander off, and the reset.

A reset throws the visitor away: the session and every widget that showed it are replaced by new ones (never
cleared), the clipboard and selection are emptied, menus and pop-ups closed, reading aloud stopped, the on-screen
keyboard's data and the visit's folder deleted, and the next visitor starts at the start screen with the center's
language and text size.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.core.session import VisitorSession
from desktop.modes.kiosk.admin_pin import PinGuard
from desktop.modes.kiosk.center_file import CenterFile
from desktop.modes.kiosk.countdown import CountdownOverlay
from desktop.modes.kiosk.idle_watcher import IdleWatcher
from desktop.modes.kiosk.kiosk_frame import KioskFrame
from desktop.modes.kiosk.on_screen_keyboard import OnScreenKeyboard
from desktop.modes.kiosk.pin_pad import PinPad
from desktop.modes.kiosk.qr_handover import QrHandover
from desktop.modes.kiosk.start_screen import StartScreen
from desktop.modes.kiosk.visit_folder import VisitFolder
from desktop.modes.kiosk.visitor_reset import clear_clipboard, close_transients, flush_deleted

START_OVER = "Start over · 重新开始 · 重新開始"


class KioskController(QObject):
    exited = Signal()  # the staff's PIN ended kiosk mode

    def __init__(self, app: QApplication, center: CenterFile, services, make_window: Callable,
                 keyboard: OnScreenKeyboard, folder: VisitFolder, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.app, self.center, self.services = app, center, services
        self._make_window = make_window  # (VisitorSession) -> MainWindow
        self.keyboard, self.folder = keyboard, folder
        self.frame = KioskFrame()
        self.frame.kiosk = self  # for whoever holds only the window (a test driving the real entry point)
        self.start_screen = StartScreen(center, center.zoom)
        self.frame.show_widget(self.start_screen)
        self.countdown = CountdownOverlay(self.frame, clock)
        self.qr = QrHandover(self.frame)
        self.pin_pad = PinPad(self.frame, PinGuard(center.pin_hash, clock)) if center.pin_hash else None
        self.watcher = IdleWatcher(center.idle_seconds, clock)
        self.window = None
        self.reset_seconds: list[float] = []
        self._connect()
        self.reset()
        self.watcher.start(app)

    def _connect(self) -> None:
        self.start_screen.start_requested.connect(self.start_visit)
        self.start_screen.admin_requested.connect(self.open_admin)
        self.frame.admin_requested.connect(self.open_admin)
        self.watcher.idle.connect(self.warn)
        self.countdown.continued.connect(lambda: self.watcher.release("countdown"))
        self.countdown.expired.connect(self._expired)
        if self.pin_pad is not None:
            self.pin_pad.accepted.connect(self.leave)
            self.pin_pad.cancelled.connect(lambda: self.watcher.release("admin"))
        speech = self.services.read_aloud
        if speech is not None:  # reading aloud holds the idle timer (and a reset silences it)
            speech.speaking_changed.connect(lambda on: (self.watcher.hold if on else self.watcher.release)("speaking"))

    # Visits

    def _start_over_button(self) -> QPushButton:
        button = QPushButton(START_OVER)
        button.setObjectName("StartOver")
        button.setAccessibleName(START_OVER)
        button.clicked.connect(self.start_over)
        return button

    def _new_window(self, session: VisitorSession):
        window = self._make_window(session)
        window.header.add_extra(self._start_over_button())
        window.header.language_chosen.connect(self.keyboard.set_language)
        return window

    def start_visit(self, language: str) -> None:
        """The visitor touched the start screen (or a language button): their window, in ``language``."""
        self.frame.show_widget(self.window)  # first: a window not in sight does not rebuild its page
        if self.window.session.language != language:
            self.window.set_language(language, persist=False)
        self.keyboard.set_language(language, self.folder.keyboard_data())
        page = self.window.page
        if page is not None:
            page.focus_first() if hasattr(page, "focus_first") else page.setFocus()
        self.watcher.release("start")

    @property
    def visiting(self) -> bool:
        return self.window is not None and self.frame.stack.currentWidget() is self.window

    def warn(self) -> None:
        """The idle time ran out: ask, in three languages, whether anyone is still there."""
        if not self.visiting:
            return
        self.qr.close_handover()
        close_transients(self.frame)
        self.watcher.hold("countdown")
        self.countdown.start(self.center.countdown_seconds, self.window.session.language)

    def _expired(self) -> None:
        self.watcher.release("countdown")
        self.reset()

    def start_over(self) -> None:
        """The visitor's own Start over: the same reset, at once (after the click that asked for it has ended)."""
        QTimer.singleShot(0, self.reset)

    def reset(self) -> None:
        """Forgets the visitor completely and shows the start screen."""
        started = time.perf_counter()
        self.countdown.stop()
        self.qr.close_handover()
        close_transients(self.frame)
        speech = self.services.read_aloud
        if speech is not None:
            speech.stop()
        clear_clipboard()
        old, self.window = self.window, None
        if old is not None:
            self.services.router.navigate.disconnect(old.open)
            self.frame.remove_widget(old)
            old.hide()
            old.deleteLater()
        self.folder.begin()
        self.keyboard.new_visit(self.folder.keyboard_data(), self.center.start_language)
        session = VisitorSession(language=self.center.start_language, zoom=self.center.zoom)
        self.window = self._new_window(session)
        self.frame.stack.addWidget(self.window)
        self.show_start()
        flush_deleted()
        self.reset_seconds.append(time.perf_counter() - started)

    def show_start(self) -> None:
        self.watcher.hold("start")
        self.frame.show_widget(self.start_screen)
        self.start_screen.focus_first()

    # The staff's way out

    def open_admin(self) -> None:
        if self.pin_pad is None:  # no PIN in the center file: the kiosk is stopped from a terminal, never here
            return
        self.countdown.stop()
        self.watcher.hold("admin")
        self.pin_pad.open()

    def leave(self) -> None:
        """The right PIN: forget the last visitor, delete the visit's folder and let the window close."""
        self.reset()
        self.shutdown()
        self.exited.emit()

    def shutdown(self) -> None:
        """Stops watching, deletes the visit's folder and closes the window (leaving, or the end of a test)."""
        self.watcher.stop(self.app)
        self.folder.end()
        self.frame.allow_close()
        self.frame.close()
