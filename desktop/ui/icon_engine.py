"""The icon engine behind `icons.load_icon`: one coloured SVG drawn afresh at each size and pixel ratio asked for.

Its own module, so the first screen (whose icons are pixmaps) does not set up Qt's icon classes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.icons import DISABLED_OPACITY, render


class SvgIconEngine(QIconEngine):
    """Draws one coloured SVG at whatever size and pixel ratio a widget asks for, fainter when disabled."""

    def __init__(self, svg: QByteArray, color: QColor, size: int) -> None:
        super().__init__()
        self._svg, self._color, self._size = svg, QColor(color), size
        self._renderer = QSvgRenderer(svg)
        self._cache: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def _opacity(self, mode: QIcon.Mode) -> float:
        return self._color.alphaF() * (DISABLED_OPACITY if mode == QIcon.Mode.Disabled else 1.0)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        if key not in self._cache:
            if len(self._cache) > 16:  # a few sizes per icon are ever shown; don't grow without bound
                self._cache.clear()
            self._cache[key] = render(self._renderer, size, scale, self._opacity(mode))
        return self._cache[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the drawings are square
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off):
        return [QSize(self._size, self._size)]

    def isNull(self) -> bool:
        return not self._renderer.isValid()

    def key(self) -> str:
        return "qiao-svg"

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, self._color, self._size)
