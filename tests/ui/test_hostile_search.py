"""Hostile search input: markup, search-engine syntax, control and invisible characters, any Unicode. Searching
never raises, and nothing of what was typed is ever rendered as markup (a query like <img src="/some/file">
once drew that file on screen)."""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QApplication, QLabel

from desktop import paths
from desktop.core.search import closest_terms, search
from desktop.core.targets import Target

HOSTILE = [
    '<img src="/etc/hostname">', '<img src="file:///etc/passwd" width=600>', "<h1><font color=red size=7>HACKED",
    "<b>bold</b>", "<a href='qiao:home'>home</a>", "<script>alert(1)</script>", "<table><tr><td>x", "<!-- x -->",
    "&lt;b&gt;", "&amp;", "&#60;img&#62;", "<br/>" * 20, "<style>*{color:red}</style>", "<qt>rich</qt>",
    '微信<img src="x">', "<微信>", 'wechat" OR 1=1 --', "'; DROP TABLE platforms; --", '"', '""', "*", "^", ":",
    "NEAR(a b)", "a AND b OR NOT c", "{title}: x", "title:x", "\x00", "\x1b[31m", "\u202eevil", "\u200b\u200d",
    "e\u0301\u0301\u0301", "👨‍👩‍👧", "𠀀𠀁", "ｗｅｃｈａｔ", "İß ﬁ ǅ", "微" * 300, "a" * 5000, " ", "\t\n",
]
ALLOWED_TAGS = {"<b>", "</b>"}  # the matched words in a snippet


def markup(text: str) -> set[str]:
    return set(re.findall(r"<[^<>]*>", text))


def _queries(surrogates: bool):
    characters = st.characters(blacklist_categories=() if surrogates else ("Cs",))
    tag = st.sampled_from(["img", "b", "a", "h1", "font", "table", "p", "span", "qt", "br"])
    attribute = st.text(characters, max_size=20)
    tagged = st.builds(lambda name, value, inner: f'<{name} src="{value}">{inner}</{name}>', tag, attribute,
                       st.text(characters, max_size=10))
    return st.one_of(st.sampled_from(HOSTILE), st.text(characters, max_size=60), tagged,
                     st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(characters, max_size=20)))


SEARCHED = {"function": 0, "field": 0}  # how many queries each fuzzing test sent


def _search_safely(store, query: str, language: str) -> None:
    SEARCHED["function"] += 1
    hits = search(store, query, language)
    for hit in hits:  # snippets are plain text with marked ranges; nothing in them is markup
        assert all(0 <= start and start + length <= len(hit.snippet) for start, length in hit.marks), hit
    if not hits:
        closest_terms(store, query, language)


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
def test_hand_written_hostile_queries_search_the_whole_content(store, language):
    for query in HOSTILE + ["\ud800", "\udcff微信"]:
        _search_safely(store, query, language)


@settings(max_examples=1200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(query=_queries(surrogates=True), language=st.sampled_from(["en", "zh_Hans", "zh_Hant"]))
def test_the_search_function_takes_any_text(small_store, query, language):
    _search_safely(small_store, query, language)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """The real content cut down to a few records, so a thousand results pages build in seconds."""
    from desktop.content.build import build_database
    from desktop.content.bundle import load_content
    from desktop.core.content_store import ContentStore

    bundle = load_content(paths.content_sources_dir())
    small = copy.copy(bundle)
    small.platforms = [platform for platform in bundle.platforms if platform["id"] in ("wechat", "signal")]
    small.guides, small.cautions, small.terms = bundle.guides[:1], bundle.cautions[:1], bundle.terms[:4]
    small.tasks, small.figures = [], []
    target = tmp_path_factory.mktemp("small") / "qiao.sqlite3"
    build_database(small, target)
    store = ContentStore(target)
    yield store
    store.close()


@pytest.fixture(scope="module")
def window(qapp, small_store):
    from desktop.app import Launch, build_window

    window = build_window(qapp, Launch(language="en", remember=False), small_store)
    window.resize(1024, 700)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # later tests restyle every live widget


def _rendered_markup(window) -> set[str]:
    """Tags that the labels of the page on screen render as markup."""
    found: set[str] = set()
    for label in window.page.findChildren(QLabel):
        text_format = label.textFormat()
        if text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText
                                                     and GuiQt.mightBeRichText(label.text())):
            found |= markup(label.text())
    return found


def test_a_search_for_markup_shows_it_as_typed(window):
    window.header.search_field.setText('<img src="/etc/hostname">')
    window.header.search_field.returnPressed.emit()
    title = next(label for label in window.page.findChildren(QLabel) if label.objectName() == "PageTitle")
    assert title.text() == 'Search: <img src="/etc/hostname">'
    assert _rendered_markup(window) <= ALLOWED_TAGS


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(query=_queries(surrogates=False), escape=st.integers(0, 49))
def test_typing_anything_into_the_search_field_renders_none_of_it(window, query, escape):
    SEARCHED["field"] += 1
    field = window.header.search_field
    field.setText(query)
    field.returnPressed.emit()  # as Enter does; typing fires the same search after a pause
    if window.session.current.kind == "search":
        assert window.session.current == Target("search", query=field.text())
        assert _rendered_markup(window) <= ALLOWED_TAGS
    if escape == 0:
        window._leave_search()  # Escape, now and then, as a person would
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deletes the page left behind, as the loop would


def test_a_thousand_hostile_queries_went_each_way():
    if not all(SEARCHED.values()):
        pytest.skip("the fuzzing tests did not run in this session")
    assert SEARCHED["function"] >= 1000 and SEARCHED["field"] >= 1000
