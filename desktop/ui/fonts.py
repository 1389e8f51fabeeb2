"""The bundled Chinese fonts: registered at start, chosen per language.

The machines Qiao runs on may have no Chinese font at all, so the app brings subsets of Noto Sans CJK, renamed
Qiao Sans SC and Qiao Sans TC as the SIL Open Font Licence asks (see resources/fonts/README.md). Each family has
three real weights, Regular (400), Medium (500) and Bold (700): without them Qt would draw headings in a synthetic
bold that it drops at large sizes, so a projected heading would turn regular.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase

from desktop.content.font_subset import FACES, WEIGHTS, face_file_name

STYLES = tuple(WEIGHTS.values())
# Every face file by variant, Regular first; the Regular face names the family.
FACE_FILES = {variant: tuple(face_file_name(variant, style) for style in STYLES) for variant in FACES}
SIMPLIFIED_FILE = FACE_FILES["SC"][0]
TRADITIONAL_FILE = FACE_FILES["TC"][0]


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
    """Registers every weight of one family and returns its name, checking each weight joined it."""
    family = _register(fonts_dir / files[0])[0]
    for name in files[1:]:
        if family not in _register(fonts_dir / name):
            raise FontError(f"the font {fonts_dir / name} is not a weight of {family}")
    return family


def load_fonts(fonts_dir: Path) -> FontFamilies:
    """Registers every bundled face with Qt (both families, all weights); call after the QApplication exists."""
    return FontFamilies(_register_family(fonts_dir, FACE_FILES["SC"]), _register_family(fonts_dir, FACE_FILES["TC"]))


def application_font(families: FontFamilies, language: str, point_size: float) -> QFont:
    font = QFont()
    # Set the families explicitly: a subset font can be classed as symbol-only and skipped by matching.
    font.setFamilies(families.for_language(language))
    font.setPointSizeF(point_size)
    return font
