"""The entry list (model, delegate, view) behind search results, guides, cautions and the glossary."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import QListView, QScroller, QStyleOptionViewItem, QWidget

from desktop.core.records import SearchHit
from desktop.core.search import SearchOutcome
from desktop.core.targets import Target
from desktop.ui.entry_delegate import MIN_ROW_HEIGHT
from desktop.ui.entry_list import Entry, EntryListModel, EntryListPage, EntryListView, heading_entry
from desktop.ui.link_router import LinkRouter

ENTRIES = [heading_entry("Guides"), Entry("Video calls", "See and hear your parents.", Target("guides")),
           Entry("Time zones", "Plan calls across the Pacific. " * 6, Target("privacy"), marks=((0, 4),)),
           heading_entry("Glossary"), Entry("VPN", "A private tunnel.", Target("term", ("vpn",)))]


def _view(qtbot, entries=ENTRIES, width=500, height=600):
    router = LinkRouter()
    opened = []
    router.navigate.connect(opened.append)
    view = EntryListView(router)
    qtbot.addWidget(view)
    view.set_entries(entries)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view, opened


def test_the_model_is_a_well_behaved_list_model(qtmodeltester):
    model = EntryListModel(ENTRIES)
    qtmodeltester.check(model)
    model.set_entries(ENTRIES[:2])
    qtmodeltester.check(model)


def test_headings_are_read_but_never_chosen(qtbot):
    model = EntryListModel(ENTRIES)
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    view, opened = _view(qtbot)
    assert not view.activate_row(0) and opened == []


def test_enter_space_and_arrows_open_and_move_past_headings(qtbot):
    view, opened = _view(qtbot)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().row() == 1  # focus lands on the first entry, not on a heading
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the "Glossary" heading
    assert view.currentIndex().row() == 4
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 2
    assert opened == [Target("guides"), Target("privacy"), Target("term", ("vpn",))]


def test_a_click_or_tap_opens_an_entry_and_a_finger_drag_scrolls(qtbot):
    view, opened = _view(qtbot)
    rect = view.visualRect(view.model().index(4, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [Target("term", ("vpn",))]
    assert QScroller.hasScroller(view.viewport())
    assert QScroller.grabbedGesture(view.viewport()) != Qt.GestureType(0)


def test_rows_are_finger_sized_and_grow_with_the_font(qtbot):
    view, _ = _view(qtbot, [Entry("A", "", Target("guides"))])
    option = QStyleOptionViewItem()
    option.font = QFont(view.font())
    option.font.setPointSizeF(12)
    small = view.delegate.sizeHint(option, view.model().index(0, 0)).height()
    view.delegate.forget_sizes()
    option.font.setPointSizeF(24)
    large = view.delegate.sizeHint(option, view.model().index(0, 0)).height()
    assert small >= MIN_ROW_HEIGHT and large >= 2 * MIN_ROW_HEIGHT


def test_heights_follow_the_width_on_first_show_and_after_a_resize(qtbot):
    view, _ = _view(qtbot, width=900)
    wide = view.visualRect(view.model().index(2, 0)).height()
    view.resize(300, 600)
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(2, 0)).height() > wide)
    assert view.visualRect(view.model().index(2, 0)).width() <= view.viewport().width()


def test_the_focus_ring_is_thick_and_in_the_highlight_colour(qtbot):
    view, _ = _view(qtbot)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#c8553d"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    view.setPalette(palette)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    y = rect.center().y()
    ring = [x for x in range(rect.left(), rect.left() + 12)
            if QColor(image.pixel(x, y)).name() == "#c8553d"]
    assert len(ring) >= 2


def test_each_row_is_exposed_with_its_title_and_detail(qtbot):
    view, _ = _view(qtbot)
    interface = QAccessible.queryAccessibleInterface(view)
    names = {}
    for index in range(interface.childCount()):
        child = interface.child(index)
        names[child.text(QAccessible.Text.Name)] = child.text(QAccessible.Text.Description)
    assert names["Video calls"] == "See and hear your parents."
    assert "Glossary" in names


def test_a_long_list_has_no_widget_per_entry(qtbot):
    entries = [Entry(f"word {number}", "meaning " * 8, Target("guides")) for number in range(20_000)]
    few = EntryListPage("Glossary", "", entries[:5], None)
    many = EntryListPage("Glossary", "", entries, None)
    qtbot.addWidget(few)
    qtbot.addWidget(many)
    many.resize(800, 600)
    many.show()
    qtbot.waitExposed(many)
    assert len(many.findChildren(QWidget)) == len(few.findChildren(QWidget))
    assert many.list_view.model().rowCount() == 20_000


def test_nothing_typed_is_ever_shown_as_markup(qtbot, store):
    from desktop.ui.pages.search_results import SearchPage

    page = SearchPage(store, LinkRouter(), "en", '<img src="/etc/passwd"><b>x</b>')
    qtbot.addWidget(page)
    assert page.title_label.textFormat() == Qt.TextFormat.PlainText
    assert '<img src="/etc/passwd">' in page.title_label.text()


def test_counts_use_plural_forms(make_window):
    from desktop.ui.pages.search_results import result_count

    make_window(language="en")
    hit = SearchHit("term", "vpn", "VPN", "", 1.0)
    assert result_count(SearchOutcome([hit]), "en") == "1 result"
    assert result_count(SearchOutcome([hit, hit]), "en") == "2 results"
    assert "“wechat”" in result_count(SearchOutcome([hit], {"wechta": "wechat"}), "en")
    make_window(language="zh_Hans")
    assert result_count(SearchOutcome([hit, hit]), "zh_Hans") == "共 2 条结果"


def test_the_search_page_updates_in_place_as_one_types(make_window, qtbot):
    window = make_window(language="zh_Hans")
    window._search_timer.setInterval(0)
    field = window.header.search_field
    qtbot.keyClicks(field, "we")
    qtbot.waitUntil(lambda: window.session.current.kind == "search")
    page, view, model = window.page, window.page.list_view, window.page.list_view.model()
    qtbot.keyClicks(field, "ixin")
    qtbot.waitUntil(lambda: window.session.current == Target("search", query="weixin"))
    assert window.page is page and page.list_view is view and view.model() is model
    assert view.entry_at(1).title == "微信" and page.title_label.text() == "搜索：weixin"
    assert [len(window.session.history)] == [1]  # refining the words added no history


def test_keyboard_alone_opens_a_result(make_window, qtbot):
    window = make_window(language="en")
    window._search_timer.setInterval(0)
    qtbot.keyClicks(window.header.search_field, "wechta")
    qtbot.waitUntil(lambda: window.session.current.kind == "search")
    assert "“wechat”" in window.page.subtitle_label.text()
    window.page.list_view.setFocus()
    qtbot.keyClick(window.page.list_view, Qt.Key.Key_Return)
    assert window.session.current == Target("platform", ("wechat",))


def test_the_glossary_lists_every_term(make_window, store):
    window = make_window(language="zh_Hant", target=Target("glossary"))
    view: QListView = window.page.list_view
    assert view.model().rowCount() == len(store.terms())
    assert window.windowTitle().startswith("詞彙表")
    assert isinstance(view.model().index(0, 0), QModelIndex)
