"""Lessons as content: the shipped ones meet the classroom's counts and reading level, and each kind of mistake in
a lesson file is reported as file:line: message."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop import paths
from desktop.content.bundle import load_content

from reading_level import grade  # beside this file; pytest puts the folder on sys.path

TODAY = dt.date(2026, 12, 2)
TOPICS = {"video-call-family", "wechat-sign-up", "end-to-end-encryption", "scams-and-family", "time-zones",
          "finding-work"}
# Words of mainland usage that readers in Hong Kong and Taiwan find foreign (the house's list).
MAINLAND_WORDS = ("視頻", "信息", "登錄", "服務器", "鏈接", "郵箱", "屏幕")


@pytest.fixture(scope="module")
def bundle():
    return load_content(paths.content_sources_dir(), TODAY)


def _errors(content_dir):
    return [str(problem) for problem in load_content(content_dir, TODAY).errors]


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _has(errors, file_name, message):
    """Whether one of ``errors`` is about ``file_name`` (file:line: …) and says ``message``."""
    return any(f"{file_name}:" in error and message in error for error in errors)


def _line_of(path, needle):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_six_lessons_meet_the_counts(bundle):
    lessons = {lesson["id"]: lesson for lesson in bundle.lessons}
    assert TOPICS <= set(lessons)
    for lesson in lessons.values():
        assert 6 <= len(lesson["steps"]) <= 12, lesson["id"]
        assert 8 <= len(lesson["vocabulary"]) <= 15, lesson["id"]
        assert len(lesson["quiz"]) >= 4, lesson["id"]
        assert lesson["level"] in ("beginner", "intermediate") and lesson["minutes"] and lesson["coaap"]
        assert lesson["teacher_notes"] and lesson["objectives"]


def test_every_lesson_text_has_three_variants_and_no_mainland_only_words_in_traditional(bundle):
    for lesson in bundle.lessons:
        texts = [lesson["title"], *lesson["objectives"], *lesson["teacher_notes"]]
        texts += [text for step in lesson["steps"] for text in (step["title"], step["note"], step["text"]) if text]
        texts += [text for question in lesson["quiz"]
                  for text in (question["question"], *question["choices"], question["explanation"])]
        for text in texts:
            assert set(text) == {"en", "zh_Hans", "zh_Hant"}, (lesson["id"], text)
            assert not [word for word in MAINLAND_WORDS if word in text["zh_Hant"]], (lesson["id"], text["zh_Hant"])


def _step_texts(bundle, lesson):
    """The English a class reads on the steps: the lesson's own texts and questions, and the guide steps it shows."""
    guides = {guide["id"]: guide for guide in bundle.guides}
    texts = []
    for step in lesson["steps"]:
        if step["kind"] == "guide":
            texts.append(guides[step["guide"]]["steps"][step["number"] - 1]["en"])
        elif step["text"]:
            texts.append(step["text"]["en"])
    return texts


def test_lessons_read_at_grade_six_or_below(bundle):
    """Flesch-Kincaid grade of each lesson's step texts, quiz and objectives: plain English for ESL classes."""
    for lesson in bundle.lessons:
        quiz = [text["en"] for question in lesson["quiz"]
                for text in (question["question"], *question["choices"], question["explanation"])]
        assert grade(_step_texts(bundle, lesson)) <= 6.0, lesson["id"]
        assert grade(quiz) <= 6.0, lesson["id"]
        assert grade([text["en"] for text in lesson["objectives"]]) <= 6.0, lesson["id"]


def test_the_reading_grade_can_fail():
    hard = ("Notwithstanding considerable organizational complexity, international telecommunications "
            "infrastructure necessitates comprehensive authentication methodologies.")
    assert grade([hard]) > 12 > 6 > grade(["Open WeChat. Tap the plus button. Call your mother."])


def test_references_to_missing_guides_steps_cautions_platforms_and_terms_fail(content_copy):
    lesson = content_copy / "lessons" / "video-call-family.yaml"
    _edit(lesson, "guide: video-call-parents\n    step: 1", "guide: video-call-parents\n    step: 40")
    _edit(lesson, "guide: video-call-parents\n    step: 2", "guide: video-call-grandparents\n    step: 2")
    _edit(lesson, "compare: [wechat, facetime, whatsapp]", "compare: [wechat, myspace]")
    _edit(lesson, "terms: [video-call, voice-call, camera, microphone]", "terms: [video-call, flux-capacitor]")
    _edit(lesson, "vocabulary: [video-call,", "vocabulary: [hoverboard,")
    scams = content_copy / "lessons" / "scams-and-family.yaml"
    _edit(scams, "caution: impersonation-scams", "caution: pirate-radio")
    errors = _errors(content_copy)
    for needle in ("uses step 40 of 'video-call-parents', which has 9 steps", "'video-call-grandparents'",
                   "'myspace'", "'flux-capacitor'", "'hoverboard'"):
        assert any("lessons/video-call-family.yaml:" in error and needle in error for error in errors), needle
    assert any(re.search(r"lessons/scams-and-family\.yaml:\d+: uses a caution that does not exist: 'pirate-radio'",
                         error) for error in errors), errors


