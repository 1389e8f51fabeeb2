"""What docs/install.md promises: the files it names exist, and the Linux install script installs a folder."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")


def test_every_file_the_guide_names_exists():
    named = set(re.findall(r"(?<![\w/])((?:packaging|resources)/[\w./-]+\.(?:py|sh|spec|desktop|xml|svg|ico|icns))",
                           GUIDE))
    assert named, "the guide names no files"
    for name in named:
        assert (ROOT / name).is_file(), name


def test_the_linux_install_script_installs_for_one_user(tmp_path):
    folder = tmp_path / "qiao"
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "applications" / "org.qiao.Qiao.desktop").write_text("[Desktop Entry]\n")
    (folder / "qiao").write_text("#!/bin/sh\necho qiao 0.1.0\n")
    (folder / "qiao").chmod(0o755)
    script = folder / "install.sh"
    script.write_bytes((ROOT / "packaging" / "linux" / "install.sh").read_bytes())
    script.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run([str(script), "--user"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "HOME": str(home)})
    assert result.returncode == 0, result.stderr
    command = home / ".local" / "bin" / "qiao"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout.strip() == "qiao 0.1.0"
    assert (home / ".local" / "share" / "applications" / "org.qiao.Qiao.desktop").is_file()
