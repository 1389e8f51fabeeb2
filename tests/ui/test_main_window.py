"""End to end: the real main window, driven as a person would with clicks and typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.core.session import HistoryEntry
from desktop.core.targets import Target
from desktop.core.user_store import UserStore
from desktop.ui.card import Card
from entry_rows import EntryRow, entry_rows, headings


def _cards(window):
    """The cards of a page, or the rows of its entry list."""
    if hasattr(window.page, "list_view"):
        return entry_rows(window.page)
    return [card for card in window.page.findChildren(Card) if card.isVisible()]


def _click(qtbot, widget):
    if isinstance(widget, EntryRow):
        widget.click(qtbot)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot, widget, text):
    """Types as a person does: Latin letters as key presses, Chinese as an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_first_start_asks_the_language_and_remembers_it(make_window, qtbot, tmp_path):
    window = make_window(language=None, data_dir=tmp_path / "user")
    choices = [button for button in window.page.findChildren(QPushButton) if button.property("language")]
    assert [button.text() for button in choices] == ["简体中文", "繁體中文", "English"]
    assert not window.header.isVisible()
    _click(qtbot, choices[1])
    assert window.header.isVisible()
    assert window.header.home_button.text() == "首頁"
    assert UserStore(tmp_path / "user").get("language") == "zh_Hant"
    again = make_window(language=None, data_dir=tmp_path / "user")
    assert again.header.home_button.text() == "首頁"
    assert [card.title() for card in _cards(again)][0] == "保持聯繫"


def test_navigate_switch_language_live_and_go_back(make_window, qtbot, store):
    window = make_window(language="en")
    _click(qtbot, _cards(window)[2])  # Privacy & safety
    assert window.session.current == Target("privacy")
    first = _cards(window)[0]
    assert first.title() == store.cautions()[0].title.en
    _click(qtbot, first)
    assert window.session.current.kind == "caution"
    assert store.cautions()[0].title.en in window.page.toPlainText()

    _click(qtbot, window.header.language_buttons["zh_Hans"])
    assert store.cautions()[0].title.zh_Hans in window.page.toPlainText()
    assert window.header.back_button.text() == "← 返回"
    assert window.header.search_field.placeholderText() == "搜索指南、应用和词汇"

    _click(qtbot, window.header.back_button)
    assert window.session.current == Target("privacy")
    assert _cards(window)[0].title() == store.cautions()[0].title.zh_Hans
    _click(qtbot, window.header.home_button)
    assert [card.title() for card in _cards(window)][:4] == ["保持联系", "平台对比", "隐私与安全", "词汇表"]


def test_the_brand_is_written_in_the_readers_characters(make_window):
    window = make_window(language="zh_Hant")
    assert window.header.title.text() == "橋 Qiao"
    assert window.windowTitle().endswith("橋 Qiao")
    window = make_window(language="zh_Hans")
    assert window.header.title.text() == "桥 Qiao" and window.windowTitle().endswith("桥 Qiao")


def test_qt_dialogs_follow_the_language(make_window, qtbot):
    window = make_window(language="zh_Hans")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
    _click(qtbot, window.header.language_buttons["en"])
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_typing_in_the_search_box_shows_results_and_opens_one(make_window, qtbot):
    window = make_window(language="zh_Hans")
    _type(qtbot, window.header.search_field, "微信")
    qtbot.waitUntil(lambda: window.session.current.kind == "search")
    cards = _cards(window)
    assert cards[0].title() == "微信"
    _click(qtbot, cards[0])
    assert window.session.current == Target("platform", ("wechat",))
    assert window.header.search_field.text() == ""
    assert not window.header.search_field.isUndoAvailable()


def test_search_for_nothing_offers_topics(make_window, qtbot):
    window = make_window(language="en")
    _type(qtbot, window.header.search_field, "zzqqxx")
    qtbot.waitUntil(lambda: window.session.current.kind == "search")
    assert "Nothing found" in " ".join(headings(window.page))
    assert [card.title() for card in _cards(window)] == ["Stay in touch", "Compare platforms", "Privacy & safety"]


def test_deep_link_opens_a_comparison(make_window):
    window = make_window(language="en", target=Target("compare", ("wechat", "whatsapp", "signal")))
    assert [platform.id for platform in window.page.grid.platforms] == ["wechat", "whatsapp", "signal"]
    assert window.windowTitle().startswith("Side by side")


