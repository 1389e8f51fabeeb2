"""When to call family in China: the reader's day beside Beijing's, in plain data.

Everything takes the instant to plan for (an aware ``datetime``) and zone keys, so a page, a printed handout and
the tests all get the same answer for the same moment. Times are exact to the minute: the overlap of the two
sides' waking hours is computed as intervals, not read off the hour cells, so a zone half an hour off still works.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from desktop.core.time_zones import BEIJING, zone

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
_LOOKAHEAD_DAYS = 3  # far enough to always find the next window when the two sides overlap at all
_CHANGE_HORIZON_DAYS = 400  # a little over a year: every zone that changes its clocks does so within it


@dataclass(frozen=True)
class WakingHours:
    """The hours one side is happy to take a call, on its own clock. ``end`` may be 24, or at or before
    ``start`` for a day that runs past midnight (18 to 1 means 6 pm to 1 am)."""

    start: int = 8
    end: int = 22

    def __post_init__(self) -> None:
        all_day = (self.start, self.end) == (0, 24)
        if not (0 <= self.start <= 23 and 0 <= self.end <= 24) or (self.end % 24 == self.start and not all_day):
            raise ValueError(f"waking hours must be two different hours of the day: {self.start}–{self.end}")

    @property
    def wraps(self) -> bool:
        return self.end <= self.start

    def contains(self, local: dt.datetime) -> bool:
        minutes, start, end = local.hour * 60 + local.minute, self.start * 60, self.end * 60
        return start <= minutes < end if not self.wraps else minutes >= start or minutes < end

    def intervals(self, tz: ZoneInfo, first_day: dt.date, days: int) -> list[tuple[dt.datetime, dt.datetime]]:
        """The waking stretches, in UTC, that start on each of ``days`` local days from ``first_day``."""
        result = []
        for offset in range(-1, days):  # the day before too: its stretch may run into the first day
            day = first_day + dt.timedelta(days=offset)
            end_day = day + dt.timedelta(days=1 if self.wraps or self.end == 24 else 0)
            start = dt.datetime.combine(day, dt.time(self.start), tz)
            end = dt.datetime.combine(end_day, dt.time(self.end % 24), tz)
            result.append((start.astimezone(dt.UTC), end.astimezone(dt.UTC)))
        return result


@dataclass(frozen=True)
class Window:
    """A stretch when both sides are awake, with its ends on each side's clock."""

    start: dt.datetime  # UTC
    end: dt.datetime
    local_start: dt.datetime
    local_end: dt.datetime
    beijing_start: dt.datetime
    beijing_end: dt.datetime

    @classmethod
    def between(cls, start: dt.datetime, end: dt.datetime, local: ZoneInfo) -> Window:
        beijing = ZoneInfo(BEIJING)
        return cls(start, end, start.astimezone(local), end.astimezone(local), start.astimezone(beijing),
                   end.astimezone(beijing))

    def contains(self, instant: dt.datetime) -> bool:
        return self.start <= instant < self.end


@dataclass(frozen=True)
class HourCell:
    """One hour of the reader's day on the strip, and what it is in Beijing."""

    start: dt.datetime  # UTC
    local: dt.datetime
    beijing: dt.datetime
    local_awake: bool
    beijing_awake: bool

    @property
    def overlap(self) -> bool:
        return self.local_awake and self.beijing_awake


@dataclass(frozen=True)
class DayPlan:
    """The reader's local day as hour cells (23 or 25 on a clock-change day), and the windows within it."""

    zone: str
    day: dt.date
    cells: tuple[HourCell, ...]
    windows: tuple[Window, ...]  # clipped to the day
    now_index: int | None  # the cell holding the instant planned for, if it falls on this day
    now_fraction: float  # how far through that cell, 0 to 1, for the "now" marker


@dataclass(frozen=True)
class CallAnswer:
    """The plain answer for one instant: ``kind`` is good, beijing-asleep, you-asleep or both-asleep."""

    kind: str
    now_local: dt.datetime
    now_beijing: dt.datetime
    current_window: Window | None  # when good: the window it is in
    next_window: Window | None  # when not good: the next window, within three days (None if the hours never meet)

    @property
    def good(self) -> bool:
        return self.kind == "good"


@dataclass(frozen=True)
class ClockChange:
    """The reader's next clock change, and how the call windows move with it."""

    instant: dt.datetime  # UTC
    local_before: dt.datetime  # the last moment before the change, on the old clock
    local_after: dt.datetime  # the same instant on the new clock
    difference_before: dt.timedelta  # how far Beijing is ahead (negative: behind) before the change
    difference_after: dt.timedelta
    windows_before: tuple[Window, ...]  # a whole day before the change (the day before it)
    windows_after: tuple[Window, ...]  # a whole day after it

    @property
    def forward(self) -> bool:
        return self.local_after.utcoffset() > self.local_before.utcoffset()

    @property
    def shift(self) -> dt.timedelta:
        return abs(self.local_after.utcoffset() - self.local_before.utcoffset())

    @property
    def date(self) -> dt.date:
        return self.local_after.date()


