"""Lists of entries (search results, guides, cautions, the glossary) as one view with a delegate, not one widget
per entry: a list of 18,000 glossary words opens as fast as one of 18, in memory that follows the screen.

- ``Entry`` and ``EntryListModel`` (entry_model.py): plain data, and the thin Qt model over it;
- ``EntryDelegate`` (entry_delegate.py): draws an entry as a card, with the view's palette and font only;
- ``EntryListView``: Enter, Space, a click or a tap opens an entry; arrows move past headings; a finger drag
  scrolls (QScroller); each row is exposed to assistive technology with its title and detail.
- ``EntryListPage``: a page title and subtitle over such a list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QScroller, QVBoxLayout, QWidget

from desktop.ui.entry_delegate import EntryDelegate
from desktop.ui.entry_model import Entry, EntryListModel, heading_entry
from desktop.ui.link_router import LinkRouter

__all__ = ["Entry", "EntryDelegate", "EntryListModel", "EntryListPage", "EntryListView", "heading_entry",
           "plain_label"]

READING_WIDTH_CHINESE = 42  # the widest a page's column grows: about 42 Chinese or 80 Latin characters a line


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
        self.list_view = EntryListView(router)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.list_view, 1)
        self.subtitle_label.setVisible(bool(subtitle))  # once it has a parent: shown alone, it would open as a window
        self.list_view.set_entries(entries)
        self.setAccessibleName(title)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """On a wide screen the column stays readable and sits in the middle."""
        super().resizeEvent(event)
        self.list_view.ensurePolished()  # its font is the theme's only once the style sheet has been applied
        metrics = QFontMetricsF(self.list_view.font())
        widest = round(metrics.horizontalAdvance("国") * READING_WIDTH_CHINESE + 2 * metrics.height())
        side = max(self._margin, (event.size().width() - widest) // 2)
        margins = self.layout().contentsMargins()
        if margins.left() != side:
            self.layout().setContentsMargins(side, margins.top(), side, margins.bottom())

    def set_heading(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
