"""A few pages, built as the window builds them, read back as a person would read them."""

from __future__ import annotations

import datetime as dt

from desktop import paths
from desktop.core.targets import Target
from desktop.i18n import Catalogs, activate
from desktop.ui.card import Card
from desktop.ui.pages.factory import PageContext, build_page
from desktop.ui.link_router import LinkRouter


def _page(qtbot, store, target, language="en", today=dt.date(2026, 11, 24)):
    activate(Catalogs(paths.translations_dir()), language)
    router = LinkRouter(confirm=lambda parent, url: False)
    page = build_page(target, PageContext(store, router, language, 1.0, today))
    qtbot.addWidget(page)
    return page, router


def test_home_has_three_doors_that_lead_to_their_lists(qtbot, store):
    page, router = _page(qtbot, store, Target("home"))
    doors = page.findChildren(Card)
    assert [door.title() for door in doors] == ["Stay in touch", "Compare platforms", "Privacy & safety", "Glossary",
                                                "Classroom", "Tools", "About Qiao and your privacy"]
    with qtbot.waitSignal(router.navigate) as signal:
        doors[2].activated.emit()
    assert signal.args[0] == Target("privacy")


def test_guide_page_shows_numbered_steps_and_sources(qtbot, store):
    page, _ = _page(qtbot, store, Target("guide", ("time-zones",)), "zh_Hans")
    text = page.toPlainText()
    guide = store.guide("time-zones")
    assert guide.title.zh_Hans in text
    assert guide.steps[0].zh_Hans in text
    assert "步骤" in text and "资料来源" in text


def test_platform_page_shows_each_fact_with_its_date(qtbot, store):
    page, _ = _page(qtbot, store, Target("platform", ("signal",)))
    text = page.toPlainText()
    assert "End-to-end encryption" in text and "On by default" in text
    assert "As of November 24, 2026" in text


def test_platform_page_marks_stale_facts(qtbot, store):
    page, _ = _page(qtbot, store, Target("platform", ("signal",)), today=dt.date(2028, 1, 1))
    assert "may be out of date" in page.toPlainText()


def test_unknown_facts_are_shown_as_unknown(qtbot, store):
    unknown = next((summary.id, key) for summary in store.platforms()
                   for key, fact in store.platform(summary.id).facts.items() if fact.unknown)
    page, _ = _page(qtbot, store, Target("platform", (unknown[0],)))
    assert "Not confirmed" in page.toPlainText()


def test_traditional_caution_page_is_in_traditional(qtbot, store):
    page, _ = _page(qtbot, store, Target("caution", ("registration-number",)), "zh_Hant")
    text = page.toPlainText()
    assert store.caution("registration-number").title.zh_Hant in text
    assert "你可以怎麼做" in text


def test_links_to_the_web_ask_first_and_open_nothing_when_declined(qtbot, store):
    opened = []
    router = LinkRouter(confirm=lambda parent, url: False, opener=lambda url: opened.append(url) or True)
    from PySide6.QtCore import QUrl

    router.activate(QUrl("https://citizenlab.ca/"))
    assert opened == []
    accepting = LinkRouter(confirm=lambda parent, url: True, opener=lambda url: opened.append(url) or True)
    accepting.activate(QUrl("https://citizenlab.ca/"))
    assert opened == [QUrl("https://citizenlab.ca/")]


def test_missing_ids_give_no_page(qtbot, store):
    router = LinkRouter()
    context = PageContext(store, router, "en", 1.0, dt.date(2026, 11, 24))
    assert build_page(Target("guide", ("nope",)), context) is None
    assert build_page(Target("compare", ("wechat", "myspace")), context) is None


def test_cards_are_buttons_for_keyboards_and_screen_readers(qtbot, store):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    page, router = _page(qtbot, store, Target("home"))
    door = page.findChildren(Card)[0]
    assert isinstance(door, QPushButton) and door.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert door.accessibleName() == "Stay in touch"
    with qtbot.waitSignal(router.navigate):
        qtbot.keyClick(door, Qt.Key.Key_Space)


def test_who_documented_it_is_written_in_the_readers_language(qtbot, store):
    caution = store.caution("keyword-filtering")
    for language, year_text in (("zh_Hans", "（{year} 年）："), ("zh_Hant", "（{year} 年）："), ("en", " ({year}):")):
        text = _page(qtbot, store, Target("caution", ("keyword-filtering",)), language)[0].toPlainText()
        for finding in caution.findings:
            assert finding.who.get(language) + year_text.format(year=finding.year) in text
        if language != "en":
            assert not any(finding.who.en in text for finding in caution.findings)
    traditional = _page(qtbot, store, Target("caution", ("registration-number",)), "zh_Hant")[0].toPlainText()
    assert "多倫多大學公民實驗室（2016 年）：" in traditional


def test_a_traditional_glossary_word_shows_its_own_pinyin(qtbot, store):
    text = _page(qtbot, store, Target("term", ("log-in",)), "zh_Hant")[0].toPlainText()
    assert "登入" in text and "dēngrù" in text and "dēnglù" not in text
    simplified = _page(qtbot, store, Target("term", ("log-in",)), "zh_Hans")[0].toPlainText()
    assert "登录" in simplified and "dēnglù" in simplified


def test_chinese_figures_name_their_kind_first_with_spaced_numbers(qtbot, store):
    text = _page(qtbot, store, Target("platform", ("bilibili",)), "zh_Hans")[0].toPlainText()
    assert "月活跃用户 3.76 亿（" in text and "3.76亿" not in text
