"""What forgetting a visitor clears outside the visitor's own widgets, which are thrown away and built anew.

The session object and every widget that showed it (the search field and its undo history, the pages, their
scroll places and choices) are replaced, never cleared. Around them: the clipboard and the selection, anything
still open above the window (menus, pop-ups, tooltips, dialogs), and what the input method was composing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolTip, QWidget


def clear_clipboard() -> None:
    """Empties the clipboard and the selection (X11's PRIMARY), which another program could read."""
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer):
        if mode == QClipboard.Mode.Clipboard or (mode == QClipboard.Mode.Selection and clipboard.supportsSelection()) \
                or (mode == QClipboard.Mode.FindBuffer and clipboard.supportsFindBuffer()):
            clipboard.setMimeData(QMimeData(), mode)  # an empty item replaces what the visitor copied
            clipboard.clear(mode)


def close_transients(keep: QWidget) -> int:
    """Closes every menu, pop-up and dialog, and the tooltip; returns how many windows it closed."""
    closed = 0
    QToolTip.hideText()
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
        closed += 1
        if QApplication.activePopupWidget() is popup:  # one that refuses to close must not hold the reset
            popup.hide()
            break
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
        if isinstance(widget, QDialog | QMenu):  # what it showed must not wait, hidden, for the next visitor
            widget.deleteLater()
        closed += 1
    for menu in keep.findChildren(QMenu):
        menu.hide()
    return closed


def flush_deleted() -> None:
    """Deletes now the widgets already handed to deleteLater, so nothing of the visitor waits for the event loop."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
