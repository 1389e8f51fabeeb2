"""Qt settings made by name, for the widgets of the first screen.

The first time anything reads PySide's `Qt` namespace, PySide builds all of its 93 Python enums (over 1,000
members), which takes about as long as a tenth of an empty window's start-up. The widgets the first screen shows
set their few enum-valued properties through Qt's property system instead, by the enum's key ("PlainText",
"AlignTop|AlignLeft"), and leave what serves only input (pointer shapes, click-through labels) until the first frame
is up. After that, code uses `Qt` as usual. A test holds the first frame to this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.first_frame import after_first_frame


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Sets the enum or flags property ``name`` to ``keys`` ("NoFocus", "AlignTop|AlignLeft")."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name!r} taking {keys!r}")


def plain_text(label: QWidget) -> None:
    """The label shows its text as it is: markup in content or input is never rendered."""
    set_enum(label, "textFormat", "PlainText")


def focus_policy(widget: QWidget, keys: str) -> None:
    set_enum(widget, "focusPolicy", keys)


def pointing_hand(widget: QWidget) -> None:
    """A pointing hand over something that opens a page (from the first frame on)."""
    def apply() -> None:
        from PySide6.QtCore import Qt

        widget.setCursor(Qt.CursorShape.PointingHandCursor)

    _for_input(widget, apply)


def click_through(*widgets: QWidget) -> None:
    """Clicks, taps and the pointer pass through these widgets to their parent (from the first frame on)."""
    def apply() -> None:
        from PySide6.QtCore import Qt

        for widget in widgets:
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    _for_input(widgets[0], apply)


def _for_input(context: QObject, work: Callable[[], None]) -> None:
    """Input settings now if `Qt` is built already (any screen after the first), else once the first frame is up:
    nobody can point at a window before it is drawn."""
    if "Qt" in vars(QtCore):  # PySide builds a module's classes when they are first read
        work()
    else:
        after_first_frame(context, work)
