"""The privacy check-up: ten questions about the reader's own habits, and the cautions that matter most to them.

Scoring is a fixed table, so the same answers always give the same result and a maintainer can read why. Each
(question, answer) adds points to some cautions and names the first thing to do for each. A caution's score is
its base (the three cautions that matter to everyone start at 1) plus its points; its first step is the one from
the answer that gave it the most points (the earlier question on a tie). The result lists the cautions the
answers raised, highest first (ties in the cautions' editorial order), at most five; when fewer than three were
raised, the everyday ones fill the list up to three. Answers may be partial: an unanswered question adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.questionnaire import (
    Questions, QuestionView, answers_from_json, answers_to_json, check_answers, question_views,
)
from desktop.core.tool_records import ToolContent
from desktop.core.user_store import UserStore

TOOL_ID = "privacy-checkup"
ANSWERS_SETTING = "privacy-checkup-answers"  # the user-database setting that holds kept answers
MOST, FEWEST = 5, 3
QUESTIONS: Questions = (
    ("apps", ("chinese", "both", "others")),
    ("wechat-number", ("cn", "us", "not-sure", "no-wechat")),
    ("groups", ("none", "member", "admin")),
    ("posting", ("never", "sometimes", "often")),
    ("private-matters", ("yes", "no")),
    ("shared-computers", ("never", "sometimes", "often")),
    ("two-step", ("yes", "some", "no", "not-sure")),
    ("permissions", ("recently", "long-ago", "never")),
    ("asked-for-codes", ("yes", "no")),
    ("official-calls", ("yes", "no")),
)
# Cautions that matter to everyone (their own "who it matters for" says so), and the step each starts with.
BASE = {"verification-code-scams": ("codes-turn-on-two-step", 1), "app-permissions": ("permissions-review", 1),
        "end-to-end-encryption": ("encryption-private-talk", 1)}
# (question, answer) → ((caution, points, first step), …)
RULES: dict[tuple[str, str], tuple[tuple[str, int, str], ...]] = {
    ("apps", "chinese"): (("servers-in-china", 3, "servers-postcard"), ("keyword-filtering", 2, "keyword-ask-directly"),
                          ("end-to-end-encryption", 1, "encryption-private-talk")),
    ("apps", "both"): (("servers-in-china", 2, "servers-postcard"),),
    ("wechat-number", "cn"): (("registration-number", 3, "registration-assume-china-rules"),
                              ("keyword-filtering", 2, "keyword-ask-directly")),
    ("wechat-number", "not-sure"): (("registration-number", 3, "registration-check-terms"),),
    ("wechat-number", "us"): (("image-file-scanning", 2, "images-assume-checked"),),
    ("groups", "member"): (("group-chats", 2, "groups-write-as-if-shown"),),
    ("groups", "admin"): (("group-chats", 3, "groups-set-rules"),),
    ("posting", "sometimes"): (("think-before-posting", 2, "posting-who-can-see"),
                               ("image-file-scanning", 1, "images-news-screenshots")),
    ("posting", "often"): (("think-before-posting", 3, "posting-years-from-now"),
                           ("image-file-scanning", 2, "images-news-screenshots"),
                           ("keyword-filtering", 1, "keyword-keep-a-copy")),
    ("private-matters", "yes"): (("end-to-end-encryption", 3, "encryption-private-talk"),
                                 ("image-file-scanning", 1, "images-private-documents"),
                                 ("servers-in-china", 1, "servers-no-id-photos")),
    ("shared-computers", "sometimes"): (("shared-computers", 2, "shared-private-window"),),
    ("shared-computers", "often"): (("shared-computers", 3, "shared-private-window"),),
    ("two-step", "some"): (("verification-code-scams", 1, "codes-turn-on-two-step"),),
    ("two-step", "no"): (("verification-code-scams", 2, "codes-turn-on-two-step"),),
    ("two-step", "not-sure"): (("verification-code-scams", 2, "codes-turn-on-two-step"),),
    ("permissions", "long-ago"): (("app-permissions", 2, "permissions-review"),),
    ("permissions", "never"): (("app-permissions", 3, "permissions-review"),),
    ("asked-for-codes", "yes"): (("verification-code-scams", 3, "codes-never-share"),),
    ("official-calls", "yes"): (("impersonation-scams", 3, "scams-hang-up"),),
}


@dataclass(frozen=True)
class CheckupItem:
    caution: str  # a caution id
    score: int
    first_step: str  # a step id; its text is content


def score(answers: Mapping[str, str]) -> dict[str, tuple[int, str, int]]:
    """caution → (points from the answers, first step, base). Only cautions with points or a base appear."""
    answers = check_answers(answers, QUESTIONS, required=False)
    points: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}  # caution → (points of its strongest rule, that rule's step)
    for question, _choices in QUESTIONS:  # question order decides ties between steps
        for caution, value, step in RULES.get((question, answers.get(question, "")), ()):
            points[caution] = points.get(caution, 0) + value
            if value > best.get(caution, (0, ""))[0]:
                best[caution] = (value, step)
    result = {caution: (points[caution], best[caution][1], BASE.get(caution, ("", 0))[1]) for caution in points}
    for caution, (step, base) in BASE.items():
        result.setdefault(caution, (0, step, base))
    return result


def check_up(answers: Mapping[str, str], order: Sequence[str]) -> tuple[CheckupItem, ...]:
    """The three to five cautions that matter most for ``answers``. ``order`` is the cautions' editorial order
    (``ContentStore.cautions()``), which breaks ties; a caution missing from it is never shown."""
    position = {caution: index for index, caution in enumerate(order)}
    scored = [(caution, raised, step, base) for caution, (raised, step, base) in score(answers).items()
              if caution in position]

    def rank(item: tuple[str, int, str, int]) -> tuple[int, int]:
        return -(item[1] + item[3]), position[item[0]]

    raised = sorted((item for item in scored if item[1] > 0), key=rank)[:MOST]
    if len(raised) < FEWEST:
        everyday = sorted((item for item in scored if item[1] == 0 and item[3] > 0), key=rank)
        raised += everyday[:FEWEST - len(raised)]
        raised.sort(key=rank)
    return tuple(CheckupItem(caution, points + base, step) for caution, points, step, base in raised)


def steps() -> list[str]:
    """Every first step the rules can name; the content must word each of them."""
    found = {step for rules in RULES.values() for _caution, _points, step in rules}
    found |= {step for step, _base in BASE.values()}
    return sorted(found)


def cautions() -> list[str]:
    """Every caution the rules can name; each must exist in the content."""
    found = {caution for rules in RULES.values() for caution, _points, _step in rules}
    return sorted(found | set(BASE))


def text_keys() -> list[str]:
    return ["title", "intro", "result-title", "result-empty"] + [f"step.{step}" for step in steps()]


@dataclass(frozen=True)
class CheckupView:
    caution: str  # the id, for the caution's own title and a link to caution/<id>
    first_step: str


def questions(content: ToolContent, language: str) -> list[QuestionView]:
    return question_views(QUESTIONS, content, language)


def describe(items: Sequence[CheckupItem], content: ToolContent, language: str) -> list[CheckupView]:
    return [CheckupView(item.caution, content.text(f"step.{item.first_step}").get(language)) for item in items]


# Keeping answers: only when the owner asks, and never where nothing may be stored (a kiosk).

def keep_answers(store: UserStore, answers: Mapping[str, str]) -> bool:
    """Stores the answers in the owner's database; False (and nothing stored) on a kiosk."""
    if not store.persistent:
        return False
    store.set(ANSWERS_SETTING, answers_to_json(answers, QUESTIONS))
    return store.get(ANSWERS_SETTING) is not None


def kept_answers(store: UserStore) -> dict[str, str]:
    return answers_from_json(store.get(ANSWERS_SETTING), QUESTIONS)


def forget_answers(store: UserStore) -> None:
    import sqlite3

    try:
        with store.connection:
            store.connection.execute("DELETE FROM settings WHERE key = ?", (ANSWERS_SETTING,))
    except sqlite3.Error as error:
        store.problem = str(error)
