"""The kiosk's own screens on its two screens (1920x1080 and 1080x1920, text size 1.5) in the three languages:
nothing runs past the window, and everything a finger presses is at least the kiosk's target size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from desktop.core.targets import Target
from desktop.ui.theme import Metrics

SIZES = ((1920, 1080), (1080, 1920))


def _problems(frame: QWidget, zoom: float) -> list[str]:
    problems, target = [], Metrics(zoom).target
    for widget in frame.findChildren(QWidget):
        if not widget.isVisibleTo(frame) or widget.width() == 0:
            continue
        parent, scrolled = widget.parentWidget(), False
        while parent is not None and parent is not frame:
            scrolled = scrolled or isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget)
            parent = parent.parentWidget()
        corner = widget.mapTo(frame, QPoint(0, 0))
        name = f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()!r}"
        if corner.x() < 0 or corner.x() + widget.width() > frame.width():
            problems.append(f"{name} runs past the width")
        if not scrolled and (corner.y() < 0 or corner.y() + widget.height() > frame.height()):
            problems.append(f"{name} runs past the bottom")
        if isinstance(widget, QAbstractButton) and min(widget.width(), widget.height()) < target:
            problems.append(f"{name} is {widget.width()}x{widget.height()}, under {target} px")
    return problems


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: "{}x{}".format(*size))
def test_the_kiosks_screens_fit(make_kiosk, qtbot, size, language):
    kiosk = make_kiosk(size=size)
    failures = [f"start screen: {problem}" for problem in _problems(kiosk.frame, kiosk.center.zoom)]
    kiosk.start_visit(language)
    for target in (Target("home"), Target("center"), Target("center-page", ("food-pantry",))):
        kiosk.window.open(target)
        qtbot.wait(1)
        failures += [f"{target}: {problem}" for problem in _problems(kiosk.frame, kiosk.center.zoom)]
    for name, show, hide in (("countdown", kiosk.warn, kiosk.countdown.stop),
                             ("PIN pad", kiosk.open_admin, kiosk.pin_pad.cancel),
                             ("QR code", lambda: kiosk.services.router.open_href("https://signal.org/download/"),
                              kiosk.qr.close_handover)):
        show()
        qtbot.wait(1)
        failures += [f"{name}: {problem}" for problem in _problems(kiosk.frame, kiosk.center.zoom)]
        hide()
    assert failures == []


def test_the_start_screen_and_the_panels_use_the_bundled_faces(make_kiosk, qtbot):
    """Before any visitor, the start screen and the countdown are drawn in Qiao's own faces, as every page is, not
    in whatever face the computer has (which drew the English in another typeface than the Chinese beside it)."""
    from PySide6.QtGui import QFont, QFontInfo
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setFont(QFont("DejaVu Sans"))  # what a fresh kiosk starts from
    kiosk = make_kiosk()
    bundled = set(kiosk.services.appearance.fonts.for_language("en"))
    kiosk.start_visit("en")
    kiosk.warn()
    qtbot.wait(1)
    shown = {"center's name": kiosk.start_screen.name, "invitation": kiosk.start_screen.invitation,
             "countdown title": kiosk.countdown.title, "Continue": kiosk.countdown.continue_button}
    assert {name: QFontInfo(widget.font()).family() for name, widget in shown.items()
            if QFontInfo(widget.font()).family() not in bundled} == {}


def test_the_countdown_seconds_read_from_arms_length(make_kiosk, qtbot):
    """The seconds left are the biggest thing on the countdown, at least twice the height of its title."""
    from PySide6.QtGui import QFontInfo

    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hant")
    kiosk.warn()
    qtbot.wait(1)
    number, title = (QFontInfo(label.font()).pixelSize() for label in (kiosk.countdown.number, kiosk.countdown.title))
    assert number >= 2 * title


def test_no_language_looks_chosen_on_the_start_screen(make_kiosk, qtbot):
    """Between visitors no language button carries the focus ring, which reads as a choice made for the next one;
    Tab still reaches them."""
    from PySide6.QtCore import Qt

    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hant")
    kiosk.reset()
    qtbot.wait(1)
    assert kiosk.frame.focusWidget() is kiosk.start_screen  # what has the focus when the window is active
    following = kiosk.start_screen.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:  # what Tab skips
        following = following.nextInFocusChain()
    assert following in kiosk.start_screen.language_buttons.values()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "{}x{}".format(*size))
def test_a_guide_ends_where_its_text_ends(make_kiosk, qtbot, size):
    """Scrolled to the bottom, a guide shows its last lines, not a screen of blank page (the page was as tall as its
    text would be in a column a few characters wide)."""
    kiosk = make_kiosk(size=size)
    kiosk.start_visit("zh_Hant")
    kiosk.window.open(Target("guide", ("video-call-parents",)))
    qtbot.wait(1)
    page = kiosk.window.page
    parts = [widget for widget in page.anchors() if widget.isVisible()]
    text_ends = max(widget.mapTo(page.widget(), widget.rect().bottomLeft()).y() for widget in parts)
    assert page.widget().height() - text_ends <= 2 * kiosk.services.appearance.zoom * 24 + 1
