"""Entries of a list page as plain data, and the thin Qt model over them.

An ``Entry`` is a title, a detail, the page it opens and (for search) the matched ranges of the detail; a
heading entry starts a group and cannot be chosen. ``EntryListModel.set_entries`` replaces them in place, so a
view over it keeps its widgets. Titles and details are exposed to assistive technology as each row's name and
description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.targets import Target


@dataclass(frozen=True)
class Entry:
    title: str
    detail: str = ""
    target: Target | None = None
    heading: bool = False  # a group's heading: shown, read out, never chosen
    marks: tuple[tuple[int, int], ...] = ()  # (start, length) in ``detail`` to show in bold


def heading_entry(text: str) -> Entry:
    return Entry(text, heading=True)


class EntryListModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2
    HeadingRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, entries: Sequence[Entry] = (), parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = list(entries)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Replaces every entry; the views keep their widgets."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, self.DetailRole):
            return entry.detail
        if role == self.HeadingRole:
            return entry.heading
        if role == self.EntryRole:
            return entry
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return Qt.ItemFlag.NoItemFlags
        if entry.heading:
            return Qt.ItemFlag.ItemIsEnabled  # read, not chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
