"""The app as a desktop knows it: icon (SVG and PNG sizes, also on the window), desktop entry and AppStream
metadata, validated by the freedesktop tools where they are installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop import paths
from desktop.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = paths.icons_dir() / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_icon_exists_as_svg_and_in_every_size():
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICONS / "qiao.svg")).isValid()
    for size in SIZES:
        image = QImage(str(ICONS / f"qiao-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    for name in ("qiao.ico", "qiao.icns"):
        assert (ROOT / "packaging" / "icons" / name).stat().st_size > 1000


def test_the_icon_is_drawn_from_the_bundled_font():
    """The committed SVG is what packaging/make_icons.py draws from the font today."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from make_icons import icon_svg
    finally:
        sys.path.pop(0)
    assert (ICONS / "qiao.svg").read_text(encoding="utf-8") == icon_svg(), "run python packaging/make_icons.py"


def test_the_window_carries_the_icon(make_window):
    window = make_window()
    assert not window.windowIcon().isNull()
    assert max(size.width() for size in window.windowIcon().availableSizes()) == 512


def _entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


def test_the_desktop_entry_names_the_command_and_the_icon():
    entry = _entry()["Desktop Entry"]
    assert entry["Exec"] == "qiao" and entry["Icon"] == APP_ID
    assert entry["Name[zh_CN]"] == "桥" and entry["Name[zh_TW]"] == "橋"
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and f">{APP_ID}.desktop</launchable>" in metainfo


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (Debian: appstream)")
def test_the_appstream_metadata_is_valid():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
