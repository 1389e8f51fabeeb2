"""The deployment smoke test: the systemd unit's own command line, run under cage with wlroots' headless backend as an
unprivileged user, shows the kiosk's start screen (screenshot with grim, checked by its size and colours).

It installs nothing. `.ci/run` installs cage, grim, xwayland and the Wayland libraries Qt needs; where cage cannot
start here (no cage, not root, no Python the unprivileged user may run), the test is skipped with the reason.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.ui.palette import STANDARD
from tests.kiosk.conftest import EXAMPLE_CENTER

UNIT = paths.project_root() / "docs" / "kiosk" / "deploy" / "qiao-kiosk.service"
INSTALLED_QIAO = "/opt/qiao/bin/qiao"  # where the install steps put the command
INSTALLED_CENTER = "/etc/qiao/center.toml"
USER = "nobody"  # an unprivileged user every Debian and Ubuntu has
SYSTEM_PYTHON = "/usr/bin/python3"
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}
# wlroots 0.15's headless output shows only the first frame of a window that covers it exactly (its direct
# scan-out test fails); on an output turned 180° every frame is composited, at the same size.
ROTATE_HALF = ["-r", "-r"]


def unit_command() -> tuple[list[str], dict[str, str]]:
    """ExecStart= and Environment= of the unit, as systemd would run them."""
    command, environment = None, {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if line.startswith("ExecStart="):
            command = shlex.split(line.removeprefix("ExecStart="))
        elif line.startswith("Environment="):
            key, _, value = line.removeprefix("Environment=").partition("=")
            environment[key] = value
    return command, environment


def _skip_unless_possible() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the kiosk deployment is for Linux")
    if os.geteuid() != 0:
        pytest.skip("starting cage as an unprivileged user needs root to switch users")
    for tool in ("cage", "grim", "runuser"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs cage and grim)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.skip(f"no {SYSTEM_PYTHON} for the unprivileged user to run")
    version = subprocess.run([SYSTEM_PYTHON, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True,
                             text=True).stdout.strip()
    if version != str(tuple(sys.version_info[:2])):
        pytest.skip(f"{SYSTEM_PYTHON} is Python {version}, this venv's packages are for {sys.version_info[:2]}")


def _as_user(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", USER, "--", *command], capture_output=True, text=True, timeout=60)


def _launcher(folder: Path) -> Path:
    """A `qiao` the unprivileged user may run: a venv of Debian's own Python that reads this checkout's packages
    (a venv made from a Python in root's home folder cannot be run by anyone else)."""
    subprocess.run([SYSTEM_PYTHON, "-m", "venv", "--without-pip", str(folder / "venv")], check=True)
    site_packages = next(Path(path) for path in sys.path if path.endswith("site-packages") and Path(path).is_dir())
    (folder / "venv" / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "site-packages" /
     "qiao-checkout.pth").write_text(f"import site; site.addsitedir({str(site_packages)!r})\n", encoding="utf-8")
    launcher = folder / "venv" / "bin" / "qiao"
    launcher.write_text(f"#!{folder / 'venv' / 'bin' / 'python'}\nimport sys\nfrom desktop.cli import main\n"
                        "sys.exit(main())\n", encoding="utf-8")
    launcher.chmod(0o755)
    return launcher


def _start_screen_share(path: Path) -> tuple[tuple[int, int], float, float]:
    """The screenshot's size, the share of it in the start screen's colour, and the share in white (its buttons)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    primary, white, samples = 0, 0, 0
    for x in range(0, image.width(), 8):
        for y in range(0, image.height(), 8):
            colour = image.pixelColor(x, y).name()
            primary += colour == STANDARD.primary
            white += colour == STANDARD.surface
            samples += 1
    return (image.width(), image.height()), primary / max(1, samples), white / max(1, samples)


def test_the_units_command_shows_the_start_screen_under_cage(tmp_path):
    _skip_unless_possible()
    command, environment = unit_command()
    assert command[:2] == ["/usr/bin/cage", "--"] and INSTALLED_QIAO in command and INSTALLED_CENTER in command
    work = Path(tempfile.mkdtemp(prefix="qiao-deploy-", dir="/tmp"))
    process = None
    try:
        work.chmod(0o755)
        launcher = _launcher(work)
        probe = _as_user(str(launcher), "--version")
        if probe.returncode != 0:
            pytest.skip(f"the unprivileged user cannot run this checkout's Qiao: {probe.stderr.strip()[-300:]}")
        runtime, home = work / "runtime", work / "home"
        for folder in (runtime, home):
            folder.mkdir(mode=0o700)
            shutil.chown(folder, USER)
        args = [shutil.which("cage") if part == "/usr/bin/cage" else str(launcher) if part == INSTALLED_QIAO
                else str(EXAMPLE_CENTER) if part == INSTALLED_CENTER else part for part in command]
        args[1:1] = ROTATE_HALF
        env = {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "PATH": "/usr/bin:/bin", **environment, **HEADLESS}
        process = subprocess.Popen(["runuser", "-u", USER, "--", "env", "-i",
                                    *(f"{key}={value}" for key, value in env.items()), *args],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        shot = home / "start-screen.png"
        seen = ((0, 0), 0.0, 0.0)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(2)
            grab = _as_user("env", f"XDG_RUNTIME_DIR={runtime}", "WAYLAND_DISPLAY=wayland-0", "grim", str(shot))
            if grab.returncode == 0:
                seen = _start_screen_share(shot)
                if seen[1] > 0.5 and seen[2] > 0.03:
                    break
        if process.poll() is not None and seen[0] == (0, 0):
            pytest.skip(f"cage could not start here: {process.stderr.read().strip()[-500:]}")
        size, primary, white = seen
        print(f"\nunder cage: a {size[0]}x{size[1]} screenshot, {primary:.0%} in the start screen's {STANDARD.primary},"
              f" {white:.0%} white (the language buttons)")
        assert size == (1280, 720)  # the headless output, filled: full screen, no frame
        assert primary > 0.5 and white > 0.03, "the start screen is not showing"
        if os.environ.get("QIAO_DEPLOYMENT_SHOT"):
            shutil.copy(shot, os.environ["QIAO_DEPLOYMENT_SHOT"])
    finally:
        if process is not None and process.poll() is None:
            os.killpg(process.pid, 15)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
        shutil.rmtree(work, ignore_errors=True)
