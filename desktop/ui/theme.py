"""The stylesheet, scaled to the app-wide zoom factor (1.0 on a laptop, 1.5-2 on a projector)."""

from __future__ import annotations

from pathlib import Path
from string import Template

from desktop.ui.fonts import FontFamilies

BASE_POINT_SIZE = 12.0

# Sizes in points (text) and pixels (spacing) at zoom 1.0; 48 px touch targets follow platform guidance.
_SIZES = {
    "size_small": 10, "size_body": 12, "size_h2": 15, "size_h1": 20, "size_title": 17,
}
_PIXELS = {
    "pad_small": 4, "pad": 10, "pad_large": 18, "radius": 6, "radius_large": 10, "touch": 40, "door": 96,
}


def _family_list(families: list[str]) -> str:
    return ", ".join(f'"{family}"' for family in families)


def load_stylesheet(styles_dir: Path, zoom: float, fonts: FontFamilies, language: str) -> str:
    """The stylesheet for a zoom factor, naming the bundled font families so that every widget uses them
    (Latin text included: a system font would give mixed shapes, and may be missing on a kiosk). Buttons that
    name a language draw it in its own glyph shapes whatever the active language."""
    template = Template((styles_dir / "app.qss").read_text(encoding="utf-8"))
    values = {name: f"{size * zoom:.1f}pt" for name, size in _SIZES.items()}
    values["font_family"] = _family_list(fonts.for_language(language))
    values["font_family_hans"] = _family_list(fonts.for_language("zh_Hans"))
    values["font_family_hant"] = _family_list(fonts.for_language("zh_Hant"))
    values.update({name: f"{round(size * zoom)}px" for name, size in _PIXELS.items()})
    return template.substitute(values)


def point_size(zoom: float, scale: float = 1.0) -> float:
    return BASE_POINT_SIZE * zoom * scale
