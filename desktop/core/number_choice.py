"""+1 or +86: which phone number to sign up for WeChat with. The rules, as plain data in and out.

Five plain questions lead to one of three recommendations, each with its reasons and notes. The wording, the
comparison of the two choices and the sources are content (``resources/content/tools/number-choice.yaml``);
which guides an outcome offers is content too, so editors can point it elsewhere. The rules do not take a side:
keeping a +86 account is as much a recommendation as starting a +1 one, for the reader whose life needs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.questionnaire import Questions, QuestionView, check_answers, question_views
from desktop.core.tool_records import ToolContent, ToolSource

TOOL_ID = "number-choice"
QUESTIONS: Questions = (
    ("has-cn-number", ("yes", "no")),  # a working +86 number that can still receive texts
    ("needs-china-services", ("yes", "no")),  # WeChat Pay with a Chinese bank card, banks, government apps
    ("moving-back", ("yes", "no", "not-sure")),
    ("verified-from-china", ("yes", "no")),  # someone in China confirms it is you through the +86 number
    ("posts-news", ("yes", "no")),
)
RECOMMENDATIONS = ("us-number", "cn-number", "two-accounts")
REASONS = ("no-cn-number", "china-services", "moving-back", "verified-from-china", "posts-news", "few-china-ties",
           "separate-accounts")
NOTES = ("pay-with-us-account", "get-number-later", "decide-later", "keep-number-alive", "helper-needed",
         "existing-account")
CHOICES = ("plus-1", "plus-86")
ASPECTS = ("company", "verification", "payments", "if-suspended")
FIXED_KEYS = ("title", "intro", "comparison-title", "sources-title", "guides-title")


@dataclass(frozen=True)
class NumberChoiceOutcome:
    recommendation: str  # one of RECOMMENDATIONS
    reasons: tuple[str, ...]  # ids in REASONS, most important first
    notes: tuple[str, ...]  # ids in NOTES


def decide(answers: Mapping[str, str]) -> NumberChoiceOutcome:
    """The recommendation for a full set of answers; raises AnswerError for a missing or unknown answer."""
    answers = check_answers(answers, QUESTIONS)
    has_number = answers["has-cn-number"] == "yes"
    posts = answers["posts-news"] == "yes"
    ties = [reason for reason, tied in (("china-services", answers["needs-china-services"] == "yes"),
                                        ("moving-back", answers["moving-back"] == "yes"),
                                        ("verified-from-china", answers["verified-from-china"] == "yes")) if tied]
    notes: list[str] = []
    if not has_number:
        # Signing up on +86 needs a number that receives the code, whatever else the reader needs.
        recommendation, reasons = "us-number", ["no-cn-number", *(["posts-news"] if posts else [])]
        if answers["needs-china-services"] == "yes":
            notes.append("pay-with-us-account")
        if ties:
            notes.append("get-number-later")
    elif ties and posts:
        recommendation, reasons = "two-accounts", [*ties, "posts-news", "separate-accounts"]
    elif ties:
        recommendation, reasons = "cn-number", ties
    else:
        recommendation, reasons = "us-number", ["few-china-ties", *(["posts-news"] if posts else [])]
    if has_number and answers["moving-back"] == "not-sure" and recommendation == "us-number":
        notes.append("decide-later")
    if recommendation in ("cn-number", "two-accounts") or "decide-later" in notes:
        notes.append("keep-number-alive")
    if recommendation in ("us-number", "two-accounts"):
        notes.append("helper-needed")
    notes.append("existing-account")
    return NumberChoiceOutcome(recommendation, tuple(reasons), tuple(notes))


def text_keys() -> list[str]:
    """Every content key the decision aid shows; the content check requires each of them."""
    keys = list(FIXED_KEYS)
    keys += [f"recommendation.{item}.{part}" for item in RECOMMENDATIONS for part in ("title", "summary")]
    keys += [f"reason.{item}" for item in REASONS] + [f"note.{item}" for item in NOTES]
    keys += [f"choice.{choice}.title" for choice in CHOICES]
    keys += [f"choice.{choice}.{aspect}" for choice in CHOICES for aspect in ASPECTS]
    keys += [f"aspect.{aspect}" for aspect in ASPECTS]
    return keys


@dataclass(frozen=True)
class ChoiceView:
    """What one choice means: (aspect label, text) rows."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NumberChoiceView:
    """An outcome ready to show or print, in one language."""

    title: str
    summary: str
    reasons: tuple[str, ...]
    notes: tuple[str, ...]
    choices: tuple[ChoiceView, ...]  # +1 then +86, whatever the recommendation
    guides: tuple[str, ...]  # targets, e.g. guide/wechat-us-number
    sources: tuple[ToolSource, ...]


def questions(content: ToolContent, language: str) -> list[QuestionView]:
    return question_views(QUESTIONS, content, language)


def describe(outcome: NumberChoiceOutcome, content: ToolContent, language: str) -> NumberChoiceView:
    def text(key: str) -> str:
        return content.text(key).get(language)

    choices = tuple(ChoiceView(text(f"choice.{choice}.title"),
                               tuple((text(f"aspect.{aspect}"), text(f"choice.{choice}.{aspect}"))
                                     for aspect in ASPECTS)) for choice in CHOICES)
    guides = list(content.links.get(f"recommendation.{outcome.recommendation}", ()))
    for note in outcome.notes:
        guides += [target for target in content.links.get(f"note.{note}", ()) if target not in guides]
    recommendation = f"recommendation.{outcome.recommendation}"
    return NumberChoiceView(
        text(f"{recommendation}.title"), text(f"{recommendation}.summary"),
        tuple(text(f"reason.{reason}") for reason in outcome.reasons),
        tuple(text(f"note.{note}") for note in outcome.notes), choices, tuple(guides), content.sources)
