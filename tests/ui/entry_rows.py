"""Test helpers: the choosable rows of a page's entry list, clicked where a person would click them."""

from __future__ import annotations

from PySide6.QtCore import Qt


class EntryRow:
    def __init__(self, view, row: int) -> None:
        self.view, self.row = view, row

    def title(self) -> str:
        return self.view.entry_at(self.row).title

    def detail(self) -> str:
        return self.view.entry_at(self.row).detail

    def click(self, qtbot) -> None:
        index = self.view.model().index(self.row, 0)
        self.view.scrollTo(index)
        qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, pos=self.view.visualRect(index).center())


def entry_rows(page) -> list[EntryRow]:
    view = page.list_view
    return [EntryRow(view, row) for row in range(view.model().rowCount()) if not view.entry_at(row).heading]


def headings(page) -> list[str]:
    view = page.list_view
    return [view.entry_at(row).title for row in range(view.model().rowCount()) if view.entry_at(row).heading]
