"""The step list a teacher jumps from (G): every step's number and title; Enter, a click or a tap goes there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.i18n import _
from desktop.ui.accessibility import HeadingLabel


class StepList(QDialog):
    def __init__(self, parent: QWidget, titles: list[str], current: int, go_to: Callable[[int], None]) -> None:
        """``titles`` as ``LessonProgress.step_titles`` gives them; ``current`` and ``go_to`` number from 1."""
        super().__init__(parent)
        self.setObjectName("StepListDialog")
        self.setWindowTitle(_("Go to a step"))
        self._go_to = go_to
        column = QVBoxLayout(self)
        heading = HeadingLabel(_("Go to a step"), 2)
        heading.setObjectName("Heading2")
        column.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("StepList")
        self.list.setAccessibleName(_("Steps of the lesson"))
        self.list.setWordWrap(True)
        for title in titles:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, current - 1))
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)  # one tap on a touch screen
        column.addWidget(self.list)
        self.list.setFocus()
        screen = parent.screen().availableGeometry() if parent.screen() else None
        if screen is not None:
            self.resize(min(screen.width() * 2 // 3, max(480, screen.width() // 2)), screen.height() * 3 // 4)

    def _choose(self, item: QListWidgetItem) -> None:
        self._go_to(self.list.row(item) + 1)
        self.accept()