def _utc(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None:
        raise ValueError("the instant to plan for must carry its time zone")
    return instant.astimezone(dt.UTC)


def beijing_ahead(instant: dt.datetime, local_zone: str) -> dt.timedelta:
    """How far Beijing's clock is ahead of the reader's at ``instant`` (negative if behind)."""
    instant = _utc(instant)
    return instant.astimezone(ZoneInfo(BEIJING)).utcoffset() - instant.astimezone(zone(local_zone)).utcoffset()


def _intersect(first: list[tuple[dt.datetime, dt.datetime]],
               second: list[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    found = []
    for a_start, a_end in first:
        for b_start, b_end in second:
            start, end = max(a_start, b_start), min(a_end, b_end)
            if start < end:
                found.append((start, end))
    found.sort()
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in found:  # stretches that touch (22:00–24:00 then 0:00–1:00) are one window
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def windows_between(start: dt.datetime, end: dt.datetime, local_zone: str, local_hours: WakingHours,
                    beijing_hours: WakingHours) -> tuple[Window, ...]:
    """Every window between two instants, clipped to them."""
    start, end = _utc(start), _utc(end)
    local, beijing = zone(local_zone), ZoneInfo(BEIJING)
    days = (end - start).days + 2
    mine = local_hours.intervals(local, start.astimezone(local).date(), days)
    theirs = beijing_hours.intervals(beijing, start.astimezone(beijing).date(), days)
    clipped = [(max(a, start), min(b, end)) for a, b in _intersect(mine, theirs)]
    return tuple(Window.between(a, b, local) for a, b in clipped if a < b)


def _day_bounds(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    return (dt.datetime.combine(day, dt.time(0), tz).astimezone(dt.UTC),
            dt.datetime.combine(day + DAY, dt.time(0), tz).astimezone(dt.UTC))


def plan_day(now: dt.datetime, local_zone: str, local_hours: WakingHours = WakingHours(),
             beijing_hours: WakingHours = WakingHours(), day: dt.date | None = None) -> DayPlan:
    """The strip for the reader's day holding ``now`` (or for ``day``), one cell per real hour."""
    now = _utc(now)
    local, beijing = zone(local_zone), ZoneInfo(BEIJING)
    day = day or now.astimezone(local).date()
    start, end = _day_bounds(day, local)
    cells, moment = [], start
    while moment < end:
        cells.append(HourCell(moment, moment.astimezone(local), moment.astimezone(beijing),
                              local_hours.contains(moment.astimezone(local)),
                              beijing_hours.contains(moment.astimezone(beijing))))
        moment += HOUR
    now_index = next((index for index, cell in enumerate(cells) if cell.start <= now < cell.start + HOUR), None)
    fraction = (now - cells[now_index].start) / HOUR if now_index is not None else 0.0
    return DayPlan(local_zone, day, tuple(cells), windows_between(start, end, local_zone, local_hours, beijing_hours),
                   now_index, fraction)


def answer_now(now: dt.datetime, local_zone: str, local_hours: WakingHours = WakingHours(),
               beijing_hours: WakingHours = WakingHours()) -> CallAnswer:
    """Whether ``now`` is a good time to call, and if not, when the next good time is."""
    now = _utc(now)
    local, beijing = zone(local_zone), ZoneInfo(BEIJING)
    now_local, now_beijing = now.astimezone(local), now.astimezone(beijing)
    you, them = local_hours.contains(now_local), beijing_hours.contains(now_beijing)
    kind = "good" if you and them else "you-asleep" if them else "beijing-asleep" if you else "both-asleep"
    windows = windows_between(now - DAY, now + _LOOKAHEAD_DAYS * DAY, local_zone, local_hours, beijing_hours)
    current = next((window for window in windows if window.contains(now)), None)
    upcoming = next((window for window in windows if window.start > now), None)
    return CallAnswer(kind, now_local, now_beijing, current if kind == "good" else None,
                      None if kind == "good" else upcoming)


def observes_clock_changes(local_zone: str, year: int) -> bool:
    tz = zone(local_zone)
    offsets = {dt.datetime(year, month, 1, 12, tzinfo=dt.UTC).astimezone(tz).utcoffset() for month in range(1, 13)}
    return len(offsets) > 1


def next_clock_change(now: dt.datetime, local_zone: str, local_hours: WakingHours = WakingHours(),
                      beijing_hours: WakingHours = WakingHours()) -> ClockChange | None:
    """The reader's next clock change after ``now`` within about a year; None where clocks never change
    (Arizona, Hawaii)."""
    now = _utc(now)
    tz = zone(local_zone)

    def offset(instant: dt.datetime) -> dt.timedelta:
        return instant.astimezone(tz).utcoffset()

    current, moment = offset(now), now
    for _ in range(_CHANGE_HORIZON_DAYS):
        following = moment + DAY
        if offset(following) != current:
            low, high = moment, following
            while high - low > dt.timedelta(minutes=1):  # changes fall on whole minutes
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            instant = high.replace(second=0, microsecond=0)
            if offset(instant) == current:
                instant += dt.timedelta(minutes=1)
            before_day = (instant - DAY).astimezone(tz).date()
            after_day = (instant + DAY).astimezone(tz).date()
            return ClockChange(
                instant, (instant - dt.timedelta(minutes=1)).astimezone(tz), instant.astimezone(tz),
                beijing_ahead(instant - dt.timedelta(minutes=1), local_zone), beijing_ahead(instant, local_zone),
                windows_between(*_day_bounds(before_day, tz), local_zone, local_hours, beijing_hours),
                windows_between(*_day_bounds(after_day, tz), local_zone, local_hours, beijing_hours))
        moment = following
    return None
