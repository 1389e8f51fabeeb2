"""Building blocks shared by the pages: a page header, a scrolling column of cards, a rich-text document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.targets import Target
from desktop.ui.card import Card
from desktop.ui.html import document_style
from desktop.ui.link_router import LinkRouter


def heading(text: str, subtitle: str = "") -> list[QLabel]:
    """A page title and subtitle, always shown as plain text: they may hold what a visitor typed."""
    title = QLabel(text)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setObjectName("PageTitle")
    title.setWordWrap(True)
    title.setAccessibleName(text)
    labels = [title]
    if subtitle:
        sub = QLabel(subtitle)
        sub.setTextFormat(Qt.TextFormat.PlainText)
        sub.setObjectName("PageSubtitle")
        sub.setWordWrap(True)
        labels.append(sub)
    return labels


def card(label: str, detail: str, target: Target, router: LinkRouter, object_name: str = "Card",
         detail_html: str = "") -> Card:
    """A large, finger-sized card that opens ``target``."""
    widget = Card(label, detail, object_name, detail_html)
    widget.setProperty("target", str(target))
    widget.activated.connect(lambda: router.go(target))
    return widget


class ColumnPage(QScrollArea):
    """A scrolling column of widgets with generous margins."""

    def __init__(self, widgets: list[QWidget], margin: int = 24) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(max(8, margin // 2))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)


class DocumentPage(QTextBrowser):
    """A page of rich text whose links all go through the link router."""

    def __init__(self, html: str, router: LinkRouter, point_size: float, accessible_name: str) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(document_style(point_size))
        self.document().setDocumentMargin(24)
        self.setHtml(f"<body>{html}</body>")
        self.setAccessibleName(accessible_name)
        self.anchorClicked.connect(router.activate)
