"""A large, finger-sized card that opens a page: a bold title over a wrapped description.

A QFrame rather than a QPushButton, because a button cannot wrap or style two lines of text; it takes the
keyboard focus, answers Enter and Space like a button, and tells screen readers it is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


class Card(QFrame):
    activated = Signal()

    def __init__(self, title: str, detail: str = "", object_name: str = "Card", detail_html: str = "") -> None:
        """``detail_html``, when given, is shown instead of ``detail`` (already escaped, e.g. with <b> marks)."""
        super().__init__()
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.title_label = QLabel(title)
        self.title_label.setObjectName(f"{object_name}Title")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.detail_label = QLabel(detail_html or detail)
        self.detail_label.setObjectName(f"{object_name}Detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(detail or detail_html))
        layout.addWidget(self.detail_label)
        for label in (self.title_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        if detail_html:
            self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)

    def add_widget(self, widget) -> None:
        """Adds a widget below the text, e.g. badges or a toggle; it keeps its own clicks."""
        self.layout().addWidget(widget)

    def title(self) -> str:
        return self.title_label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.activated.emit()
            return
        super().keyPressEvent(event)

