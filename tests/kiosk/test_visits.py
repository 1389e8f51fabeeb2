"""A visit as a visitor lives it: the start screen, the countdown and Continue, Start over, the reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.core.targets import Target
from desktop.modes.kiosk.countdown import CONTINUE


def _begin(kiosk, qtbot, language="en"):
    qtbot.mouseClick(kiosk.start_screen.language_buttons[language], Qt.MouseButton.LeftButton)
    assert kiosk.visiting and kiosk.window.session.language == language


def test_the_start_screen_speaks_three_languages_and_names_the_center(make_kiosk):
    kiosk = make_kiosk()
    screen = kiosk.start_screen
    assert kiosk.frame.stack.currentWidget() is screen
    assert "Choose your language to start" in screen.invitation.text() and "请选择语言开始" in screen.invitation.text()
    assert "請選擇語言開始" in screen.invitation.text()
    assert screen.name.text() == "Maple Street Community Center"
    assert "枫树街社区中心" in screen.other_names.text() and "楓樹街社區中心" in screen.other_names.text()
    assert not screen.logo.pixmap().isNull()
    assert sorted(screen.language_buttons) == ["en", "zh_Hans", "zh_Hant"]


def test_the_window_is_full_screen_and_frameless_and_cannot_be_closed(make_kiosk, qtbot):
    kiosk = make_kiosk()
    frame = kiosk.frame
    assert frame.windowFlags() & Qt.WindowType.FramelessWindowHint
    event = QCloseEvent()
    frame.closeEvent(event)
    assert not event.isAccepted()
    alt_f4 = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert frame.eventFilter(frame, alt_f4)
    _begin(kiosk, qtbot)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert frame.isVisible() and kiosk.visiting


def test_touching_the_screen_starts_in_the_centers_language(make_kiosk, qtbot):
    kiosk = make_kiosk(language="zh_Hant")
    qtbot.mouseClick(kiosk.start_screen, Qt.MouseButton.LeftButton)
    assert kiosk.visiting and kiosk.window.session.language == "zh_Hant"
    assert "Touch the screen to start" in kiosk.start_screen.invitation.text()


def test_start_over_is_always_in_sight(make_kiosk, qtbot):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot)
    for target in (Target("guides"), Target("compare", ("wechat", "signal")), Target("guide", ("video-call-parents",))):
        kiosk.window.open(target)
        button = kiosk.window.header.extras[0]
        assert button.isVisible() and "重新开始" in button.text() and "重新開始" in button.text()


def test_idle_brings_the_countdown_and_continue_gives_the_time_back(make_kiosk, qtbot, clock):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot)
    window = kiosk.window
    clock.advance(119)
    kiosk.watcher.check()
    assert not kiosk.countdown.isVisible()
    clock.advance(1)
    kiosk.watcher.check()
    assert kiosk.countdown.isVisible() and kiosk.countdown.seconds == 30
    assert "Still there?" in kiosk.countdown.title.text() and "还在吗？" in kiosk.countdown.title.text()
    assert "還在嗎？" in kiosk.countdown.title.text()
    clock.advance(10)
    kiosk.countdown.tick()
    assert kiosk.countdown.number.text() == "20"
    assert kiosk.countdown.continue_button.text() == CONTINUE
    qtbot.mouseClick(kiosk.countdown.continue_button, Qt.MouseButton.LeftButton)
    assert not kiosk.countdown.isVisible() and kiosk.window is window
    clock.advance(119)
    kiosk.watcher.check()
    assert not kiosk.countdown.isVisible()  # the whole idle time again, from Continue


def test_any_input_restarts_the_idle_time(make_kiosk, qtbot, clock):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot)
    clock.advance(100)
    qtbot.keyClicks(kiosk.window.header.search_field, "wx")
    clock.advance(100)
    kiosk.watcher.check()
    assert not kiosk.countdown.isVisible()


def test_reading_aloud_holds_the_idle_timer(make_kiosk, qtbot, clock):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot)
    kiosk.services.read_aloud.speaking_changed.emit(True)
    clock.advance(600)
    kiosk.watcher.check()
    assert not kiosk.countdown.isVisible()
    kiosk.services.read_aloud.speaking_changed.emit(False)
    clock.advance(119)
    kiosk.watcher.check()
    assert not kiosk.countdown.isVisible()
    clock.advance(2)
    kiosk.watcher.check()
    assert kiosk.countdown.isVisible()


def test_at_zero_the_visitor_is_forgotten_and_the_start_screen_shows(make_kiosk, qtbot, clock):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot, "zh_Hant")
    old_window, old_session = kiosk.window, kiosk.window.session
    kiosk.window.set_zoom(2.5)
    kiosk.window.open(Target("guides"))
    stops = []
    kiosk.services.read_aloud.stop = lambda: stops.append(True)
    clock.advance(120)
    kiosk.watcher.check()
    clock.advance(30)
    kiosk.countdown.tick()
    qtbot.wait(1)
    assert kiosk.frame.stack.currentWidget() is kiosk.start_screen
    assert kiosk.window is not old_window and kiosk.window.session is not old_session
    assert kiosk.window.session.language == "en" and kiosk.window.session.zoom == 1.5
    assert kiosk.window.session.history == [] and kiosk.services.appearance.zoom == 1.5
    assert stops == [True]


def test_start_over_resets_at_once(make_kiosk, qtbot):
    kiosk = make_kiosk()
    _begin(kiosk, qtbot)
    kiosk.window.open(Target("platforms"))
    old = kiosk.window
    qtbot.mouseClick(kiosk.window.header.extras[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.window is not old)
    assert kiosk.frame.stack.currentWidget() is kiosk.start_screen
    assert kiosk.reset_seconds and QApplication.activePopupWidget() is None
