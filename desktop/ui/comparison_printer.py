"""Printing a comparison, or saving it as PDF: US Letter, the bundled font embedded, one language or two.

Rows are laid out one by one and placed on the page whole, so a row is never split across pages; the column
headings repeat on every page. Sources are gathered as numbered notes at the end instead of raw addresses in the
cells. "Show only differences" carries into the printout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen
from PySide6.QtGui import QTextDocument

from desktop.core.comparison import differing_criteria
from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.fact_text import brief, headline
from desktop.core.formatting import format_date
from desktop.core.labels import GROUP_LABELS, criterion_label
from desktop.core.records import Platform
from desktop.i18n import N_, Catalogs, brand_name, translate_in
from desktop.ui.fonts import FontFamilies
from desktop.ui.letter_pdf import plain_document, write_letter_pdf

POINT_SIZE = 7.5
MARGIN_MM = 12
PAD = 2.0  # points inside each cell
LABEL_SHARE = 0.17  # of the width, for the criteria column


@dataclass
class _Row:
    cells: list[str]  # plain text, one per column (the label first)
    kind: str  # "header", "group" or "criterion"


class ComparisonPrinter:
    def __init__(self, fonts: FontFamilies, catalogs: Catalogs, today: Callable[[], dt.date]) -> None:
        self._device: QPagedPaintDevice | None = None
        self._fonts = fonts
        self._catalogs = catalogs
        self._today = today

    def languages(self, language: str, bilingual: bool) -> list[str]:
        if not bilingual:
            return [language]
        return ["en", language if language != "en" else "zh_Hans"]

    def _label(self, message: str, languages: list[str]) -> str:
        return " / ".join(dict.fromkeys(translate_in(self._catalogs, code, message) for code in languages))

    def rows(self, platforms: list[Platform], language: str, bilingual: bool,
             only_differences: bool = False) -> tuple[str, list[_Row], list[str]]:
        """The title, the rows and the numbered source notes of a printout."""
        languages = self.languages(language, bilingual)
        today = self._today()
        notes: list[str] = []
        shown = set(differing_criteria(platforms)) if only_differences else None
        names = [" / ".join(dict.fromkeys(platform.name.get(code) for code in languages)) for platform in platforms]
        colon = "：" if languages[-1] != "en" else ": "
        title = self._label(N_("Side by side"), languages) + colon + " · ".join(names)
        rows = [_Row(["", *names], "header")]
        for group in GROUPS:
            keys = [item.key for item in CRITERIA if item.group == group and (shown is None or item.key in shown)]
            if not keys:
                continue
            rows.append(_Row([self._label(GROUP_LABELS[group], languages)], "group"))
            for key in keys:
                label = " / ".join(dict.fromkeys(criterion_label(key, self._translator(code)) for code in languages))
                cells = [label]
                for platform in platforms:
                    fact = platform.facts.get(key)
                    parts = []
                    for code in languages:
                        translate = self._translator(code)
                        lines = self._print_lines(fact, code, today, translate)
                        parts.append("\n".join(dict.fromkeys(line for line in lines if line)))
                    text = "\n—\n".join(parts)
                    if fact is not None and fact.source:
                        if fact.source not in notes:
                            notes.append(fact.source)
                        text += f" [{notes.index(fact.source) + 1}]"
                    cells.append(text)
                rows.append(_Row(cells, "criterion"))
        return title, rows, notes

    @staticmethod
    def _print_lines(fact, language: str, today: dt.date, translate: Callable[[str], str]) -> list[str]:
        """A cell on paper: the symbol and word, then a sentence or two of the value where it adds something
        (flags and figures say it all; a value-only fact is its brief alone)."""
        line = headline(fact, language, today, translate)
        if fact is None or fact.unknown or not fact.value or fact.codes or fact.figure:
            return [str(line)]
        text = brief(fact.value.get(language))
        if not line.symbol and fact.criterion != "launched":
            return [text]
        return [str(line), text]

    def _translator(self, code: str) -> Callable[[str], str]:
        return lambda message: translate_in(self._catalogs, code, message)

    def _font(self, language: str, bilingual: bool, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont()
        # The bundled families, so the PDF embeds glyphs for every Chinese character.
        font.setFamilies(self._fonts.for_language(self.languages(language, bilingual)[-1]))
        font.setPointSizeF(POINT_SIZE * scale)
        font.setBold(bold)
        return font

    def _document(self, text: str, font: QFont, width: float) -> QTextDocument:
        """A cell's text laid out for the device being painted (its resolution), ``width`` in device pixels."""
        return plain_document(text, font, width, self._device, PAD * self._device.logicalDpiY() / 72.0)

    def paint(self, device: QPagedPaintDevice, platforms: list[Platform], language: str, bilingual: bool,
              only_differences: bool = False) -> int:
        """Draws the comparison on ``device``; returns the number of pages."""
        title, rows, notes = self.rows(platforms, language, bilingual, only_differences)
        self._device = device
        painter = QPainter(device)
        try:
            page = device.pageLayout().paintRectPixels(device.logicalDpiX())
            width, height = float(page.width()), float(page.height())
            columns = [width * LABEL_SHARE] + [width * (1 - LABEL_SHARE) / len(platforms)] * len(platforms)
            body, bold = self._font(language, bilingual), self._font(language, bilingual, bold=True)
            languages = self.languages(language, bilingual)
            printed = self._label(N_("Printed {date}"), languages[-1:]).format(
                date=format_date(self._today(), languages[-1]))
            heading = self._document(f"{title}\n{brand_name(languages[-1])} · {printed}",
                                     self._font(language, bilingual, 1.4, True), width)
            self._draw(painter, heading, 0, 0)
            y, pages = heading.size().height() + PAD * device.logicalDpiY() / 72.0, 1
            header = rows[0]
            for row in rows:
                documents = self._row_documents(row, columns, body, bold)
                row_height = max(document.size().height() for document in documents)
                if y + row_height > height and row.kind != "header":
                    device.newPage()
                    pages += 1
                    y = 0
                    if row is not header:
                        head_documents = self._row_documents(header, columns, body, bold)
                        y = self._draw_row(painter, head_documents, columns, y, header.kind)
                y = self._draw_row(painter, documents, columns, y, row.kind)
            if notes:
                y, pages = self._draw_notes(painter, device, notes, languages, y, width, height, pages)
        finally:
            painter.end()
        return pages

    def _draw_notes(self, painter: QPainter, device: QPagedPaintDevice, notes: list[str], languages: list[str],
                    y: float, width: float, height: float, pages: int) -> tuple[float, int]:
        """The numbered sources, small, in two columns filled top to bottom."""
        small = self._font(languages[-1], False, 0.85)
        label = self._document(self._label(N_("Sources"), languages), self._font(languages[-1], False, bold=True),
                               width)
        if y + label.size().height() * 2 > height:
            device.newPage()
            pages, y = pages + 1, 0.0
        self._draw(painter, label, 0, y)
        top = y + label.size().height()
        column, column_y = 0, top
        for index, url in enumerate(notes, 1):
            document = self._document(f"[{index}] {url}", small, width / 2)
            document.setDocumentMargin(1)
            document.setTextWidth(width / 2)
            if column_y + document.size().height() > height:
                if column == 0:
                    column, column_y = 1, top
                else:
                    device.newPage()
                    pages, top = pages + 1, 0.0
                    column, column_y = 0, 0.0
            self._draw(painter, document, column * width / 2, column_y)
            column_y += document.size().height()
        return column_y, pages

    def _row_documents(self, row: _Row, columns: list[float], body: QFont, bold: QFont) -> list[QTextDocument]:
        if row.kind == "group":
            return [self._document(row.cells[0], bold, sum(columns))]
        return [self._document(text, bold if row.kind == "header" or index == 0 else body, columns[index])
                for index, text in enumerate(row.cells)]

    def _draw_row(self, painter: QPainter, documents: list[QTextDocument], columns: list[float], y: float,
                  kind: str) -> float:
        row_height = max(document.size().height() for document in documents)
        x = 0.0
        if kind == "group":
            painter.fillRect(QRectF(0, y, sum(columns), row_height), QColor("#dde6ee"))
        for document, column in zip(documents, columns):
            self._draw(painter, document, x, y)
            x += column
        painter.setPen(QPen(QColor("#999999"), max(1.0, self._device.logicalDpiY() / 180)))
        painter.drawLine(QPointF(0, y + row_height), QPointF(sum(columns), y + row_height))
        return y + row_height

    @staticmethod
    def _draw(painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y)
        document.drawContents(painter)
        painter.restore()

    def write_pdf(self, path: Path, platforms: list[Platform], language: str, bilingual: bool,
                  only_differences: bool = False) -> int:
        """Writes the comparison to ``path`` on US Letter and returns its page count; raises OSError when it
        cannot be written."""
        return write_letter_pdf(path, brand_name(self.languages(language, bilingual)[-1]), MARGIN_MM,
                                lambda writer: self.paint(writer, platforms, language, bilingual, only_differences))

    def save_with_dialog(self, parent, platforms: list[Platform], bilingual: bool,
                         only_differences: bool = False) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.i18n import _, active_language

        name, _filter = QFileDialog.getSaveFileName(parent, _("Save as PDF"), "qiao-comparison.pdf", "PDF (*.pdf)")
        if not name:
            return
        try:
            self.write_pdf(Path(name), platforms, active_language(), bilingual, only_differences)
        except OSError as error:
            QMessageBox.warning(parent, _("Save as PDF"), _("The PDF could not be saved: {reason}").format(
                reason=error.strerror or str(error)))

