"""How long `qiao content update --from FOLDER` takes for the full content, and how large the packs are.

Each case is a fresh process, interleaved with a baseline that copies and hashes the same database file (the
least any verified install can do) in the same run. A throwaway publisher signs the packs; the child processes
trust its root instead of the shipped one.
Usage: python benchmarks/content_update.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import median, percentile, print_table, run_process  # noqa: E402

from desktop import __version__, paths  # noqa: E402
from desktop.content.pack_repository import init_repository, publish  # noqa: E402

TARGET_MS = 2000  # an administrator at a kiosk waits a moment, not minutes
RUNNER = """import sys
from pathlib import Path
from desktop import paths
root = Path(sys.argv.pop(1))
paths.trusted_pack_root = lambda: root
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""
BASELINE = """import hashlib, shutil, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest()
"""


def _retitled(folder: Path) -> Path:
    target = folder / "retitled.sqlite3"
    shutil.copyfile(paths.content_database(), target)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE guides SET title_en = title_en || ' (new)'")
    return target


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qiao-bench-packs-"))
    one, two = folder / "one", folder / "two"
    init_repository(one, folder / "keys", "Benchmark publisher")
    publish(one, folder / "keys", paths.content_database(), "content", __version__)
    shutil.copytree(one, two)
    publish(two, folder / "keys", _retitled(folder), "content", __version__)
    runner, baseline = folder / "runner.py", folder / "baseline.py"
    runner.write_text(RUNNER, encoding="utf-8")
    baseline.write_text(BASELINE, encoding="utf-8")
    root = str(one / "metadata" / "1.root.json")
    target = next((one / "targets").iterdir())
    env = {**os.environ, "QIAO_DATA_DIR": str(folder / "data"), "QIAO_CACHE_DIR": str(folder / "cache")}

    def update(source: Path, packs: Path) -> list[str]:
        return [sys.executable, str(runner), root, "content", "update", "--from", str(source), "--packs-dir",
                str(packs)]

    times: dict[str, list[float]] = {name: [] for name in ("baseline", "first", "next", "same")}
    for run in range(options.runs + 1):  # the first round warms the file cache and is not counted
        packs = folder / f"packs-{run}"
        samples = {
            "baseline": run_process([sys.executable, str(baseline), str(target), str(folder / "copy")], env)[0],
            "first": run_process(update(one, packs), env)[0],
            "next": run_process(update(two, packs), env)[0],
            "same": run_process(update(two, packs), env)[0],
        }
        if run:
            for name, elapsed in samples.items():
                times[name].append(elapsed)
        shutil.rmtree(packs)
    names = {"baseline": "copy + sha256 of the database (baseline)",
             "first": "update: first pack, full content",
             "next": "update: next version (every guide changed)",
             "same": "update: already installed"}
    floor = median(times["baseline"])
    rows = [[names[name], f"{median(values):.0f}", f"{percentile(values, 0.95):.0f}",
             f"{median(values) / floor:.1f}", "-" if name == "baseline" else f"<= {TARGET_MS}",
             "" if name == "baseline" else ("ok" if median(values) <= TARGET_MS else "MISSED")]
            for name, values in times.items()]
    print(f"qiao content update --from FOLDER, {options.runs} interleaved runs each (fresh processes)\n")
    print_table(["case", "median ms", "p95 ms", "x baseline", "target ms", ""], rows)
    print(f"\npack sizes: content target {target.stat().st_size / 1e6:.2f} MB, metadata "
          f"{_size(one / 'metadata') / 1e3:.1f} kB, whole folder {_size(one) / 1e6:.2f} MB")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
