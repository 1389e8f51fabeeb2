"""The look for a zoom factor and a palette: the stylesheet, Qt's own palette and the sizes pages measure with.

Text sizes are points and scale with the zoom (1.0 on a laptop, 1.5–2 on a kiosk or projector). Spacing and
targets are pixels: every target is at least 44 px at any zoom and grows with it. docs/design.md writes the
scales down; this module is their one source.
"""

from __future__ import annotations

from pathlib import Path
from string import Template
from typing import NamedTuple

from desktop.ui.fonts import FontFamilies
from desktop.ui.palette import STANDARD, Palette

BASE_POINT_SIZE = 12.0
MIN_TARGET = 44  # px: Apple's 44 pt, WCAG 2.5.5, MIIT's elder-mode floor outside elder mode
TARGET_ZOOM_CAP = 1.5

# The type scale, in points at zoom 1.
TEXT_SIZES = {"size_small": 10.5, "size_body": 12, "size_h3": 13.5, "size_h2": 15, "size_door": 18, "size_h1": 20,
              "size_title": 16,
              # A lesson on a projector: read from the back of the room.
              "size_step": 15, "size_step_title": 20, "size_word": 30, "size_hanzi_large": 32,
              "size_pinyin_large": 14, "size_hanzi_medium": 20, "size_pinyin_medium": 11, "size_hanzi_small": 15,
              "size_pinyin_small": 9.5,
              # A kiosk's countdown seconds: read from arm's length by someone who has stepped away.
              "size_countdown": 48}
# The spacing scale, in pixels at zoom 1 (multiples of 4).
SPACING = {"pad_small": 4, "pad": 8, "pad_large": 16, "gap": 12, "margin": 24, "radius_small": 4, "radius": 6,
           "radius_large": 10, "radius_chip": 22, "door": 112, "indicator": 24, "scrollbar": 14}
LINE_WIDTHS = {"border_width": 2, "focus_width": 3, "rule_width": 4}


class Metrics(NamedTuple):
    """Sizes in pixels for one zoom, for widgets that lay themselves out."""

    zoom: float

    def px(self, size: float) -> int:
        return max(1, round(size * self.zoom))

    @property
    def target(self) -> int:
        """The smallest side of anything one presses: 44 px, growing with the zoom up to a kiosk's 1.5; beyond that
        the text itself makes controls larger, and a fixed floor would only crowd the screen."""
        return max(MIN_TARGET, round(MIN_TARGET * min(self.zoom, TARGET_ZOOM_CAP)))

    @property
    def margin(self) -> int:
        return self.px(SPACING["margin"])

    @property
    def gap(self) -> int:
        return self.px(SPACING["gap"])

    @property
    def pad(self) -> int:
        return self.px(SPACING["pad"])


def _family_list(families: list[str]) -> str:
    return ", ".join(f'"{family}"' for family in families)


def load_stylesheet(styles_dir: Path, zoom: float, fonts: FontFamilies, palette: Palette = STANDARD) -> str:
    """The stylesheet for a zoom factor and a palette. Buttons that name a language draw it in its own glyph
    shapes whatever the active language; every other widget takes the application font."""
    template = Template((styles_dir / "app.qss").read_text(encoding="utf-8"))
    metrics = Metrics(zoom)
    values = {name: f"{size * zoom:.1f}pt" for name, size in TEXT_SIZES.items()}
    values.update({name: f"{metrics.px(size)}px" for name, size in SPACING.items()})
    values.update({name: f"{max(width, metrics.px(width))}px" for name, width in LINE_WIDTHS.items()})
    values["touch"] = f"{metrics.target}px"
    values["scrollbar"] = f"{max(12, metrics.px(SPACING['scrollbar']))}px"
    values["font_family_hans"] = _family_list(fonts.for_language("zh_Hans"))
    values["font_family_hant"] = _family_list(fonts.for_language("zh_Hant"))
    values.update(palette.colours())
    dark_tick = palette.on_checked.lower() in ("#000000", "#000")
    values["check_image"] = (styles_dir / ("check-dark.svg" if dark_tick else "check-light.svg")).as_posix()
    return template.substitute(values)


def point_size(zoom: float, scale: float = 1.0) -> float:
    return BASE_POINT_SIZE * zoom * scale
