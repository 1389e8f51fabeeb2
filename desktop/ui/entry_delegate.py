"""How an entry of a list is drawn: a card with a bold title over the wrapped detail, for the width of the view.

Only the view's palette and font are used (the theme sets both per language and zoom): Base for the card, Mid
for its edge, Text for the words, Highlight for the focus ring (at least 2 px) and a faint hover. Matches are
drawn in bold from ranges, never from markup. Rows are at least 44 px tall at zoom 1 and grow with the font.
Heights are measured once the view has its final width, and only as integers per row; text layouts are kept
for the rows last painted, so memory follows the screen, not the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.entry_model import Entry, EntryListModel

MIN_ROW_HEIGHT = 44  # px at the base font size: a finger-sized target
BASE_POINT_SIZE = 12.0  # the font size at zoom 1 (theme.BASE_POINT_SIZE)
TITLE_SCALE = 1.25
HEADING_SCALE = 1.25
FOCUS_RING = 3  # px at zoom 1, never under 2
PAINTED_ROWS_KEPT = 64


def _scale(font: QFont) -> float:
    """How much larger than at zoom 1 the font is (never less than 1, so targets stay finger-sized)."""
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return max(1.0, size / BASE_POINT_SIZE)


def _scaled(font: QFont, factor: float, bold: bool) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    else:
        result.setPixelSize(round(font.pixelSize() * factor))
    result.setBold(bold)
    return result


class _Metrics:
    """Paddings in pixels for a font: everything grows with the text."""

    def __init__(self, font: QFont) -> None:
        em = QFontMetricsF(font).height()
        self.scale = _scale(font)
        self.pad_x = round(em * 0.9)
        self.pad_y = round(em * 0.5)
        self.gap = round(em * 0.4)  # between rows
        self.spacing = round(em * 0.2)  # between title and detail
        self.ring = max(2, round(FOCUS_RING * self.scale))
        self.min_height = round(MIN_ROW_HEIGHT * self.scale)


def _layout(text: str, font: QFont, width: float, marks: tuple[tuple[int, int], ...] = ()) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if marks:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, length in marks:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = start, length, bold
            ranges.append(mark)
        layout.setFormats(ranges)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout


def _height(layout: QTextLayout) -> float:
    return layout.boundingRect().height() if layout.lineCount() else 0.0


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry as a card: bold title over the wrapped detail, for the width of the view."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int, str], int] = {}  # (row, width, font) → height; ints only
        self._painted: dict[tuple[int, int, str], tuple] = {}  # the rows last painted: screens, not lists
        self.measuring = False

    def forget_sizes(self) -> None:
        self._heights.clear()
        self._painted.clear()

    def _paint_layouts(self, row: int, entry: Entry, option: QStyleOptionViewItem, width: float):
        """The title's and detail's layouts for a row on screen, kept for the rows last painted only."""
        key = (row, round(width), option.font.key())
        layouts = self._painted.get(key)
        if layouts is None:
            title_font, detail_font = self._fonts(option, entry.heading)
            layouts = (_layout(entry.title, title_font, width),
                       _layout(entry.detail, detail_font, width, entry.marks) if entry.detail else None)
            if len(self._painted) >= PAINTED_ROWS_KEPT:
                self._painted.pop(next(iter(self._painted)))
            self._painted[key] = layouts
        return layouts

    def _width(self) -> int:
        """The width rows are laid out for: the view's, less room for its scroll bar whether shown or not, so
        that the bar appearing does not lay every row out again."""
        view = self._view
        return max(120, view.contentsRect().width() - view.verticalScrollBar().sizeHint().width())

    def _fonts(self, option: QStyleOptionViewItem, heading: bool) -> tuple[QFont, QFont]:
        title = _scaled(option.font, HEADING_SCALE if heading else TITLE_SCALE, True)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._width()
        if not self.measuring:  # the view is not yet at its size: a guess now, the real height before painting
            metrics = _Metrics(option.font)
            return QSize(width, metrics.min_height + metrics.gap)
        key = (index.row(), width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            entry: Entry = index.data(EntryListModel.EntryRole)
            height = self._measure(entry, option, width)
            self._heights[key] = height
        return QSize(width, height)

    def _measure(self, entry: Entry, option: QStyleOptionViewItem, width: int) -> int:
        metrics = _Metrics(option.font)
        title_font, detail_font = self._fonts(option, entry.heading)
        inner = width - 2 * metrics.pad_x
        height = _height(_layout(entry.title, title_font, inner))
        if entry.detail:
            height += metrics.spacing + _height(_layout(entry.detail, detail_font, inner))
        content = round(height) + 2 * metrics.pad_y
        if entry.heading:
            return content + metrics.gap
        return max(metrics.min_height, content) + metrics.gap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: Entry = index.data(EntryListModel.EntryRole)
        if entry is None:
            return
        metrics = _Metrics(option.font)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        card = QRectF(option.rect).adjusted(metrics.ring / 2, metrics.ring / 2, -metrics.ring / 2,
                                            -metrics.gap - metrics.ring / 2)
        text_role = QPalette.ColorRole.Text
        if not entry.heading:
            state = option.state
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            radius = 6 * metrics.scale
            painter.drawRoundedRect(card, radius, radius)
            if state & QStyle.StateFlag.State_MouseOver or state & QStyle.StateFlag.State_Selected:
                hover = palette.color(QPalette.ColorRole.Highlight)
                hover.setAlphaF(0.08)
                painter.setBrush(hover)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark), 1))
                painter.drawRoundedRect(card, radius, radius)
            if state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), metrics.ring))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(card, radius, radius)
        else:
            text_role = QPalette.ColorRole.WindowText
        inner = option.rect.width() - 2 * metrics.pad_x  # as measured in sizeHint
        origin = QPointF(option.rect.left() + metrics.pad_x, option.rect.top() + metrics.pad_y)
        painter.setPen(palette.color(text_role))
        title, detail = self._paint_layouts(index.row(), entry, option, inner)
        title.draw(painter, origin)
        if detail is not None:
            origin.setY(origin.y() + _height(title) + metrics.spacing)
            detail.draw(painter, origin)
        painter.restore()
