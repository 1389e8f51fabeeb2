"""Remembering which control had focus on a page, so a rebuilt page (Back, a language switch) gives it back."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def _focusable(page: QWidget) -> list[QWidget]:
    """The page's controls that can take focus, in the order they were made (stable for the same content)."""
    from PySide6.QtCore import Qt  # here, not at the top: the first screen is drawn without Qt's namespace

    return [widget for widget in page.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page)]


def focus_position(page: QWidget) -> int | None:
    """The focused control's index among the page's controls, or None when focus is elsewhere."""
    focused = QApplication.focusWidget()
    if focused is None or not page.isAncestorOf(focused):
        return None
    controls = _focusable(page)
    return controls.index(focused) if focused in controls else None


def restore_focus(page: QWidget, position: int) -> bool:
    """Focuses the control at ``position``; False when the page no longer has it."""
    controls = _focusable(page)
    if not 0 <= position < len(controls):
        return False
    from PySide6.QtCore import Qt

    controls[position].setFocus(Qt.FocusReason.OtherFocusReason)
    return True
