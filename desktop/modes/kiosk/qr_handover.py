"""Links go to the visitor's phone: a large QR code, the address written out, and a line saying where it opens.

The code is made by segno (pure Python) and drawn from its module matrix with QPainter rectangles, crisp at any
size, with the four-module quiet zone phone cameras need. The kiosk's link router calls ``show_url`` instead of a
web browser: nothing is ever opened on the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import _
from desktop.modes.kiosk.overlay import Overlay, big_button, plain_label

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)
DARK, LIGHT = "#000000", "#ffffff"  # a QR code is black on white in every theme: cameras expect it
BREAK_AFTER = "/.?&=#-_"


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row, True for dark."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]


def breakable(url: str) -> str:
    """The address with invisible break points after its separators, so a long one wraps instead of running off."""
    return "".join(character + ("\u200b" if character in BREAK_AFTER else "") for character in url)


class QrCode(QWidget):
    """A square QR code as large as its room allows."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.matrix: list[list[bool]] = []
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.matrix = qr_matrix(text) if text else []
        self.setAccessibleName(_("QR code for {address}").format(address=text) if text else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 200)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor(LIGHT))
        count = len(self.matrix) + 2 * QUIET_ZONE
        if self.matrix:
            module = side / count
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(DARK))
            for y, row in enumerate(self.matrix):
                for x, dark in enumerate(row):
                    if dark:  # each module a shade larger than its cell, so no hairline gaps show between them
                        painter.drawRect(QRectF(left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module,
                                                module + 0.5, module + 0.5))
        painter.end()


class QrHandover(Overlay):
    """'Open this on your phone': the code, the address, where it opens, and Close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "QrHandover", width_share=0.62)
        self.url = ""
        self.title = plain_label("", "KioskTitle")
        self.code = QrCode()
        self.address = plain_label("", "KioskAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.where = plain_label("", "KioskText")
        self.close_button = big_button("")
        self.close_button.clicked.connect(self.close_handover)
        for widget in (self.title, self.code, self.address, self.where):
            self.panel_layout.addWidget(widget)
        self.panel_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_url(self, url: QUrl) -> bool:
        """Shows ``url`` as a code for the visitor's phone; True, as an opener that 'opened' it."""
        self.url = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        self.code.set_text(self.url)
        self.retranslate()
        self.open()
        return True

    def retranslate(self) -> None:
        self.title.setText(_("Open this on your phone"))
        self.address.setText(breakable(self.url))
        self.address.setAccessibleName(self.url)
        self.where.setText(_("Point your phone's camera at the code. The page opens on your phone, not on this "
                             "screen."))
        self.close_button.setText(_("Close"))
        self.close_button.setAccessibleName(_("Close"))

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:  # the code takes what the text leaves, up to a comfortable size for a camera
            side = max(200, min(round(min(parent.width(), parent.height()) * 0.45), 720))
            self.code.setFixedHeight(side)
        super()._fit()

    def focus_first(self) -> None:
        self.close_button.setFocus()

    def close_handover(self) -> None:
        self.hide()
        self.url = ""
        self.code.set_text("")
