"""Smoke test of the frozen Linux app: it starts from an unrelated folder with a bare environment, renders a
page in Simplified Chinese offscreen, and the PNG is exactly the asked size, not blank, and drawn with the
bundled fonts (pixel for pixel what the source tree draws; a missing font would give empty boxes instead).

Usage: python packaging/smoke_test.py dist/qiao/qiao   (prints the figures; exit 1 on failure)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def _render(command: list[str], folder: Path, name: str, cwd: Path | None = None) -> Path:
    target = folder / name
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "QT_QPA_PLATFORM": "offscreen",
                   "LANG": "C.UTF-8"}
    result = subprocess.run([*command, "--screenshot", str(target), "--lang", "zh_Hans", "--open", "home",
                             "--size", f"{SIZE[0]}x{SIZE[1]}"], cwd=cwd or folder, env=environment,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"smoke test: {' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return target


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    frozen = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shot = QImage(str(_render([str(frozen)], folder, "frozen.png")))
        reference = QImage(str(_render([sys.executable, "-m", "desktop"], folder, "source.png", cwd=ROOT)))
        problems = []
        if (shot.width(), shot.height()) != SIZE:
            problems.append(f"size {shot.width()}x{shot.height()}, not {SIZE[0]}x{SIZE[1]}")
        colours = {shot.pixel(x, y) for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)}
        if len(colours) < 20:
            problems.append(f"nearly blank: {len(colours)} colours")
        if shot.convertToFormat(QImage.Format.Format_RGB32) != reference.convertToFormat(QImage.Format.Format_RGB32):
            problems.append("differs from the source tree's rendering (fonts or styles missing?)")
    folder_size = sum(path.lstat().st_size for path in frozen.parent.rglob("*")
                      if path.is_file() and not path.is_symlink())
    print(f"smoke test: {frozen.parent.name}/ is {folder_size / 2**20:.0f} MiB; zh_Hans home {SIZE[0]}x{SIZE[1]}, "
          f"{len(colours)} colours, {'same as the source rendering' if not problems else 'FAILED'}")
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
