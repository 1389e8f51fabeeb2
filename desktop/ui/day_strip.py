"""Today's 24 hours as a strip: when the reader is awake, when Beijing is, where the two meet, and now.

Three rows, one cell per real hour of the reader's day (23 or 25 on a clock-change day): the reader's waking hours,
the hours both sides are awake, and Beijing's waking hours, with the reader's clock above and Beijing's below.
The meaning never rests on colour alone: each row is named, awake hours are filled and asleep ones are empty,
the overlap has a row of its own, and the text beside the strip says the same in words (it is also the strip's
accessible description). Everything is measured from the widget's font, so it reads the same at every zoom;
hour labels thin out (every 2, 3, 4 or 6 hours) until they fit. Colours come from the application palette, so
the high-contrast theme applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.call_planner import DayPlan

TICK_STEPS = (1, 2, 3, 4, 6, 8, 12)
STACK_SHARE = 0.28  # row names go above their rows when they would take more than this share of the width


@dataclass(frozen=True)
class StripTexts:
    """The words the strip draws, in the page's language."""

    you: str  # 'Your time'
    both: str  # 'Both awake'
    beijing: str  # 'Beijing Time'
    now: str  # 'Now, 7:30 PM'
    local_hours: tuple[str, ...]  # a label for each cell, on the reader's clock ('8 PM')
    beijing_hours: tuple[str, ...]  # the same cells on Beijing's clock


@dataclass(frozen=True)
class _Geometry:
    chart_left: float
    chart_width: float
    stacked: bool
    rows: tuple[float, float, float]  # the top of each row: you, both, Beijing
    row_height: float
    top_ticks: float
    bottom_ticks: float
    now_label: float
    height: float


class DayStrip(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("DayStrip")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.plan: DayPlan | None = None
        self.texts: StripTexts | None = None

    def set_plan(self, plan: DayPlan, texts: StripTexts, description: str) -> None:
        self.plan, self.texts = plan, texts
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    # Measuring

    def _em(self) -> float:
        return float(max(8, self.fontMetrics().height()))

    def _geometry(self, width: int) -> _Geometry:
        em, metrics = self._em(), self.fontMetrics()
        names = [self.texts.you, self.texts.both, self.texts.beijing] if self.texts else [""]
        label_width = max(metrics.horizontalAdvance(name) for name in names) + em * 0.6
        stacked = label_width > width * STACK_SHARE
        chart_left = 0.0 if stacked else label_width
        row_height = round(em * 1.3)
        gap = round(em * 0.35)
        y = em * 1.2  # the reader's clock above
        top_ticks = y
        rows = []
        for _row in range(3):
            if stacked:
                y += em * 1.1  # the row's name on a line of its own
            rows.append(y)
            y += row_height + gap
        bottom_ticks = y + em * 1.0  # Beijing's clock below (baseline)
        now_label = bottom_ticks + em * 1.3
        return _Geometry(chart_left, max(1.0, width - chart_left - 1), stacked, (rows[0], rows[1], rows[2]),
                         row_height, top_ticks, bottom_ticks, now_label, now_label + em * 0.4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(self._geometry(max(width, 1)).height)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), round(self._em() * 20))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(self._em() * 10), self.heightForWidth(round(self._em() * 10)))

    def _tick_step(self, labels: tuple[str, ...], cell: float) -> int:
        widest = max((self.fontMetrics().horizontalAdvance(label) for label in labels), default=0) + self._em() * 0.8
        return next((step for step in TICK_STEPS if step * cell >= widest), TICK_STEPS[-1])

    # Drawing (kept simple: an exception here would take the app down)

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.plan is None or self.texts is None or not self.plan.cells:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter, self._geometry(self.width()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, geometry: _Geometry) -> None:
        palette, plan, texts = self.palette(), self.plan, self.texts
        text_colour = palette.color(QPalette.ColorRole.Text)
        awake = palette.color(QPalette.ColorRole.Link)
        both = palette.color(QPalette.ColorRole.Highlight)
        empty = palette.color(QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Dark)
        cells = plan.cells
        cell = geometry.chart_width / len(cells)
        metrics = self.fontMetrics()
        painter.setFont(self.font())
        for index, (name, top) in enumerate(zip((texts.you, texts.both, texts.beijing), geometry.rows)):
            painter.setPen(text_colour)
            if geometry.stacked:
                painter.drawText(QPointF(0, top - metrics.descent() - 2), name)
            else:
                baseline = top + (geometry.row_height + metrics.ascent() - metrics.descent()) / 2
                painter.drawText(QPointF(0, baseline), name)
            for position, hour in enumerate(cells):
                on = (hour.local_awake, hour.overlap, hour.beijing_awake)[index]
                rect = QRectF(geometry.chart_left + position * cell, top, cell, geometry.row_height)
                painter.setPen(QPen(edge, 1))
                painter.setBrush((awake, both, awake)[index] if on else empty)
                painter.drawRect(rect)
        self._ticks(painter, geometry, cell, texts.local_hours, [c.local for c in cells], geometry.top_ticks)
        self._ticks(painter, geometry, cell, texts.beijing_hours, [c.beijing for c in cells], geometry.bottom_ticks)
        if plan.now_index is not None:
            self._now(painter, geometry, cell, text_colour, empty)

    def _ticks(self, painter: QPainter, geometry: _Geometry, cell: float, labels: tuple[str, ...], moments,
               baseline: float) -> None:
        step = self._tick_step(labels, cell)
        metrics = self.fontMetrics()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        right_edge = geometry.chart_left + geometry.chart_width
        for position, (label, moment) in enumerate(zip(labels, moments)):
            if moment.minute or moment.hour % step:
                continue
            x = geometry.chart_left + position * cell
            left = min(max(x - metrics.horizontalAdvance(label) / 2, geometry.chart_left),
                       right_edge - metrics.horizontalAdvance(label))
            painter.drawText(QPointF(left, baseline - metrics.descent()), label)

    def _now(self, painter: QPainter, geometry: _Geometry, cell: float, colour, halo) -> None:
        x = geometry.chart_left + (self.plan.now_index + self.plan.now_fraction) * cell
        top, bottom = geometry.rows[0], geometry.rows[2] + geometry.row_height + 4  # below the hour labels
        em = self._em()
        painter.setPen(QPen(halo, max(6.0, em * 0.35)))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(QPen(colour, max(3.0, em * 0.15)))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        metrics = self.fontMetrics()
        label = "▲ " + self.texts.now
        width = metrics.horizontalAdvance(label)
        left = min(max(x - metrics.horizontalAdvance("▲ ") / 2 - 1, 0), self.width() - width)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QPointF(left, geometry.now_label), label)
        painter.setFont(self.font())
