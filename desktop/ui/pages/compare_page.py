"""The side-by-side page: the comparison table, a 'show only differences' switch, each cell's full value and
source on demand, and printing or saving as PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.core.records import Platform
from desktop.i18n import _
from desktop.ui import html
from desktop.ui.labels import criterion_label
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import heading
from desktop.ui.pages.compare import FACT_ROLE, CompareModel
from desktop.ui.pages.platform_document import freshness_text


class ComparePage(QWidget):
    def __init__(self, platforms: list[Platform], language: str, today: dt.date, router: LinkRouter,
                 printer=None) -> None:
        super().__init__()
        self.platforms = platforms
        self._language = language
        self._today = today
        self._router = router
        self._printer = printer  # a ComparisonPrinter, or None where printing is not offered
        names = " · ".join(platform.name.get(language) for platform in platforms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for label in heading(_("Side by side"), names):
            layout.addWidget(label)
        layout.addLayout(self._toolbar())
        self.model = CompareModel(platforms, language, today)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumWidth(190)
        self.table.setAccessibleName(_("Side by side"))
        self.table.clicked.connect(self.show_cell)
        self.table.activated.connect(self.show_cell)
        self.model.modelReset.connect(self._layout_rows)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(_("Choose a cell to see the full text and its source."))
        self.detail.setObjectName("CellDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setOpenExternalLinks(False)
        self.detail.linkActivated.connect(lambda link: router.activate(QUrl(link)))
        layout.addWidget(self.detail)
        self._layout_rows()
        self.setAccessibleName(_("Side by side"))

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.differences = QCheckBox(_("Show only differences"))
        self.differences.toggled.connect(self.model_set_only_differences)
        row.addWidget(self.differences)
        row.addStretch(1)
        if self._printer is not None:
            self.print_language = QComboBox()
            self.print_language.addItem(_("In this language"), False)
            self.print_language.addItem(_("Bilingual, English and Chinese"), True)
            self.print_language.setAccessibleName(_("Language of the printout"))
            row.addWidget(self.print_language)
            for text, slot in ((_("Print…"), self._print), (_("Save as PDF…"), self._save_pdf)):
                button = QPushButton(text)
                button.setObjectName("ToolButton")
                button.clicked.connect(slot)
                row.addWidget(button)
        return row

    def model_set_only_differences(self, only: bool) -> None:
        # The switch is built before the model exists, so it is connected through this method.
        self.model.set_only_differences(only)

    def _layout_rows(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_group(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Row heights depend on the column widths, which are known only once the page has its size.
        self.table.resizeRowsToContents()

    def show_cell(self, index: QModelIndex) -> None:
        fact = index.data(FACT_ROLE)
        if not fact:
            return
        platform = self.platforms[index.column()]
        name, label = platform.name.get(self._language), criterion_label(fact.criterion)
        parts = [f"<b>{html.escape(name)} · {html.escape(label)}</b>"]
        parts.append(html.text(fact.value, self._language) if fact.value
                     else html.escape(_("Not confirmed: we could not verify this.")))
        meta = [html.escape(freshness_text(fact, self._language, self._today)[0])] if fact.as_of else []
        if fact.source:
            meta.append(html.external_link(fact.source, _("Source")))
        parts.append(" · ".join(meta))
        self.detail.setText("<br/>".join(parts))

    def _print(self) -> None:
        self._printer.print_with_dialog(self, self.platforms, bool(self.print_language.currentData()))

    def _save_pdf(self) -> None:
        self._printer.save_with_dialog(self, self.platforms, bool(self.print_language.currentData()))
