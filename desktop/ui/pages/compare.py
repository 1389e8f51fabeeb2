"""Platforms side by side: a thin table model over plain facts, grouped by criteria, and the page around it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.comparison import differing_criteria
from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.records import Fact, Platform
from desktop.i18n import _
from desktop.ui.labels import GROUP_LABELS, code_label, criterion_label, flags_text
from desktop.ui.pages.platform_document import figure_text, freshness_text

_Index = QModelIndex | QPersistentModelIndex
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a group's header row
FACT_ROLE = Qt.ItemDataRole.UserRole + 2  # the Fact behind a cell


def cell_text(fact: Fact | None, language: str, today: dt.date, translate: Callable[[str], str] = _) -> str:
    """A comparison cell as plain text: symbol and word, the short value, and since when it is known."""
    if fact is None:
        return ""
    lines = []
    label = code_label(fact.criterion, fact.code, translate)
    if label:
        lines.append(f"{label[0]} {label[1]}")
    if fact.codes:
        lines.append(flags_text(fact.codes, language, translate))
    if fact.figure:
        lines.append(figure_text(fact.figure, language, translate))
    if fact.value and not fact.codes and not fact.figure and not label:
        lines.append(fact.value.get(language))
    if fact.as_of:
        lines.append(freshness_text(fact, language, today, translate)[0])
    return "\n".join(lines)


class CompareModel(QAbstractTableModel):
    """Rows are group headers and criteria, columns platforms. The tooltip carries the full value and source."""

    def __init__(self, platforms: list[Platform], language: str, today: dt.date) -> None:
        super().__init__()
        self._platforms = platforms
        self._language = language
        self._today = today
        self._only_differences = False
        self._rows: list[tuple[str, str]] = []
        self._build_rows()

    def _build_rows(self) -> None:
        shown = set(differing_criteria(self._platforms)) if self._only_differences else None
        rows = []
        for group in GROUPS:
            keys = [criterion.key for criterion in CRITERIA if criterion.group == group
                    and (shown is None or criterion.key in shown)]
            if keys:
                rows.append(("group", group))
                rows += [("criterion", key) for key in keys]
        self._rows = rows

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self._only_differences = only
        self._build_rows()
        self.endResetModel()

    def criteria(self) -> list[str]:
        return [key for kind, key in self._rows if kind == "criterion"]

    def is_group(self, row: int) -> bool:
        return self._rows[row][0] == "group"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._platforms)

    def fact(self, row: int, column: int) -> Fact | None:
        kind, key = self._rows[row]
        return None if kind == "group" else self._platforms[column].facts.get(key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, key = self._rows[index.row()]
        if kind == "group":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return _(GROUP_LABELS[key]) if index.column() == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return True if role == GROUP_ROLE else None
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
        if role == FACT_ROLE:
            return fact
        if role == GROUP_ROLE:
            return False
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._platforms):
            return self._platforms[section].name.get(self._language)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            kind, key = self._rows[section]
            return "" if kind == "group" else criterion_label(key)
        return None
