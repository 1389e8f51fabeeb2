"""Lessons and the per-character pinyin of glossary words, as the app reads them from the bundled database."""

from __future__ import annotations

from desktop.core.lesson_records import STEP_KINDS


def test_lessons_are_listed_in_editorial_order_with_objectives(store):
    lessons = store.lessons()
    assert [lesson.id for lesson in lessons][:2] == ["video-call-family", "wechat-sign-up"]  # order.yaml
    assert len(lessons) >= 6
    assert all(lesson.objectives and lesson.minutes and lesson.level in ("beginner", "intermediate")
               for lesson in lessons)


def test_a_lesson_reads_back_whole(store):
    lesson = store.lesson("video-call-family")
    assert lesson.title.zh_Hans == "和国内的家人视频通话" and lesson.title.zh_Hant
    assert lesson.coaap == (48,)
    assert {step.kind for step in lesson.steps} <= set(STEP_KINDS)
    guide_step = next(step for step in lesson.steps if step.kind == "guide")
    assert guide_step.guide_id == "video-call-parents" and guide_step.guide_step == 1
    comparison = next(step for step in lesson.steps if step.kind == "compare")
    assert comparison.platform_ids == ("wechat", "facetime", "whatsapp")
    assert comparison.criteria == ("china_access", "us_access")
    first = lesson.quiz[0]
    assert first.choices[first.answer].en == "WeChat" and first.is_right(1) and not first.is_right(0)
    assert lesson.vocabulary[0] == "video-call" and lesson.teacher_notes
    assert lesson.guide_ids == ("video-call-parents",)


def test_every_step_kind_is_used_by_some_lesson(store):
    kinds = {step.kind for summary in store.lessons() for step in store.lesson(summary.id).steps}
    assert kinds == set(STEP_KINDS)


def test_an_unknown_lesson_is_none(store):
    assert store.lesson("underwater-basket-weaving") is None


def test_terms_carry_tone_marked_pinyin_per_character(store):
    terms = {term.id: term for term in store.terms()}
    assert terms["video-call"].pinyin_pairs("zh_Hans") == (("视", "shì"), ("频", "pín"), ("通", "tōng"),
                                                            ("话", "huà"))
    # The glossary's own neutral tone is kept where pypinyin would mark one.
    assert terms["moments"].pinyin_pairs() == (("朋", "péng"), ("友", "you"), ("圈", "quān"))
    # Latin runs carry no syllable; the presenter draws nothing over them.
    assert terms["face-id"].pinyin_pairs() == (("面", "miàn"), ("容", "róng"), ("ID", ""))
    # Traditional characters get the same syllables where the word is the same.
    assert terms["encryption"].pinyin_pairs("zh_Hant") == (("加", "jiā"), ("密", "mì"))


def test_a_traditional_word_that_differs_is_read_on_its_own(store):
    term = store.terms(("informational-interview",))[0]
    assert term.word.zh_Hant == "資訊面談"
    assert [syllable for _, syllable in term.pinyin_pairs("zh_Hant")] == ["zī", "xùn", "miàn", "tán"]
    assert [syllable for _, syllable in term.pinyin_pairs("zh_Hans")] == ["xìn", "xī", "miàn", "tán"]


def test_every_chinese_character_of_every_term_has_a_syllable(store):
    for term in store.terms():
        for language in ("zh_Hans", "zh_Hant"):
            pairs = term.pinyin_pairs(language)
            assert "".join(character for character, _ in pairs).replace(" ", "") == \
                getattr(term.word, language).replace(" ", ""), (term.id, language)
            for character, syllable in pairs:
                assert bool(syllable) == ("\u4e00" <= character[0] <= "\u9fff"), (term.id, character)
