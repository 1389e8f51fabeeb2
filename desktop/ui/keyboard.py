"""Keyboard and touch behaviour the whole app shares.

- Enter (and the keypad's Enter) activates the focused button, card, chip or link, as Space does: Qt's push
  buttons answer Enter only inside dialogs, yet Enter is what keyboard users and kiosk keypads press.
- Finger-drag scrolling with momentum for every scrolling area (QScroller), so a finger on a card scrolls the page
  instead of pressing the card when it moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget


class EnterActivates(QObject):
    """An application-wide filter: Enter on a focused, enabled button clicks it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Looked up once: every event of the app passes through this filter.
        self._key_press = QEvent.Type.KeyPress
        self._enter_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        self._not_keypad = ~Qt.KeyboardModifier.KeypadModifier

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != self._key_press or event.key() not in self._enter_keys or event.isAutoRepeat():
            return False
        if event.modifiers() & self._not_keypad:
            return False
        if isinstance(watched, QAbstractButton) and watched.isEnabled() and watched.isVisible():
            watched.click()
            return True
        return False


def enable_kinetic_scrolling_soon(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling, set up once the first frame is on screen: it costs start-up time and no one can touch
    the page before it is shown (a one-shot screenshot never needs it)."""
    from desktop.ui.first_frame import after_first_frame

    after_first_frame(area, lambda: enable_kinetic_scrolling(area))


def enable_kinetic_scrolling(area: QAbstractScrollArea, mouse_drag: bool = False) -> None:
    """Lets a finger (and, on a kiosk whose touch screen sends mouse events, a press-and-drag) scroll ``area``."""
    from PySide6.QtWidgets import QScroller, QScrollerProperties

    viewport: QWidget = area.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
    gesture = (QScroller.ScrollerGestureType.LeftMouseButtonGesture if mouse_drag
               else QScroller.ScrollerGestureType.TouchGesture)
    QScroller.grabGesture(viewport, gesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    overshoot = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, overshoot)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, overshoot)
    # A press that barely moves is still a tap on what is under the finger.
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(properties)
