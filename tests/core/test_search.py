import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.core.search import closest_terms, run_search, search
from desktop.core.search_query import MAX_TOKENS, plan_query, tokens_of, typo_corrections
from desktop.core.snippets import ELLIPSIS

PINYIN = [("weixin", "微信"), ("fanqiang", "翻墙"), ("jiami", "加密"), ("shipin", "视频"), ("jiankong", "监控"),
          ("zhapian", "诈骗")]


def _keys(hits):
    return {(hit.kind, hit.id) for hit in hits}


def _squeezed(text):
    return re.sub(r"\s+", "", text)


def _marked(hit):
    return [hit.snippet[start:start + length] for start, length in hit.marks]


def test_two_character_chinese_finds_the_platform_first(store):
    hits = search(store, "微信", "zh_Hans")
    assert hits[0].kind == "platform" and hits[0].id == "wechat"
    assert hits[0].title == "微信"


def test_english_is_case_insensitive_and_titles_follow_the_language(store):
    hits = search(store, "WECHAT", "zh_Hant")
    assert ("platform", "wechat") in _keys(hits)
    assert all(hit.title for hit in hits)


def test_search_finds_guides_by_words_in_their_steps(store):
    hits = search(store, "time zone", "en")
    assert "time-zones" in {hit.id for hit in hits if hit.kind == "guide"}


def test_nothing_found_is_an_empty_list(store):
    assert search(store, "zzqqxxnotaword", "en") == []
    assert search(store, "   ", "en") == []


def test_queries_are_bounded_and_stripped_of_control_characters(store):
    plan = plan_query(store, "a\x00b\tc " + "x" * 10_000 + " y" * 50)
    matches = [alternative.match for group in plan.groups for alternative in group.alternatives]
    assert all("\x00" not in match for match in matches)
    assert len(plan.groups) <= MAX_TOKENS and all(len(match) < 1000 for match in matches)


@pytest.fixture(scope="module")
def fts():
    connection = sqlite3.connect(f"file:{paths.content_database()}?mode=ro", uri=True)
    yield connection
    connection.close()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(min_size=0, max_size=200) | st.sampled_from(['"', "'", "AND", "OR NEAR(", "*", "^", "(", ")",
                                                              "微信 OR *", "\U0001F600", "%_", "\\", "a" * 10_000,
                                                              "wei xin NOT", "pinyin : x", "wechta*"]))
def test_any_input_is_safe_and_every_expression_parses(store, fts, query):
    assert isinstance(search(store, query, "en"), list)
    plan = plan_query(store, query)
    for alternative in [alternative for group in plan.groups for alternative in group.alternatives] + list(
            plan.whole) if plan else []:
        # FTS5 raises on an expression it cannot parse; the store would hide that as "nothing found".
        fts.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", (alternative.match,))


def test_pinyin_with_and_without_spaces_and_initials_finds_wechat(store):
    for query in ("weixin", "wei xin", "wx", "WeiXin"):
        hits = search(store, query, "zh_Hans")
        assert hits and (hits[0].kind, hits[0].id) == ("platform", "wechat"), query


@pytest.mark.parametrize(("pinyin", "characters"), PINYIN)
def test_pinyin_finds_every_text_the_characters_find(store, pinyin, characters):
    by_characters = _keys(search(store, characters, "zh_Hans"))
    by_pinyin = search(store, pinyin, "zh_Hans")
    assert len(by_characters) >= 5  # far more than the one title pinyin used to reach
    assert _keys(by_pinyin) >= by_characters
    assert by_pinyin[0].id == search(store, characters, "zh_Hans")[0].id
    assert any(characters in mark for hit in by_pinyin for mark in _marked(hit))


def test_short_initials_reach_names_and_glossary_words_only(store):
    words = [alternative.needles for group in plan_query(store, "wx").groups for alternative in group.alternatives
             if alternative.weight < 1]
    assert [needle.text for needles in words for needle in needles] == ["微信"]  # not 网线 or 威胁, which mean else
    assert search(store, "wx", "en")[0].id == "wechat"


def test_pinyin_being_typed_already_finds_the_word(store):
    assert search(store, "fanq", "zh_Hans")[0].id == "vpn"
    assert search(store, "weix", "zh_Hans")[0].id == "wechat"


def test_english_words_that_are_not_pinyin_are_not_turned_into_chinese(store):
    plan = plan_query(store, "time")
    assert all("\u4e00" > needle.text[:1] for group in plan.groups for alternative in group.alternatives
               for needle in alternative.needles if alternative.weight == 1.0)


def test_an_english_phrase_matches_by_its_words_in_any_order(store):
    for query in ("call my mom", "mom call", "How do I call my mom?"):
        hits = search(store, query, "en")
        assert (hits[0].kind, hits[0].id) == ("guide", "video-call-parents"), query
    assert tokens_of("call my mom", store.folding()) == ("call", "mom")


def test_documents_with_more_of_the_words_rank_first(store):
    hits = search(store, "call my mom", "en")
    both = [index for index, hit in enumerate(hits) if hit.id in ("video-call-parents", "help-parents-phone")]
    only_call = [index for index, hit in enumerate(hits) if hit.id == "cheap-calls"]
    assert max(both) < min(only_call)


