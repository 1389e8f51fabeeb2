"""The reader's time zone: the kiosk's setting, the owner's choice, or a best guess from the system.

No extra package is needed to read the system's zone: the ``TZ`` variable, ``/etc/timezone``, the target of the
``/etc/localtime`` link (Linux, macOS) and, failing those (Windows, or a copied localtime file), the clock's own
UTC offsets in January and July, matched against the zones the reader could choose from. A machine left on UTC —
common on kiosks — gives no guess, so the page asks instead of showing the wrong day.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

BEIJING = "Asia/Shanghai"  # Beijing Time, UTC+8 all year; China has had no daylight saving time since 1991
_NOT_A_PLACE = ("UTC", "UCT", "GMT", "Etc/", "Universal", "Zulu", "Factory", "Greenwich")


@dataclass(frozen=True)
class ZoneGuess:
    """Which zone to use and where it came from, so a page can say "from this computer's clock" or ask."""

    key: str | None  # an IANA key such as America/New_York; None when nothing usable was found
    how: str  # kiosk, owner, environment, timezone-file, localtime-link, offsets, none

    @property
    def found(self) -> bool:
        return self.key is not None


def zone(key: str) -> ZoneInfo:
    """The zone for an IANA key; raises ValueError with the key for anything unknown."""
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
        raise ValueError(f"unknown time zone {key!r}") from error


def is_zone(key: str | None) -> bool:
    if not key:
        return False
    try:
        zone(key)
    except ValueError:
        return False
    return True


def _usable(key: str | None) -> str | None:
    """``key`` when it names a real place; a bare UTC says nothing about where the reader lives."""
    if not key:
        return None
    key = key.strip().lstrip(":")
    for prefix in ("posix/", "right/"):
        key = key.removeprefix(prefix)
    if key.startswith(_NOT_A_PLACE) or not is_zone(key):
        return None
    return key


def _key_from_path(path: str) -> str | None:
    marker = "zoneinfo/"
    index = path.rfind(marker)
    return _usable(path[index + len(marker):]) if index >= 0 else None


def _from_files(etc: Path) -> ZoneGuess | None:
    try:
        written = (etc / "timezone").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        written = ""
    if key := _usable(written.splitlines()[0] if written else None):
        return ZoneGuess(key, "timezone-file")
    localtime = etc / "localtime"
    try:
        if localtime.is_symlink():
            if key := _key_from_path(os.path.realpath(localtime)) or _key_from_path(os.readlink(localtime)):
                return ZoneGuess(key, "localtime-link")
    except OSError:
        pass
    return None


def _offsets(offset_at: Callable[[dt.datetime], int], year: int) -> tuple[int, int]:
    """The UTC offsets, in seconds, in mid-January and mid-July of ``year``."""
    january, july = (dt.datetime(year, month, 15, 12, tzinfo=dt.UTC) for month in (1, 7))
    return offset_at(january), offset_at(july)


def _zone_offset(key: str) -> Callable[[dt.datetime], int]:
    tz = zone(key)
    return lambda instant: int(instant.astimezone(tz).utcoffset().total_seconds())


def _system_clock_offset(timestamp: float) -> int:
    return time.localtime(timestamp).tm_gmtoff


def system_zone(candidates: Sequence[str] = (), *, environ: Mapping[str, str] | None = None,
                etc: Path = Path("/etc"), clock_offset: Callable[[float], int] | None = None,
                year: int | None = None) -> ZoneGuess:
    """The best guess at this computer's zone. ``candidates`` (the zones offered in the list) let the clock's
    offsets decide when no zone name can be read; only an unambiguous match is taken."""
    environ = os.environ if environ is None else environ
    value = environ.get("TZ", "").strip().lstrip(":")
    if key := (_key_from_path(value) if value.startswith("/") else _usable(value)):
        return ZoneGuess(key, "environment")
    if found := _from_files(etc):
        return found
    year = year or dt.date.today().year
    read_clock = clock_offset or _system_clock_offset
    clock = _offsets(lambda instant: read_clock(instant.timestamp()), year)
    matches = [key for key in candidates if is_zone(key) and _offsets(_zone_offset(key), year) == clock]
    if len(matches) == 1:
        return ZoneGuess(matches[0], "offsets")
    return ZoneGuess(None, "none")


def resolve_zone(configured: str | None = None, chosen: str | None = None,
                 system: ZoneGuess | Callable[[], ZoneGuess] | None = None) -> ZoneGuess:
    """The zone the planner should use: a kiosk's configured zone wins, then the owner's saved choice, then the
    system's guess (computed only when needed). An invalid configured zone is an error the kiosk's file must fix."""
    if configured:
        if not is_zone(configured):
            raise ValueError(f"unknown time zone {configured!r}")
        return ZoneGuess(configured, "kiosk")
    if is_zone(chosen):
        return ZoneGuess(chosen, "owner")
    if callable(system):
        system = system()
    return system or ZoneGuess(None, "none")


def same_clock(first: str, second: str, year: int) -> bool:
    """Whether two zones show the same time every day of ``year`` (America/Detroit and America/New_York do)."""
    a, b = zone(first), zone(second)
    start = dt.datetime(year, 1, 1, 12, tzinfo=dt.UTC)
    return all((start + dt.timedelta(days=day)).astimezone(a).utcoffset()
               == (start + dt.timedelta(days=day)).astimezone(b).utcoffset() for day in range(366))


def matching_choice(key: str, choices: Sequence[str], year: int) -> str | None:
    """Which of the offered zones ``key`` belongs to: itself, or one that keeps the same clock all year."""
    if key in choices:
        return key
    if not is_zone(key):
        return None
    return next((choice for choice in choices if is_zone(choice) and same_clock(key, choice, year)), None)
