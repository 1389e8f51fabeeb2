"""The side-by-side grid: criteria down the side, platforms across, each cell one line at a glance.

Each row's label sits beside its values. A cell shows a symbol and a short word; choosing it (click, tap, Enter or
Space) opens its full text and source. The grid is one Tab stop: Tab enters at the current cell and leaves; the
arrow keys move between cells, as in a table.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.fact_text import freshness_text, headline
from desktop.core.formatting import format_date
from desktop.core.labels import GROUP_LABELS, criterion_label
from desktop.core.records import Fact, Platform
from desktop.i18n import _
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.card import Card



def date_span(facts: list[Fact | None]) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest as-of dates of the facts shown (said once above the grid)."""
    dates = sorted({fact.as_of for fact in facts if fact is not None and fact.as_of and not fact.unknown})
    return (dates[0], dates[-1]) if dates else None


class CompareCell(Card):
    """One cell: a button that says where it sits, so the grid needs no filter on every cell's events."""

    focused = Signal(int, int)

    def __init__(self, row: int, column: int) -> None:
        super().__init__("", "", "CompareCell")
        self.position = (row, column)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.focused.emit(*self.position)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.ignore()  # the grid moves between cells; a button alone would move to the next widget
            return
        super().keyPressEvent(event)


class CompareGrid(QWidget):
    cell_opened = Signal(int, int)  # criterion row, platform column (of the platforms shown)

    def __init__(self, platforms: list[Platform], criteria: list[str], language: str, today: dt.date,
                 differing: set[str]) -> None:
        super().__init__()
        self.setObjectName("CompareGrid")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.platforms = platforms
        self.criteria = criteria
        self._today = today
        self.cells: list[list[CompareCell]] = []
        self._headers: list[HeadingLabel] = []
        self._groups: list[tuple[HeadingLabel, str]] = []
        self._labels: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        for column in range(1, len(platforms) + 1):
            grid.setColumnStretch(column, 4)
            header = HeadingLabel("", 3)
            header.setObjectName("CompareHeader")
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
            self._headers.append(header)
        row = 1
        for group in GROUPS:
            keys = [criterion.key for criterion in CRITERIA if criterion.group == group and criterion.key in criteria]
            if not keys:
                continue
            group_label = HeadingLabel("", 3)
            group_label.setObjectName("CompareGroup")
            group_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(group_label, row, 0, 1, len(platforms) + 1)
            self._groups.append((group_label, group))
            row += 1
            for key in keys:
                label = QLabel()
                label.setObjectName("CompareLabel")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                self._labels.append(label)
                cells = []
                for column in range(len(platforms)):
                    cell = CompareCell(len(self.cells), column)
                    cell.setProperty("differs", key in differing)
                    cell.clicked.connect(lambda _checked=False, cell=cell: self.open(*cell.position))
                    cell.focused.connect(self._focused)
                    grid.addWidget(cell, row, column + 1)
                    cells.append(cell)
                self.cells.append(cells)
                row += 1
        self.current = (0, 0)
        self.retranslate(language)
        self._rove()

    def retranslate(self, language: str) -> None:
        """The same grid in ``language``: every word changes, nothing is rebuilt."""
        for header, platform in zip(self._headers, self.platforms):
            header.setText(platform.name.get(language))
        for group_label, group in self._groups:
            group_label.setText(_(GROUP_LABELS[group]))
        for label, key, cells in zip(self._labels, self.criteria, self.cells):
            label.setText(criterion_label(key))
            for cell, platform in zip(cells, self.platforms):
                self._write(cell, platform, key, language)

    def _write(self, cell: CompareCell, platform: Platform, key: str, language: str) -> None:
        fact = platform.facts.get(key)
        line = headline(fact, language, self._today)
        text = str(line)
        if fact is not None and fact.as_of and not fact.unknown and line.stale:  # only a stale date is in the cell
            text += "\n" + freshness_text(fact, language, self._today)[0]
        cell.set_texts(text, "")
        cell.setProperty("stale", line.stale)
        cell.setAccessibleName(f"{platform.name.get(language)}, {criterion_label(key)}: {text}")
        cell.setAccessibleDescription(_("Choose to read the full text and its source"))

    def open(self, row: int, column: int) -> None:
        self.current = (row, column)
        self._rove()
        self.cell_opened.emit(row, column)

    def _focused(self, row: int, column: int) -> None:
        if (row, column) != self.current:
            self.current = (row, column)
            self._rove()

    def _rove(self) -> None:
        """Only the current cell is a Tab stop; the arrows reach the rest."""
        for row, cells in enumerate(self.cells):
            for column, cell in enumerate(cells):
                here = (row, column) == self.current
                cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus if here else Qt.FocusPolicy.ClickFocus)

    def focus_current(self) -> None:
        if self.cells:
            row, column = self.current
            self.cells[row][column].setFocus(Qt.FocusReason.OtherFocusReason)

    def move_to(self, row: int, column: int) -> None:
        if not self.cells:
            return
        row = max(0, min(row, len(self.cells) - 1))
        column = max(0, min(column, len(self.cells[row]) - 1))
        self.current = (row, column)
        self._rove()
        self.cells[row][column].setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Arrow keys a cell does not use come up to the grid, which moves to the next cell that way."""
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        step = moves.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        row, column = self.current
        self.move_to(row + step[0], column + step[1])


def checked_line(span: tuple[dt.date, dt.date] | None, language: str) -> str:
    """When the facts were checked, once for the whole grid; a cell names its own date only when it is stale."""
    if span is None:
        return ""
    first, last = span
    if first == last:
        return _("Facts checked on {date}").format(date=format_date(first, language))
    return _("Facts checked between {first} and {last}; choose a cell for its date and source").format(
        first=format_date(first, language), last=format_date(last, language))
