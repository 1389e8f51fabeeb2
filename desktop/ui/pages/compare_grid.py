"""The side-by-side grid: criteria down the side, platforms across, each cell one line at a glance.

Each row's label sits beside its values. A cell shows a symbol and a short word; choosing it (click, tap, Enter or
Space) opens its full text and source. The grid is one Tab stop: Tab enters at the current cell and leaves; the
arrow keys move between cells, as in a table.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.fact_text import freshness_text, headline
from desktop.core.formatting import format_date
from desktop.core.labels import GROUP_LABELS, criterion_label
from desktop.core.records import Fact, Platform
from desktop.i18n import _
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.card import Card

_MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


def date_span(facts: list[Fact | None]) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest as-of dates of the facts shown (said once above the grid)."""
    dates = sorted({fact.as_of for fact in facts if fact is not None and fact.as_of and not fact.unknown})
    return (dates[0], dates[-1]) if dates else None


class CompareGrid(QWidget):
    cell_opened = Signal(int, int)  # criterion row, platform column (of the platforms shown)

    def __init__(self, platforms: list[Platform], criteria: list[str], language: str, today: dt.date,
                 differing: set[str]) -> None:
        super().__init__()
        self.setObjectName("CompareGrid")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.platforms = platforms
        self.criteria = criteria
        self.cells: list[list[Card]] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        for column, platform in enumerate(platforms, start=1):
            grid.setColumnStretch(column, 4)
            header = HeadingLabel(platform.name.get(language), 3)
            header.setObjectName("CompareHeader")
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        row = 1
        for group in GROUPS:
            keys = [criterion.key for criterion in CRITERIA if criterion.group == group and criterion.key in criteria]
            if not keys:
                continue
            group_label = HeadingLabel(_(GROUP_LABELS[group]), 3)
            group_label.setObjectName("CompareGroup")
            group_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(group_label, row, 0, 1, len(platforms) + 1)
            row += 1
            for key in keys:
                label = QLabel(criterion_label(key))
                label.setObjectName("CompareLabel")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                cells = []
                row_index = len(self.cells)
                for column, platform in enumerate(platforms):
                    fact = platform.facts.get(key)
                    cell = self._cell(platform, key, fact, language, today, key in differing)
                    cell.clicked.connect(lambda _checked=False, r=row_index, c=column: self.open(r, c))
                    grid.addWidget(cell, row, column + 1)
                    cells.append(cell)
                self.cells.append(cells)
                row += 1
        self.current = (0, 0)
        self._rove()

    def _cell(self, platform: Platform, key: str, fact: Fact | None, language: str, today: dt.date,
              differs: bool) -> Card:
        line = headline(fact, language, today)
        text = str(line)
        if fact is not None and fact.as_of and not fact.unknown and line.stale:  # only a stale date is in the cell
            text += "\n" + freshness_text(fact, language, today)[0]
        cell = Card(text, "", "CompareCell")
        cell.setProperty("differs", differs)
        cell.setProperty("stale", line.stale)
        cell.setAccessibleName(f"{platform.name.get(language)}, {criterion_label(key)}: {text}")
        cell.setAccessibleDescription(_("Choose to read the full text and its source"))
        cell.installEventFilter(self)
        return cell

    def open(self, row: int, column: int) -> None:
        self.current = (row, column)
        self._rove()
        self.cell_opened.emit(row, column)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _MOVES:
            step = _MOVES[event.key()]
            for row, cells in enumerate(self.cells):
                if watched in cells:
                    self.move_to(row + step[0], cells.index(watched) + step[1])
                    return True
        if event.type() == QEvent.Type.FocusIn:
            for row, cells in enumerate(self.cells):
                if watched in cells:
                    self.current = (row, cells.index(watched))
                    self._rove()
        return super().eventFilter(watched, event)


def checked_line(span: tuple[dt.date, dt.date] | None, language: str) -> str:
    """When the facts were checked, once for the whole grid; a cell names its own date only when it is stale."""
    if span is None:
        return ""
    first, last = span
    if first == last:
        return _("Facts checked on {date}").format(date=format_date(first, language))
    return _("Facts checked between {first} and {last}; choose a cell for its date and source").format(
        first=format_date(first, language), last=format_date(last, language))
