from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.search import normalize_query, search


def test_two_character_chinese_finds_the_platform_first(store):
    hits = search(store, "微信", "zh_Hans")
    assert hits[0].kind == "platform" and hits[0].id == "wechat"
    assert hits[0].title == "微信"


def test_english_is_case_insensitive_and_titles_follow_the_language(store):
    hits = search(store, "WECHAT", "zh_Hant")
    assert ("platform", "wechat") in {(hit.kind, hit.id) for hit in hits}
    assert all(hit.title for hit in hits)


def test_search_finds_guides_by_words_in_their_steps(store):
    hits = search(store, "time zone", "en")
    assert "time-zones" in {hit.id for hit in hits if hit.kind == "guide"}


def test_nothing_found_is_an_empty_list(store):
    assert search(store, "zzqqxxnotaword", "en") == []
    assert search(store, "   ", "en") == []


def test_queries_are_bounded_and_stripped_of_control_characters():
    words = normalize_query("a\x00b\tc " + "x" * 10_000)
    assert "\x00" not in "".join(words)
    assert all(len(word) <= 100 for word in words)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(min_size=0, max_size=200) | st.sampled_from(['"', "'", "AND", "OR NEAR(", "*", "^", "(", ")",
                                                              "微信 OR *", "\U0001F600", "%_", "\\", "a" * 10_000]))
def test_any_input_is_safe(store, query):
    hits = search(store, query, "en")
    assert isinstance(hits, list)
