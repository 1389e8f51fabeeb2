"""Kiosk soak: many visits in one process, each forgotten, and nothing may pile up.

Each visit chooses a language, searches, opens a guide and a comparison, shows a source as a QR code, then Start
over resets it. Reported: resident memory growth from the end of a warm-up to the last visit (target ≤ 5%), the live
QObject count at the same two points (target: flat), and the reset time (target p95 ≤ 200 ms). Beside it, in the same
run, a bare-PySide6 baseline: a window with a search field, a list and a label, built, filled and thrown away as
many times, with its own memory growth, object count and teardown-and-rebuild time.
Usage: python benchmarks/kiosk_soak.py [--visits N] [--warm-up N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import median, percentile, print_table  # noqa: E402

from desktop import paths  # noqa: E402

RSS_TARGET = 0.05
RESET_TARGET_MS = 200
LANGUAGES = ("zh_Hans", "zh_Hant", "en")
WORDS = ("微信", "監控", "weixin", "call my mom", "加密", "jiami")
COMPARED = (("wechat", "signal"), ("whatsapp", "line"), ("qq", "telegram"))


def resident_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def live_objects(app) -> int:
    """Every QObject the application holds: its own children and each window's tree."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    return len(app.findChildren(QObject)) + sum(1 + len(widget.findChildren(QObject))
                                                for widget in QApplication.topLevelWidgets())


def settle(app) -> None:
    from PySide6.QtCore import QEvent

    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def kiosk_visits(app, count: int, warm_up: int) -> dict:
    from desktop.core.installed_packs import open_content_store
    from desktop.core.targets import Target
    from desktop.modes.kiosk.assembly import build_kiosk
    from desktop.modes.kiosk.center_content import load_center_pages
    from desktop.modes.kiosk.center_file import load_center_file

    center = load_center_file(paths.project_root() / "docs" / "kiosk" / "example-center.toml")
    store = open_content_store()
    kiosk = build_kiosk(app, center, store, load_center_pages(center, store))
    kiosk.frame.resize(1920, 1080)
    kiosk.frame.show()
    settle(app)
    marks, resets = {}, []
    for visit in range(count):
        kiosk.start_visit(LANGUAGES[visit % 3])
        window = kiosk.window
        window.open(Target("center"))
        window.header.search_field.setText(WORDS[visit % len(WORDS)])
        window._run_search()
        window.open(Target("guide", ("video-call-parents",)))
        window.open(Target("compare", COMPARED[visit % len(COMPARED)]))
        window.page.show_cell(0, 0)
        window.page.detail_links[0].click()  # its source as a QR code
        settle(app)
        started = time.perf_counter()
        kiosk.reset()
        resets.append((time.perf_counter() - started) * 1000)
        settle(app)
        if visit + 1 in (warm_up, count):
            marks[visit + 1] = (resident_mb(), live_objects(app))
    kiosk.shutdown()
    return {"marks": marks, "resets": resets[warm_up:] or resets}


def bare_visits(app, count: int, warm_up: int) -> dict:
    """The baseline: the same number of throw-away windows of plain Qt widgets."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

    texts = [f"{word} {index}" for index in range(200) for word in WORDS]
    marks, rebuilds, window = {}, [], None
    for visit in range(count):
        started = time.perf_counter()
        if window is not None:
            window.hide()
            window.deleteLater()
            settle(app)
        window = QWidget()
        column = QVBoxLayout(window)
        field, view, label = QLineEdit(), QListView(), QLabel()
        view.setModel(QStringListModel(texts, view))
        for widget in (field, view, label):
            column.addWidget(widget)
        window.resize(1920, 1080)
        window.show()
        rebuilds.append((time.perf_counter() - started) * 1000)
        field.setText(WORDS[visit % len(WORDS)])
        label.setText(field.text())
        settle(app)
        if visit + 1 in (warm_up, count):
            marks[visit + 1] = (resident_mb(), live_objects(app))
    window.deleteLater()
    settle(app)
    return {"marks": marks, "resets": rebuilds[warm_up:] or rebuilds}


def _row(name: str, result: dict, warm_up: int, count: int) -> list[str]:
    (rss_start, objects_start), (rss_end, objects_end) = result["marks"][warm_up], result["marks"][count]
    growth = (rss_end - rss_start) / rss_start
    resets = result["resets"]
    return [name, f"{rss_start:.0f} → {rss_end:.0f} MB ({growth:+.1%})", f"{objects_start} → {objects_end}",
            f"{median(resets):.1f}", f"{percentile(resets, 0.95):.1f}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=2000)
    parser.add_argument("--warm-up", type=int, default=50)
    options = parser.parse_args()
    warm_up, count = min(options.warm_up, options.visits), options.visits
    with tempfile.TemporaryDirectory(prefix="qiao-soak-") as folder:
        os.environ["XDG_RUNTIME_DIR"] = folder  # the visits' own folders go here, and are deleted with it
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from desktop.app import quiet_platform_notes

        qInstallMessageHandler(quiet_platform_notes)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        baseline = bare_visits(app, count, warm_up)
        kiosk = kiosk_visits(app, count, warm_up)
    print(f"Kiosk soak: {count} visits (warm-up {warm_up}), 1920x1080 offscreen")
    print_table(["run", "resident memory", "live QObjects", "reset ms median", "reset ms p95"],
                [_row("kiosk visits", kiosk, warm_up, count), _row("bare PySide6 baseline", baseline, warm_up, count)])
    (rss_start, objects_start), (rss_end, objects_end) = kiosk["marks"][warm_up], kiosk["marks"][count]
    p95 = percentile(kiosk["resets"], 0.95)
    base_p95 = percentile(baseline["resets"], 0.95)
    growth = (rss_end - rss_start) / rss_start
    print(f"targets: memory growth ≤ {RSS_TARGET:.0%}: {growth:+.1%} {'met' if growth <= RSS_TARGET else 'MISSED'}; "
          f"QObjects flat: {objects_start} → {objects_end} {'met' if objects_end <= objects_start else 'MISSED'}; "
          f"reset p95 ≤ {RESET_TARGET_MS} ms: {p95:.1f} ms {'met' if p95 <= RESET_TARGET_MS else 'MISSED'} "
          f"({p95 / base_p95:.1f}x the bare rebuild's p95)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
