"""The call planner at fixed instants, across the US clock changes of 2026 and 2027."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from desktop.core import call_planner_text as text
from desktop.core.call_planner import (
    WakingHours, answer_now, beijing_ahead, next_clock_change, observes_clock_changes, plan_day,
)

NEW_YORK, PHOENIX, HONOLULU, ANCHORAGE = "America/New_York", "America/Phoenix", "Pacific/Honolulu", "America/Anchorage"
HOURS = dt.timedelta(hours=1)


def at(zone: str, *parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZoneInfo(zone))


def clock(moment: dt.datetime | None) -> str:
    return moment.strftime("%a %H:%M") if moment else "-"


def windows(items) -> list[str]:
    return [f"{window.local_start:%H:%M}-{window.local_end:%H:%M}" for window in items]


@pytest.fixture(scope="module")
def texts(store):
    return store.tool_content("call-planner").texts


# (zone, local instant, expected kind, Beijing's clock then, Beijing ahead by, next window on the reader's clock)
CASES = [
    # New York, the evening before and after the March 2026 change: 7:30 pm stops being a good time.
    (NEW_YORK, (2026, 3, 7, 19, 30), "good", "Sun 08:30", 13, None),
    (NEW_YORK, (2026, 3, 8, 19, 30), "beijing-asleep", "Mon 07:30", 12, "Sun 20:00"),
    (NEW_YORK, (2026, 3, 8, 20, 0), "good", "Mon 08:00", 12, None),
    # ... and November 2026, when it becomes a good time again.
    (NEW_YORK, (2026, 10, 31, 19, 30), "beijing-asleep", "Sun 07:30", 12, "Sat 20:00"),
    (NEW_YORK, (2026, 11, 1, 19, 30), "good", "Mon 08:30", 13, None),
    # The same evening hour across the 2027 changes (March 14, November 7).
    (NEW_YORK, (2027, 3, 13, 19, 30), "good", "Sun 08:30", 13, None),
    (NEW_YORK, (2027, 3, 14, 19, 30), "beijing-asleep", "Mon 07:30", 12, "Sun 20:00"),
    (NEW_YORK, (2027, 11, 6, 19, 30), "beijing-asleep", "Sun 07:30", 12, "Sat 20:00"),
    (NEW_YORK, (2027, 11, 7, 19, 30), "good", "Mon 08:30", 13, None),
    # A New York lunchtime is the middle of the night in Beijing.
    (NEW_YORK, (2026, 3, 2, 13, 15), "beijing-asleep", "Tue 02:15", 13, "Mon 19:00"),
    # Phoenix keeps its clock: 5:30 pm is a good time on both sides of every change.
    (PHOENIX, (2026, 3, 7, 17, 30), "good", "Sun 08:30", 15, None),
    (PHOENIX, (2026, 3, 8, 17, 30), "good", "Mon 08:30", 15, None),
    (PHOENIX, (2026, 11, 1, 17, 30), "good", "Mon 08:30", 15, None),
    (PHOENIX, (2027, 3, 14, 16, 30), "beijing-asleep", "Mon 07:30", 15, "Sun 17:00"),
    # Honolulu: Beijing is 18 hours ahead all year; early afternoon is Beijing's morning.
    (HONOLULU, (2026, 3, 8, 13, 30), "beijing-asleep", "Mon 07:30", 18, "Sun 14:00"),
    (HONOLULU, (2026, 11, 1, 14, 30), "good", "Mon 08:30", 18, None),
    (HONOLULU, (2027, 3, 14, 23, 0), "you-asleep", "Mon 17:00", 18, "Mon 14:00"),
    # Anchorage moves with the mainland: 3:30 pm is good in winter, too early for Beijing in summer.
    (ANCHORAGE, (2026, 3, 7, 15, 30), "good", "Sun 08:30", 17, None),
    (ANCHORAGE, (2026, 3, 8, 15, 30), "beijing-asleep", "Mon 07:30", 16, "Sun 16:00"),
    (ANCHORAGE, (2027, 11, 7, 15, 30), "good", "Mon 08:30", 17, None),
    # 3 am in New York is 3 pm in Beijing: inside their day, outside ours.
    (NEW_YORK, (2026, 6, 1, 3, 0), "you-asleep", "Mon 15:00", 12, "Mon 08:00"),
    # 5 am in Honolulu is 11 pm in Beijing: both sides asleep.
    (HONOLULU, (2026, 6, 1, 5, 0), "both-asleep", "Mon 23:00", 18, "Mon 14:00"),
]


@pytest.mark.parametrize("zone, local, kind, beijing, ahead, next_window", CASES)
def test_the_answer_at_fixed_instants(zone, local, kind, beijing, ahead, next_window):
    now = at(zone, *local)
    answer = answer_now(now, zone)
    assert answer.kind == kind
    assert clock(answer.now_beijing) == beijing
    assert beijing_ahead(now, zone) == ahead * HOURS
    assert clock(answer.next_window.local_start if answer.next_window else None) == (next_window or "-")
    assert (answer.current_window is not None) == answer.good


# (zone, from, expected change instant in UTC, forward?, Beijing ahead before → after, windows before, after)
CHANGES = [
    (NEW_YORK, (2026, 1, 15), (2026, 3, 8, 7), True, (13, 12), ["08:00-09:00", "19:00-22:00"],
     ["08:00-10:00", "20:00-22:00"]),
    (NEW_YORK, (2026, 4, 1), (2026, 11, 1, 6), False, (12, 13), ["08:00-10:00", "20:00-22:00"],
     ["08:00-09:00", "19:00-22:00"]),
    (NEW_YORK, (2026, 12, 1), (2027, 3, 14, 7), True, (13, 12), ["08:00-09:00", "19:00-22:00"],
     ["08:00-10:00", "20:00-22:00"]),
    (NEW_YORK, (2027, 4, 1), (2027, 11, 7, 6), False, (12, 13), ["08:00-10:00", "20:00-22:00"],
     ["08:00-09:00", "19:00-22:00"]),
    (ANCHORAGE, (2026, 1, 15), (2026, 3, 8, 11), True, (17, 16), ["15:00-22:00"], ["16:00-22:00"]),
    (ANCHORAGE, (2027, 4, 1), (2027, 11, 7, 10), False, (16, 17), ["16:00-22:00"], ["15:00-22:00"]),
]


@pytest.mark.parametrize("zone, start, instant, forward, ahead, before, after", CHANGES)
def test_the_next_clock_change_and_how_the_windows_move(zone, start, instant, forward, ahead, before, after):
    change = next_clock_change(at(zone, *start, 12), zone)
    assert change is not None
    assert change.instant == dt.datetime(*instant, tzinfo=dt.UTC)
    assert change.forward is forward and change.shift == HOURS
    assert (change.difference_before, change.difference_after) == (ahead[0] * HOURS, ahead[1] * HOURS)
    assert windows(change.windows_before) == before and windows(change.windows_after) == after
    assert change.date == change.instant.astimezone(ZoneInfo(zone)).date()


@pytest.mark.parametrize("zone", [PHOENIX, HONOLULU])
@pytest.mark.parametrize("start", [(2026, 1, 15), (2026, 3, 7), (2026, 10, 31), (2027, 6, 1)])
def test_arizona_and_hawaii_never_change_their_clocks(zone, start):
    assert next_clock_change(at(zone, *start, 12), zone) is None
    assert not observes_clock_changes(zone, start[0])


def test_the_strip_has_one_cell_per_real_hour_on_change_days():
    spring = plan_day(at(NEW_YORK, 2026, 3, 8, 12), NEW_YORK)
    autumn = plan_day(at(NEW_YORK, 2026, 11, 1, 12), NEW_YORK)
    assert len(spring.cells) == 23 and [cell.local.hour for cell in spring.cells[:3]] == [0, 1, 3]
    assert len(autumn.cells) == 25 and [cell.local.hour for cell in autumn.cells[:3]] == [0, 1, 1]
    assert len(plan_day(at(PHOENIX, 2026, 3, 8, 12), PHOENIX).cells) == 24


def test_the_strip_marks_both_sides_and_now():
    plan = plan_day(at(NEW_YORK, 2026, 3, 2, 19, 45), NEW_YORK)
    cell = plan.cells[plan.now_index]
    assert cell.local.hour == 19 and cell.beijing.hour == 8 and cell.overlap
    assert plan.now_fraction == pytest.approx(0.75)
    assert [index for index, item in enumerate(plan.cells) if item.overlap] == [8, 19, 20, 21]
    assert sum(item.local_awake for item in plan.cells) == 14
    assert windows(plan.windows) == ["08:00-09:00", "19:00-22:00"]


def test_waking_hours_are_adjustable_per_side_and_may_run_past_midnight():
    night_owl = WakingHours(10, 1)  # 10 am to 1 am
    answer = answer_now(at(NEW_YORK, 2026, 3, 2, 0, 30), NEW_YORK, local_hours=night_owl,
                        beijing_hours=WakingHours(6, 22))
    assert answer.good and clock(answer.now_beijing) == "Mon 13:30"
    assert answer.current_window.local_end == at(NEW_YORK, 2026, 3, 2, 1)
    never = answer_now(at(NEW_YORK, 2026, 3, 2, 12), NEW_YORK, local_hours=WakingHours(9, 11),
                       beijing_hours=WakingHours(9, 11))
    assert never.kind == "both-asleep" and never.next_window is None
    with pytest.raises(ValueError):
        WakingHours(8, 8)
    with pytest.raises(ValueError):
        WakingHours(8, 25)
    assert WakingHours(0, 24).contains(at(NEW_YORK, 2026, 1, 1, 3))


def test_an_instant_without_a_zone_is_refused():
    with pytest.raises(ValueError):
        answer_now(dt.datetime(2026, 3, 2, 12), NEW_YORK)
    with pytest.raises(ValueError, match="unknown time zone"):
        answer_now(at(NEW_YORK, 2026, 3, 2, 12), "Mars/Olympus_Mons")


def test_the_plain_answer_in_three_languages(texts):
    answer = answer_now(at(NEW_YORK, 2026, 3, 2, 13, 15), NEW_YORK)
    assert text.describe_answer(answer, texts, "en") == (
        "It is 2:15 AM on Tuesday in Beijing. Next good time to call: 7:00 PM on Monday your time, which is "
        "8:00 AM on Tuesday in Beijing.")
    assert text.describe_answer(answer, texts, "zh_Hans") == (
        "北京现在是星期二凌晨 2:15。下一个适合打电话的时间：你这边星期一晚上 7:00，也就是北京星期二上午 8:00。")
    assert text.describe_answer(answer, texts, "zh_Hant").startswith("北京現在是星期二凌晨 2:15。")
    good = answer_now(at(NEW_YORK, 2026, 3, 8, 20), NEW_YORK)
    assert text.describe_answer(good, texts, "en") == (
        "A good time to call now: it is 8:00 AM on Monday in Beijing. Both sides are awake until 10:00 PM your time.")


def test_the_clock_change_in_words(texts):
    now = at(NEW_YORK, 2026, 2, 1, 12)
    change = next_clock_change(now, NEW_YORK)
    english = text.describe_clock_change(change, now, NEW_YORK, texts, "en")
    assert english.startswith("On Sunday, March 8, clocks here move forward 1 hour. The time difference with "
                              "Beijing will then be 12 hours instead of 13 hours.")
    assert "8:00 AM – 10:00 AM and 8:00 PM – 10:00 PM your time, instead of 8:00 AM – 9:00 AM and 7:00 PM" in english
    chinese = text.describe_clock_change(change, now, NEW_YORK, texts, "zh_Hans")
    assert chinese.startswith("3 月 8 日星期日，你这边的钟要拨快 1 小时。到时和北京的时差会从 13 小时变成 12 小时。")
    phoenix = text.describe_clock_change(None, now, PHOENIX, texts, "zh_Hant")
    assert phoenix == "你這邊一年到頭不改鐘，所以和北京的時差一直是 15 小時。"


def test_dates_and_times_follow_the_content_spacing():
    moment = at("Asia/Shanghai", 2026, 3, 8, 2, 15)
    assert text.format_full_date(moment.date(), "zh_Hans") == "2026 年 3 月 8 日"
    assert text.format_full_date(moment.date(), "zh_Hant") == "2026 年 3 月 8 日"
    assert text.format_full_date(moment.date(), "en") == "March 8, 2026"
    assert text.format_time(moment, "en") == "2:15 AM"
    assert text.format_time(moment, "zh_Hans") == "凌晨 2:15"
    assert text.format_hour(at("Asia/Shanghai", 2026, 3, 8, 20), "zh_Hant") == "晚上 8 點"
    assert text.format_duration(dt.timedelta(hours=12.5), "en") == "12.5 hours"
    # Every character is one the bundled fonts have: no narrow or thin spaces from CLDR.
    for language in ("en", "zh_Hans", "zh_Hant"):
        assert not {"\u202f", "\u2009"} & set(text.format_time(moment, language) + text.format_day(moment, language))
