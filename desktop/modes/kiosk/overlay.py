"""A panel shown over the whole kiosk (the countdown, a QR code, the PIN pad), never a separate window.

A kiosk compositor shows one window; a dialog would be a second one, and Qt's dialogs carry file and print
choosers a visitor must never reach. So every question is a child widget that covers its parent, dims what is
behind it, and centres a panel sized to the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

BACKDROP_ALPHA = 190
MIN_PANEL = 680  # px


def plain_label(text: str, object_name: str, centred: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def big_button(text: str, object_name: str = "KioskAction") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class Overlay(QWidget):
    """Covers ``parent`` and follows its size; ``panel_layout`` is where the content goes."""

    def __init__(self, parent: QWidget, object_name: str, width_share: float = 0.7) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._width_share = width_share
        self.panel = QFrame(self)
        self.panel.setObjectName("KioskPanel")
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(32, 28, 32, 28)
        self.panel_layout.setSpacing(18)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def open(self) -> None:
        self._fit()
        self.show()
        self.raise_()
        self.focus_first()

    def focus_first(self) -> None:
        self.panel.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        # A share of a wide screen; on a narrow (portrait) one at least a comfortable panel, within the screen.
        width = min(max(round(parent.width() * self._width_share), MIN_PANEL), parent.width() - 32)
        self.panel.setFixedWidth(width)
        height = min(self.panel.layout().totalHeightForWidth(width), parent.height() - 32)
        self.panel.setFixedHeight(max(height, self.panel.layout().totalMinimumSize().height()))
        self.panel.move((parent.width() - width) // 2, max(16, (parent.height() - self.panel.height()) // 2))

    def refit(self) -> None:
        if self.isVisible():
            self._fit()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlpha(BACKDROP_ALPHA)
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - a touch behind the panel goes nowhere
        event.accept()
