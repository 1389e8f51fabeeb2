"""Search per keystroke and the side-by-side's first paint, against their targets and a bare-Qt baseline.

- Search: every prefix of several queries, as typed letter by letter (English, pinyin, Simplified and
  Traditional), on the bundled content and on 100x synthetic content of the same shape.
- Side-by-side of four platforms with all criteria: from building the page to its first paint, beside a bare
  QTableWidget holding the same texts.
Usage: python benchmarks/search_and_compare.py [--repeat N]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
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
from desktop.core.content_store import ContentStore  # noqa: E402
from desktop.core.search import search  # noqa: E402

QUERIES = ["wechat", "微信", "隐私", "監控", "encrypt", "wx", "jiami", "time zone", "verification code", "翻墙"]
COMPARED = ("wechat", "whatsapp", "signal", "line")


def keystrokes() -> list[str]:
    """Each query as it grows one character at a time."""
    return [query[:length] for query in QUERIES for length in range(1, len(query) + 1)]


def time_search(store: ContentStore, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for text in keystrokes():
            start = time.perf_counter()
            search(store, text, "zh_Hans")
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def synthetic_database(factor: int, folder: Path) -> Path:
    """The real content repeated ``factor`` times under new ids: same shape, same languages, same lengths."""
    from desktop.content.build import build_database
    from desktop.content.bundle import load_content

    bundle = load_content(paths.content_sources_dir())
    big = copy.copy(bundle)
    for kind in ("platforms", "guides", "cautions", "terms"):
        records = []
        for copy_number in range(factor):
            for record in getattr(bundle, kind):
                clone = dict(record)
                clone["id"] = f"{record['id']}-{copy_number}" if copy_number else record["id"]
                records.append(clone)
        setattr(big, kind, records)
    # Tasks keep their platform lists (the originals): the platform browser reads them.
    target = folder / f"synthetic-{factor}x.sqlite3"
    build_database(big, target)
    return target


def time_compare(repeat: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from desktop.i18n import Catalogs, activate
    from desktop.ui.fonts import application_font, load_fonts
    from desktop.ui.link_router import LinkRouter
    from desktop.ui.pages.compare import cell_text
    from desktop.ui.pages.compare_page import ComparePage

    from PySide6.QtCore import qInstallMessageHandler

    from desktop.app import quiet_platform_notes

    qInstallMessageHandler(quiet_platform_notes)
    app = QApplication.instance() or QApplication([])
    fonts = load_fonts(paths.fonts_dir())
    app.setFont(application_font(fonts, "zh_Hans", 12))
    activate(Catalogs(paths.translations_dir()), "zh_Hans")
    store = ContentStore(paths.content_database())
    router = LinkRouter()
    today = dt.date.today()
    qiao, bare = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        platforms = [store.platform(platform_id) for platform_id in COMPARED]
        page = ComparePage(platforms, "zh_Hans", today, router)
        page.resize(1280, 720)
        page.show()
        page.grab()
        qiao.append((time.perf_counter() - start) * 1000)
        page.deleteLater()

        rows = page.model.rowCount()
        texts = [[cell_text(platform.facts.get(key), "zh_Hans", today) for platform in platforms]
                 for key in page.model.criteria()]
        start = time.perf_counter()
        table = QTableWidget(rows, len(COMPARED))
        for row, line in enumerate(texts):
            for column, text in enumerate(line):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resize(1280, 720)
        table.show()
        table.grab()
        bare.append((time.perf_counter() - start) * 1000)
        table.deleteLater()
        app.processEvents()
    return qiao, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    rows = []
    bundled = ContentStore(paths.content_database())
    search(bundled, "warm up", "en")
    samples = time_search(bundled, options.repeat)
    rows.append(["search per keystroke, bundled content", f"{median(samples):.1f}", f"{percentile(samples, 0.95):.1f}",
                 "p95 <= 10", "ok" if percentile(samples, 0.95) <= 10 else "MISSED"])
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        big = ContentStore(synthetic_database(100, Path(folder)))
        build_seconds = time.perf_counter() - start
        search(big, "warm up", "en")
        samples = time_search(big, max(1, options.repeat // 2))
        rows.append([f"search per keystroke, 100x content ({len(big.platforms())} platforms)",
                     f"{median(samples):.1f}", f"{percentile(samples, 0.95):.1f}", "p95 <= 50",
                     "ok" if percentile(samples, 0.95) <= 50 else "MISSED"])
        big.close()
    qiao, bare = time_compare(max(5, options.repeat * 2))
    rows.append(["side by side of 4, build to first paint", f"{median(qiao):.1f}", f"{percentile(qiao, 0.95):.1f}",
                 "<= 100", "ok" if median(qiao) <= 100 else "MISSED"])
    rows.append(["  baseline: bare QTableWidget, same texts", f"{median(bare):.1f}", f"{percentile(bare, 0.95):.1f}",
                 "-", f"x{median(qiao) / median(bare):.2f}"])
    print(f"{len(keystrokes())} keystrokes x {options.repeat} runs; 100x content built in {build_seconds:.1f} s\n")
    print_table(["measure", "median ms", "p95 ms", "target ms", ""], rows)


if __name__ == "__main__":
    main()
