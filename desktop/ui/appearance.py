"""Applies the look to the whole application: the font for the language and zoom, the stylesheet, Qt's palette.

Qt's palette is set from the same colours as the stylesheet, so what Qt paints itself (selections, item views,
dialogs, painted delegates) follows the theme instead of Fusion's blue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.fonts import FontFamilies, application_font
from desktop.ui.palette import PALETTES, STANDARD, Palette
from desktop.ui.theme import load_stylesheet, point_size


def qt_palette(palette: Palette) -> QPalette:
    qt = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: palette.page, role.WindowText: palette.text, role.Base: palette.surface,
        role.AlternateBase: palette.page, role.Text: palette.text, role.Button: palette.surface,
        role.ButtonText: palette.text, role.Highlight: palette.selection, role.HighlightedText: palette.on_selection,
        role.Link: palette.link, role.LinkVisited: palette.link, role.ToolTipBase: palette.surface,
        role.ToolTipText: palette.text, role.PlaceholderText: palette.text_muted, role.Mid: palette.border,
        role.Dark: palette.control_border, role.Light: palette.surface, role.BrightText: palette.accent,
        role.Accent: palette.focus,
    }
    for colour_role, colour in pairs.items():
        qt.setColor(colour_role, QColor(colour))
    qt.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(palette.text_muted))
    qt.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(palette.text_muted))
    return qt


class Appearance:
    """The application's font, stylesheet and palette, changed together when the zoom or theme changes."""

    def __init__(self, app: QApplication, styles_dir: Path, fonts: FontFamilies) -> None:
        self._app = app
        self._styles_dir = styles_dir
        self._fonts = fonts
        self.palette: Palette = STANDARD
        self.zoom = 1.0
        self.language = "en"
        self._applied: tuple | None = None

    @property
    def fonts(self) -> FontFamilies:
        return self._fonts

    def set_font(self, language: str, zoom: float) -> None:
        """The bundled faces for ``language`` at the zoom's size, for every widget: the application font, and each
        widget's when the order of the faces changes (Traditional glyph shapes first for 繁體中文). Nothing is done
        when the font stays the same (English and Simplified Chinese share one order)."""
        families_changed = self._fonts.for_language(language) != self._fonts.for_language(self.language)
        self.language = language
        font = application_font(self._fonts, language, point_size(zoom))
        if font != self._app.font():  # a new application font makes every widget lay itself out again
            self._app.setFont(font)
        if families_changed and self._applied is not None:
            self._refamily(self._fonts.for_language(language))

    def _refamily(self, families: list[str]) -> None:
        """Gives every existing widget the new order of faces. Qt does not pass a new application font on to widgets
        a stylesheet has sized, and restyling the whole app would cost far more than this walk."""
        for widget in self._app.allWidgets():
            if widget.property("language") is not None:
                continue  # a language's own name keeps its own glyph shapes
            font = widget.font()
            if font.families() != families:
                font.setFamilies(families)
                widget.setFont(font)

    def apply(self, zoom: float, palette_name: str = "standard") -> None:
        """Restyles the app for a zoom and a palette; does nothing when they are what is already applied."""
        palette = PALETTES.get(palette_name, STANDARD)
        if self._applied == (zoom, palette.name):
            return
        self.zoom, self.palette = zoom, palette
        self._app.setPalette(qt_palette(palette))
        self._app.setFont(application_font(self._fonts, self.language, point_size(zoom)))
        self._restyle()
        self._applied = (zoom, palette.name)

    def _restyle(self) -> None:
        self._app.setStyleSheet(load_stylesheet(self._styles_dir, self.zoom, self._fonts, self.palette))
