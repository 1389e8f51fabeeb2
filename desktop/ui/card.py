"""A large, finger-sized card that opens a page: a bold title over a wrapped description.

It is a QPushButton, so keyboards (Tab, Enter, Space) and screen readers treat it as the button it is; the two
wrapped labels sit in a layout inside it, and the button takes its height from them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class Card(QPushButton):
    activated = Signal()

    def __init__(self, title: str, detail: str = "", object_name: str = "Card", detail_html: str = "") -> None:
        """``detail_html``, when given, is shown instead of ``detail`` (already escaped, e.g. with <b> marks)."""
        super().__init__()
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        # Room inside the border; the home page's doors get more, as befits their size.
        layout.setContentsMargins(*((28, 16, 28, 16) if object_name == "Door" else (18, 10, 18, 10)))
        self.title_label = self._label(title, f"{object_name}Title")
        self.detail_label = self._label(detail_html or detail, f"{object_name}Detail")
        if detail_html:
            self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setVisible(bool(detail or detail_html))
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.clicked.connect(self.activated)

    @staticmethod
    def _label(text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        return label

    def set_texts(self, title: str, detail: str) -> None:
        """New words (a language switch), announced as they read."""
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)

    def add_widget(self, widget: QWidget) -> None:
        """Adds a widget below the text, e.g. badges or a toggle; it keeps its own clicks."""
        self.layout().addWidget(widget)

    def title(self) -> str:
        return self.title_label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.heightForWidth(max(120, self.width())))
