"""`qiao --screenshot`: the window's frame, as drawn, saved as a PNG."""

from __future__ import annotations

import sys
from pathlib import Path


def frame(app, window):
    """The window's frame as it was drawn on screen. Offscreen, that is the window's own backing store, taken as it
    is; elsewhere (where a screen cannot be read back) the window draws itself once more into an image."""
    if app.platformName() == "offscreen" and window.isWindow() and window.isVisible():
        app.processEvents()  # what the first frame set going (a list's scroll bar, say) is drawn too
        shot = window.screen().grabWindow(window.winId())
        if not shot.isNull() and shot.size() == window.size() * window.devicePixelRatio():
            return shot
    return window.grab()


def save_screenshot(app, window, path: Path) -> int:
    """Saves ``window``'s frame at ``path``; 0, or 1 with the reason on stderr."""
    app.processEvents()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"qiao: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 1
    if not frame(app, window).save(str(path), "PNG"):
        print(f"qiao: cannot write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0
