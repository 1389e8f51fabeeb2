"""Keyboard alone: Tab, the arrow keys and Enter reach and work every control on home, the platform browser and a
comparison; focus lands on the new page and comes back on Back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.targets import Target


def _press(qtbot, key, times: int = 1) -> QWidget:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def _tab_until(qtbot, predicate, limit: int = 80) -> QWidget:
    for _ in range(limit):
        widget = _press(qtbot, Qt.Key.Key_Tab)
        if predicate(widget):
            return widget
    raise AssertionError("never reached by Tab")


def _active(make_window, qtbot, **kwargs):
    window = make_window(**kwargs)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def test_enter_opens_each_door_and_back_returns_focus_to_it(make_window, qtbot):
    window = _active(make_window, qtbot, language="en")
    assert QApplication.focusWidget() is window.page.doors[0]  # the page opens with focus on its first door
    door = _tab_until(qtbot, lambda widget: widget is window.page.doors[2])
    _press(qtbot, Qt.Key.Key_Return)
    assert window.session.current == Target("privacy")
    assert window.page.isAncestorOf(QApplication.focusWidget())  # focus moved into the new page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.session.current == Target("home")
    assert QApplication.focusWidget().property("target") == door.property("target")


def test_the_platform_browser_by_keyboard_alone(make_window, qtbot):
    window = _active(make_window, qtbot, language="en", target=Target("platforms"))
    browser = window.page
    chip = _tab_until(qtbot, lambda widget: widget is browser.kind_chips.chips[0])
    for _ in range(5):  # arrows walk the chips without choosing; Enter chooses
        chip = _press(qtbot, Qt.Key.Key_Right)
    assert chip is browser.kind_chips.chips[5] and browser.kind_chips.current_index == 0
    _press(qtbot, Qt.Key.Key_Return)
    assert browser.visible_ids() and "wechat" not in browser.visible_ids()  # closed or historical
    chip = _press(qtbot, Qt.Key.Key_Left, 5)
    _press(qtbot, Qt.Key.Key_Enter)
    assert browser.kind_chips.current_index == 0
    for platform_id in ("wechat", "signal"):
        toggle = _tab_until(qtbot, lambda widget, pid=platform_id: widget is browser.toggles[pid])
        _press(qtbot, Qt.Key.Key_Space if platform_id == "wechat" else Qt.Key.Key_Return)
        assert toggle.isChecked()
    _tab_until(qtbot, lambda widget: widget is browser.compare_button)
    _press(qtbot, Qt.Key.Key_Return)
    assert window.session.current == Target("compare", ("wechat", "signal"))


def test_a_comparison_is_one_tab_stop_walked_with_arrows(make_window, qtbot):
    window = _active(make_window, qtbot, language="en", target=Target("compare", ("wechat", "whatsapp", "signal")))
    page = window.page
    cell = _tab_until(qtbot, lambda widget: widget is page.grid.cells[0][0])
    cell = _press(qtbot, Qt.Key.Key_Down, 2)
    cell = _press(qtbot, Qt.Key.Key_Right)
    assert cell is page.grid.cells[2][1]
    _press(qtbot, Qt.Key.Key_Return)
    assert page.detail_area.isVisible()
    source = _press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the grid at once, to the detail and its source
    assert source in page.detail_links
    _press(qtbot, Qt.Key.Key_Tab)  # Close
    _press(qtbot, Qt.Key.Key_Return)
    assert not page.detail_area.isVisible() and QApplication.focusWidget() is page.grid.cells[2][1]


def test_language_switch_keeps_the_place_the_choices_and_the_focus(make_window, qtbot):
    window = _active(make_window, qtbot, language="en", target=Target("platforms"))
    browser = window.page
    browser.kind_chips.chips[1].click()  # messaging
    browser.toggles["wechat"].click()
    browser.toggles["signal"].click()
    browser.toggles["signal"].setFocus()
    browser.scroll.verticalScrollBar().setValue(300)
    window.set_language("zh_Hant")
    assert window.page is browser and browser.selected == ["wechat", "signal"]
    assert browser.kind_chips.current_index == 1 and browser.kind_chips.chips[1].text() == "聊天通訊"
    assert QApplication.focusWidget() is browser.toggles["signal"]
    assert abs(browser.scroll.verticalScrollBar().value() - 300) < 120


def test_a_guide_keeps_its_place_across_language_and_zoom(make_window, qtbot):
    window = _active(make_window, qtbot, language="en", target=Target("guide", ("video-call-parents",)), zoom=2.0,
                     size=(1920, 1080))
    page = window.page
    steps = next(index for index, part in enumerate(page.anchors()) if getattr(part, "text", lambda: "")() == "Steps")
    page.restore_place({"anchor": steps + 1, "offset": 0.5})
    qtbot.wait(5)
    before = page.place()["anchor"]
    window.set_language("zh_Hant")
    qtbot.wait(5)
    assert window.page is page and page.place()["anchor"] == before
    window.set_zoom(1.0)
    qtbot.wait(5)
    assert abs(page.place()["anchor"] - before) <= 1


def test_back_returns_to_the_browser_as_it_was(make_window, qtbot):
    window = _active(make_window, qtbot, language="en", target=Target("platforms"))
    window.page.task_chips.chips[1].click()
    window.page.toggles["wechat"].click()
    window.page.toggles["qq"].click()
    window.page.compare()
    assert window.session.current.kind == "compare"
    window.go_back()
    assert window.page.task_chips.current_index == 1 and window.page.selected == ["wechat", "qq"]
