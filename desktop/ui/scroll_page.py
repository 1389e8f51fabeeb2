"""A scrolling page: a column of widgets, centred and held to a comfortable reading width on wide screens.

It scrolls by finger, keeps the focused widget in view, and can give back its place (which part is at the top)
so a language switch, a zoom change or Back returns the reader to where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from desktop.ui.keyboard import enable_kinetic_scrolling_soon
from desktop.ui.qt_names import focus_policy, set_enum

READING_EM = 38  # about 38 Chinese characters or 70 Latin letters a line


class ScrollPage(QScrollArea):
    """``max_em`` is the column's widest, in multiples of the body font's size; None lets it fill the window."""

    def __init__(self, widgets: list[QWidget] | None = None, max_em: float | None = READING_EM,
                 margin: int = 24, spacing: int = 12, object_name: str = "") -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        set_enum(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        focus_policy(self, "NoFocus")
        self._max_em = max_em
        self._scroll_bars_stale = False  # a style change came while hidden; the bars are fitted when shown
        outer = QWidget()
        if object_name:
            outer.setObjectName(object_name)
            self.setObjectName(object_name)
        # As tall as the column is at its width: QScrollArea would otherwise hold the page to its minimum size hint,
        # which measures wrapped text at its narrowest, and a long guide ended in a screen or two of blank page.
        outer.setMinimumHeight(1)
        row = QHBoxLayout(outer)
        row.setContentsMargins(margin, margin, margin, margin)
        self.column = QWidget()
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column_layout.setSpacing(spacing)
        row.addStretch(0)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        for widget in widgets or []:
            self.column_layout.addWidget(widget)
        self.column_layout.addStretch(1)
        self.setWidget(outer)
        enable_kinetic_scrolling_soon(self)
        self._fit_column()
        QApplication.instance().focusChanged.connect(self._keep_focus_in_view)

    def add(self, widget: QWidget) -> None:
        """Adds ``widget`` at the end of the column (before the closing stretch)."""
        self.column_layout.insertWidget(self.column_layout.count() - 1, widget)

    def _fit_column(self) -> None:
        if self._max_em is None:
            self.column.setMaximumWidth(16777215)
            return
        em = max(8, self.fontInfoPixelSize())
        self.column.setMaximumWidth(round(self._max_em * em))

    def fontInfoPixelSize(self) -> int:  # noqa: N802 - reads like Qt's own accessors
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self.font()).pixelSize()

    def event(self, event) -> bool:
        """A page is built before it is placed, and placing it tells it its style changed. Qt's scroll area would
        then lay the whole page out at its default size, to fit its scroll bars, only to do so again at its real size
        when shown. While hidden, the bars wait: they are fitted at the page's next resize, or when it is shown."""
        kind = event.type()
        if kind == QEvent.Type.StyleChange and not self.isVisible():
            self._scroll_bars_stale = True
            return QAbstractScrollArea.event(self, event)  # everything but the scroll area's fitting
        if kind == QEvent.Type.Resize:
            self._scroll_bars_stale = False  # the scroll area fits its bars to the new size
        elif kind == QEvent.Type.Show and self._scroll_bars_stale:
            self._scroll_bars_stale = False
            QScrollArea.event(self, QEvent(QEvent.Type.LayoutRequest))
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit_column()

    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside = new is not None and self.widget() is not None and self.widget().isAncestorOf(new)
        except RuntimeError:  # this page is being deleted
            return
        if inside:
            self.ensureWidgetVisible(new, 16, 24)

    # The reader's place

    def anchors(self) -> list[QWidget]:
        """The widgets a place is remembered by, top to bottom (the column's parts by default)."""
        items = (self.column_layout.itemAt(index) for index in range(self.column_layout.count()))
        return [item.widget() for item in items if item is not None and item.widget() is not None]

    def place(self) -> dict:
        """Which part is at the top of the view, and how far into it, plus the raw position."""
        top = self.verticalScrollBar().value()
        for index, widget in enumerate(self.anchors()):
            y = widget.mapTo(self.widget(), widget.rect().topLeft()).y()
            if y + widget.height() > top:
                offset = (top - y) / max(1, widget.height())
                return {"anchor": index, "offset": max(0.0, offset), "scroll": top}
        return {"anchor": 0, "offset": 0.0, "scroll": top}

    def restore_place(self, place: dict | None) -> None:
        """Scrolls back to a place saved by ``place``, once the layout has settled."""
        if not place:
            return

        def apply() -> None:
            try:
                self.widget().layout().activate()
                anchors = self.anchors()
            except RuntimeError:
                return
            index = place.get("anchor", 0)
            if 0 <= index < len(anchors):
                widget = anchors[index]
                y = widget.mapTo(self.widget(), widget.rect().topLeft()).y()
                self.verticalScrollBar().setValue(round(y + place.get("offset", 0.0) * widget.height()))
            else:
                self.verticalScrollBar().setValue(place.get("scroll", 0))

        apply()
        QTimer.singleShot(0, apply)  # again once Qt has laid out widgets shown after this call
