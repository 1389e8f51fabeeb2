"""No page opens a window of its own while it is built: a widget shown before it has a parent becomes a top-level
window, which flashes up on a real screen and makes the page slow to build."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.targets import parse_target

PAGES = ["home", "guides", "privacy", "glossary", "platforms", "counterparts", "then-and-now", "lessons", "tools",
         "call-planner", "number-choice", "privacy-checkup", "saved", "about", "platform/wechat",
         "compare/wechat,whatsapp,signal,line", "search/wechat"]


class _WindowWatcher(QObject):
    """Notes every widget that gets a native window (a surface) of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PlatformSurface and isinstance(watched, QWidget):
            self.windows.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def _first_ids(store):
    return [f"guide/{store.guides()[0].id}", f"caution/{store.cautions()[0].id}",
            f"lesson/{store.lessons()[0].id}", f"term/{store.terms()[0].id}"]


@pytest.mark.parametrize("language", ["en", "zh_Hant"])
def test_building_a_page_opens_no_window_of_its_own(make_window, store, language):
    window = make_window(language)
    watcher = _WindowWatcher()
    app = QApplication.instance()
    app.installEventFilter(watcher)
    try:
        for page in PAGES + _first_ids(store):
            window.open(parse_target(page))
            app.processEvents()
            assert watcher.windows == [], f"{page}: {watcher.windows}"
    finally:
        app.removeEventFilter(watcher)
