"""The kiosk's one window: full screen and frameless, holding the start screen or the visitor's window, with the
overlays above them. Closing it, Alt+F4 and Escape do nothing; only the staff's PIN lets it close.

The compositor (cage) owns everything outside it: switching consoles and windows, and restarting the app if it
ever stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLayout, QStackedLayout, QWidget

from desktop.i18n import brand_name

ADMIN_CHORD = "Ctrl+Alt+Shift+Q"  # the staff's key chord for the PIN pad (a keyboard plugged in for maintenance)
CHORD_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.ShiftModifier


class KioskFrame(QWidget):
    admin_requested = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("KioskFrame")
        self.setWindowTitle(brand_name("en"))
        self._may_close = False
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        # The screen sets the size; what is shown must fit it, never make the window outgrow it.
        self.stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        QApplication.instance().installEventFilter(self)

    def show_widget(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def remove_widget(self, widget: QWidget) -> None:
        self.stack.removeWidget(widget)

    def allow_close(self) -> None:
        self._may_close = True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._may_close:
            QApplication.instance().removeEventFilter(self)
            event.accept()
        else:
            event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Alt+F4 never reaches anything; the staff's chord opens the PIN pad, wherever the focus is."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_F4 and modifiers & Qt.KeyboardModifier.AltModifier:
            return True
        if event.key() == Qt.Key.Key_Q and modifiers == CHORD_MODIFIERS and not event.isAutoRepeat():
            self.admin_requested.emit()
            return True
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Escape that nothing used stops here
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
