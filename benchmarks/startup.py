"""Start-up cost of `qiao --screenshot` against a bare PySide6 window that also paints and saves a screenshot.

Both run as fresh processes, interleaved, in the same run; the table gives medians, the ratio and peak memory.
Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, percentile, print_table, run_process  # noqa: E402

TARGET_RATIO = 1.3  # "starts about as fast as an empty Qt window": within 1.3x of the bare window's time
TARGET_MEMORY_RATIO = 1.6  # and within 1.6x of its peak memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of one run of each under valgrind (repeatable on a busy "
                             "machine, where wall times are not)")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qiao-bench-"))
    # Bytecode cached, as an installed app has it: the package is compiled first, and no run is told not to use or
    # write its cache (PYTHONDONTWRITEBYTECODE would make every edited module compile from source at each start).
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", QIAO_DATA_DIR=str(folder / "data"))
    compile_package(env)
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py")), str(folder / "bare.png")]
    cases = {
        "bare PySide6 window (baseline)": bare,
        "qiao --screenshot (home, en)": [sys.executable, "-m", "desktop", "--screenshot", str(folder / "en.png"),
                                         "--lang", "en"],
        "qiao --screenshot (home, zh_Hant)": [sys.executable, "-m", "desktop", "--screenshot",
                                              str(folder / "zh.png"), "--lang", "zh_Hant"],
        "qiao --screenshot (compare 4)": [sys.executable, "-m", "desktop", "--screenshot", str(folder / "cmp.png"),
                                          "--open", "compare/wechat,whatsapp,signal,line"],
    }
    for command in cases.values():  # warm the file cache once
        run_process(command, env)
    times: dict[str, list[float]] = {name: [] for name in cases}
    memory: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(options.runs):
        for name, command in cases.items():
            elapsed, peak = run_process(command, env)
            times[name].append(elapsed)
            memory[name].append(peak)
    baseline = median(times["bare PySide6 window (baseline)"])
    baseline_memory = median(memory["bare PySide6 window (baseline)"])
    rows = []
    for name in cases:
        ratio = median(times[name]) / baseline
        memory_ratio = median(memory[name]) / baseline_memory
        # The target is for starting the app; the deep link into a comparison is shown for information.
        is_baseline = name.startswith("bare") or "compare" in name
        met = ratio <= TARGET_RATIO and memory_ratio <= TARGET_MEMORY_RATIO
        rows.append([name, f"{median(times[name]):.0f}", f"{percentile(times[name], 0.9):.0f}",
                     f"{ratio:.2f}", "-" if is_baseline else f"<= {TARGET_RATIO:.1f}",
                     f"{median(memory[name]):.0f}", f"{memory_ratio:.2f}",
                     "-" if is_baseline else f"<= {TARGET_MEMORY_RATIO:.1f}",
                     "" if is_baseline else ("ok" if met else "MISSED")])
    print(f"start-up to a saved screenshot, {options.runs} interleaved runs each, offscreen\n")
    print_table(["case", "median ms", "p90 ms", "x baseline", "target", "peak MB", "x baseline", "target", ""],
                rows)
    if options.instructions:
        counts = {name: instructions(command, env, folder) for name, command in cases.items()}
        base = counts["bare PySide6 window (baseline)"]
        print("\ninstructions executed (valgrind), one run each\n")
        print_table(["case", "instructions (M)", "x baseline"],
                    [[name, f"{count / 1e6:.0f}", f"{count / base:.2f}"] for name, count in counts.items()])


def compile_package(env: dict[str, str]) -> None:
    """Writes the bytecode of the `desktop` package that `python -m desktop` will import, as an installer does."""
    import subprocess

    locate = "import desktop, pathlib; print(pathlib.Path(desktop.__file__).parent)"
    package = subprocess.run([sys.executable, "-c", locate], env=env, capture_output=True, text=True, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package.stdout.strip()], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def instructions(command: list[str], env: dict[str, str], folder: Path) -> int:
    """The instructions one run of ``command`` executes, counted by valgrind's callgrind."""
    import re
    import shutil
    import subprocess

    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / 'callgrind.out'}",
                             *command], env=env, capture_output=True, text=True)
    match = re.search(r"refs:\s+([\d,]+)", result.stderr)
    if match is None:
        raise SystemExit(f"valgrind gave no count: {result.stderr[-500:]}")
    return int(match.group(1).replace(",", ""))


if __name__ == "__main__":
    main()
