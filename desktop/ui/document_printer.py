"""Printing a guide, a caution or a check-up result, or saving it as PDF: US Letter, one or two pages, the bundled
font embedded, in one language or English and Chinese side by side.

The printout is drawn from the same structured document as the screen, part by part: a heading stays with what
follows it, and a step, a paragraph or a list entry is placed whole, never split across pages. Web addresses do
not fit in running text, so each becomes a numbered note ([1]), listed once at the end (in a bilingual printout
too). The type size is the largest (11 pt down to 7 pt) that keeps the document on
two pages; a document too long even then takes the pages it needs. Pictures to send home print one part a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtGui import QTextDocument

from desktop.core.document import Block, Document, FactTable, Heading, Item, ItemList, LinkRow, Paragraph
from desktop.core.formatting import after_label, format_date
from desktop.core.picture import Picture
from desktop.i18n import N_, Catalogs, brand_name, translate_in
from desktop.ui.fonts import FontFamilies
from desktop.ui.palette import STANDARD
from desktop.ui.text_blocks import Run, draw_text_block, font_for, text_block

SIZES = (11.0, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # points, largest first
MOST_PAGES = 2
MARGIN_MM = 12
COLUMN_GAP_MM = 6
SCALE = {"title": 1.6, "heading": 1.25, "subheading": 1.08, "text": 1.0, "meta": 0.9, "note": 0.85}
TEXT, HEADING, MUTED = STANDARD.text, STANDARD.heading, STANDARD.text_muted


@dataclass
class _Cell:
    kind: str  # a key of SCALE
    runs: list[Run]
    marker: str = ""  # '3.' or '•' in the margin of a list entry


@dataclass
class _Row:
    cells: list[_Cell]  # one per column
    keep_with_next: bool = False  # a heading


@dataclass
class _Notes:
    """Web addresses, numbered in the order they first appear, shared by both columns."""

    urls: list[str] = field(default_factory=list)

    def number(self, url: str) -> int:
        if url not in self.urls:
            self.urls.append(url)
        return self.urls.index(url) + 1


def _item_runs(item: Item, language: str, notes: _Notes, colour: str = TEXT) -> list[Run]:
    runs: list[Run] = []
    lead = ", ".join(link.label for link in item.lead)
    if lead:
        runs.append((lead + " ", True, colour))
    if item.strong:
        runs.append((after_label(item.strong) if item.text else item.strong, True, colour))
    if item.text:
        runs.append((item.text, False, colour))
    if not item.text and not item.strong:  # a source that is only a link: its name, then its note's number
        runs += [(link.label, False, colour) for link in item.links if link.external]
    refs = "".join(f"[{notes.number(link.href)}]" for link in item.links if link.external)
    if refs:
        runs.append((" " + refs, False, colour))
    return runs


def _cells(block: Block, language: str, notes: _Notes) -> list[tuple[_Cell, bool]]:
    """A block's cells, each with whether it keeps with the next (headings)."""
    if isinstance(block, Heading):
        kind = "title" if block.level == 1 else "heading" if block.level == 2 else "subheading"
        return [(_Cell(kind, [(block.text, True, HEADING if block.level < 3 else TEXT)]), True)]
    if isinstance(block, Paragraph):
        meta = block.item.style in ("meta", "stale")
        return [(_Cell("meta" if meta else "text", _item_runs(block.item, language, notes, MUTED if meta else TEXT)),
                 False)]
    if isinstance(block, ItemList):
        return [(_Cell("text", _item_runs(item, language, notes), f"{number}." if block.ordered else "•"), False)
                for number, item in enumerate(block.items, 1)]
    if isinstance(block, LinkRow):
        labels = ", ".join(link.label for link in block.links if not link.external)
        return [(_Cell("text", [(labels, False, TEXT)]), False)] if labels else []
    if isinstance(block, FactTable):
        cells = []
        for row in block.rows:
            cells.append((_Cell("subheading", [(row.label, True, TEXT)]), True))
            cells += [(_Cell("text", _item_runs(line, language, notes)), False) for line in row.lines]
        return cells
    return []


