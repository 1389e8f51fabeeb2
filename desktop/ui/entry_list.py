"""Lists of entries (search results, guides, cautions, the glossary) as one view with a delegate, not one widget
per entry: a list of 18,000 glossary words opens as fast as one of 18, in memory that follows the screen.

- ``Entry``: plain data: a title, a detail, the page it opens, and (for search) the matched ranges of the detail.
  A heading entry starts a group and cannot be chosen.
- ``EntryListModel``: a thin ``QAbstractListModel`` over entries; ``set_entries`` replaces them in place.
- ``EntryDelegate``: paints the title over the wrapped detail, sized for the view's width, with only the view's
  palette and font (the theme sets both per language and zoom), the matches in bold (ranges, never markup),
  and a focus ring in the palette's Highlight colour.
- ``EntryListView``: Enter, Space, a click or a tap opens an entry; arrows move past headings; a finger drag
  scrolls (QScroller); each row is exposed to assistive technology with its title and detail.
- ``EntryListPage``: a page title and subtitle over such a list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, \
    Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QScroller, QStyle, QStyledItemDelegate, \
    QStyleOptionViewItem, QVBoxLayout, QWidget

from desktop.core.targets import Target
from desktop.ui.link_router import LinkRouter

MIN_ROW_HEIGHT = 44  # px at the base font size: a finger-sized target
BASE_POINT_SIZE = 12.0  # the font size at zoom 1 (theme.BASE_POINT_SIZE)
TITLE_SCALE = 1.25
HEADING_SCALE = 1.25
FOCUS_RING = 3  # px at zoom 1, never under 2
PAINTED_ROWS_KEPT = 64
READING_WIDTH_EM = 44  # the widest a page's column grows, in lines of text: about 60 Chinese characters a line


@dataclass(frozen=True)
class Entry:
    title: str
    detail: str = ""
    target: Target | None = None
    heading: bool = False  # a group's heading: shown, read out, never chosen
    marks: tuple[tuple[int, int], ...] = ()  # (start, length) in ``detail`` to show in bold


def heading_entry(text: str) -> Entry:
    return Entry(text, heading=True)


class EntryListModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2
    HeadingRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, entries: Sequence[Entry] = (), parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = list(entries)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Replaces every entry; the views keep their widgets."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, self.DetailRole):
            return entry.detail
        if role == self.HeadingRole:
            return entry.heading
        if role == self.EntryRole:
            return entry
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return Qt.ItemFlag.NoItemFlags
        if entry.heading:
            return Qt.ItemFlag.ItemIsEnabled  # read, not chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


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


class EntryListView(QListView):
    """A list of entries that opens one on Enter, Space, a click or a tap."""

    entry_activated = Signal(object)  # the Entry

    def __init__(self, router: LinkRouter | None = None, model: EntryListModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EntryList")
        self.entry_model = model or EntryListModel(parent=self)
        self.setModel(self.entry_model)
        self.delegate = EntryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.entry_model.modelReset.connect(self.delegate.forget_sizes)
        self.entry_model.dataChanged.connect(lambda *_: self.delegate.forget_sizes())
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width after a resize
        # Rows are laid out a batch at a time: a long list paints its first screen at once.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setUniformItemSizes(False)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.clicked.connect(self._activate_index)
        if router is not None:
            self.entry_activated.connect(lambda entry: router.go(entry.target))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, 300)  # the page gives it its size; asking the rows would lay them all out too early

    def viewportSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.entry_model.set_entries(entries)
        self.scrollToTop()

    def entry_at(self, row: int) -> Entry | None:
        return self.entry_model.entry(row)

    def activate_row(self, row: int) -> bool:
        """Opens the entry in ``row``, as a click would; False for a heading or nothing."""
        entry = self.entry_model.entry(row)
        if entry is None or entry.heading or entry.target is None:
            return False
        self.entry_activated.emit(entry)
        return True

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate_row(index.row())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if self.currentIndex().isValid() and self.activate_row(self.currentIndex().row()):
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        """Focus arriving by keyboard lands on the first entry, so Enter opens something at once."""
        super().focusInEvent(event)
        if not self.currentIndex().isValid() or self.entry_model.entry(self.currentIndex().row()) is None:
            row = self._choosable_from(0, 1)
            if row is not None:
                self.setCurrentIndex(self.entry_model.index(row))

    def _choosable_from(self, row: int, step: int) -> int | None:
        while 0 <= row < self.entry_model.rowCount():
            if not self.entry_model.entry(row).heading:
                return row
            row += step
        return None

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802
        """Arrow keys, Page Up/Down, Home and End pass over group headings."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self.entry_model.entry(index.row()).heading:
            return index
        backwards = action in (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp,
                               QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MovePrevious)
        row = self._choosable_from(index.row(), -1 if backwards else 1)
        if row is None:
            row = self._choosable_from(index.row(), 1 if backwards else -1)
        return self.entry_model.index(row) if row is not None else self.currentIndex()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.delegate.measuring and event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # heights depend on the width: lay out again

    def paintEvent(self, event) -> None:  # noqa: N802
        """The rows are measured once the view has its size, just before it is first painted: a page that is
        shown, sized and centred lays its rows out once, not three times."""
        if not self.delegate.measuring:
            self.measure_now()
        super().paintEvent(event)

    def measure_now(self) -> None:
        """Lays the rows out at the current size at once (for printing or tests, before any paint)."""
        self.delegate.measuring = True
        self.delegate.forget_sizes()
        self.scheduleDelayedItemsLayout()
        self.executeDelayedItemsLayout()


def plain_label(text: str, object_name: str) -> QLabel:
    """A wrapped label that shows its text as text, never as markup (it may hold what a visitor typed)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class EntryListPage(QWidget):
    """A page title and subtitle over a list of entries that scrolls by itself."""

    def __init__(self, title: str, subtitle: str, entries: Sequence[Entry], router: LinkRouter | None,
                 margin: int = 24) -> None:
        super().__init__()
        self._margin = margin
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, 0)
        layout.setSpacing(max(8, margin // 2))
        self.title_label = plain_label(title, "PageTitle")
        self.title_label.setAccessibleName(title)
        self.subtitle_label = plain_label(subtitle, "PageSubtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        self.list_view = EntryListView(router)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.list_view, 1)
        self.list_view.set_entries(entries)
        self.setAccessibleName(title)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """On a wide screen the column stays readable and sits in the middle."""
        super().resizeEvent(event)
        widest = round(QFontMetricsF(self.font()).height() * READING_WIDTH_EM)
        side = max(self._margin, (event.size().width() - widest) // 2)
        margins = self.layout().contentsMargins()
        if margins.left() != side:
            self.layout().setContentsMargins(side, margins.top(), side, margins.bottom())

    def set_heading(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
