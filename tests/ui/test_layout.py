"""Every page kind, in the three languages, on every screen Qiao meets: nothing is wider or taller than the window,
and nothing a finger presses is smaller than the minimum target."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLineEdit, QScroller, QWidget

from desktop.ui.theme import Metrics
from tests.ui.screens import LANGUAGES, PAGES, SETTINGS

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox)


def _inside_scrolling(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _problems(window) -> list[str]:
    problems = []
    width, height = window.width(), window.height()
    target = Metrics(window.session.zoom).target
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        left = widget.mapTo(window, QPoint(0, 0))
        name = f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()!r}"
        if left.x() < 0 or left.x() + widget.width() > width:
            problems.append(f"{name} runs past the window's width: x {left.x()}, width {widget.width()}")
        if not _inside_scrolling(widget, window) and left.y() + widget.height() > height:
            problems.append(f"{name} runs past the window's bottom: y {left.y()}, height {widget.height()}")
        if isinstance(widget, QAbstractScrollArea) and not QScroller.hasScroller(widget.viewport()):
            problems.append(f"{name} does not scroll by finger")
        if isinstance(widget, INTERACTIVE) and (widget.width() < target or widget.height() < target):
            problems.append(f"{name} is {widget.width()}×{widget.height()}, under {target} px")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: "{}x{}@{}".format(*setting))
def test_every_page_fits_its_window(make_window, qtbot, setting, language):
    width, height, zoom = setting
    window = make_window(language=language, size=(width, height), zoom=zoom)
    failures = []
    for target in PAGES:
        window.open(target)
        qtbot.wait(1)
        assert (window.width(), window.height()) == (width, height), f"{target} resized the window"
        failures += [f"{target}: {problem}" for problem in _problems(window)]
    assert failures == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: "{}x{}@{}".format(*setting))
def test_the_big_doors_keep_their_titles_whole(make_window, setting, language):
    """A door's title is two to four characters in Chinese: it must never break in the middle of the word."""
    from desktop.ui.card import Card

    width, height, zoom = setting
    window = make_window(language=language, size=(width, height), zoom=zoom)
    doors = [card for card in window.page.findChildren(Card) if card.objectName() == "Door"]
    assert doors
    broken = [door.title() for door in doors if language != "en"
              and door.title_label.fontMetrics().horizontalAdvance(door.title()) > door.title_label.width()]
    assert broken == []
