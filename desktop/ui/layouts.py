"""Layouts that reflow with the width: chips that wrap onto new lines, and cards in as many columns as fit.

Neither ever asks for more width than its widest single item, so no page is wider than the window.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class _ItemLayout(QLayout):
    """Shared bookkeeping: a list of items, spacing, and height-for-width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # height for width, until something changes (Qt asks many times)
        self.setContentsMargins(0, 0, 0, 0)

    def set_gap(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margins(self) -> QMargins:
        return self.contentsMargins()

    def _arrange(self, rect: QRect, apply: bool) -> int:
        raise NotImplementedError


class FlowLayout(_ItemLayout):
    """Items side by side in their natural width, wrapping onto a new line when the row is full."""

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self._margins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self._margins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        available = max(area.width(), 1)
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            width = min(hint.width(), available)
            if lines[-1] and used + self._spacing + width > available:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append((item, width))
        y = area.y()
        for line in lines:
            if not line:
                continue
            spare = available - sum(width for _item, width in line) - self._spacing * (len(line) - 1)
            growing = [index for index, (item, _width) in enumerate(line) if _expands(item)]
            placed = []
            for index, (item, width) in enumerate(line):
                if index in growing:
                    width += spare // len(growing)
                height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                placed.append((item, width, height))
            line_height = max(height for _item, _width, height in placed)
            x = area.x()
            for item, width, height in placed:
                if apply:  # centred on the line, so a title sits level with the buttons beside it
                    item.setGeometry(QRect(QPoint(x, y + (line_height - height) // 2), QSize(width, height)))
                x += width + self._spacing
            y += line_height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom()


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    return bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)


class ColumnsLayout(_ItemLayout):
    """Items in equal columns, as many as fit at ``min_column`` pixels each (at most ``max_columns``); rows take
    the height of their tallest item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, min_column: int = 320,
                 max_columns: int = 4) -> None:
        super().__init__(parent, spacing)
        self.min_column = min_column
        self.max_columns = max_columns

    def columns_for(self, width: int) -> int:
        fit = (width + self._spacing) // (self.min_column + self._spacing)
        return max(1, min(self.max_columns, fit, len(self._visible()) or 1))

    def minimumSize(self) -> QSize:  # noqa: N802
        width = 0
        for item in self._visible():
            width = max(width, min(item.minimumSize().width(), self.min_column))
        margins = self._margins()
        return QSize(width + margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self._margins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        columns = self.columns_for(area.width())
        column_width = max(1, (area.width() - self._spacing * (columns - 1)) // columns)
        y = area.y()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            heights = [item.heightForWidth(column_width) if item.hasHeightForWidth() else item.sizeHint().height()
                       for item in row]
            height = max(heights)
            if apply:
                for index, item in enumerate(row):
                    x = area.x() + index * (column_width + self._spacing)
                    item.setGeometry(QRect(x, y, column_width, height))
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom() if items else margins.top() + margins.bottom()


def grows_with_width(widget: QWidget) -> None:
    """A size policy that lets ``widget`` be as narrow as its layout allows and as tall as its width needs."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


def empty_layout(layout: QLayout) -> None:
    """Takes every item out of ``layout``; their widgets are hidden at once and deleted once Qt is idle."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons at their natural width, side by side, wrapping when the row is full (never stretched across)."""
    row = QWidget()
    flow = FlowLayout(row, spacing=8)
    for button in buttons:
        flow.addWidget(button)
    grows_with_width(row)
    return row
