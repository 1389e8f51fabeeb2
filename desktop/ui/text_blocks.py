"""Laid-out text for pictures and paper: a QTextDocument built from plain runs, never from markup.

The long image and the printed page both draw documents' words (content, sometimes a reader's own answers), so
neither may hand them to ``setHtml``: each run is inserted as text with its own format, bold or not, in a colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import QTextOption

Run = tuple[str, bool, str]  # (text, bold, colour as '#rrggbb')


def font_for(families: Sequence[str], pixel_size: int | None = None, point_size: float | None = None,
             bold: bool = False) -> QFont:
    """A font of the bundled families (named explicitly: a subset font may be skipped by Qt's matching)."""
    font = QFont()
    font.setFamilies(list(families))
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def empty_document(font: QFont, device: QPaintDevice | None = None, margin: float = 0) -> QTextDocument:
    """A document laid out for ``device``'s resolution in ``font``, wrapping at word boundaries, or anywhere in a
    long address."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font)
    document.setDocumentMargin(margin)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    return document


def text_block(runs: Sequence[Run], font: QFont, width: float, device: QPaintDevice | None = None,
               line_height: int = 100, margin: float = 0) -> QTextDocument:
    """The runs laid out at ``width`` (device pixels) for ``device``; ``line_height`` in percent of the font's
    own line spacing (140 gives the 1.3 or more a senior-friendly picture needs)."""
    document = empty_document(font, device, margin)
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    if line_height != 100:
        block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.setBlockFormat(block)
    for text, bold, colour in runs:
        character = QTextCharFormat()
        character.setFont(font)
        character.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        character.setForeground(QColor(colour))
        cursor.insertText(text, character)  # plain text: a '<' in content stays a '<'
    document.setTextWidth(width)
    return document


def draw_text_block(painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
    """Paints a laid-out block with its top left at (x, y)."""
    painter.save()
    painter.translate(x, y)
    document.drawContents(painter)
    painter.restore()
