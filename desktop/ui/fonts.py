"""The bundled Chinese fonts: registered at start, chosen per language.

The machines Qiao runs on may have no Chinese font at all, so the app brings subsets of Noto Sans CJK, renamed
Qiao Sans SC and Qiao Sans TC as the SIL Open Font Licence asks (see resources/fonts/README.md). Each family has
three real weights, Regular (400), Medium (500) and Bold (700): without them Qt would draw headings in a synthetic
bold that it drops at large sizes, so a projected heading would turn regular.

Each face costs fontconfig a scan of its thousands of characters (about a millisecond and a half), so the window
registers before its first frame only the faces a screen can draw in its language: that variant's Regular and Bold
(no style asks for Medium yet) and the other variant's Regular, for the language buttons named in their own script.
The rest are registered once the first frame is on screen, before anyone can print or switch.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase

from desktop.content.font_files import FACES, WEIGHTS, face_file_name

STYLES = tuple(WEIGHTS.values())
SCREEN_STYLES = ("Regular", "Bold")  # the weights the style sheet uses (normal and bold)
OTHER_SCRIPT_STYLES = ("Regular",)  # the other variant on screen: the language buttons, named in their own script
# Every face file by variant, Regular first; the Regular face names the family.
FACE_FILES = {variant: tuple(face_file_name(variant, style) for style in STYLES) for variant in FACES}


class FontFamilies(NamedTuple):
    simplified: str
    traditional: str

    def for_language(self, language: str) -> list[str]:
        """Families in order of preference: the variant's own glyph forms first, the other as fallback."""
        if language == "zh_Hant":
            return [self.traditional, self.simplified]
        return [self.simplified, self.traditional]


class FontError(RuntimeError):
    pass


def _register(path: Path) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontError(f"cannot load the font {path}")
    return families


def _register_family(fonts_dir: Path, files: tuple[str, ...]) -> str:
    """Registers weights of one family (Regular first) and returns its name, checking each weight joined it."""
    family = _register(fonts_dir / files[0])[0]
    for name in files[1:]:
        _register_weight(fonts_dir / name, family)
    return family


def _register_weight(path: Path, family: str) -> None:
    if family not in _register(path):
        raise FontError(f"the font {path} is not a weight of {family}")


def load_fonts(fonts_dir: Path, later: Callable[[Callable[[], None]], None] | None = None,
               language: str = "en") -> FontFamilies:
    """Registers every bundled face with Qt (both families, all weights); call after the QApplication exists.
    With ``later``, which runs a function once the first frame is on screen, only the faces a screen in
    ``language`` can draw are registered now, and the others then."""
    now = {variant: tuple(name for style, name in zip(STYLES, files)
                          if later is None or style in first_frame_styles(language, variant))
           for variant, files in FACE_FILES.items()}
    families = FontFamilies(_register_family(fonts_dir, now["SC"]), _register_family(fonts_dir, now["TC"]))
    if later is not None:
        named = {"SC": families.simplified, "TC": families.traditional}
        waiting = [(fonts_dir / name, named[variant]) for variant, files in FACE_FILES.items()
                   for name in files if name not in now[variant]]
        later(lambda: _register_waiting(waiting))
    return families


def first_frame_styles(language: str, variant: str) -> tuple[str, ...]:
    """The weights of ``variant`` that a screen in ``language`` draws."""
    own = "TC" if language == "zh_Hant" else "SC"
    return SCREEN_STYLES if variant == own else OTHER_SCRIPT_STYLES


def _register_waiting(faces: list[tuple[Path, str]]) -> None:
    for path, family in faces:
        try:
            _register_weight(path, family)
        except FontError as error:  # the screen is up and keeps its Regular and Bold: say so, do not stop
            print(f"qiao: {error}", file=sys.stderr)


def application_font(families: FontFamilies, language: str, point_size: float) -> QFont:
    font = QFont()
    # Set the families explicitly: a subset font can be classed as symbol-only and skipped by matching.
    font.setFamilies(families.for_language(language))
    font.setPointSizeF(point_size)
    return font
