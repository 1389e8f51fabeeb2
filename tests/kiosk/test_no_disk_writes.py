"""Nothing is written to disk in kiosk mode: a whole visit through `qiao --kiosk`, with the home folder, every XDG
folder and the temporary folder pointing at empty folders of the test's own, leaves every one of them empty, and
changes nothing in Qiao's own folders (no compiled catalogs, no settings)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import paths
from tests.kiosk.conftest import EXAMPLE_CENTER, EXAMPLE_PIN, XDG_VARIABLES

SKIPPED = {".git", ".venv", ".pytest_cache", "__pycache__", ".ruff_cache"}


def _snapshot(root) -> dict[str, float]:
    found = {}
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name not in SKIPPED and not name.startswith(".hypothesis")]
        for name in files:
            path = os.path.join(folder, name)
            found[path] = os.stat(path).st_mtime
    return found


def _center_with_keyboard(folder) -> str:
    """The example center with the on-screen keyboard on (its paths made absolute, for a copy elsewhere)."""
    text = EXAMPLE_CENTER.read_text(encoding="utf-8").replace("on_screen = false", "on_screen = true")
    for name in ("example-center-logo.svg", "example-center"):
        text = text.replace(f'"{name}"', f'"{EXAMPLE_CENTER.parent / name}"')
    path = folder / "center.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("keyboard", [False, True], ids=["no keyboard", "on-screen keyboard"])
def test_a_kiosk_visit_writes_nothing(tmp_path, keyboard):
    from desktop.modes.kiosk.on_screen_keyboard import why_unavailable

    if keyboard and why_unavailable():
        pytest.skip(f"the on-screen keyboard cannot load here: {why_unavailable()}")
    center = _center_with_keyboard(tmp_path) if keyboard else str(EXAMPLE_CENTER)
    folders = {variable: tmp_path / variable.lower() for variable in ("HOME", "TMPDIR", *XDG_VARIABLES)}
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QIAO_", "XDG_"))}
    for variable, folder in folders.items():
        folder.mkdir(mode=0o700)
        env[variable] = str(folder)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    project = paths.project_root()
    before = _snapshot(project)
    words = "kiosk-visit-words 监控"
    result = subprocess.run([sys.executable, "-m", "tests.kiosk.visit_script", center, EXAMPLE_PIN, words],
                            cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 3, result.stderr  # left with the staff's PIN
    assert "Traceback" not in result.stderr
    assert "on-screen keyboard cannot load" not in result.stderr
    left = sorted(str(path.relative_to(tmp_path)) for folder in folders.values() for path in folder.rglob("*"))
    assert left == []
    assert _snapshot(project) == before
