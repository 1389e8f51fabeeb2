"""What each lesson step shows, in one language and side by side in two."""

from __future__ import annotations

from desktop.core.lesson_content import (
    aligned, display, lesson_sources, question_side_by_side, resolve_lesson, resolve_step, side_by_side,
)
from desktop.core.lesson_records import LessonStep
from desktop.core.records import Text


def _step(store, lesson_id, kind):
    lesson = store.lesson(lesson_id)
    number, step = next((number, step) for number, step in enumerate(lesson.steps, start=1) if step.kind == kind)
    return resolve_step(store, step, number)


def test_a_guide_step_shows_that_step_of_the_guide(store):
    content = _step(store, "video-call-family", "guide")
    guide = store.guide("video-call-parents")
    assert content.context == guide.title
    assert [block.text for block in content.blocks] == [guide.steps[0]]
    shown = display(content, "zh_Hant")
    assert shown.title == "找到「關懷模式」" and shown.context == guide.title.zh_Hant
    assert shown.paragraphs == (("text", guide.steps[0].zh_Hant),)


def test_a_caution_step_shows_its_summary_and_what_you_can_do(store):
    content = _step(store, "scams-and-family", "caution")
    caution = store.caution("impersonation-scams")
    assert content.context == caution.title
    assert [block.role for block in content.blocks] == ["text"] + ["item"] * len(caution.actions)
    assert content.blocks[1].text == caution.actions[0]


def test_a_comparison_shows_each_platform_and_the_chosen_rows(store):
    content = _step(store, "end-to-end-encryption", "compare")
    roles = [(block.role, block.ref) for block in content.blocks]
    assert roles[:2] == [("platform", "signal"), ("cell", "signal.e2ee")]
    assert {ref for role, ref in roles if role == "platform"} == {"signal", "whatsapp", "telegram", "wechat"}
    assert not [ref for role, ref in roles if role == "cell" and not ref.endswith(".e2ee")]


def test_a_glossary_step_shows_word_definition_and_example(store):
    content = _step(store, "video-call-family", "terms")
    assert [block.role for block in content.blocks[:3]] == ["term", "definition", "example"]
    assert content.blocks[0].ref == "video-call" and content.blocks[0].text.zh_Hans == "视频通话"


def test_own_text_splits_into_aligned_paragraphs(store):
    content = _step(store, "video-call-family", "text")
    rows = side_by_side(content, "en", "zh_Hans")
    assert rows[0].role == "title" and (rows[0].left, rows[0].right) == ("Calling home", "给家里打电话")
    body = rows[1:]
    assert len(body) == 2
    assert body[0].left.startswith("Many of us") and body[0].right.startswith("我们很多人")
    assert body[1].left.startswith("Today") and body[1].right.startswith("今天")
    assert [row.right for row in side_by_side(content, "en", "zh_Hant")][1].startswith("我們很多人")


def test_paragraphs_that_do_not_pair_up_stay_whole_rather_than_misaligned():
    text = Text("One.\n\nTwo.\n\nThree.", "一。\n\n二三。", "一。\n\n二三。")
    rows = aligned(text, "en", "zh_Hans")
    assert len(rows) == 1 and rows[0].left == "One.\n\nTwo.\n\nThree." and rows[0].right == "一。\n\n二三。"
    assert len(aligned(Text("A.\n\nB.", "甲。\n\n乙。", "甲。\n\n乙。"), "en", "zh_Hant")) == 2


def test_a_discussion_question_has_its_own_role(store):
    content = _step(store, "time-zones", "discuss")
    assert display(content, "en").paragraphs[0][0] == "question"


def test_every_step_of_every_lesson_has_something_to_show_in_each_language(store):
    for summary in store.lessons():
        for content in resolve_lesson(store, store.lesson(summary.id)):
            for language in ("en", "zh_Hans", "zh_Hant"):
                shown = display(content, language)
                assert shown.title and shown.paragraphs, (summary.id, content.number, language)
                assert len(shown.refs) == len(shown.paragraphs)


def test_quiz_questions_side_by_side(store):
    question = store.lesson("time-zones").quiz[1]
    rows = question_side_by_side(question, "en", "zh_Hans")
    assert [row.role for row in rows] == ["question", "choice", "choice", "choice", "explanation"]
    assert [row.ref for row in rows if row.role == "choice"] == ["1", "2", "3"]


def test_unresolvable_references_show_nothing_rather_than_fail(store):
    step = LessonStep("guide", Text("Gone", "没了", "沒了"), guide_id="no-such-guide", guide_step=1)
    content = resolve_step(store, step, 1)
    assert content.blocks == () and display(content, "en").title == "Gone"


def test_a_lesson_lists_its_own_sources_then_those_of_what_it_uses(store):
    lesson = store.lesson("scams-and-family")
    urls = [url for _, url in lesson_sources(store, lesson)]
    assert urls[0] == "https://www.fbi.gov/news/stories/virtual-kidnapping"
    assert any("consumer.ftc.gov" in url for url in urls)  # from the verification-code caution
    assert len(urls) == len(set(urls))
