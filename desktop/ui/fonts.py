"""The bundled Chinese fonts: registered at start, chosen per language.

The machines Qiao runs on may have no Chinese font at all, so the app brings subsets of Noto Sans CJK, renamed
Qiao Sans SC and Qiao Sans TC as the SIL Open Font Licence asks (see resources/fonts/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

SIMPLIFIED_FILE = "QiaoSansSC-Regular.otf"
TRADITIONAL_FILE = "QiaoSansTC-Regular.otf"


@dataclass(frozen=True)
class FontFamilies:
    simplified: str
    traditional: str

    def for_language(self, language: str) -> list[str]:
        """Families in order of preference: the variant's own glyph forms first, the other as fallback."""
        if language == "zh_Hant":
            return [self.traditional, self.simplified]
        return [self.simplified, self.traditional]


class FontError(RuntimeError):
    pass


def _register(path: Path) -> str:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontError(f"cannot load the font {path}")
    return families[0]


def load_fonts(fonts_dir: Path) -> FontFamilies:
    """Registers both bundled fonts with Qt; call after the QApplication exists."""
    return FontFamilies(_register(fonts_dir / SIMPLIFIED_FILE), _register(fonts_dir / TRADITIONAL_FILE))


def application_font(families: FontFamilies, language: str, point_size: float) -> QFont:
    font = QFont()
    # Set the families explicitly: a subset font can be classed as symbol-only and skipped by matching.
    font.setFamilies(families.for_language(language))
    font.setPointSizeF(point_size)
    return font