def printout_rows(documents: Sequence[Document]) -> tuple[list[_Row], list[str]]:
    """The rows of a printout (one column per document, part by part) and its numbered web addresses."""
    notes = _Notes()
    rows: list[_Row] = []
    for blocks in zip(*(document.blocks for document in documents)):
        columns = [_cells(block, document.language, notes) for block, document in zip(blocks, documents)]
        for cells in zip(*columns):
            row = [cell for cell, _keep in cells]
            if len(row) > 1 and all(cell.runs == row[0].runs for cell in row):
                row = row[:1]  # the same words in both languages (a source's name): once, across the page
            rows.append(_Row(row, keep_with_next=cells[0][1]))
    return rows, notes.urls


class DocumentPrinter:
    def __init__(self, fonts: FontFamilies, catalogs: Catalogs, today: Callable[[], dt.date]) -> None:
        self._fonts = fonts
        self._catalogs = catalogs
        self._today = today
        self.point_size = SIZES[0]  # the size the last printout used

    # Laying out

    def _text(self, device: QPagedPaintDevice, cell: _Cell, language: str, width: float, size: float,
              bold: bool = False) -> QTextDocument:
        font = font_for(self._fonts.for_language(language), point_size=size * SCALE[cell.kind], bold=bold)
        font.setFeature(QFont.Tag("liga"), 0)  # an 'fi' ligature has no text behind it: a copied 'filter' read 'lter'
        return text_block(cell.runs, font, width, device, 110)

    def _heading(self, documents: Sequence[Document]) -> _Cell:
        language = documents[-1].language
        printed = translate_in(self._catalogs, language, N_("Printed {date}")).format(
            date=format_date(self._today(), language))
        return _Cell("meta", [(f"{brand_name(language)} · {printed}", False, MUTED)])

    def _layout(self, device: QPagedPaintDevice, documents: Sequence[Document], size: float):
        """Every piece to draw as (page, x, y, text) and the number of pages, at ``size`` points."""
        page = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = float(page.width()), float(page.height())
        gap = COLUMN_GAP_MM / 25.4 * device.logicalDpiX()
        columns = len(documents)
        column_width = (width - gap * (columns - 1)) / columns
        marker_width = size * 2.2 * device.logicalDpiX() / 72
        spacing = size * 0.3 * device.logicalDpiY() / 72
        rows, urls = printout_rows(documents)
        pieces: list[tuple[int, float, float, QTextDocument]] = []
        header = self._text(device, self._heading(documents), documents[-1].language, width, size)
        pieces.append((0, 0.0, 0.0, header))
        y, page_number = header.size().height() + spacing, 0
        laid = []
        for row in rows:
            cells = []
            for index, (cell, document) in enumerate(zip(row.cells, documents)):
                inner = (column_width if len(row.cells) > 1 else width) - (marker_width if cell.marker else 0)
                text = self._text(device, cell, document.language, inner, size)
                marker = self._text(device, _Cell(cell.kind, [(cell.marker, True, HEADING)]), document.language,
                                    marker_width, size) if cell.marker else None
                cells.append((index * (column_width + gap), text, marker, marker_width if cell.marker else 0))
            laid.append((row, cells, max(text.size().height() for _x, text, _m, _w in cells)))
        for position, (row, cells, row_height) in enumerate(laid):
            needed = row_height
            if row.keep_with_next and position + 1 < len(laid):
                needed += spacing + laid[position + 1][2]
            if y + needed > height and y > 0:
                page_number, y = page_number + 1, 0.0
            for x, text, marker, shift in cells:
                pieces.append((page_number, x + shift, y, text))
                if marker is not None:
                    pieces.append((page_number, x, y, marker))
            y += row_height + spacing
        if urls:
            page_number, y = self._notes(device, pieces, urls, documents[-1].language, size, page_number, y,
                                         (width, height, gap))
        return pieces, page_number + 1

    def _notes(self, device: QPagedPaintDevice, pieces: list, urls: list[str], language: str, size: float,
               page_number: int, y: float, frame: tuple[float, float, float]) -> tuple[int, float]:
        """The numbered web addresses, small, in two columns filled top to bottom from where the text ends."""
        width, height, gap = frame
        label = self._text(device, _Cell("subheading", [(translate_in(self._catalogs, language, N_("Links")), True,
                                                          TEXT)]), language, width, size)
        column_width = (width - gap) / 2
        notes = [self._text(device, _Cell("note", [(f"[{number}] {url}", False, MUTED)]), language, column_width,
                            size) for number, url in enumerate(urls, 1)]
        if y + label.size().height() + notes[0].size().height() > height:
            page_number, y = page_number + 1, 0.0
        pieces.append((page_number, 0.0, y, label))
        top = y + label.size().height()
        column, y = 0, top
        for note in notes:
            if y + note.size().height() > height:
                if column == 0:
                    column, y = 1, top
                else:
                    page_number, column, top, y = page_number + 1, 0, 0.0, 0.0
            pieces.append((page_number, column * (column_width + gap), y, note))
            y += note.size().height()
        return page_number, y

    def fit(self, device: QPagedPaintDevice, documents: Sequence[Document]) -> tuple[float, list, int]:
        """The largest size at which the printout takes at most two pages (or the smallest size)."""
        for size in SIZES:
            pieces, pages = self._layout(device, documents, size)
            if pages <= MOST_PAGES:
                return size, pieces, pages
        return SIZES[-1], pieces, pages

    # Drawing

    def paint(self, device: QPagedPaintDevice, documents: Sequence[Document]) -> int:
        """Draws the printout on ``device``; returns the number of pages."""
        self.point_size, pieces, pages = self.fit(device, documents)
        painter = QPainter(device)
        try:
            current = 0
            for page, x, y, text in pieces:
                while current < page:
                    device.newPage()
                    current += 1
                draw_text_block(painter, text, x, y)
        finally:
            painter.end()
        return pages

    @staticmethod
    def letter(writer: QPagedPaintDevice) -> None:
        """US Letter with the printout's margins."""
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)

    def write_pdf(self, path: Path, documents: Sequence[Document]) -> int:
        """Writes the printout to ``path`` and returns its page count; OSError when it cannot be written."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            raise OSError(f"{path} is not a file")
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        self.letter(writer)
        writer.setTitle(documents[-1].title)
        writer.setCreator("Qiao")
        pages = self.paint(writer, documents)
        del writer  # finishes the file
        if not path.is_file() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")
        return pages

    def pictures(self, picture: Picture) -> list:
        """A picture to send home as its 1080-px parts."""
        from desktop.ui.long_image import LongImage

        return LongImage(self._fonts).render(picture)

    def paint_picture(self, device: QPagedPaintDevice, picture: Picture) -> int:
        """A picture to send home, on paper: parts as tall as a page, each on a page of its own, full width."""
        from desktop.ui.long_image import WIDTH, LongImage

        page = device.pageLayout().paintRectPixels(device.logicalDpiX())
        images = LongImage(self._fonts, max_height=round(WIDTH * page.height() / page.width())).render(picture)
        painter = QPainter(device)
        try:
            for index, image in enumerate(images):
                if index:
                    device.newPage()
                scale = min(page.width() / image.width(), page.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(images)

    # Saving (a laptop's; a kiosk never offers it). Printing goes through desktop/printers.py's destination.

    def save_with_dialog(self, parent, documents: Sequence[Document], file_name: str) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.i18n import _

        name, _filter = QFileDialog.getSaveFileName(parent, _("Save as PDF"), file_name, "PDF (*.pdf)")
        if not name:
            return
        try:
            self.write_pdf(Path(name), documents)
        except OSError as error:
            QMessageBox.warning(parent, _("Save as PDF"), _("The PDF could not be saved: {reason}").format(
                reason=error.strerror or str(error)))
