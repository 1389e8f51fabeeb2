"""Keyboard and touch behaviour the whole app shares.

- Enter (and the keypad's Enter) activates the focused button, card, chip or link, as Space does. Qt's push
  buttons answer Enter only when they are "auto-default", which outside dialogs they are not; the stylesheet makes
  every one of them so (``qproperty-autoDefault``), with no filter on the application's events.
- Finger-drag scrolling with momentum for every scrolling area (QScroller), so a finger on a card scrolls the page
  instead of pressing the card when it moves.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def enable_kinetic_scrolling_soon(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling, set up once the first frame is on screen: it costs start-up time and no one can touch
    the page before it is shown (a one-shot screenshot never needs it)."""
    from desktop.ui.first_frame import after_first_frame

    after_first_frame(area, lambda: enable_kinetic_scrolling(area))


def enable_kinetic_scrolling(area: QAbstractScrollArea, mouse_drag: bool = False) -> None:
    """Lets a finger (and, on a kiosk whose touch screen sends mouse events, a press-and-drag) scroll ``area``."""
    from PySide6.QtCore import Qt
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
