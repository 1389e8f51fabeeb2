"""The app's label: a QLabel that remembers how tall its text is at each width.

Qt measures a word-wrapped label by laying its text out again each time a layout asks, and a box layout asks
twice in every pass (the height and the minimum height), so a screen of cards laid each text out some twenty
times before its first frame. This label keeps each answer until something that could change it happens: new
text, another font, style, margin or wrapping.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_T = QEvent.Type
# The events after which the text may take another height: a style's polish and font, margins, direction.
_CHANGES = frozenset({_T.Polish, _T.StyleChange, _T.FontChange, _T.ApplicationFontChange, _T.ContentsRectChange,
                      _T.LayoutDirectionChange})


class Label(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def event(self, event) -> bool:
        if event.type() in _CHANGES:
            self._heights.clear()
        return super().event(event)

    # Every setter that changes the text's height forgets the heights. (A property set by name, as
    # `qt_names.plain_text` does, passes them by: set such properties before the label is first measured.)

    def setText(self, text: str) -> None:  # noqa: N802
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setIndent(indent)

    def setTextFormat(self, text_format) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)
