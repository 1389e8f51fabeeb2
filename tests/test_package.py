"""The wheel is a complete app: built from the checkout, installed into a fresh environment elsewhere, it runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop import paths

ROOT = paths.source_checkout()
pytestmark = pytest.mark.skipif(ROOT is None, reason="builds the wheel from a source checkout")


def _clean_environment(**extra: str) -> dict[str, str]:
    """The caller's environment without anything that would point the installed app back at the checkout."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PYTHONPATH", "QIAO_CONTENT_DATABASE", "VIRTUAL_ENV")}
    return {**environment, **extra}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (built,) = folder.glob("qiao-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment, outside the checkout, with the wheel and its dependencies installed."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, capture_output=True,
                   timeout=900, env=_clean_environment())
    return venv


def test_the_wheel_carries_everything_the_app_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"desktop/data/{path.relative_to(ROOT).as_posix()}"
               for folder in ("resources", "translations") for path in (ROOT / folder).rglob("*") if path.is_file()}
    assert shipped - names == set()
    for required in ("desktop/data/resources/qiao.sqlite3", "desktop/data/resources/fonts/OFL.txt",
                     "desktop/data/resources/fonts/QiaoSansSC-Regular.otf", "desktop/data/resources/styles/app.qss",
                     "desktop/data/translations/zh_Hant/LC_MESSAGES/messages.mo"):
        assert required in names, required


def test_the_installed_app_finds_its_files_inside_the_environment(installed, tmp_path):
    probe = subprocess.run([str(installed / "bin" / "python"), "-c",
                            "from desktop import paths; print(paths.project_root()); print(paths.source_checkout())"],
                           capture_output=True, text=True, cwd=tmp_path, env=_clean_environment(), timeout=120)
    root, checkout = probe.stdout.split()
    assert Path(root).is_relative_to(installed) and checkout == "None"


def test_the_installed_app_renders_a_screenshot_from_any_folder(installed, tmp_path):
    target = tmp_path / "shot.png"
    result = subprocess.run([str(installed / "bin" / "qiao"), "--screenshot", str(target), "--lang", "zh_Hant",
                             "--size", "1024x700"], capture_output=True, text=True, cwd=tmp_path, timeout=300,
                            env=_clean_environment(QT_QPA_PLATFORM="offscreen", QIAO_DATA_DIR=str(tmp_path / "d")))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 700)
    assert target.stat().st_size > 20_000  # text in the bundled fonts, not an empty window


def test_the_installed_content_check_checks_the_bundled_sources(installed, tmp_path):
    result = subprocess.run([str(installed / "bin" / "qiao"), "content", "check"], capture_output=True, text=True,
                            cwd=tmp_path, env=_clean_environment(), timeout=300)
    assert result.returncode == 0, result.stderr
    sources = [path for path in paths.content_sources_dir().rglob("*")
               if path.suffix.lower() in (".yaml", ".yml")]
    assert result.stdout.startswith(f"{len(sources)} files: ")
    assert "0 error(s)" in result.stdout
