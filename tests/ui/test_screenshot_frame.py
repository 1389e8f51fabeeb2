"""`qiao --screenshot` saves the frame on screen: what the window shows once its first frame is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.app import Launch, build_window
from desktop.core.targets import Target
from desktop.ui.screenshot import save_screenshot


@pytest.mark.parametrize("target, size, zoom", [
    (Target("home"), (1280, 800), 1.0),
    (Target("guides"), (1080, 1920), 1.5),  # a long list: its scroll bar appears only after the first frame
    (Target("compare", ("wechat", "whatsapp", "signal", "line")), (1920, 1080), 2.0),
])
def test_the_screenshot_is_the_window_as_it_stands(qtbot, store, tmp_path, target, size, zoom):
    app = QApplication.instance()
    window = build_window(app, Launch(language="en", target=target, zoom=zoom, data_dir=tmp_path / "user",
                                      remember=False, speech_engine="mock"), store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()  # and straight to the screenshot, as a one-shot run does
    path = tmp_path / "shot.png"
    assert save_screenshot(app, window, path) == 0
    assert QImage(str(path)) == window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
