"""Named icons: pages ask for a role ("door.guides", "status.yes", "action.print"), never for a file.

The icons are Lucide's (ISC licence, resources/icons/README.md): 24-unit outline drawings with a 2-unit stroke
in `currentColor`. They are drawn from the SVG at the size and device pixel ratio each use asks for, so they stay
sharp on a projector at zoom 3 and on a high-density laptop screen, in the colour the theme gives.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop import paths
from desktop.ui.qt_names import set_enum

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Role → Lucide icon name (the file resources/icons/lucide/NAME.svg). Roles name what an icon means in Qiao, so
# an icon can be replaced here without touching a page.
ROLES: dict[str, str] = {
    # The home page's doors.
    "door.guides": "message-circle-heart",       # stay in touch with family: the guides
    "door.platforms": "layout-grid",               # the apps, as a phone's home screen shows them
    "door.privacy": "shield-check",
    "door.glossary": "book-a",
    "door.lessons": "graduation-cap",              # the classroom's lessons
    "door.tools": "wrench",
    "door.saved": "star",                          # the same star that saves a page
    "door.center": "building-2",                   # the community center's own pages
    "door.about": "info",
    # The tools behind the tools door.
    "tool.call-planner": "calendar-clock",         # a good hour to call across time zones
    "tool.checkup": "clipboard-check",             # a privacy and settings check-up
    # Kinds of platform, and platforms that have closed or are history.
    "kind.messaging": "message-circle",
    "kind.social": "users",
    "kind.video": "circle-play",
    "kind.email": "mail",
    "kind.closed": "archive",
    # What people come to compare platforms for (resources/content/tasks.yaml, by task id).
    "task.video-call-family": "video",
    "task.share-photos": "images",
    "task.private-conversation": "lock",
    "task.find-job": "briefcase",
    "task.news-from-home": "newspaper",
    "task.make-friends": "handshake",
    # Status symbols in comparisons: always beside a word, never the meaning alone.
    "status.yes": "circle-check",                  # works, on by default, active
    "status.no": "circle-x",                       # blocked, not available, no
    "status.partly": "contrast",                   # drawn half filled (◐): partly works, limited, must be turned on
    "status.unknown": "circle-help",               # not confirmed by a source
    "status.warning": "triangle-alert",            # monitoring documented; a caution
    "status.stopped": "power-off",                 # service stopped, closed
    "status.none": "circle-minus",                 # none documented, does not apply
    "status.stale": "clock-alert",                 # a fact older than it should be
    # Actions.
    "action.back": "arrow-left",
    "action.home": "house",
    "action.search": "search",
    "action.clear": "x",
    "action.text-larger": "a-arrow-up",
    "action.text-smaller": "a-arrow-down",
    "action.language": "languages",
    "action.print": "printer",
    "action.save-pdf": "file-down",
    "action.save": "star",
    "action.saved": "star",                        # drawn filled: this page is saved
    "action.share-picture": "image-down",
    "action.qr-code": "qr-code",
    "action.phone": "smartphone",                  # take this to your phone
    "action.read-aloud": "volume-2",
    "action.play": "play",
    "action.pause": "pause",
    "action.next": "chevron-right",
    "action.previous": "chevron-left",
    "action.steps": "list-ordered",
    "action.close": "x",
    "action.start-over": "rotate-ccw",
    "action.info": "info",
    "action.high-contrast": "sun-moon",            # another colour scheme (contrast is status.partly's half circle)
    "action.compare": "columns-2",                 # side by side
}
# Roles drawn partly filled, by the SVG element that gets the fill: "svg" fills every shape (a saved star),
# "path" only the paths (the half disc inside the contrast circle, so it reads as ◐ even at 16 px).
FILLED = {"action.saved": "svg", "status.partly": "path"}
# A disabled icon is drawn at this opacity of its colour, as disabled text is drawn fainter.
DISABLED_OPACITY = 0.38


def icons_dir() -> Path:
    return paths.resources_dir() / "icons"


def icon_file(role: str) -> Path:
    """The bundled SVG of a role; an unknown role is a programming error and names the known ones."""
    try:
        name = ROLES[role]
    except KeyError:
        family = role.split(".", 1)[0]
        near = sorted(known for known in ROLES if known.startswith(family + ".")) or sorted(ROLES)
        raise KeyError(f"no icon for the role {role!r}; known: {', '.join(near)}") from None
    return icons_dir() / "lucide" / f"{name}.svg"


def _color(color: QColor | str) -> QColor:
    if isinstance(color, QColor):  # QColor(color) would set up Qt's namespace to rule out its colour-name overload
        return color
    parsed = QColor.fromString(color)
    if not parsed.isValid():
        raise ValueError(f"not a colour: {color!r}")
    return parsed


def svg(role: str, color: QColor) -> QByteArray:
    """The role's SVG with Lucide's `currentColor` replaced by the colour (opacity is applied when painting)."""
    text = icon_file(role).read_text(encoding="utf-8")
    if FILLED.get(role) == "svg":
        text = text.replace('fill="none"', 'fill="currentColor"', 1)
    elif role in FILLED:
        text = text.replace(f"<{FILLED[role]} ", f'<{FILLED[role]} fill="currentColor" ')
    return QByteArray(text.replace("currentColor", color.name(QColor.NameFormat.HexRgb)).encode("utf-8"))


def render(renderer: QSvgRenderer, size: QSize, scale: float, opacity: float) -> QPixmap:
    """A pixmap of `size` logical pixels drawn at `scale` device pixels each, so it is sharp on that screen.

    The opacity is applied to the finished drawing, not shape by shape, so a stroke over a fill doesn't show
    through darker in a faded icon."""
    device = QSize(max(1, math.ceil(size.width() * scale)), max(1, math.ceil(size.height() * scale)))
    pixmap = QPixmap(device)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    set_enum(renderer, "aspectRatioMode", "KeepAspectRatio")
    renderer.render(painter, QRectF(0, 0, device.width(), device.height()))
    if opacity < 1.0:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, round(255 * opacity)))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def load_icon(role: str, color: QColor | str, size: int) -> QIcon:
    """The icon of a role in a colour; `size` (logical pixels) is its natural size, and any other size a widget
    asks for is drawn afresh from the SVG, at the screen's pixel ratio."""
    from PySide6.QtGui import QIcon

    from desktop.ui.icon_engine import SvgIconEngine

    color = _color(color)
    return QIcon(SvgIconEngine(svg(role, color), color, size))


def load_pixmap(role: str, color: QColor | str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The icon of a role as a pixmap of `size`×`size` logical pixels, drawn at the given pixel ratio (pass the
    widget's `devicePixelRatioF()`), for labels and painted delegates."""
    color = _color(color)
    return render(QSvgRenderer(svg(role, color)), QSize(size, size), device_pixel_ratio, color.alphaF())
