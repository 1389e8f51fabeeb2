"""A button whose words are wrapped labels in a layout inside it (a card, a vocabulary card, a quiz answer): it
is as tall as its layout needs at the width it is given."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy


class HeightFromLayout:
    """Mixed in before QPushButton: ``class Card(HeightFromLayout, QPushButton)``."""

    def grow_with_layout(self) -> None:
        """A pointing hand over it, and a size policy that lets its height follow its width."""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.heightForWidth(max(120, self.width())))
