"""Every icon role draws a bundled, licensed SVG: visible, in the asked colour, sharp at any pixel ratio, unclipped."""

from __future__ import annotations

import re

import pytest
import yaml
from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton

from desktop import paths
from desktop.core.criteria import PLATFORM_KINDS
from desktop.ui.icons import FILLED, ROLES, icon_file, icons_dir, load_icon, load_pixmap

README = icons_dir() / "README.md"
NAVY = "#24445c"


def _coverage(image: QImage) -> tuple[int, set[tuple[int, int, int]], int]:
    """(pixels with ink, their colours where fully opaque, the strongest ink in the outermost pixel ring)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    inked, colours, edge = 0, set(), 0
    width, height = image.width(), image.height()
    for y in range(height):
        for x in range(width):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 0:
                continue
            inked += 1
            if colour.alpha() == 255:
                colours.add(colour.getRgb()[:3])
            if x in (0, width - 1) or y in (0, height - 1):
                edge = max(edge, colour.alpha())
    return inked, colours, edge


def test_the_licence_ships_beside_the_icons():
    licence = (icons_dir() / "lucide-LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    # Some Lucide icons derive from Feather, whose MIT notice must travel with them.
    assert "Cole Bemis" in licence


@pytest.mark.parametrize("role", sorted(ROLES))
@pytest.mark.parametrize("size", [24, 96])
def test_every_role_draws_its_bundled_svg_visibly_in_the_asked_colour(qapp, role, size):
    assert icon_file(role).is_file()
    assert "@license lucide-static" in icon_file(role).read_text(encoding="utf-8")
    pixmap = load_pixmap(role, NAVY, size)
    assert (pixmap.width(), pixmap.height()) == (size, size)
    inked, colours, edge = _coverage(pixmap.toImage())
    # Visible: at least 4% of the square carries ink (Lucide's thinnest, a chevron, has about 6%).
    assert inked > 0.04 * size * size, inked
    # One colour; overlapping antialiased shapes may round a unit off.
    target = QColor(NAVY).getRgb()[:3]
    assert all(max(abs(a - b) for a, b in zip(colour, target)) <= 2 for colour in colours), colours
    # Lucide keeps a unit of margin inside its 24-unit square: a stroke may graze the border with a trace of
    # antialiasing, but solid ink there means the drawing was clipped.
    assert edge < 64


@pytest.mark.parametrize("role", ["action.print", "status.partly", "door.guides"])
def test_an_icon_is_drawn_afresh_at_the_screen_pixel_ratio_not_scaled_up(qapp, role):
    icon = load_icon(role, NAVY, 24)
    sharp = icon.pixmap(QSize(24, 24), 2.0)
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (48, 48, 2.0)
    # Drawn at 48 device pixels it matches a 48-pixel drawing, not a 24-pixel one stretched.
    assert sharp.toImage() == load_pixmap(role, NAVY, 48).toImage().convertToFormat(sharp.toImage().format())
    stretched = load_pixmap(role, NAVY, 24).scaled(48, 48).toImage()
    assert sharp.toImage() != stretched.convertToFormat(sharp.toImage().format())
    assert load_pixmap(role, NAVY, 24, 1.5).size() == QSize(36, 36)


def test_a_disabled_icon_is_fainter_and_a_transparent_colour_is_honoured(qapp):
    icon = load_icon("action.print", NAVY, 24)
    normal = icon.pixmap(QSize(48, 48), 1.0, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(48, 48), 1.0, QIcon.Mode.Disabled).toImage()
    assert max(disabled.pixelColor(x, y).alpha() for x in range(48) for y in range(48)) < 128
    assert max(normal.pixelColor(x, y).alpha() for x in range(48) for y in range(48)) == 255
    faded = load_pixmap("action.print", QColor(36, 68, 92, 100), 48).toImage()
    assert max(faded.pixelColor(x, y).alpha() for x in range(48) for y in range(48)) <= 100


def _outline(role: str, size: int) -> QImage:
    """The role's SVG drawn as Lucide ships it, outline only."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(icon_file(role).read_bytes())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@pytest.mark.parametrize("role", sorted(FILLED))
def test_a_filled_role_puts_more_ink_down_than_its_outline(qapp, role):
    assert _coverage(load_pixmap(role, NAVY, 48).toImage())[0] > 1.08 * _coverage(_outline(role, 48))[0]


def test_partly_reads_as_a_half_disc_and_saved_as_a_solid_star(qapp):
    partly = load_pixmap("status.partly", NAVY, 48).toImage()
    # 48 px is 2 px a unit: the circle's centre is (24, 24), the half disc fills its right side.
    assert partly.pixelColor(30, 24).alpha() == 255 and partly.pixelColor(18, 24).alpha() == 0
    assert _outline("status.partly", 48).pixelColor(30, 24).alpha() == 0
    assert load_pixmap("action.saved", NAVY, 48).toImage().pixelColor(24, 26).alpha() == 255
    assert load_pixmap("action.save", NAVY, 48).toImage().pixelColor(24, 26).alpha() == 0


def test_a_button_shows_the_icon(qtbot):
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(load_icon("action.search", "#000000", 24))
    button.setIconSize(QSize(32, 32))
    button.setStyleSheet("background: #ffffff; border: none;")
    button.resize(40, 40)
    image = button.grab().toImage()
    dark = sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 100)
    assert dark > 40


def test_an_unknown_role_or_colour_says_so():
    with pytest.raises(KeyError, match="door.guides"):
        load_icon("door.nowhere", NAVY, 24)
    with pytest.raises(ValueError, match="not a colour"):
        load_pixmap("door.guides", "navvy", 24)


def test_every_task_and_platform_kind_has_an_icon():
    tasks = yaml.safe_load((paths.content_sources_dir() / "tasks.yaml").read_text(encoding="utf-8"))["tasks"]
    missing = [f"task.{task['id']}" for task in tasks if f"task.{task['id']}" not in ROLES]
    missing += [f"kind.{kind}" for kind in PLATFORM_KINDS if f"kind.{kind}" not in ROLES]
    assert missing == []


def test_the_readme_lists_every_role_with_its_file_and_every_bundled_svg():
    readme = README.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+\.[a-z-]+)` \| `([^`]+\.svg)` \|", readme, re.M))
    assert rows == {role: f"lucide/{name}.svg" for role, name in ROLES.items()}
    # The app's own icon, under app/, is documented on its own; everything else must be one of the roles' files.
    bundled = {path.relative_to(icons_dir()).as_posix() for path in icons_dir().rglob("*.svg")
               if path.relative_to(icons_dir()).parts[0] != "app"}
    assert bundled == set(rows.values())

