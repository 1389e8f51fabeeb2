"""A large, finger-sized card that opens a page: an icon, a bold title, and a wrapped description.

It is a QPushButton, so keyboards (Tab, Enter, Space) and screen readers treat it as the button it is; the labels
sit in a layout inside it, and the button takes its height from them. Its texts are always plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.label import Label
from desktop.ui.qt_names import click_through, plain_text, pointing_hand, set_enum

ICON_EM = {"Door": 2.6, "Card": 1.6}  # the icon's side, in the title's line heights


class Card(QPushButton):
    activated = Signal()

    def __init__(self, title: str, detail: str = "", object_name: str = "Card", icon: str = "") -> None:
        """``icon`` names an icon role (see resources/icons/README.md), drawn in the theme's link colour."""
        super().__init__()
        self.setObjectName(object_name)
        pointing_hand(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._icon_role = icon
        self._drawn_icon: tuple | None = None  # what the icon label shows: (role, colour, side, pixel ratio)
        outer = QHBoxLayout(self)
        # Room inside the border; the home page's doors get more, as befits their size.
        outer.setContentsMargins(*((24, 16, 24, 16) if object_name == "Door" else (16, 10, 16, 10)))
        outer.setSpacing(16)
        # Every part is made inside the card: a widget shown before it has a parent opens as a window of its own.
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName(f"{object_name}Icon")
        set_enum(self.icon_label, "alignment", "AlignTop|AlignLeft")  # its full height, the drawing at the top
        outer.addWidget(self.icon_label)
        if not icon:  # hidden only when empty: showing a part before the card is placed would style it twice
            self.icon_label.hide()
        texts = QVBoxLayout()
        texts.setSpacing(4)
        outer.addLayout(texts, 1)
        self.title_label = self._label(title, f"{object_name}Title")
        self.detail_label = self._label(detail, f"{object_name}Detail")
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        if not detail:
            self.detail_label.hide()
        self._extras = texts
        click_through(self.icon_label, self.title_label, self.detail_label)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.clicked.connect(self.activated)
        self._draw_icon()

    def _label(self, text: str, object_name: str) -> QLabel:
        label = Label(text, self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        plain_text(label)
        return label

    def _draw_icon(self) -> None:
        if not self._icon_role:
            return
        from desktop.ui.icons import load_pixmap

        side = round(ICON_EM.get(self.objectName(), 1.6) * self.title_label.fontMetrics().height())
        colour = self.palette().color(QPalette.ColorRole.Link)
        ratio = self.devicePixelRatioF()
        drawing = (self._icon_role, colour.rgba(), side, ratio)
        if drawing == self._drawn_icon:  # polishing sends several change events that change nothing drawn
            return
        self._drawn_icon = drawing
        self.icon_label.setPixmap(load_pixmap(self._icon_role, colour, side, ratio))
        self.icon_label.setFixedWidth(side)
        self.icon_label.setMinimumHeight(side)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._draw_icon()  # the theme or zoom changed: redraw the icon in its colour and size

    def set_texts(self, title: str, detail: str) -> None:
        """New words (a language switch), announced as they read."""
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)

    def add_widget(self, widget: QWidget) -> None:
        """Adds a widget below the text, e.g. badges; it keeps its own clicks."""
        self._extras.addWidget(widget)

    def title(self) -> str:
        return self.title_label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.heightForWidth(max(120, self.width())))
