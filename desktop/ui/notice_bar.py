"""A notice under the bar (settings that cannot be saved, a page that is missing), which the reader can dismiss."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.i18n import _
from desktop.ui.qt_names import plain_text


class NoticeBar(QFrame):  # a frame draws its style sheet's background, as a plain widget does not
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Notice")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        plain_text(self.label)
        self.close_button = QPushButton("×")
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(_("Dismiss this notice"))
        self.close_button.setToolTip(_("Dismiss this notice"))

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.label.setText("")
        self.hide()
