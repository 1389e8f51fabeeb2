"""Headings are drawn in the real Bold face at every zoom, in Latin and Chinese, not in Qt's synthetic bold.

Qt emboldens a Regular face itself when no bold face exists, but only while it draws small glyphs from bitmaps:
at projector sizes the synthetic bold disappears and a heading turns regular. So each check asks Qt which face
it chose and measures how much ink the heading puts on the page against the same text in Regular.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QImage, QRawFont
from PySide6.QtWidgets import QLabel

from desktop import paths
from desktop.ui.fonts import STYLES, load_fonts
from desktop.ui.theme import point_size

HEADINGS = {"en": "Welcome to Qiao", "zh_Hans": "欢迎使用桥", "zh_Hant": "歡迎使用橋"}
H1_SCALE = 20 / 12  # a page title's size against body text
ZOOMS = (1.0, 3.0)


@pytest.fixture(scope="module")
def families(qapp):
    return load_fonts(paths.fonts_dir())


def _heading(qtbot, families, language: str, zoom: float, weight: str) -> QLabel:
    """A heading styled as the app styles it: families, size and weight from a stylesheet."""
    family_list = ", ".join(f'"{family}"' for family in families.for_language(language))
    label = QLabel(HEADINGS[language])
    label.setStyleSheet(f"font-family: {family_list}; font-size: {point_size(zoom, H1_SCALE):.1f}pt; "
                        f"font-weight: {weight}; color: #000000; background: #ffffff;")
    qtbot.addWidget(label)
    label.ensurePolished()
    label.adjustSize()
    return label


def _ink(label: QLabel) -> int:
    """The darkness the text puts on a white page, summed over every pixel."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width = image.width()
    return sum(width * 255 - sum(image.constScanLine(row).tobytes()[:width]) for row in range(image.height()))


def test_both_families_have_three_real_weights(families):
    for family in (families.simplified, families.traditional):
        styles = QFontDatabase.styles(family)
        assert set(STYLES) <= set(styles), styles
        assert [QFontDatabase.weight(family, style) for style in STYLES] == [400, 500, 700]


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("language", HEADINGS)
def test_a_bold_heading_uses_the_bold_face(qtbot, families, language, zoom):
    bold = _heading(qtbot, families, language, zoom, "bold")
    face = QRawFont.fromFont(bold.font())
    assert face.familyName() == families.for_language(language)[0]
    assert (face.styleName(), face.weight()) == ("Bold", 700)
    for character in HEADINGS[language].replace(" ", ""):
        # The UCS-4 overload: the QChar one wrongly reports some hanzi (用) missing.
        assert face.supportsCharacter(ord(character)), character


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("language", HEADINGS)
def test_a_bold_heading_is_visibly_heavier_than_regular_at_every_size(qtbot, families, language, zoom):
    regular = _ink(_heading(qtbot, families, language, zoom, "normal"))
    medium = _ink(_heading(qtbot, families, language, zoom, "500"))
    bold = _ink(_heading(qtbot, families, language, zoom, "bold"))
    # Noto's Bold strokes carry about 1.5 times the ink of Regular's; synthetic bold at zoom 3 carries 1.0.
    assert bold > 1.3 * regular, (regular, medium, bold)
    assert 1.1 * regular < medium < bold, (regular, medium, bold)


@pytest.mark.parametrize("language", HEADINGS)
def test_medium_weight_uses_the_medium_face(qtbot, families, language):
    face = QRawFont.fromFont(_heading(qtbot, families, language, 1.0, "500").font())
    assert (face.styleName(), face.weight()) == ("Medium", 500)
    assert face.familyName() == families.for_language(language)[0]


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
def test_every_screen_asks_only_for_faces_there_for_its_first_frame(make_window, families, language):
    """The window registers before its first frame only the faces a screen in its language draws (the rest once
    the frame is up): every widget on every page asks for one of those, a family in a weight it has then."""
    from PySide6.QtWidgets import QWidget

    from desktop.ui.fonts import first_frame_styles
    from tests.ui.screens import PAGES

    named = {"SC": families.simplified, "TC": families.traditional}
    first_frame = {(named[variant], QFontDatabase.weight(named[variant], style))
                   for variant in named for style in first_frame_styles(language, variant)}
    asked = {}
    for target in PAGES:
        window = make_window(language=language, target=target)
        for widget in window.findChildren(QWidget):  # (the window itself draws no text)
            font = widget.font()
            face = ((font.families() or [font.family()])[0], font.weight().value)
            asked.setdefault(face, f"{target} {type(widget).__name__} {widget.objectName()}")
        window.close()
    assert set(asked) <= first_frame, {face: where for face, where in asked.items() if face not in first_frame}
