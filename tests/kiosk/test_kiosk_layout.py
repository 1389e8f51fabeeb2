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
