"""The tools' content is held to their code: every key worded, nothing extra, placeholders and links right."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.content.bundle import load_content
from desktop.core import call_planner_text, number_choice, privacy_checkup, questionnaire
from desktop.core.time_zones import is_zone

TODAY = dt.date(2026, 12, 2)


def _errors(content_dir):
    return [str(problem) for problem in load_content(content_dir, TODAY).errors]


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_tools_are_complete(store):
    zones = store.time_zones()
    assert [zone.key for zone in zones] == ["America/New_York", "America/Chicago", "America/Denver",
                                            "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
                                            "Pacific/Honolulu"]
    assert all(is_zone(zone.key) and len(zone.cities) >= 2 for zone in zones)
    assert all(city.en and city.zh_Hans and city.zh_Hant for zone in zones for city in zone.cities)
    expected = {
        "call-planner": list(call_planner_text.TEXT_KEYS),
        "number-choice": questionnaire.text_keys(number_choice.QUESTIONS) + number_choice.text_keys(),
        "privacy-checkup": questionnaire.text_keys(privacy_checkup.QUESTIONS) + privacy_checkup.text_keys(),
    }
    for tool_id, keys in expected.items():
        content = store.tool_content(tool_id)
        assert content is not None and content.reviewed is not None
        for key in keys:
            text = content.text(key)
            assert text.en and text.zh_Hans and text.zh_Hant, (tool_id, key)
    assert all(source.as_of for source in store.tool_content("number-choice").sources)
    assert store.tool_content("no-such-tool") is None


def test_a_missing_text_is_reported(content_copy):
    path = content_copy / "tools" / "number-choice.yaml"
    _replace(path, "  few-china-ties:\n", "  few-china-ties-typo:\n")
    errors = _errors(content_copy)
    assert any("number-choice.yaml:" in error and "'reason.few-china-ties' is not worded" in error
               for error in errors), errors
    assert any("'reason.few-china-ties-typo' is not shown by the tool" in error for error in errors), errors


def test_placeholders_must_match_in_every_language(content_copy):
    path = content_copy / "tools" / "call-planner.yaml"
    _replace(path, "zh_Hans: 北京比你这边快{difference}。", "zh_Hans: 北京比你这边快{gap}。")
    errors = _errors(content_copy)
    assert any("'difference-ahead' uses different placeholders" in error for error in errors), errors
    assert any("placeholders the tool does not fill: gap" in error for error in errors), errors


def test_a_zone_unknown_to_the_time_zone_database_is_reported(content_copy):
    _replace(content_copy / "tools" / "call-planner.yaml", "tz: America/Chicago", "tz: America/Chicagoo")
    assert any("not a time zone" in error and "America/Chicagoo" in error for error in _errors(content_copy))


def test_a_link_to_a_missing_guide_is_reported(content_copy):
    _replace(content_copy / "tools" / "number-choice.yaml", "guides: [keep-chinese-number]",
             "guides: [keep-the-number]")
    assert any("links a guide that does not exist: 'keep-the-number'" in error for error in _errors(content_copy))


def test_a_missing_tool_file_is_reported(content_copy):
    (content_copy / "tools" / "privacy-checkup.yaml").unlink()
    assert any("privacy-checkup.yaml:1: this tool's file is missing" in error for error in _errors(content_copy))


def test_a_missing_language_in_an_answer_is_reported_at_its_line(content_copy):
    path = content_copy / "tools" / "privacy-checkup.yaml"
    _replace(path, "others: {en: 'Mostly others, such as WhatsApp, FaceTime or Signal', zh_Hans: ",
             "others: {en: 'Mostly others, such as WhatsApp, FaceTime or Signal', zh_Hanz: ")
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if "zh_Hanz" in text)
    assert any(f"privacy-checkup.yaml:{line}:" in error and "no zh_Hans text" in error
               for error in _errors(content_copy))


@pytest.mark.parametrize("tool", ["call-planner", "number-choice", "privacy-checkup"])
def test_every_tool_file_must_carry_its_own_name(content_copy, tool):
    _replace(content_copy / "tools" / f"{tool}.yaml", f"id: {tool}", "id: something-else")
    assert any(f"{tool}.yaml" in error and "must match the file name" in error for error in _errors(content_copy))
