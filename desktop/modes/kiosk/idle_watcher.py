"""Notices when a visitor has gone: no key, touch, click, wheel or on-screen-keyboard input for the center's time.

One application-wide event filter notes the moment of the last input; a timer compares it with the clock once a
second. The filter only stores a number, so it costs nothing per event and can never raise inside Qt. The watcher
can be paused for several reasons at once (reading aloud, the countdown itself, the start screen, the PIN pad):
it is idle only when none holds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.Gesture,
})
CHECK_MS = 500


class IdleWatcher(QObject):
    idle = Signal()  # the visitor has not touched anything for ``idle_seconds``

    def __init__(self, idle_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._last = clock()
        self._holds: set[str] = set()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self._timer.start()

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self._last = self._clock()
        return False

    def touched(self) -> None:
        """Counts as input now (Continue on the countdown; a visitor who starts)."""
        self._last = self._clock()
        self._fired = False

    def hold(self, reason: str) -> None:
        """No idle while ``reason`` lasts (e.g. "speaking", "countdown", "start", "admin")."""
        self._holds.add(reason)

    def release(self, reason: str) -> None:
        """``reason`` is over; the visitor gets the whole idle time again from now."""
        if reason in self._holds:
            self._holds.discard(reason)
            self.touched()

    @property
    def held(self) -> frozenset[str]:
        return frozenset(self._holds)

    def seconds_idle(self) -> float:
        return self._clock() - self._last

    def check(self) -> None:
        """Emits ``idle`` once, when the time has run out and nothing holds the watcher."""
        if self._holds or self._fired:
            return
        if self.seconds_idle() >= self.idle_seconds:
            self._fired = True
            self.idle.emit()
