"""Opening each page and switching its language, as the user feels it: from the call to the repainted window.

- Open: from ``window.open(target)``, through the layout Qt posts, to a synchronous repaint of the whole window
  (home in between each time).
- Language switch: ``set_language`` on the page, cycling zh_Hans → zh_Hant → en, to the laid-out, repainted window.
Beside each, a bare-PySide6 baseline measured in the same run: a window of the same size holding the same number of
labels in a scroll area, built and painted (open) or given new texts and painted (switch).
Usage: python benchmarks/pages.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import median, percentile, print_table  # noqa: E402

from desktop.core.targets import HOME, Target  # noqa: E402

PAGES = (
    Target("home"), Target("guides"), Target("platforms"), Target("privacy"), Target("glossary"),
    Target("guide", ("video-call-parents",)), Target("platform", ("wechat",)),
    Target("caution", ("servers-in-china",)), Target("term", ("vpn",)),
    Target("compare", ("wechat", "whatsapp", "signal", "telegram")),
)
SWITCH_TARGET_MS = 30.0  # p95
OPEN_TARGET_MS = 100.0  # median


def _settle(app) -> None:
    """What the event loop does between two user actions, deleting the pages left behind included (outside a
    running loop Qt never deletes them, and a restyle would then also visit every page ever opened)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _bare(app, labels: int, repeat: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    opens, switches = [], []
    for round_number in range(repeat):
        start = time.perf_counter()
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        items = [QLabel(f"A line of text number {index}") for index in range(labels)]
        for item in items:
            item.setWordWrap(True)
            column.addWidget(item)
        area.setWidget(inner)
        area.resize(1280, 800)
        area.show()
        app.processEvents()
        area.repaint()
        opens.append(_ms(start))
        start = time.perf_counter()
        for index, item in enumerate(items):
            item.setText(f"第 {index} 行文字 {round_number}")
        app.processEvents()
        area.repaint()
        switches.append(_ms(start))
        area.deleteLater()
        _settle(app)
    return opens, switches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args()

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from desktop import paths
    from desktop.app import Launch, build_window, quiet_platform_notes
    from desktop.core.content_store import ContentStore

    qInstallMessageHandler(quiet_platform_notes)
    app = QApplication.instance() or QApplication([])
    store = ContentStore(paths.content_database())
    window = build_window(app, Launch(language="en", remember=False), store)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rows = []
    for target in PAGES:
        opens, switches = [], []
        for _ in range(options.repeat):
            window.open(HOME) if target != HOME else window.open(Target("guides"))
            _settle(app)
            start = time.perf_counter()
            window.open(target)
            app.processEvents()
            window.repaint()
            opens.append(_ms(start))
            _settle(app)
        for index in range(options.repeat):
            language = ("zh_Hans", "zh_Hant", "en")[index % 3]
            start = time.perf_counter()
            window.set_language(language)
            app.processEvents()
            window.repaint()
            switches.append(_ms(start))
            _settle(app)
        labels = len([w for w in window.page.findChildren(QLabel) if w.isVisible()]) + \
            len([w for w in window.page.findChildren(QPushButton) if w.isVisible()])
        bare_opens, bare_switches = _bare(app, labels, max(5, options.repeat // 2))
        rows.append([str(target), str(labels), f"{median(opens):.1f}", f"{percentile(opens, 0.95):.1f}",
                     f"x{median(opens) / median(bare_opens):.1f}", f"{median(switches):.1f}",
                     f"{percentile(switches, 0.95):.1f}", f"x{median(switches) / median(bare_switches):.1f}",
                     "ok" if percentile(switches, 0.95) <= SWITCH_TARGET_MS and median(opens) <= OPEN_TARGET_MS
                     else "MISSED"])
        window.set_language("en")
    print(f"{options.repeat} opens and {options.repeat} language switches per page, 1280x800, offscreen\n"
          f"targets: open median <= {OPEN_TARGET_MS:.0f} ms; language switch p95 <= {SWITCH_TARGET_MS:.0f} ms; "
          "xN = median against a bare PySide6 window with as many labels\n")
    print_table(["page", "widgets", "open median", "open p95", "vs bare", "switch median", "switch p95", "vs bare",
                 ""], rows)


if __name__ == "__main__":
    main()
