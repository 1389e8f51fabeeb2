"""The tools, driven end to end in the real window: the call planner at fixed instants across the clock changes,
the +1 or +86 aid for each answer that changes its advice, and the privacy check-up for several habits."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.privacy_checkup import ANSWERS_SETTING
from desktop.core.targets import Target
from desktop.core.user_store import UserStore
from desktop.ui.accessibility import LinkButton
from desktop.ui.pages.call_planner_page import ZONE_SETTING, CallPlannerPage
from desktop.ui.pages.checkup_page import CheckupPage
from desktop.ui.pages.number_choice_page import NumberChoicePage
from tests.ui.screens import SETTINGS
from tests.ui.test_layout import _problems as layout_problems

NEW_YORK, PHOENIX, HONOLULU = "America/New_York", "America/Phoenix", "Pacific/Honolulu"
KIOSK = frozenset({"print"})  # what a kiosk allows: printing, and nothing kept


def at(zone: str, *parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZoneInfo(zone))


def planner(make_window, zone: str | None, instant, language: str = "en", **kwargs):
    """The planner in a window whose clock is stopped at ``instant`` (or reads it from a function); ``zone`` is the
    center's (a kiosk's)."""
    window = make_window(language=language, **kwargs)
    window.services.now = instant if callable(instant) else lambda: instant
    window.services.time_zone = zone
    window.open(Target("call-planner"))
    assert isinstance(window.page, CallPlannerPage)
    return window, window.page


# (zone, local instant, the answer, the start of what it says about the next clock change)
DST_CASES = [
    (NEW_YORK, (2026, 3, 7, 19, 30),
     "A good time to call now: it is 8:30 AM on Sunday in Beijing. Both sides are awake until 10:00 PM your time.",
     "On Sunday, March 8, clocks here move forward 1 hour. The time difference with Beijing will then be 12 hours"),
    (NEW_YORK, (2026, 3, 8, 19, 30),
     "It is 7:30 AM on Monday in Beijing. Next good time to call: 8:00 PM on Sunday your time, which is 8:00 AM on "
     "Monday in Beijing.",
     "On Sunday, November 1, clocks here move back 1 hour. The time difference with Beijing will then be 13 hours"),
    (NEW_YORK, (2026, 11, 1, 19, 30),
     "A good time to call now: it is 8:30 AM on Monday in Beijing. Both sides are awake until 10:00 PM your time.",
     "On Sunday, March 14, clocks here move forward 1 hour."),
    (PHOENIX, (2026, 3, 7, 17, 30),
     "A good time to call now: it is 8:30 AM on Sunday in Beijing. Both sides are awake until 10:00 PM your time.",
     "Clocks here do not change during the year, so the time difference with Beijing stays 15 hours."),
    (PHOENIX, (2026, 3, 8, 17, 30),
     "A good time to call now: it is 8:30 AM on Monday in Beijing. Both sides are awake until 10:00 PM your time.",
     "Clocks here do not change during the year, so the time difference with Beijing stays 15 hours."),
    (HONOLULU, (2026, 3, 8, 13, 30),
     "It is 7:30 AM on Monday in Beijing. Next good time to call: 2:00 PM on Sunday your time, which is 8:00 AM on "
     "Monday in Beijing.",
     "Clocks here do not change during the year, so the time difference with Beijing stays 18 hours."),
    (HONOLULU, (2026, 11, 1, 14, 30),
     "A good time to call now: it is 8:30 AM on Monday in Beijing. Both sides are awake until 10:00 PM your time.",
     "Clocks here do not change during the year, so the time difference with Beijing stays 18 hours."),
]


@pytest.mark.parametrize("zone, local, answer, change", DST_CASES,
                         ids=[f"{case[0].split('/')[1]}-{case[1][1]}-{case[1][2]}" for case in DST_CASES])
def test_the_planner_answers_at_fixed_instants_across_clock_changes(make_window, zone, local, answer, change):
    _window, page = planner(make_window, zone, at(zone, *local))
    assert page.answer_text() == answer
    assert page.change.text().startswith(change)
    assert page.your_clock.time.text() == dt.time(local[3], local[4]).strftime("%-I:%M %p")
    plan = page.strip.plan
    assert plan.zone == zone and plan.cells[plan.now_index].local.hour == local[3]  # "now" is in the right hour
    assert page.strip.accessibleDescription().startswith(answer)


def test_a_clock_change_day_has_23_hours_on_the_strip(make_window):
    _window, page = planner(make_window, NEW_YORK, at(NEW_YORK, 2026, 3, 8, 12))
    assert len(page.strip.plan.cells) == 23
    _window, page = planner(make_window, PHOENIX, at(PHOENIX, 2026, 3, 8, 12))
    assert len(page.strip.plan.cells) == 24
    assert page.windows_text.text() == ("Good times to call today: 5:00 PM – 10:00 PM your time "
                                        "(8:00 AM – 1:00 PM in Beijing).")


@pytest.mark.parametrize("language, expected", [
    ("zh_Hans", "现在正适合打电话：北京现在是星期日上午 8:30。两边都醒着，一直到你这边晚上 10:00。"),
    ("zh_Hant", "現在正適合打電話：北京現在是星期日上午 8:30。兩邊都醒著，一直到你這邊晚上 10:00。"),
])
def test_the_planner_speaks_chinese(make_window, language, expected):
    _window, page = planner(make_window, NEW_YORK, at(NEW_YORK, 2026, 3, 7, 19, 30), language)
    assert page.answer_text() == expected
    assert page.beijing_clock.name.text() == ("北京时间" if language == "zh_Hans" else "北京時間")


def test_the_planner_reads_the_clock_again_each_minute(make_window):
    instant = [at(NEW_YORK, 2026, 3, 2, 18, 59, 30)]
    _window, page = planner(make_window, NEW_YORK, lambda: instant[0])
    assert page.answer_text().startswith("It is 7:59 AM on Tuesday in Beijing.")
    assert page._timer.isActive() and page._timer.interval() == 30_000  # at the start of the next minute
    instant[0] = at(NEW_YORK, 2026, 3, 2, 19, 0)
    page._timer.timeout.emit()
    assert page.answer_text().startswith("A good time to call now: it is 8:00 AM on Tuesday in Beijing.")


def test_waking_hours_are_adjustable_on_each_side(make_window):
    _window, page = planner(make_window, NEW_YORK, at(NEW_YORK, 2026, 3, 2, 13, 15))
    box = page.hour_boxes["beijing-start"]
    box.setCurrentIndex(box.findData(1))  # a night owl in Beijing: awake from 1 AM
    assert page.answer_text() == "A good time to call now: it is 2:15 AM on Tuesday in Beijing. Both sides are " \
                                 "awake until 10:00 PM your time."
    same = page.hour_boxes["you-end"]
    same.setCurrentIndex(same.findData(8))  # 8 to 8 is no day at all: the last good hours stay
    assert page.hours[0].end == 22


def test_a_zone_chosen_on_a_laptop_is_remembered_and_a_centers_zone_wins(make_window, tmp_path, qtbot):
    folder = tmp_path / "owner"
    window, page = planner(make_window, None, at(PHOENIX, 2026, 6, 1, 17, 30), data_dir=folder)
    qtbot.mouseClick(page.zone_chips.chips[page.zone_chips.values.index(PHOENIX)], Qt.MouseButton.LeftButton)
    assert page.zone_key == PHOENIX and "Your choice, kept on this computer." in page.zone_note.text()
    assert UserStore(folder).get(ZONE_SETTING) == PHOENIX
    again, page = planner(make_window, None, at(PHOENIX, 2026, 6, 1, 17, 30), data_dir=folder)
    assert page.zone_key == PHOENIX and page.answer_text().startswith("A good time to call now")
    center, page = planner(make_window, HONOLULU, at(PHOENIX, 2026, 6, 1, 17, 30), data_dir=folder)
    assert page.zone_key == HONOLULU and "Set by this center." in page.zone_note.text()


def test_a_kiosk_keeps_no_zone(make_window, tmp_path):
    folder = tmp_path / "kiosk"
    window = make_window(language="en", data_dir=folder)
    window.services.features = KIOSK
    window.services.now = lambda: at(NEW_YORK, 2026, 6, 1, 12)
    window.open(Target("call-planner"))
    page = window.page
    page.zone_chips.choose_value(PHOENIX)
    assert page.zone_key == PHOENIX and page.guess.how == "chosen"
    assert UserStore(folder).get(ZONE_SETTING) is None


def test_a_computer_on_utc_is_asked_for_its_zone(make_window, monkeypatch):
    from desktop.core.time_zones import ZoneGuess
    from desktop.ui.pages import call_planner_page

    monkeypatch.setattr(call_planner_page, "system_zone", lambda candidates: ZoneGuess(None, "none"))
    _window, page = planner(make_window, None, at(NEW_YORK, 2026, 6, 1, 12))
    assert page.zone_key is None and page.zone_chips.value is None
    assert page.answer_text() == "Choose your time zone below to see when to call."
    assert not page.strip.isVisibleTo(page) and page.beijing_clock.isVisibleTo(page)


def test_the_time_zones_guide_leads_to_the_planner(make_window, qtbot):
    window = make_window(language="zh_Hant", target=Target("guide", ("time-zones",)))
    link = next(link for link in window.page.links() if link.href == "call-planner")
    assert link.text() == "約通話時間"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.session.current == Target("call-planner")


# +1 or +86

BASE = {"has-cn-number": "yes", "needs-china-services": "no", "moving-back": "no", "verified-from-china": "no",
        "posts-news": "no"}
OUTCOMES = [
    ({}, "us-number", "Sign up with your US (+1) number"),
    ({"needs-china-services": "yes"}, "cn-number", "Use your +86 number"),
    ({"moving-back": "yes"}, "cn-number", "Use your +86 number"),
    ({"verified-from-china": "yes"}, "cn-number", "Use your +86 number"),
    ({"moving-back": "not-sure"}, "us-number", "Sign up with your US (+1) number"),
    ({"posts-news": "yes"}, "us-number", "Sign up with your US (+1) number"),
    ({"needs-china-services": "yes", "posts-news": "yes"}, "two-accounts",
     "Keep two accounts: +86 for China, +1 for the rest"),
    ({"moving-back": "yes", "posts-news": "yes"}, "two-accounts", "Keep two accounts: +86 for China, +1 for the rest"),
    ({"verified-from-china": "yes", "posts-news": "yes"}, "two-accounts",
     "Keep two accounts: +86 for China, +1 for the rest"),
    ({"has-cn-number": "no", "needs-china-services": "yes", "moving-back": "yes"}, "us-number",
     "Sign up with your US (+1) number"),
]


@pytest.mark.parametrize("change, recommendation, title", OUTCOMES,
                         ids=[",".join(f"{k}={v}" for k, v in case[0].items()) or "base" for case in OUTCOMES])
def test_each_answer_that_changes_the_advice_changes_it_on_the_page(make_window, change, recommendation, title):
    window = make_window(language="en", target=Target("number-choice"))
    page = window.page
    assert isinstance(page, NumberChoicePage) and page.recommendation() is None
    answers = {**BASE, **change}
    for index, (question, answer) in enumerate(answers.items()):
        assert page.recommendation() is None, f"advice before question {index + 1} was answered"
        page.form.choose(question, answer)
    assert page.recommendation() == recommendation
    text = page.result_text()
    assert title in text
    if change.get("moving-back") == "not-sure":
        assert "You do not have to decide now." in text
    if recommendation != "us-number":
        assert any(link.href == "guide/keep-chinese-number" for link in page.result_links)
    if change.get("has-cn-number") == "no":
        assert "If you later need a +86 number" in text  # the ties are not forgotten, only put off


def test_the_aid_shows_both_choices_the_same_way_whatever_the_answers(make_window):
    window = make_window(language="zh_Hans", target=Target("number-choice"))
    page = window.page
    for question, answer in {**BASE, "moving-back": "yes"}.items():
        page.form.choose(question, answer)
    assert page.recommendation() == "cn-number"
    cells = page.findChildren(QWidget, "ChoiceCell")
    assert len(cells) == 8  # four aspects, each with +1 and +86, whatever the advice
    assert [cell.findChildren(QLabel)[0].text()[:3] for cell in cells[:2]] == ["+1：", "+86"]
    sources = [link.href for link in page.findChildren(LinkButton) if link.href.startswith("https://")]
    assert "https://citizenlab.org/2016/11/wechat-china-censorship-one-app-two-systems/" in sources


def test_the_aid_keeps_its_answers_across_a_language_switch_and_back(make_window):
    window = make_window(language="en", target=Target("number-choice"))
    for question, answer in {**BASE, "needs-china-services": "yes"}.items():
        window.page.form.choose(question, answer)
    window.set_language("zh_Hant")
    assert window.page.recommendation() == "cn-number" and "用你的 +86 號碼" in window.page.result_text()
    window.open(Target("home"))
    window.go_back()
    assert window.page.form.answers() == {**BASE, "needs-china-services": "yes"}


# The privacy check-up

ALL_CLEAR = {"apps": "others", "wechat-number": "no-wechat", "groups": "none", "posting": "never",
             "private-matters": "no", "shared-computers": "never", "two-step": "yes", "permissions": "recently",
             "asked-for-codes": "no", "official-calls": "no"}
CHECKUPS = [
    (ALL_CLEAR, ["end-to-end-encryption", "verification-code-scams", "app-permissions"]),
    ({**ALL_CLEAR, "apps": "chinese", "wechat-number": "cn", "groups": "admin", "posting": "often",
      "private-matters": "yes"},
     ["keyword-filtering", "end-to-end-encryption", "servers-in-china", "registration-number", "image-file-scanning"]),
    ({**ALL_CLEAR, "two-step": "no", "asked-for-codes": "yes", "official-calls": "yes"},
     ["verification-code-scams", "impersonation-scams", "end-to-end-encryption"]),
    ({"groups": "member"}, ["group-chats", "end-to-end-encryption", "verification-code-scams"]),
]


@pytest.mark.parametrize("answers, cautions", CHECKUPS, ids=["careful", "busy-wechat", "scams", "one-answer"])
def test_the_checkup_lists_what_matters_for_each_set_of_answers(make_window, store, answers, cautions):
    window = make_window(language="en", target=Target("privacy-checkup"))
    page = window.page
    assert isinstance(page, CheckupPage)
    for question, answer in answers.items():
        page.form.choose(question, answer)
    assert page.cautions() == cautions
    assert [link.href for link in page.result_links] == [f"caution/{caution}" for caution in cautions]
    shown = page.result_text().splitlines()
    for caution in cautions:
        assert store.caution(caution).title.en in shown
    assert any(text.startswith("First step: ") for text in shown)
    assert 3 <= len(cautions) <= 5


def test_answers_are_kept_only_when_the_owner_asks(make_window, tmp_path, qtbot):
    folder = tmp_path / "owner"
    window = make_window(language="zh_Hans", target=Target("privacy-checkup"), data_dir=folder)
    page = window.page
    page.form.choose("apps", "chinese")
    assert UserStore(folder).get(ANSWERS_SETTING) is None  # not asked: nothing kept
    page.keep_switch.click()
    assert UserStore(folder).get(ANSWERS_SETTING) == '{"apps": "chinese"}'
    page.form.choose("groups", "admin")
    again = make_window(language="zh_Hans", target=Target("privacy-checkup"), data_dir=folder)
    assert again.page.keep_switch.isChecked() and again.page.form.answers() == {"apps": "chinese", "groups": "admin"}
    again.page.keep_switch.click()
    assert UserStore(folder).get(ANSWERS_SETTING) is None


def test_a_kiosk_has_no_switch_and_keeps_no_answers(make_window, tmp_path):
    folder = tmp_path / "kiosk"
    window = make_window(language="en", data_dir=folder)
    window.services.features = KIOSK
    window.open(Target("privacy-checkup"))
    page = window.page
    assert page.keep_switch is None
    for question, answer in ALL_CLEAR.items():
        page.form.choose(question, answer)
    assert len(page.cautions()) == 3
    assert UserStore(folder).get(ANSWERS_SETTING) is None


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
@pytest.mark.parametrize("kind", ["tools", "call-planner", "number-choice", "privacy-checkup", "saved", "about"])
def test_each_tool_opens_by_its_deep_link_in_each_language(make_window, kind, language):
    window = make_window(language=language, target=Target(kind))
    assert window.session.current == Target(kind)
    name = window.page.accessibleName()
    assert name and name in window.windowTitle()
    if language != "en":
        assert not name.isascii()


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: "{}x{}@{}".format(*setting))
def test_the_tools_with_their_answers_fit_every_screen(make_window, qtbot, setting, language):
    """The layout test walks the tools as they open; here with a zone, the strip, and the results shown."""
    width, height, zoom = setting
    window, page = planner(make_window, NEW_YORK, at(NEW_YORK, 2026, 3, 8, 19, 30), language, size=(width, height),
                           zoom=zoom)
    qtbot.wait(1)
    failures = [f"call-planner: {problem}" for problem in layout_problems(window)]
    assert page.strip.height() >= page.strip.heightForWidth(page.strip.width())  # nothing of the strip cut off
    for target, answers in ((Target("number-choice"), {**BASE, "posts-news": "yes", "moving-back": "yes"}),
                            (Target("privacy-checkup"), {**ALL_CLEAR, "apps": "chinese", "groups": "admin"})):
        window.open(target)
        for question, answer in answers.items():
            window.page.form.choose(question, answer)
        qtbot.wait(1)
        failures += [f"{target}: {problem}" for problem in layout_problems(window)]
    assert failures == []


def test_a_language_switch_keeps_the_planners_zone_and_hours(make_window):
    window, page = planner(make_window, None, at(PHOENIX, 2026, 6, 1, 17, 30))
    page.zone_chips.choose_value(PHOENIX)
    box = page.hour_boxes["you-end"]
    box.setCurrentIndex(box.findData(23))
    window.set_language("zh_Hans")
    rebuilt = window.page
    assert rebuilt.zone_key == PHOENIX and rebuilt.hours[0].end == 23
    assert rebuilt.answer_text().startswith("现在正适合打电话：北京现在是星期二上午 8:30。")