def test_everyday_words_reach_the_glossary_and_short_words_are_not_prefixes_first(store):
    ids = [hit.id for hit in search(store, "mom", "en")]
    assert ids[0] == "parents"
    assert "moments" not in ids or ids.index("moments") > ids.index("video-call-parents")


def test_a_one_letter_typo_in_a_long_word_is_corrected(store):
    outcome = run_search(store, "wechta", "en")
    assert outcome.corrections == {"wechta": "wechat"}
    assert (outcome.hits[0].kind, outcome.hits[0].id) == ("platform", "wechat")
    assert _keys(outcome.hits) == _keys(search(store, "wechat", "en"))
    assert typo_corrections(store, "encrpytion") == ["encryption"]


def test_short_words_and_words_that_are_found_are_not_corrected(store):
    assert typo_corrections(store, "sigl") == []
    assert run_search(store, "wechat", "en").corrections == {}
    assert run_search(store, "signal", "en").corrections == {}


def test_traditional_input_finds_simplified_text_and_the_reverse(store):
    traditional = _keys(search(store, "監控", "zh_Hant"))
    simplified = _keys(search(store, "监控", "zh_Hans"))
    assert traditional and traditional == simplified
    assert ("term", "surveillance") in traditional


def test_english_prefix_finds_the_whole_word(store):
    hits = search(store, "encrypt", "en")
    assert ("term", "encryption") in _keys(hits)
    assert "Encryption" in _marked(next(hit for hit in hits if hit.id == "end-to-end-encryption"))


def test_glossary_words_carry_a_search_across_languages(store):
    direct = _keys(search(store, "encryption", "en"))
    found = search(store, "encryption", "zh_Hans")
    assert "加密" in {text for hit in found for text in _marked(hit)}
    assert _keys(found) >= direct


def test_wechat_in_the_chinese_ui_finds_the_platform_first(store):
    for language in ("zh_Hans", "zh_Hant"):
        assert (search(store, "wechat", language)[0].kind, search(store, "wechat", language)[0].id) == (
            "platform", "wechat")


def test_a_chinese_query_in_the_english_ui_quotes_and_marks_the_chinese_text(store):
    hit = search(store, "微信", "en")[0]
    assert hit.title == "WeChat"
    assert hit.snippet_language == "zh_Hans" and "微信" in _marked(hit)


@pytest.mark.parametrize(("query", "language"), [("scam", "en"), ("spam", "en"), ("监控", "zh_Hans"),
                                                 ("wechat", "en"), ("微信", "zh_Hans"), ("encrypt", "zh_Hant")])
def test_snippets_quote_only_what_is_shown_and_never_repeat_the_title(store, query, language):
    for hit in search(store, query, language):
        text = store.search_texts((hit.kind, hit.id))[hit.snippet_language]
        assert _squeezed(hit.snippet.strip(ELLIPSIS)) in _squeezed(text), (hit.id, hit.snippet)
        assert not hit.snippet.startswith(hit.title + " "), hit.snippet
    assert all("scam scam" not in hit.snippet and "con scammer" not in hit.snippet
               for hit in search(store, query, language))


def test_english_snippets_cut_at_word_boundaries_with_an_ellipsis(store):
    for hit in search(store, "encrypt", "en") + search(store, "time zone", "en"):
        text = store.search_texts((hit.kind, hit.id))[hit.snippet_language].replace("\n", " ")
        body = hit.snippet.strip(ELLIPSIS)
        start = text.find(body)
        end = start + len(body)
        assert start == 0 or hit.snippet.startswith(ELLIPSIS) and not text[start - 1].isalnum(), hit.snippet
        assert end == len(text) or hit.snippet.endswith(ELLIPSIS) and not text[end].isalnum(), hit.snippet


def test_chinese_snippets_start_at_a_clause_or_at_the_match(store):
    for hit in [hit for hit in search(store, "监控", "zh_Hans") if hit.snippet_language != "en"]:
        text = store.search_texts((hit.kind, hit.id))[hit.snippet_language]
        body = hit.snippet.strip(ELLIPSIS)
        if hit.snippet.startswith(ELLIPSIS):
            start = text.replace("\n", "").find(body)
            before = text.replace("\n", "")[start - 1]
            assert before in "。！？；，、：）" or body.startswith("监控"), hit.snippet


def test_one_character_queries_work(store):
    assert search(store, "微", "zh_Hans")


def test_a_long_chinese_phrase_is_searched_by_its_words(store):
    hits = search(store, "和父母视频通话", "zh_Hans")
    assert hits[0].id == "video-call-parents"


def test_nothing_found_suggests_close_glossary_words(store):
    assert "encryption" in [term.id for term in closest_terms(store, "encriptoin", "en")]


def test_pinyin_in_traditional_quotes_only_traditional_text(store):
    """A 繁體 reader with no Chinese input method types shipin (视频): every snippet is in 繁體 or English, never
    in 简体, even where only the Simplified text has the word."""
    for language, other in (("zh_Hant", "zh_Hans"), ("zh_Hans", "zh_Hant")):
        hits = search(store, "shipin", language)
        assert hits
        assert all(hit.snippet_language != other for hit in hits), [hit.snippet for hit in hits
                                                                    if hit.snippet_language == other]
