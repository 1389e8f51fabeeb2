"""The privacy check-up: fixed answer sets give fixed, explainable results."""

from __future__ import annotations

import pytest

from desktop.core import privacy_checkup
from desktop.core.privacy_checkup import check_up, forget_answers, keep_answers, kept_answers, score
from desktop.core.questionnaire import AnswerError, answers_from_json, answers_to_json
from desktop.core.user_store import UserStore

ALL_CLEAR = {"apps": "others", "wechat-number": "no-wechat", "groups": "none", "posting": "never",
             "private-matters": "no", "shared-computers": "never", "two-step": "yes", "permissions": "recently",
             "asked-for-codes": "no", "official-calls": "no"}


@pytest.fixture(scope="module")
def order(store):
    return [caution.id for caution in store.cautions()]


def result(answers, order):
    return [(item.caution, item.score, item.first_step) for item in check_up(answers, order)]


def test_careful_habits_still_get_the_three_everyday_cautions(order):
    assert result(ALL_CLEAR, order) == [
        ("end-to-end-encryption", 1, "encryption-private-talk"),
        ("verification-code-scams", 1, "codes-turn-on-two-step"),
        ("app-permissions", 1, "permissions-review"),
    ]


def test_a_busy_wechat_user_gets_five(order):
    answers = {**ALL_CLEAR, "apps": "chinese", "wechat-number": "cn", "groups": "admin", "posting": "often",
               "private-matters": "yes"}
    # keyword-filtering 2+2+1, encryption 1+1+3, servers 3+1, then four at 3: editorial order keeps two.
    assert result(answers, order) == [
        ("keyword-filtering", 5, "keyword-ask-directly"),
        ("end-to-end-encryption", 5, "encryption-private-talk"),
        ("servers-in-china", 4, "servers-postcard"),
        ("registration-number", 3, "registration-assume-china-rules"),
        ("image-file-scanning", 3, "images-news-screenshots"),
    ]


def test_someone_targeted_by_scams_gets_those_first(order):
    answers = {**ALL_CLEAR, "two-step": "no", "asked-for-codes": "yes", "official-calls": "yes"}
    assert result(answers, order) == [
        ("verification-code-scams", 6, "codes-never-share"),  # the 3-point rule's step beats two-step's 2
        ("impersonation-scams", 3, "scams-hang-up"),
        ("end-to-end-encryption", 1, "encryption-private-talk"),  # fills the list to three
    ]


def test_a_library_user_who_is_unsure_of_their_number(order):
    answers = {**ALL_CLEAR, "wechat-number": "not-sure", "shared-computers": "often", "permissions": "never"}
    assert result(answers, order) == [
        ("app-permissions", 4, "permissions-review"),
        ("registration-number", 3, "registration-check-terms"),
        ("shared-computers", 3, "shared-private-window"),
    ]


def test_partial_answers_count_only_what_was_answered(order):
    assert result({"groups": "member"}, order)[0] == ("group-chats", 2, "groups-write-as-if-shown")
    assert len(check_up({}, order)) == 3


def test_the_result_is_always_three_to_five(order):
    heavy = {"apps": "chinese", "wechat-number": "cn", "groups": "admin", "posting": "often",
             "private-matters": "yes", "shared-computers": "often", "two-step": "no", "permissions": "never",
             "asked-for-codes": "yes", "official-calls": "yes"}
    assert len(check_up(heavy, order)) == 5
    assert len(check_up(ALL_CLEAR, order)) == 3


def test_an_unknown_answer_is_refused():
    with pytest.raises(AnswerError):
        score({"apps": "carrier pigeon"})


def test_every_rule_names_a_real_caution_and_a_worded_step(store, order):
    assert set(privacy_checkup.cautions()) <= set(order)
    content = store.tool_content(privacy_checkup.TOOL_ID)
    for language in ("en", "zh_Hans", "zh_Hant"):
        views = privacy_checkup.describe(check_up(ALL_CLEAR, order), content, language)
        assert all(view.first_step for view in views)
        assert len(privacy_checkup.questions(content, language)) == 10


def test_answers_round_trip_as_json_and_drop_what_is_no_longer_asked():
    text = answers_to_json({**ALL_CLEAR, "gone": "x"}, privacy_checkup.QUESTIONS)
    assert answers_from_json(text, privacy_checkup.QUESTIONS) == ALL_CLEAR
    assert answers_from_json('{"apps": "fax", "groups": "admin"}', privacy_checkup.QUESTIONS) == {"groups": "admin"}
    assert answers_from_json("not json", privacy_checkup.QUESTIONS) == {}


def test_answers_are_kept_only_on_a_laptop_and_can_be_forgotten(tmp_path):
    laptop = UserStore(tmp_path)
    assert keep_answers(laptop, ALL_CLEAR)
    laptop.close()
    reopened = UserStore(tmp_path)
    assert kept_answers(reopened) == ALL_CLEAR
    forget_answers(reopened)
    assert kept_answers(reopened) == {}
    kiosk = UserStore(None)
    assert not keep_answers(kiosk, ALL_CLEAR) and kept_answers(kiosk) == {}
