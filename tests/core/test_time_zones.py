"""The reader's zone: the kiosk's setting, the owner's choice, or the system's, read without any extra package."""

from __future__ import annotations

import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

import pytest

from desktop.core.time_zones import ZoneGuess, matching_choice, resolve_zone, system_zone

US_ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
            "America/Anchorage", "Pacific/Honolulu"]


def clock_of(key):
    """A stand-in for the computer's clock, set to ``key``."""
    return lambda timestamp: int(dt.datetime.fromtimestamp(timestamp, ZoneInfo(key)).utcoffset().total_seconds())


def test_the_tz_variable_wins(tmp_path):
    assert system_zone(environ={"TZ": ":America/Chicago"}, etc=tmp_path) == ZoneGuess("America/Chicago",
                                                                                      "environment")
    assert system_zone(environ={"TZ": "/usr/share/zoneinfo/America/Denver"}, etc=tmp_path).key == "America/Denver"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has neither file; the clock offsets cover it")
def test_the_timezone_file_and_the_localtime_link(tmp_path):
    (tmp_path / "timezone").write_text("America/Los_Angeles\n", encoding="utf-8")
    assert system_zone(environ={}, etc=tmp_path) == ZoneGuess("America/Los_Angeles", "timezone-file")
    (tmp_path / "timezone").unlink()
    target = tmp_path / "usr" / "share" / "zoneinfo" / "Pacific"
    target.mkdir(parents=True)
    (target / "Honolulu").write_bytes(b"TZif")
    os.symlink(target / "Honolulu", tmp_path / "localtime")
    assert system_zone(environ={}, etc=tmp_path) == ZoneGuess("Pacific/Honolulu", "localtime-link")


def test_a_machine_left_on_utc_gives_no_guess(tmp_path):
    (tmp_path / "timezone").write_text("Etc/UTC\n", encoding="utf-8")
    guess = system_zone(US_ZONES, environ={"TZ": "UTC"}, etc=tmp_path, clock_offset=clock_of("UTC"), year=2026)
    assert guess == ZoneGuess(None, "none") and not guess.found


@pytest.mark.parametrize("key", US_ZONES)
def test_without_a_name_the_clock_offsets_pick_the_zone(tmp_path, key):
    """As on Windows: no TZ, no /etc files; January and July offsets tell the US zones apart."""
    assert system_zone(US_ZONES, environ={}, etc=tmp_path, clock_offset=clock_of(key), year=2026) == ZoneGuess(
        key, "offsets")


def test_an_offset_no_listed_zone_has_gives_no_guess(tmp_path):
    assert not system_zone(US_ZONES, environ={}, etc=tmp_path, clock_offset=clock_of("Europe/London"),
                           year=2026).found


def test_kiosk_then_owner_then_system():
    system = ZoneGuess("America/Denver", "localtime-link")
    assert resolve_zone("America/Phoenix", "America/Chicago", system) == ZoneGuess("America/Phoenix", "kiosk")
    assert resolve_zone(None, "America/Chicago", system) == ZoneGuess("America/Chicago", "owner")
    assert resolve_zone(None, "Not/A_Zone", system) == system
    assert resolve_zone(None, None, lambda: system) == system
    assert resolve_zone() == ZoneGuess(None, "none")
    with pytest.raises(ValueError, match="unknown time zone 'Eastern'"):
        resolve_zone("Eastern")


def test_other_names_for_a_listed_zone_find_it():
    assert matching_choice("America/Detroit", US_ZONES, 2026) == "America/New_York"
    assert matching_choice("US/Arizona", US_ZONES, 2026) == "America/Phoenix"
    assert matching_choice("America/Boise", US_ZONES, 2026) == "America/Denver"
    assert matching_choice("Asia/Tokyo", US_ZONES, 2026) is None
