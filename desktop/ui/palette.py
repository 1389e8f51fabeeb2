"""Qiao's colours, in one place: the stylesheet, Qt's palette, rich text and painted views all take them from here.

Two palettes: the standard one (cream pages, navy bar, terracotta accent) and a high-contrast one (white on black,
yellow links and focus). ``docs/design.md`` lists each pair with its contrast ratio; a test recomputes them.
"""

from __future__ import annotations

from typing import NamedTuple


class Palette(NamedTuple):
    name: str
    page: str  # behind everything
    surface: str  # cards, documents, inputs
    text: str
    text_muted: str  # secondary lines, dates
    border: str  # quiet separators
    control_border: str  # edges of chips, inputs and cards: at least 3:1 against the page
    primary: str  # the bar
    on_primary: str
    bar_checked: str  # the chosen language in the bar
    on_bar_checked: str
    heading: str  # page and section headings
    checked: str  # a chosen chip or toggle
    on_checked: str
    accent: str  # the main action
    on_accent: str
    focus: str  # the focus ring on the page
    focus_on_primary: str  # the focus ring in the bar
    link: str
    selection: str
    on_selection: str
    stale: str  # 'last checked …: may be out of date'
    notice: str
    notice_border: str
    pressed: str  # a card while pressed
    blank: str = "#000000"  # the classroom's blank screen (B)

    def colours(self) -> dict[str, str]:
        return {key: value for key, value in self._asdict().items() if key != "name"}


STANDARD = Palette(
    name="standard", page="#f7f4ee", surface="#ffffff", text="#1d2733", text_muted="#4a5866", border="#d9d2c5",
    control_border="#857b6b", primary="#24445c", on_primary="#ffffff", bar_checked="#f7f4ee",
    on_bar_checked="#24445c", heading="#24445c", checked="#24445c",
    on_checked="#ffffff", accent="#b24a34", on_accent="#ffffff",
    focus="#b24a34", focus_on_primary="#ffd166", link="#1f5f8b", selection="#ffd166", on_selection="#1d2733",
    stale="#8a4b00", notice="#fff3cd", notice_border="#b38f1d", pressed="#eef3f7",
)

HIGH_CONTRAST = Palette(
    name="high-contrast", page="#000000", surface="#000000", text="#ffffff", text_muted="#ffffff",
    border="#ffffff", control_border="#ffffff", primary="#000000", on_primary="#ffffff", bar_checked="#00ffff",
    on_bar_checked="#000000", heading="#ffffff", checked="#00ffff",
    on_checked="#000000", accent="#ffff00",
    on_accent="#000000", focus="#00ffff", focus_on_primary="#00ffff", link="#ffff00", selection="#00ffff",
    on_selection="#000000", stale="#ffb84d", notice="#000000", notice_border="#ffff00", pressed="#333333",
)

PALETTES = {palette.name: palette for palette in (STANDARD, HIGH_CONTRAST)}


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.04045 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[index:index + 2], 16) for index in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two '#rrggbb' colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The pairs that must be readable: (foreground, background, minimum ratio). 4.5:1 for text, 3:1 for focus rings and
# the edges of controls (WCAG 1.4.3 and 1.4.11).
CONTRAST_PAIRS = (
    ("text", "page", 4.5), ("text", "surface", 4.5), ("text_muted", "page", 4.5), ("text_muted", "surface", 4.5),
    ("on_primary", "primary", 4.5), ("on_accent", "accent", 4.5), ("link", "surface", 4.5), ("link", "page", 4.5),
    ("stale", "surface", 4.5), ("on_selection", "selection", 4.5), ("heading", "surface", 4.5),
    ("heading", "page", 4.5), ("on_checked", "checked", 4.5), ("checked", "page", 3.0),
    ("focus", "page", 3.0), ("focus", "surface", 3.0), ("focus_on_primary", "primary", 3.0),
    ("on_bar_checked", "bar_checked", 4.5),
    ("control_border", "page", 3.0), ("control_border", "surface", 3.0), ("text", "notice", 4.5),
)
