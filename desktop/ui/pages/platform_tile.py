"""One platform in the browser: a card that opens its page, and beside it a toggle that adds it to a comparison.

The two are siblings in a tile, not one inside the other, so each is a control of its own for keyboards and
screen readers, and the toggle names its platform ("Add WeChat to the comparison").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.comparison import is_historical, works_on_both_sides
from desktop.core.labels import KIND_LABELS, code_label
from desktop.core.records import Platform
from desktop.i18n import _, active_language
from desktop.ui.card import Card
from desktop.ui.layouts import grows_with_width


def badges(platform: Platform) -> str:
    """One line of badges, each a symbol and words: never colour alone."""
    parts = []
    if works_on_both_sides(platform):
        parts.append("⇄ " + _("Works on both sides"))
    if is_historical(platform):
        label = code_label("status", platform.facts["status"].code)
        parts.append(f"{label[0]} {label[1]}")
    e2ee = platform.facts.get("e2ee")
    if e2ee is not None and e2ee.code == "yes":
        parts.append("✓ " + _("Encrypted end to end by default"))
    return "   ".join(parts)


class PlatformTile(QWidget):
    toggled = Signal(str, bool)  # platform id, chosen
    opened = Signal(str)

    def __init__(self, platform: Platform, language: str) -> None:
        super().__init__()
        self.platform = platform
        self.setObjectName("PlatformTile")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.card = Card("", "")
        self.card.setProperty("target", f"platform/{platform.id}")
        self.card.activated.connect(lambda: self.opened.emit(platform.id))
        self.badge = QLabel()
        self.badge.setObjectName("Badge")
        self.badge.setWordWrap(True)
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.card.add_widget(self.badge)
        self.toggle = QPushButton()
        self.toggle.setObjectName("CompareToggle")
        self.toggle.setCheckable(True)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.toggled.connect(lambda checked: self.toggled.emit(platform.id, checked))
        column.addWidget(self.card)
        column.addWidget(self.toggle)
        grows_with_width(self)
        self.retranslate(language)

    def retranslate(self, language: str) -> None:
        platform = self.platform
        name = platform.name.get(language)
        detail = " · ".join((_(KIND_LABELS[platform.kind]), platform.summary.get(language)))
        self.card.set_texts(name, detail)
        text = badges(platform)
        self.badge.setText(text)
        self.badge.setVisible(bool(text))
        self.show_chosen(self.toggle.isChecked(), self.toggle.isEnabled())

    def show_chosen(self, chosen: bool, enabled: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(chosen)
        self.toggle.blockSignals(False)
        self.toggle.setEnabled(enabled)
        name = self.platform.name.get(active_language())
        if chosen:
            self.toggle.setText("✓ " + _("Chosen for comparison"))
            self.toggle.setAccessibleName(_("{name} is chosen for the comparison").format(name=name))
        else:
            self.toggle.setText("+ " + _("Add to comparison"))
            self.toggle.setAccessibleName(_("Add {name} to the comparison").format(name=name))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