def test_a_comparison_of_one_platform_and_an_unknown_criterion_fail(content_copy):
    lesson = content_copy / "lessons" / "time-zones.yaml"
    _edit(lesson, "  - title: {en: Practice, zh_Hans: 练一练}",
          "  - title: {en: Compare, zh_Hans: 对比}\n    compare: [wechat]\n    criteria: [colour]\n"
          "  - title: {en: Practice, zh_Hans: 练一练}")
    line = _line_of(lesson, "compare: [wechat]")
    errors = _errors(content_copy)
    assert any(f"time-zones.yaml:{line}: a comparison names 2 to 4 different platforms" in error
               for error in errors), errors
    assert _has(errors, "time-zones.yaml", "'criteria' item must be one of"), errors


def test_a_step_with_two_kinds_or_a_quiz_answer_out_of_range_fails(content_copy):
    lesson = content_copy / "lessons" / "finding-work.yaml"
    _edit(lesson, "    terms: [resume, networking, referral]", "    terms: [resume]\n    caution: group-chats")
    _edit(lesson, "    answer: 2\n", "    answer: 7\n")
    errors = _errors(content_copy)
    assert _has(errors, "finding-work.yaml", "a step has exactly one of"), errors
    assert _has(errors, "finding-work.yaml", "'answer' is choice 7, but there are 3"), errors


def test_sizes_and_counts_are_limited(content_copy):
    lesson = content_copy / "lessons" / "wechat-sign-up.yaml"
    _edit(lesson, "title: {en: Type the code, zh_Hans: 输入验证码}",
          "title: {en: " + "Type the code again " * 5 + ", zh_Hans: 输入验证码}")
    _edit(lesson, "vocabulary: [sign-up, account, phone-number, country-code, text-message, verification-code, "
                  "qr-code, screenshot, password, nickname, profile-picture, scam]", "vocabulary: [sign-up, account]")
    errors = _errors(content_copy)
    assert _has(errors, "wechat-sign-up.yaml", "step title is too long in en"), errors
    assert _has(errors, "wechat-sign-up.yaml", "a lesson has 8 to 15 vocabulary words, not 2"), errors


def test_texts_whose_languages_have_different_paragraphs_fail(content_copy):
    """Side by side, paragraph n of the English stands beside paragraph n of the Chinese: they must pair up."""
    lesson = content_copy / "lessons" / "time-zones.yaml"
    _edit(lesson, "        今天我们学怎么算出中国的时间", "        另起一段。\n\n        今天我们学怎么算出中国的时间")
    errors = _errors(content_copy)
    assert any("time-zones.yaml:" in error and "as many paragraphs in each language" in error and "en 2, zh_Hans 3"
               in error for error in errors), errors


def test_unknown_fields_and_a_level_out_of_the_list_fail(content_copy):
    lesson = content_copy / "lessons" / "end-to-end-encryption.yaml"
    _edit(lesson, "level: intermediate", "level: expert\nhomework: none")
    errors = _errors(content_copy)
    assert _has(errors, "end-to-end-encryption.yaml", "'level' must be one of beginner, intermediate"), errors
    assert _has(errors, "end-to-end-encryption.yaml", "unknown field 'homework'")


def test_a_glossary_pinyin_that_does_not_fit_its_characters_is_a_warning(content_copy):
    glossary = content_copy / "glossary" / "classroom.yaml"
    _edit(glossary, "pinyin: shíchā", "pinyin: shíchābā")
    bundle = load_content(content_copy, TODAY)
    assert not bundle.errors
    assert any("classroom.yaml:" in str(problem) and "does not fit the characters of 时差" in str(problem)
               for problem in bundle.warnings), bundle.warnings


def test_the_classroom_doc_lists_every_lesson_as_its_file_says(bundle):
    """docs/classroom.md says which EL Civics objective each lesson serves, and its size: it must not drift."""
    doc = (paths.project_root() / "docs" / "classroom.md").read_text(encoding="utf-8")
    for lesson in bundle.lessons:
        row = re.search(rf"^\| `{lesson['id']}` (.+?) \| (\w+) \| (\d+) \| ([\d, ]+) \| (\d+) \| (\d+) \| (\d+) \|$",
                        doc, re.M)
        assert row, f"docs/classroom.md has no row for {lesson['id']}"
        title, level, minutes, coaap, steps, words, questions = row.groups()
        assert title == lesson["title"]["en"] and level == lesson["level"] and int(minutes) == lesson["minutes"]
        assert [int(value) for value in coaap.split(",")] == lesson["coaap"], lesson["id"]
        assert (int(steps), int(words), int(questions)) == (len(lesson["steps"]), len(lesson["vocabulary"]),
                                                            len(lesson["quiz"])), lesson["id"]
