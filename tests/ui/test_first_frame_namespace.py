"""The first screen is drawn without PySide's `Qt` namespace, whose 93 enums cost a tenth of an empty window's
start-up (desktop/ui/qt_names.py)."""

import os
import subprocess
import sys

import pytest

from desktop import paths

PROBE = """
import sys
import desktop.ui.screenshot as screenshot
from PySide6 import QtCore
save = screenshot.save_screenshot
def checked(*args):
    code = save(*args)
    print("built" if "Qt" in vars(QtCore) else "not built")
    return code
screenshot.save_screenshot = checked
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("language", ["en", "zh_Hant"])
def test_the_home_screen_is_drawn_without_the_qt_namespace(tmp_path, language):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", QIAO_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", PROBE, "--screenshot", str(tmp_path / "home.png"), "--lang",
                             language], capture_output=True, text=True, env=environment,
                            cwd=paths.source_checkout(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "not built"
