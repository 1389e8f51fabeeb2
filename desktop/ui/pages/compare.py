"""Platforms side by side: a thin table model over plain facts, and the page that shows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.core.criteria import CRITERIA
from desktop.core.records import Fact, Platform
from desktop.i18n import _
from desktop.ui.labels import FLAG_LABELS, code_label, criterion_label
from desktop.ui.pages.platform_document import figure_text, freshness_text
from desktop.ui.pages.base import heading

_Index = QModelIndex | QPersistentModelIndex


def cell_text(fact: Fact | None, language: str, today: dt.date) -> str:
    """A comparison cell as plain text: symbol and word, value, figure and date."""
    if fact is None:
        return ""
    lines = []
    label = code_label(fact.criterion, fact.code)
    if label:
        lines.append(f"{label[0]} {label[1]}")
    if fact.codes:
        lines.append(", ".join(_(FLAG_LABELS[code]) for code in fact.codes))
    if fact.figure:
        lines.append(figure_text(fact.figure, language))
    if fact.value and not fact.codes and not fact.figure:
        lines.append(fact.value.get(language))
    if fact.as_of:
        lines.append(freshness_text(fact, language, today)[0])
    return "\n".join(lines)


class CompareModel(QAbstractTableModel):
    """Rows are criteria, columns platforms; the tooltip carries the full value and the source."""

    def __init__(self, platforms: list[Platform], language: str, today: dt.date) -> None:
        super().__init__()
        self._platforms = platforms
        self._language = language
        self._today = today
        self._criteria = [criterion.key for criterion in CRITERIA]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._platforms)

    def fact(self, row: int, column: int) -> Fact | None:
        return self._platforms[column].facts.get(self._criteria[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fact = self.fact(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(fact, self._language, self._today)
        if role == Qt.ItemDataRole.ToolTipRole and fact is not None:
            parts = [fact.value.get(self._language) if fact.value else _("Not confirmed: we could not verify this.")]
            if fact.source:
                parts.append(_("Source: {url}").format(url=fact.source))
            return "\n\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._platforms):
            return self._platforms[section].name.get(self._language)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._criteria):
            return criterion_label(self._criteria[section])
        return None


class ComparePage(QWidget):
    def __init__(self, platforms: list[Platform], language: str, today: dt.date) -> None:
        super().__init__()
        names = " · ".join(platform.name.get(language) for platform in platforms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for label in heading(_("Side by side"), names):
            layout.addWidget(label)
        self.model = CompareModel(platforms, language, today)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumWidth(180)
        self.table.setAccessibleName(_("Side by side"))
        layout.addWidget(self.table, 1)
        self.setAccessibleName(_("Side by side"))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Row heights depend on the column widths, which are known only once the page has its size.
        self.table.resizeRowsToContents()