def test_zoom_makes_text_larger(make_window, qtbot):
    window = make_window(language="en")
    before = QApplication.font().pointSizeF()
    _click(qtbot, window.header.larger_button)
    assert QApplication.font().pointSizeF() > before
    assert window.session.zoom == 1.25


def test_unwritable_settings_are_explained_in_the_users_language(make_window, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    window = make_window(language="zh_Hans", data_dir=blocker / "qiao")
    assert window.notice.isVisible()
    assert "无法保存" in window.notice.text()


def test_reset_forgets_the_visitor(make_window, qtbot):
    window = make_window(language="en")
    _click(qtbot, _cards(window)[1])
    _type(qtbot, window.header.search_field, "signal")
    qtbot.waitUntil(lambda: window.session.current.kind == "search")
    QApplication.clipboard().setText("a visitor's note")
    window.reset_session("zh_Hans")
    assert window.session.current == Target("home") and not window.session.history
    assert window.header.search_field.text() == "" and not window.header.search_field.isUndoAvailable()
    assert QApplication.clipboard().text() == ""
    assert window.header.home_button.text() == "首页"


def test_a_search_deep_link_shows_its_words_and_escape_leaves_it(make_window, qtbot):
    window = make_window(language="en", target=Target("search", query="signal"))
    assert window.header.search_field.text() == "signal"
    window.session.history.append(HistoryEntry(Target("home")))
    window.header.search_field.setFocus()
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Escape)
    assert window.header.search_field.text() == "" and window.session.current == Target("home")


def test_every_widget_draws_with_the_bundled_font(make_window):
    from PySide6.QtGui import QFontInfo

    window = make_window(language="zh_Hant")
    for widget in (window.header.language_buttons["en"], window.header.search_field, window.header.title,
                   _cards(window)[0].title_label):
        assert QFontInfo(widget.font()).family().startswith("Qiao Sans"), widget
    assert QFontInfo(window.header.title.font()).family() == "Qiao Sans TC"


def test_language_names_are_drawn_in_their_own_script(make_window):
    from PySide6.QtGui import QFontInfo

    window = make_window(language="zh_Hans")
    assert QFontInfo(window.header.language_buttons["zh_Hant"].font()).family() == "Qiao Sans TC"
    assert QFontInfo(window.header.language_buttons["zh_Hans"].font()).family() == "Qiao Sans SC"


def test_switching_to_traditional_draws_every_widget_in_traditional_glyph_shapes(make_window, qtbot):
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    window = make_window(language="zh_Hans")
    _click(qtbot, window.header.language_buttons["zh_Hant"])
    shown = [widget for kind in (QLabel, QPushButton) for widget in window.findChildren(kind) if widget.isVisible()
             and widget.property("language") is None]
    assert shown and all(QFontInfo(widget.font()).family() == "Qiao Sans TC" for widget in shown)
    _click(qtbot, window.header.language_buttons["en"])
    assert all(QFontInfo(widget.font()).family() == "Qiao Sans SC" for widget in shown if widget.isVisible())


def test_home_switches_language_in_place(make_window, qtbot):
    window = make_window(language="en")
    page = window.page
    _click(qtbot, window.header.language_buttons["zh_Hant"])
    assert window.page is page  # the same page, rewritten: nothing rebuilt, nothing moved
    assert [card.title() for card in _cards(window)][:4] == ["保持聯繫", "平台比較", "隱私與安全", "詞彙表"]
    assert page.title.text() != "Welcome to Qiao" and page.accessibleName() in window.windowTitle()


def test_the_cycle_collector_resumes_once_the_first_frame_is_up(make_window, qtbot):
    """`qiao` pauses Python's cycle collector while it starts; a window left open must collect again."""
    import gc

    from desktop import cycle_collector

    cycle_collector.pause()
    try:
        make_window("en")
        qtbot.waitUntil(gc.isenabled)
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_window_opens_no_larger_than_its_screen(make_window, qtbot):
    """On a small laptop screen (the offscreen one is 800 px wide), the default 1280x800 is cut to the free area, and
    the window keeps that size once shown: nothing hangs off the right edge."""
    from desktop.app import fitted_to_screen

    app = QApplication.instance()
    area = app.primaryScreen().availableGeometry()
    assert fitted_to_screen(app, (640, 480)) == (640, 480)
    size = fitted_to_screen(app, (1280, 800))
    assert size == (min(1280, area.width()), min(800, area.height())) and size[0] < 1280
    window = make_window(language="zh_Hant", size=size)
    assert window.width() <= area.width() and window.height() <= area.height()
