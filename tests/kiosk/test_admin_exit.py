"""The staff's way out: a hidden gesture, a large PIN pad, a growing wait after wrong tries, no PIN in clear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.modes.kiosk.admin_pin import PinGuard, PinHashError, check_pin_format, hash_pin, parse_pin_hash
from desktop.modes.kiosk.pin_pad import DELETE
from tests.kiosk.conftest import EXAMPLE_CENTER, EXAMPLE_PIN


def test_the_center_file_holds_a_hash_never_the_pin():
    text = EXAMPLE_CENTER.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("pin_hash"))
    assert EXAMPLE_PIN not in line and line.count("$") == 5
    hashed = parse_pin_hash(line.split('"')[1])
    assert hashed.matches(EXAMPLE_PIN) and not hashed.matches("1234")


def test_a_hash_reads_back_and_each_has_its_own_salt():
    first, second = hash_pin("975310"), hash_pin("975310")
    assert str(first) != str(second) and "975310" not in str(first)
    assert parse_pin_hash(str(first)).matches("975310")


@pytest.mark.parametrize("text", ["plain-2468", "scrypt$16384$8$1$AAAA$AAAA",
                                  "scrypt$1000$8$1$QUFBQUFBQUE=$" + "A" * 44, "scrypt$x$8$1$a$b"])
def test_a_damaged_hash_is_refused(text):
    with pytest.raises(PinHashError):
        parse_pin_hash(text)


@pytest.mark.parametrize(("pin", "ok"), [("2468", True), ("12", False), ("12ab", False), ("１２３４", False)])
def test_a_pin_is_four_to_twelve_digits(pin, ok):
    assert (check_pin_format(pin) is None) == ok


def test_wrong_tries_wait_longer_and_longer(clock):
    guard = PinGuard(hash_pin("2468"), clock)
    for _ in range(3):
        assert not guard.attempt("0000") and guard.wait_left() == 0
    assert not guard.attempt("0000")
    assert guard.wait_left() == 5
    assert not guard.attempt("2468")  # while it waits, not even the right PIN is heard
    clock.advance(5)
    assert not guard.attempt("1111") and guard.wait_left() == 10
    clock.advance(10)
    assert not guard.attempt("1111") and guard.wait_left() == 20
    clock.advance(20)
    assert guard.attempt("2468") and guard.wrong_tries == 0


def test_holding_the_logo_five_seconds_opens_the_pin_pad_and_the_right_pin_leaves(make_kiosk, qtbot):
    kiosk = make_kiosk()
    left = []
    kiosk.exited.connect(lambda: left.append(True))
    kiosk.start_screen._press.setInterval(50)  # the same gesture, faster than five real seconds
    qtbot.mousePress(kiosk.start_screen.logo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pin_pad.isVisible())
    qtbot.mouseRelease(kiosk.start_screen.logo, Qt.MouseButton.LeftButton)
    assert not kiosk.visiting  # the long press did not start a visit
    for digit in EXAMPLE_PIN:
        qtbot.mouseClick(kiosk.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    assert kiosk.pin_pad.dots.text() == "●●●●"
    qtbot.mouseClick(kiosk.pin_pad.keys["OK"], Qt.MouseButton.LeftButton)
    assert left == [True] and not kiosk.frame.isVisible()


def test_the_key_chord_opens_the_pad_and_a_wrong_pin_stays_with_a_delay(make_kiosk, qtbot, clock):
    kiosk = make_kiosk()
    kiosk.frame.activateWindow()
    qtbot.waitActive(kiosk.frame)
    qtbot.keyClick(kiosk.frame, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    pad = kiosk.pin_pad
    assert pad.isVisible()
    for _ in range(4):
        qtbot.keyClicks(pad, "1357")
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert pad.isVisible() and kiosk.frame.isVisible()
    assert "Wait 5 seconds" in pad.status.text()
    assert not pad.keys["5"].isEnabled() and pad.keys[DELETE].isEnabled()
    clock.advance(5)
    pad._show_wait()
    assert pad.keys["5"].isEnabled()
    qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    assert not pad.isVisible() and "admin" not in kiosk.watcher.held


def test_a_start_over_does_not_forget_the_wrong_tries(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.open_admin()
    for _ in range(4):
        kiosk.pin_pad.press("9")
        kiosk.pin_pad.check()
    kiosk.pin_pad.cancel()
    kiosk.reset()
    assert kiosk.pin_pad.guard.wrong_tries == 4 and kiosk.pin_pad.guard.wait_left() > 0
