"""Printing a comparison, or saving it as PDF: US Letter, the bundled font embedded, one language or two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.formatting import format_date
from desktop.core.records import Platform
from desktop.i18n import N_, Catalogs, _, brand_name, translate_in
from desktop.ui import html
from desktop.ui.fonts import FontFamilies
from desktop.ui.labels import GROUP_LABELS, criterion_label
from desktop.ui.pages.compare import cell_text

POINT_SIZE = 8.5


class ComparisonPrinter:
    def __init__(self, fonts: FontFamilies, catalogs: Catalogs, today: Callable[[], dt.date]) -> None:
        self._fonts = fonts
        self._catalogs = catalogs
        self._today = today

    def languages(self, language: str, bilingual: bool) -> list[str]:
        if not bilingual:
            return [language]
        return ["en", language if language != "en" else "zh_Hans"]

    def html(self, platforms: list[Platform], language: str, bilingual: bool) -> str:
        languages = self.languages(language, bilingual)
        today = self._today()

        def label(message: str) -> str:
            return " / ".join(dict.fromkeys(translate_in(self._catalogs, code, message) for code in languages))

        def translator(code: str) -> Callable[[str], str]:
            return lambda message: translate_in(self._catalogs, code, message)

        names = [" / ".join(dict.fromkeys(platform.name.get(code) for code in languages)) for platform in platforms]
        title = label(N_("Side by side")) + ": " + " · ".join(names)
        printed = label(N_("Printed {date}")).format(date=format_date(today, languages[-1]))
        header = "".join(f"<th>{html.escape(name)}</th>" for name in names)
        rows = []
        for group in GROUPS:
            group_label = html.escape(label(GROUP_LABELS[group]))
            rows.append(f'<tr><td colspan="{len(platforms) + 1}" class="group">{group_label}</td></tr>')
            for criterion in (item for item in CRITERIA if item.group == group):
                criterion_text = " / ".join(dict.fromkeys(criterion_label(criterion.key, translator(code))
                                                          for code in languages))
                cells = []
                for platform in platforms:
                    fact = platform.facts.get(criterion.key)
                    parts = []
                    for code in languages:
                        text = cell_text(fact, code, today, translator(code))
                        if fact is not None and fact.value:
                            text += "\n" + fact.value.get(code)
                        parts.append(html.escape(text).replace("\n", "<br/>"))
                    if fact is not None and fact.source:
                        parts.append(f'<span class="source">{html.escape(fact.source)}</span>')
                    cells.append("<td>" + "<hr/>".join(parts[: len(languages)]) +
                                 ("<br/>" + parts[-1] if fact is not None and fact.source else "") + "</td>")
                rows.append(f"<tr><th>{html.escape(criterion_text)}</th>{''.join(cells)}</tr>")
        style = ("table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px; "
                 "vertical-align: top; text-align: left; } .group { background: #dde6ee; font-weight: bold; } "
                 ".source { color: #444; font-size: 7pt; } h1 { font-size: 13pt; }")
        return (f"<html><head><style>{style}</style></head><body><h1>{html.escape(title)}</h1>"
                f"<p>{html.escape(brand_name(languages[-1]))} · {html.escape(printed)}</p>"
                f'<table width="100%" cellspacing="0"><tr><th></th>{header}</tr>{"".join(rows)}</table>'
                "</body></html>")

    def document(self, platforms: list[Platform], language: str, bilingual: bool) -> QTextDocument:
        document = QTextDocument()
        font = QFont()
        # The bundled families, so the PDF embeds glyphs for every Chinese character.
        chinese = self.languages(language, bilingual)[-1]
        font.setFamilies(self._fonts.for_language(chinese))
        font.setPointSizeF(POINT_SIZE)
        document.setDefaultFont(font)
        document.setHtml(self.html(platforms, language, bilingual))
        return document

    def write_pdf(self, path: Path, platforms: list[Platform], language: str, bilingual: bool) -> None:
        """Writes the comparison to ``path`` on US Letter; raises OSError when it cannot be written."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            raise OSError(f"{path} is not a file")
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setTitle(brand_name(self.languages(language, bilingual)[-1]))
        writer.setCreator("Qiao")
        document = self.document(platforms, language, bilingual)
        document.print_(writer)
        del writer  # finishes the file
        if not path.is_file() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")

    def save_with_dialog(self, parent: QWidget, platforms: list[Platform], bilingual: bool) -> None:
        from desktop.i18n import active_language

        name, _filter = QFileDialog.getSaveFileName(parent, _("Save as PDF"), "qiao-comparison.pdf", "PDF (*.pdf)")
        if not name:
            return
        try:
            self.write_pdf(Path(name), platforms, active_language(), bilingual)
        except OSError as error:
            QMessageBox.warning(parent, _("Save as PDF"), _("The PDF could not be saved: {reason}").format(
                reason=error.strerror or str(error)))

    def print_with_dialog(self, parent: QWidget, platforms: list[Platform], bilingual: bool) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.i18n import active_language

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document(platforms, active_language(), bilingual).print_(printer)
