"""The on-screen keyboard: on where the center asks and it can load, said once and left out where it cannot, and
never allowed to learn what a visitor types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.modes.kiosk import on_screen_keyboard


def test_a_keyboard_that_cannot_load_is_said_once_and_left_out(monkeypatch, capsys):
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    monkeypatch.setattr(on_screen_keyboard, "why_unavailable", lambda: "libpulse.so.0: cannot open shared object")
    assert on_screen_keyboard.prepare(True) is False
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "on-screen keyboard cannot load" in err and "libpulse" in err
    assert "QT_IM_MODULE" not in __import__("os").environ


def test_a_center_without_the_keyboard_asks_for_nothing(monkeypatch, capsys):
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    assert on_screen_keyboard.prepare(False) is False and capsys.readouterr().err == ""


def test_where_it_loads_it_is_turned_on_before_qt_starts(monkeypatch):
    if on_screen_keyboard.why_unavailable():
        pytest.skip(f"the on-screen keyboard cannot load here: {on_screen_keyboard.why_unavailable()}")
    for name in ("QT_IM_MODULE", "QML_DISABLE_DISK_CACHE"):  # unset, and unset again after the test
        monkeypatch.setenv(name, "")  # (delenv of an unset variable would not undo what prepare sets)
        monkeypatch.delenv(name)
    assert on_screen_keyboard.prepare(True)
    import os

    assert os.environ["QT_IM_MODULE"] == "qtvirtualkeyboard" and os.environ["QML_DISABLE_DISK_CACHE"] == "1"


def test_every_text_field_asks_the_keyboard_to_learn_nothing(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hans")
    kiosk.frame.activateWindow()
    qtbot.waitActive(kiosk.frame)
    field = kiosk.window.header.search_field
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    hints = field.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData and hints & Qt.InputMethodHint.ImhNoPredictiveText
    other = QLineEdit()
    on_screen_keyboard.protect(other)
    assert other.inputMethodHints() & on_screen_keyboard.NO_LEARNING == on_screen_keyboard.NO_LEARNING


def test_each_visit_gets_an_empty_folder_for_the_keyboards_data(make_kiosk):
    kiosk = make_kiosk()
    first = kiosk.folder.keyboard_data()
    first.mkdir(parents=True)
    (first / "learned.dat").write_text("微信 weixin", encoding="utf-8")
    kiosk.reset()
    second = kiosk.folder.keyboard_data()
    assert second != first and not first.exists() and not second.exists()
