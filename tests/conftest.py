"""Shared fixtures. Qt runs offscreen; no test touches the real user data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import paths  # noqa: E402


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder, so nothing leaks between tests or into the home folder."""
    monkeypatch.setenv("QIAO_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("QIAO_PACKS_DIR", str(tmp_path_factory.mktemp("packs")))  # never a pack of this machine's


@pytest.fixture(autouse=True)
def fresh_start_each_test():
    """A test that runs `qiao --screenshot` in this process marks the shared application one-shot; without this,
    every later test's window would skip what waits for the first frame (its keys, among others)."""
    yield
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None:
        from desktop.ui.first_frame import ONE_SHOT

        app.setProperty(ONE_SHOT, None)


@pytest.fixture(scope="session")
def store():
    from desktop.core.content_store import ContentStore

    content = ContentStore(paths.content_database())
    yield content
    content.close()


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the real content sources, for tests that break them on purpose."""
    target = tmp_path / "content"
    shutil.copytree(paths.content_sources_dir(), target)
    return target


@pytest.fixture
def make_window(qtbot, store, tmp_path):
    """Builds the real main window as `qiao` does, with its own data folder; returns a factory."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import Launch, build_window

    def factory(language: str | None = "en", target=None, data_dir: Path | None = None, size=(1280, 800),
                **kwargs):
        from desktop.core.targets import HOME

        kwargs.setdefault("speech_engine", "mock")  # the same voices on every machine: English only
        launch = Launch(language=language, target=target or HOME, data_dir=data_dir or tmp_path / "user", **kwargs)
        window = build_window(QApplication.instance(), launch, store)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(1)  # the first frame is up: what waits for it (the window's keys, among others) is set up
        return window

    return factory
