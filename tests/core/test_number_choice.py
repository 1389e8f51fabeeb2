"""+1 or +86: every combination of answers, checked against a decision table written out by hand."""

from __future__ import annotations

import itertools

import pytest

from desktop.core import number_choice
from desktop.core.number_choice import QUESTIONS, decide
from desktop.core.questionnaire import AnswerError

ANY = None
# has a +86 number, needs services in China, moving back, verified from China, posts news → recommendation.
# A row matches when each answer is in its set (ANY: whatever the answer). Every combination matches at least one
# row, and all the rows it matches agree.
TABLE = [
    (({"no"}, ANY, ANY, ANY, ANY), "us-number"),
    (({"yes"}, {"yes"}, ANY, ANY, {"no"}), "cn-number"),
    (({"yes"}, ANY, {"yes"}, ANY, {"no"}), "cn-number"),
    (({"yes"}, ANY, ANY, {"yes"}, {"no"}), "cn-number"),
    (({"yes"}, {"yes"}, ANY, ANY, {"yes"}), "two-accounts"),
    (({"yes"}, ANY, {"yes"}, ANY, {"yes"}), "two-accounts"),
    (({"yes"}, ANY, ANY, {"yes"}, {"yes"}), "two-accounts"),
    (({"yes"}, {"no"}, {"no", "not-sure"}, {"no"}, ANY), "us-number"),
]
ALL_ANSWERS = [dict(zip([question for question, _ in QUESTIONS], values))
               for values in itertools.product(*[choices for _, choices in QUESTIONS])]


def expected(answers: dict) -> str:
    values = [answers[question] for question, _ in QUESTIONS]
    found = {outcome for pattern, outcome in TABLE
             if all(allowed is ANY or value in allowed for allowed, value in zip(pattern, values))}
    assert len(found) == 1, (answers, found)
    return found.pop()


def test_there_are_48_combinations():
    assert len(ALL_ANSWERS) == 48


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=lambda answers: ",".join(answers.values()))
def test_every_combination_gives_the_table_recommendation(answers):
    outcome = decide(answers)
    assert outcome.recommendation == expected(answers)
    assert outcome.notes[-1] == "existing-account"
    assert outcome.reasons and len(set(outcome.reasons)) == len(outcome.reasons)


def answers(**changes: str) -> dict:
    base = {"has-cn-number": "yes", "needs-china-services": "no", "moving-back": "no", "verified-from-china": "no",
            "posts-news": "no"}
    return {**base, **{key.replace("_", "-"): value for key, value in changes.items()}}


@pytest.mark.parametrize("change, recommendation", [
    ({}, "us-number"),
    ({"needs_china_services": "yes"}, "cn-number"),
    ({"moving_back": "yes"}, "cn-number"),
    ({"moving_back": "not-sure"}, "us-number"),
    ({"verified_from_china": "yes"}, "cn-number"),
    ({"posts_news": "yes"}, "us-number"),
    ({"has_cn_number": "no"}, "us-number"),
])
def test_each_single_answer_that_changes_the_recommendation(change, recommendation):
    assert decide(answers(**change)).recommendation == recommendation
    # Posting news turns keeping +86 into keeping both; without a +86 number it is always +1.
    assert decide(answers(**{**change, "posts_news": "yes"})).recommendation == (
        "two-accounts" if recommendation == "cn-number" else "us-number")
    assert decide(answers(**{**change, "has_cn_number": "no"})).recommendation == "us-number"


def test_reasons_and_notes_follow_the_answers():
    unsure = decide(answers(moving_back="not-sure"))
    assert unsure.reasons == ("few-china-ties",)
    assert unsure.notes == ("decide-later", "keep-number-alive", "helper-needed", "existing-account")
    without = decide(answers(has_cn_number="no", needs_china_services="yes", posts_news="yes"))
    assert without.reasons == ("no-cn-number", "posts-news")
    assert without.notes == ("pay-with-us-account", "get-number-later", "helper-needed", "existing-account")
    both = decide(answers(needs_china_services="yes", verified_from_china="yes", posts_news="yes"))
    assert both.reasons == ("china-services", "verified-from-china", "posts-news", "separate-accounts")
    assert both.notes == ("keep-number-alive", "helper-needed", "existing-account")
    assert decide(answers(moving_back="yes")).notes == ("keep-number-alive", "existing-account")


@pytest.mark.parametrize("bad", [{}, answers(moving_back="maybe"), {**answers(), "posts-news": None}])
def test_missing_or_unknown_answers_are_refused(bad):
    with pytest.raises(AnswerError):
        decide(bad)


def test_answers_of_a_question_no_longer_asked_are_ignored():
    assert decide({**answers(), "favourite-colour": "red"}).recommendation == "us-number"


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
def test_every_outcome_reads_in_every_language(store, language):
    content = store.tool_content(number_choice.TOOL_ID)
    assert len(number_choice.questions(content, language)) == 5
    for item in ALL_ANSWERS:
        view = number_choice.describe(decide(item), content, language)
        assert view.title and view.summary and all(view.reasons) and all(view.notes)
        assert [choice.title[:3] for choice in view.choices] == ["+1:" if language == "en" else "+1：", "+86"]
        assert all(label and value for choice in view.choices for label, value in choice.rows)
        assert len(view.guides) == len(set(view.guides)) and all(target.startswith("guide/")
                                                                 for target in view.guides)
        assert {source.url for source in view.sources} >= {
            "https://citizenlab.org/2016/11/wechat-china-censorship-one-app-two-systems/",
            "https://www.wechat.com/en/service_terms.html",
            "https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=default"}


def test_outcomes_link_the_guides_on_keeping_a_number_and_on_a_us_sign_up(store):
    content = store.tool_content(number_choice.TOOL_ID)
    keep = number_choice.describe(decide(answers(moving_back="yes")), content, "en")
    assert keep.guides[0] == "guide/keep-chinese-number"
    fresh = number_choice.describe(decide(answers(has_cn_number="no")), content, "en")
    assert fresh.guides[0] == "guide/wechat-us-number"
    assert "guide/keep-chinese-number" not in fresh.guides
