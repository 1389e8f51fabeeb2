"""The baseline: a bare PySide6 window that paints one label and saves a screenshot, as `qiao --screenshot` does."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

app = QApplication(sys.argv[:1])
window = QLabel("Hello")
window.resize(1280, 800)
window.show()
app.processEvents()
# The frame as drawn, read from the window's backing store, as `qiao --screenshot` takes it offscreen.
frame = window.screen().grabWindow(window.winId())
sys.exit(0 if frame.save(sys.argv[1], "PNG") else 1)
