"""Draws Qiao's app icon: 桥 from the bundled font's own outline, in cream on the app's navy, over a terracotta
bridge (a deck on an arch). Writes resources/icons/app/qiao.svg and PNGs of the usual sizes, and the Windows
.ico and macOS .icns that the installers use (packaging/icons/). Run after changing the design; the results are
committed.

Usage: python packaging/make_icons.py   (needs fontTools: pip install -e '.[fonts]')
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "QiaoSansSC-Regular.otf"
APP_ICONS = ROOT / "resources" / "icons" / "app"
INSTALLER_ICONS = ROOT / "packaging" / "icons"
NAVY, TERRACOTTA, CREAM = "#24445c", "#c8553d", "#f7f3ec"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CANVAS = 512


def glyph_path(character: str = "桥") -> tuple[str, tuple[float, float, float, float]]:
    """The SVG path of ``character`` in font units (y up), and its bounds."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.ttLib import TTFont

    font = TTFont(FONT)
    glyph_set = font.getGlyphSet()
    name = font.getBestCmap()[ord(character)]
    pen = SVGPathPen(glyph_set)
    glyph_set[name].draw(pen)
    bounds = BoundsPen(glyph_set)
    glyph_set[name].draw(bounds)
    return pen.getCommands(), bounds.bounds


def icon_svg() -> str:
    path, (x_min, y_min, x_max, y_max) = glyph_path()
    size = 270  # the character's larger side, on a 512 canvas
    scale = size / max(x_max - x_min, y_max - y_min)
    width, height = (x_max - x_min) * scale, (y_max - y_min) * scale
    left = (CANVAS - width) / 2 - x_min * scale
    top = 62 + (size - height) / 2 + y_max * scale  # baseline flip: font y grows upwards
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CANVAS} {CANVAS}" width="{CANVAS}" \
height="{CANVAS}">
  <title>Qiao 桥</title>
  <rect x="16" y="16" width="480" height="480" rx="104" fill="{NAVY}"/>
  <g fill="none" stroke="{TERRACOTTA}" stroke-width="22" stroke-linecap="round">
    <path d="M 88 378 H 424"/>
    <path d="M 132 456 Q 256 336 380 456"/>
  </g>
  <path transform="translate({left:.1f} {top:.1f}) scale({scale:.5f} {-scale:.5f})" fill="{CREAM}" d="{path}"/>
</svg>
"""


def main() -> int:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = icon_svg()
    APP_ICONS.mkdir(parents=True, exist_ok=True)
    INSTALLER_ICONS.mkdir(parents=True, exist_ok=True)
    (APP_ICONS / "qiao.svg").write_text(svg, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(APP_ICONS / f"qiao-{size}.png"))
        images[size] = image
    images[256].save(str(INSTALLER_ICONS / "qiao.ico"))
    images[512].save(str(INSTALLER_ICONS / "qiao.icns"))
    for size in SIZES:
        images[size].save(str(INSTALLER_ICONS / f"qiao-{size}.png"))
    print(f"{APP_ICONS}: qiao.svg and {len(SIZES)} PNGs; {INSTALLER_ICONS}: qiao.ico, qiao.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
