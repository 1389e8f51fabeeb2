"""Draws a picture to send home (长图): 1080 px wide, big type, cut into parts at step boundaries.

Each part is a PNG a chat app shows whole: a band with 桥 Qiao (橋 in Traditional) and "1/3", the title (or, on
later parts, the title marked as continued), the steps with their numbers, and a footer with the date and where
it came from. Parts are at most about 4,000 px tall, since taller images fail or are squeezed in chat apps; a part
is only ever cut between units (``desktop/core/picture.py``), so a step is never split. Type is 38 px at 1080 px
(the body; nothing is smaller than 36) with 1.4 line spacing, dark on white; every colour pair is at least 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument

from desktop.core.formatting import after_label
from desktop.core.picture import Picture, PictureLine, Unit, part_file_names, part_label
from desktop.i18n import brand_name
from desktop.ui.fonts import FontFamilies
from desktop.ui.palette import STANDARD
from desktop.ui.text_blocks import draw_text_block, font_for, text_block

WIDTH = 1080
MAX_HEIGHT = 4000
MARGIN = 72
BODY_PX = 38
SIZES = {"title": 60, "heading": 46, "subheading": 40, "text": BODY_PX, "step": BODY_PX, "bullet": BODY_PX,
         "meta": 36, "band": 40, "footer": 36, "continued": 36}
LINE_HEIGHT = 140  # percent: 1.4 lines
STEP_INDENT = 88  # the numbers' column
UNIT_GAP = 30
LINE_GAP = 14
BAND_HEIGHT = 112
# Colours from the standard palette: text, headings and the quieter lines on white, white on the bar.
BACKGROUND, TEXT, HEADING, MUTED = STANDARD.surface, STANDARD.text, STANDARD.heading, STANDARD.text_muted
BAND, ON_BAND, RULE = STANDARD.primary, STANDARD.on_primary, STANDARD.border
COLOUR_PAIRS = ((TEXT, BACKGROUND), (HEADING, BACKGROUND), (MUTED, BACKGROUND), (ON_BAND, BAND))


@dataclass
class _Placed:
    document: QTextDocument
    x: float
    top: float  # above this line, inside its unit
    number: int = 0  # a step's number, drawn in the column on its left


class LongImage:
    """Renders a ``Picture`` as image parts."""

    def __init__(self, fonts: FontFamilies, width: int = WIDTH, max_height: int = MAX_HEIGHT) -> None:
        self._fonts = fonts
        self.width = width
        self.max_height = max_height
        self._device = QImage(1, 1, QImage.Format.Format_RGB32)  # lays text out at the image's own resolution

    def font(self, kind: str, language: str, bold: bool = False) -> QFont:
        return font_for(self._fonts.for_language(language), pixel_size=SIZES[kind], bold=bold)

    def _block(self, runs, kind: str, language: str, width: float, bold: bool = False) -> QTextDocument:
        return text_block(runs, self.font(kind, language, bold), width, self._device, LINE_HEIGHT)

    def _line(self, line: PictureLine, language: str) -> _Placed:
        inner = self.width - 2 * MARGIN
        if line.kind in ("title", "heading", "subheading"):
            colour = HEADING if line.kind != "subheading" else TEXT
            return _Placed(self._block([(line.text, True, colour)], line.kind, language, inner, True), MARGIN, 0)
        indent = STEP_INDENT if line.kind in ("step", "bullet") else 0
        colour = MUTED if line.kind == "meta" else TEXT
        runs = []
        if line.strong:
            lead = line.strong if not line.text else after_label(line.strong) if line.lead_inline else \
                line.strong + "\n"
            runs.append((lead, True, TEXT))
        if line.text:
            runs.append((line.text, False, colour))
        document = self._block(runs, line.kind, language, inner - indent)
        return _Placed(document, MARGIN + indent, 0, line.number if line.kind == "step" else -1 if indent else 0)

    def _unit(self, unit: Unit, language: str) -> tuple[list[_Placed], float]:
        placed, y = [], 0.0
        for index, line in enumerate(unit):
            item = self._line(line, language)
            if index and line.kind in ("heading", "subheading"):
                y += LINE_GAP  # a little more air above a heading
            item.top = y
            placed.append(item)
            y += item.document.size().height() + LINE_GAP
        return placed, y - LINE_GAP

    def _continued(self, picture: Picture) -> QTextDocument:
        return self._block([(picture.continued, True, MUTED)], "continued", picture.language,
                           self.width - 2 * MARGIN, True)

    def _footer(self, picture: Picture) -> QTextDocument:
        return self._block([(picture.footer, False, MUTED)], "footer", picture.language, self.width - 2 * MARGIN)

    def layout(self, picture: Picture) -> list[list[tuple[list[_Placed], float]]]:
        """The units of each part, packed greedily; a unit taller than a part stands alone."""
        units = [self._unit(unit, picture.language) for unit in picture.units]
        footer = self._footer(picture).size().height() + 2 * UNIT_GAP
        continued = self._continued(picture).size().height() + UNIT_GAP
        parts: list[list[tuple[list[_Placed], float]]] = [[]]
        used = BAND_HEIGHT + UNIT_GAP + footer
        for unit in units:
            needed = unit[1] + UNIT_GAP
            if parts[-1] and used + needed > self.max_height:
                parts.append([])
                used = BAND_HEIGHT + UNIT_GAP + footer + continued
            parts[-1].append(unit)
            used += needed
        return parts

    def render(self, picture: Picture) -> list[QImage]:
        """The parts, top to bottom."""
        parts = self.layout(picture)
        return [self._draw(picture, units, number, len(parts)) for number, units in enumerate(parts, 1)]

    def _draw(self, picture: Picture, units, number: int, count: int) -> QImage:
        footer = self._footer(picture)
        continued = self._continued(picture) if number > 1 else None
        height = BAND_HEIGHT + UNIT_GAP + sum(unit[1] + UNIT_GAP for unit in units)
        height += (continued.size().height() + UNIT_GAP if continued else 0) + footer.size().height() + 2 * UNIT_GAP
        image = QImage(self.width, round(height), QImage.Format.Format_RGB32)
        image.fill(QColor(BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            self._band(painter, picture.language, number, count)
            y = BAND_HEIGHT + UNIT_GAP
            if continued is not None:
                draw_text_block(painter, continued, MARGIN, y)
                y += continued.size().height() + UNIT_GAP
            for placed, unit_height in units:
                for item in placed:
                    draw_text_block(painter, item.document, item.x, y + item.top)
                    if item.number:
                        self._marker(painter, item, y + item.top, picture.language)
                y += unit_height + UNIT_GAP
            painter.setPen(QPen(QColor(RULE), 2))
            painter.drawLine(QPointF(MARGIN, y), QPointF(self.width - MARGIN, y))
            draw_text_block(painter, footer, MARGIN, y + UNIT_GAP)
        finally:
            painter.end()
        return image

    def _band(self, painter: QPainter, language: str, number: int, count: int) -> None:
        painter.fillRect(QRectF(0, 0, self.width, BAND_HEIGHT), QColor(BAND))
        painter.setPen(QColor(ON_BAND))
        painter.setFont(self.font("band", language, bold=True))
        area = QRectF(MARGIN, 0, self.width - 2 * MARGIN, BAND_HEIGHT)
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, brand_name(language))
        if count > 1:
            painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             part_label(number, count))

    def _marker(self, painter: QPainter, item: _Placed, top: float, language: str) -> None:
        """A step's number in a filled circle, or a bullet's dot, level with the first line."""
        first_line = item.document.firstBlock().layout().lineAt(0)
        middle = top + first_line.y() + first_line.height() / 2
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAND))
        if item.number > 0:
            radius = 30
            painter.drawEllipse(QPointF(MARGIN + radius, middle), radius, radius)
            painter.setPen(QColor(ON_BAND))
            painter.setFont(self.font("meta", language, bold=True))
            painter.drawText(QRectF(MARGIN, middle - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter,
                             str(item.number))
        else:
            painter.drawEllipse(QPointF(MARGIN + 30, middle), 9, 9)
        painter.restore()


def save_parts(images: list[QImage], path: Path) -> list[Path]:
    """Writes the parts as PNGs (``out.png``, or ``out-1.png``, ``out-2.png`` …) and returns their paths; raises
    OSError when one cannot be written."""
    suffix = path.suffix or ".png"
    paths = [path.with_name(name) for name in part_file_names(path.stem, suffix, len(images))]
    path.parent.mkdir(parents=True, exist_ok=True)
    for image, target in zip(images, paths):
        if not image.save(str(target), "PNG"):
            raise OSError(f"cannot write {target}")
    return paths
