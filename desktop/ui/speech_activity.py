"""Whether Qiao is reading aloud, for the parts that must not interrupt it (a kiosk's idle timer).

Read-aloud reports here when it starts and stops speaking (``set_speaking``); it listens to ``stop_requested`` to
stop and forget what it was going to say (a kiosk asks so when it forgets a visitor). One object, built in app.py
and handed to the window's services.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SpeechActivity(QObject):
    speaking_changed = Signal(bool)
    stop_requested = Signal()  # stop speaking and empty the queue

    def __init__(self) -> None:
        super().__init__()
        self._speaking = False

    @property
    def speaking(self) -> bool:
        return self._speaking

    def set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    def stop(self) -> None:
        """Asks read-aloud to stop now and drop its queue."""
        self.stop_requested.emit()
        self.set_speaking(False)
