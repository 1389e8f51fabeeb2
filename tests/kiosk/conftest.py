"""A kiosk built in the test process as `qiao --kiosk` builds it, on a clock the test moves by hand."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from desktop import paths
from desktop.modes.kiosk.center_file import load_center_file

EXAMPLE_CENTER = paths.project_root() / "docs" / "kiosk" / "example-center.toml"
EXAMPLE_PIN = "2468"
XDG_VARIABLES = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def private_folders(tmp_path, monkeypatch) -> dict[str, Path]:
    """HOME, every XDG folder and the temporary folder, each empty and this test's own."""
    folders = {}
    for variable in ("HOME", "TMPDIR", *XDG_VARIABLES):
        folder = tmp_path / "folders" / variable.lower()
        folder.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(variable, str(folder))
        folders[variable] = folder
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile reads TMPDIR again
    return folders


@pytest.fixture(scope="session")
def example_pages(store):
    """The example center's pages, built in memory once (a folder takes seconds to check and build)."""
    from desktop.modes.kiosk.center_content import load_center_pages

    return load_center_pages(load_center_file(EXAMPLE_CENTER), store)


@pytest.fixture
def make_kiosk(qtbot, store, clock, private_folders, example_pages):
    """Builds the kiosk for the example center (fields may be replaced); shows it at ``size``."""
    from PySide6.QtWidgets import QApplication

    from desktop.modes.kiosk.assembly import build_kiosk
    from desktop.modes.kiosk.center_content import load_center_pages

    built = []

    def factory(size=(1920, 1080), center_path: Path = EXAMPLE_CENTER, **fields):
        center = replace(load_center_file(center_path), **fields)
        pages = example_pages if center_path == EXAMPLE_CENTER else load_center_pages(center, store)
        kiosk = build_kiosk(QApplication.instance(), center, store, pages, clock=clock, speech_engine="mock")
        built.append(kiosk)
        qtbot.addWidget(kiosk.frame)
        kiosk.frame.resize(*size)
        kiosk.frame.show()
        qtbot.waitExposed(kiosk.frame)
        return kiosk

    yield factory
    for kiosk in built:
        kiosk.shutdown()
    os.environ.pop("QT_IM_MODULE", None)


@pytest.fixture
def run_kiosk_command(tmp_path):
    """Runs `qiao ARGS…` in a child process (as a staff member would), offscreen; returns code, stdout, stderr."""
    import subprocess
    import sys

    def run(*arguments: str, stdin: str = "") -> tuple[int, str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path))
        result = subprocess.run([sys.executable, "-m", "desktop", *arguments], input=stdin, capture_output=True,
                                text=True, env=env, timeout=300, cwd=paths.project_root())
        return result.returncode, result.stdout, result.stderr

    return run
