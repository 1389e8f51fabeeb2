"""Work that waits until the first frame is on screen.

Keyboard shortcuts, Enter on buttons, finger scrolling, the accessibility roles and Qt's own locale cost start-up
time and serve only once someone can see the window and reach for it. They run on the first turn of the event
loop. A one-shot run (a screenshot, a PDF) marks the application, and then never runs them at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

ONE_SHOT = "qiao_one_shot"


def mark_one_shot(app: QApplication) -> None:
    app.setProperty(ONE_SHOT, True)


def is_one_shot() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(ONE_SHOT))


def after_first_frame(context: QObject, work: Callable[[], None]) -> None:
    """Runs ``work`` once the event loop turns (never in a one-shot run); dropped if ``context`` is gone."""
    if not is_one_shot():
        QTimer.singleShot(0, context, work)
