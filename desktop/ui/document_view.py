"""A structured document drawn as widgets: real headings, wrapped paragraphs, numbered steps and real links.

Every link is a focusable LinkButton (Tab reaches it, Enter opens it, screen readers hear a link), every heading
a HeadingLabel. Given a second document in another language, the view sets the two side by side, part by part.
Switching the language of a document with the same parts only swaps the words, so the reader keeps their place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.document import Block, Document, FactTable, Heading, Item, ItemList, Link, LinkRow, Paragraph
from desktop.ui.accessibility import HeadingLabel, LinkButton
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.scroll_page import READING_EM, ScrollPage

HEADING_NAMES = {1: "PageTitle", 2: "Heading2", 3: "Heading3"}
STYLE_NAMES = {"": "Paragraph", "meta": "Meta", "stale": "Stale", "unknown": "Unknown"}
STACK_BELOW_EM = 30  # a fact's label goes above its value when the column is narrower than this


def text_label(text: str, object_name: str) -> QLabel:
    """A wrapped label that never interprets its text as markup."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    grows_with_width(label)
    return label


class PartWriter:
    """Builds the widgets for a document's parts and remembers every text-bearing widget in order."""

    def __init__(self, open_link: Callable[[str], None]) -> None:
        self._open_link = open_link
        self.texts: list[QLabel | LinkButton] = []

    def _label(self, text: str, object_name: str) -> QLabel:
        label = text_label(text, object_name)
        self.texts.append(label)
        return label

    def link(self, link: Link) -> LinkButton:
        button = LinkButton(link.label, link.href)
        button.setObjectName("LinkButton")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("href", link.href)
        button.clicked.connect(lambda _checked=False, b=button: self._open_link(b.href))
        self.texts.append(button)
        return button

    def links_made(self) -> list[LinkButton]:
        return [widget for widget in self.texts if isinstance(widget, LinkButton)]

    def links(self, links: tuple[Link, ...]) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=4)
        for link in links:
            flow.addWidget(self.link(link))
        grows_with_width(row)
        return row

    def item(self, item: Item) -> QWidget:
        if item.style in ("meta", "stale") and item.links and not item.lead and not item.strong:
            return self._meta_row(item)
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if item.lead:
            row = self.links(item.lead)
            if item.strong:  # a glossary word's other names stand beside it on the same line
                row.layout().addWidget(self._label(item.strong, "Strong"))
            column.addWidget(row)
        elif item.strong:
            column.addWidget(self._label(item.strong, "Strong"))
        if item.text:
            column.addWidget(self._label(item.text, STYLE_NAMES.get(item.style, "Paragraph")))
        if item.links:
            column.addWidget(self.links(item.links))
        return widget

    def _meta_row(self, item: Item) -> QWidget:
        """A date and its source on one line ('As of Nov 24, 2026 · Source'), wrapping when narrow."""
        row = QWidget()
        flow = FlowLayout(row, spacing=8)
        if item.text:
            label = self._label(item.text, STYLE_NAMES[item.style])
            flow.addWidget(label)
        for link in item.links:
            flow.addWidget(self.link(link))
        grows_with_width(row)
        return row

    def block(self, block: Block) -> QWidget:
        if isinstance(block, Heading):
            label = HeadingLabel(block.text, block.level)
            label.setObjectName(HEADING_NAMES.get(block.level, "Heading3"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            grows_with_width(label)
            if block.level == 1:
                label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # where focus lands when the page opens
            self.texts.append(label)
            return label
        if isinstance(block, Paragraph):
            return self.item(block.item)
        if isinstance(block, ItemList):
            return self._list(block)
        if isinstance(block, LinkRow):
            return self.links(block.links)
        return self._facts(block)

    def _list(self, block: ItemList) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, item in enumerate(block.items):
            marker = QLabel(f"{row + 1}." if block.ordered else "•")
            marker.setObjectName("ListMarker")
            marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            part = self.item(item)
            if item.lead:  # level with the link that opens the line, which is a finger's height tall
                marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                first_link = part.layout().itemAt(0).widget().layout().itemAt(0).widget()
                marker.setFixedHeight(first_link.sizeHint().height())
            grid.addWidget(marker, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(part, row, 1)
        return widget

    def _facts(self, block: FactTable) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for row in block.rows:
            column.addWidget(_FactRow(self._label(row.label, "FactLabel"), [self.item(line) for line in row.lines]))
        return widget


class _FactRow(QWidget):
    """A criterion's label beside its value, or above it when the column is narrow."""

    def __init__(self, label: QLabel, lines: list[QWidget]) -> None:
        super().__init__()
        self._label = label
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(16)
        value = QWidget()
        value_column = QVBoxLayout(value)
        value_column.setContentsMargins(0, 0, 0, 0)
        value_column.setSpacing(2)
        for line in lines:
            value_column.addWidget(line)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._row.addWidget(label, 2)
        self._row.addWidget(value, 5)
        grows_with_width(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        em = max(8, self.fontMetrics().height())
        direction = (QHBoxLayout.Direction.TopToBottom if self.width() < STACK_BELOW_EM * em
                     else QHBoxLayout.Direction.LeftToRight)
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        super().resizeEvent(event)


def _words_of(block: Block) -> list[tuple[str, str | None]]:
    """The words of a part (with the link's address where it is a link), in the order ``PartWriter`` makes them."""
    if isinstance(block, Heading):
        return [(block.text, None)]
    if isinstance(block, Paragraph):
        return _item_words(block.item)
    if isinstance(block, ItemList):
        return [word for item in block.items for word in _item_words(item)]
    if isinstance(block, LinkRow):
        return [(link.label, link.href) for link in block.links]
    return [word for row in block.rows
            for word in [(row.label, None), *(w for line in row.lines for w in _item_words(line))]]


def _item_words(item: Item) -> list[tuple[str, str | None]]:
    return ([(link.label, link.href) for link in item.lead] + ([(item.strong, None)] if item.strong else [])
            + ([(item.text, None)] if item.text else []) + [(link.label, link.href) for link in item.links])


class DocumentView(ScrollPage):
    """A document page. ``secondary``, when given, is the same document in another language, shown beside it."""

    def __init__(self, document: Document, open_link: Callable[[str], None], secondary: Document | None = None,
                 max_em: float | None = READING_EM) -> None:
        wide = None if secondary is not None else max_em
        super().__init__(max_em=wide, object_name="Document")
        self._open_link = open_link
        self.document: Document = document
        self.secondary: Document | None = secondary
        self._writer = PartWriter(open_link)
        self._parts: list[QWidget] = []
        self._build()

    def _build(self) -> None:
        for part in self._parts:
            self.column_layout.removeWidget(part)
            part.deleteLater()
        self._writer = PartWriter(self._open_link)
        self._parts = []
        if self.secondary is None:
            self._parts = [self._writer.block(block) for block in self.document.blocks]
        else:
            self._parts = [self._pair(first, second)
                           for first, second in zip(self.document.blocks, self.secondary.blocks)]
        for part in self._parts:
            self.add(part)
        self.setAccessibleName(self.document.title)

    def _pair(self, first: Block, second: Block) -> QWidget:
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        row.addWidget(self._writer.block(first), 1)
        row.addWidget(self._writer.block(second), 1)
        grows_with_width(pair)
        return pair

    def anchors(self) -> list[QWidget]:
        return list(self._parts)

    def set_document(self, document: Document, secondary: Document | None = None) -> None:
        """Shows ``document``; when it has the same parts as the one on screen, only the words change."""
        same = (document.same_shape(self.document) and (secondary is None) == (self.secondary is None)
                and (secondary is None or secondary.same_shape(self.secondary)))
        place = self.place()
        self.document, self.secondary = document, secondary
        if same:
            blocks = (document.blocks if secondary is None
                      else [part for pair in zip(document.blocks, secondary.blocks) for part in pair])
            words = [word for block in blocks for word in _words_of(block)]
            for widget, (text, href) in zip(self._writer.texts, words):
                widget.setText(text)
                if isinstance(widget, LinkButton) and href:
                    widget.href = href
            self.setAccessibleName(document.title)
        else:
            self._build()
        self.restore_place(place)

    def links(self) -> list[LinkButton]:
        return [widget for widget in self._writer.texts if isinstance(widget, LinkButton)]

    def toPlainText(self) -> str:  # noqa: N802 - the name QTextBrowser pages had
        """Every word on screen, in reading order."""
        return "\n".join(widget.text() for widget in self._writer.texts)

    def focus_first(self) -> None:
        first = self._parts[0] if self._parts else None
        title = first if isinstance(first, HeadingLabel) else (first.findChild(HeadingLabel) if first else None)
        (title or self).setFocus(Qt.FocusReason.OtherFocusReason)
