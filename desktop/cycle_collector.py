"""Python's cycle collector rests while the app starts.

Start-up creates objects that live as long as the app (modules, classes, widgets); collecting among them finds
nothing to free and only delays the first frame. The collector is paused when `qiao` launches the app, and once
the first frame is up, what exists is frozen (never scanned again) and collection resumes.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
