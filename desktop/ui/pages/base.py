"""Building blocks shared by the pages: a page heading, a scrolling column of cards."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.targets import Target
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.card import Card
from desktop.ui.label import Label
from desktop.ui.link_router import LinkRouter
from desktop.ui.qt_names import focus_policy, plain_text
from desktop.ui.scroll_page import ScrollPage


def heading(text: str, subtitle: str = "") -> list[QLabel]:
    """A page title (announced as a heading, where focus lands when the page opens) and a subtitle; both plain
    text, whatever they contain."""
    title = HeadingLabel(text, 1)
    title.setObjectName("PageTitle")
    plain_text(title)
    title.setWordWrap(True)
    focus_policy(title, "ClickFocus")
    labels: list[QLabel] = [title]
    if subtitle:
        sub = Label(subtitle)
        plain_text(sub)
        sub.setObjectName("PageSubtitle")
        sub.setWordWrap(True)
        labels.append(sub)
    return labels


def card(label: str, detail: str, target: Target, router: LinkRouter, object_name: str = "Card",
         icon: str = "") -> Card:
    """A large, finger-sized card that opens ``target``; ``icon`` names an icon role."""
    widget = Card(label, detail, object_name, icon)
    widget.setProperty("target", str(target))
    widget.activated.connect(lambda: router.go(target))
    return widget


class ColumnPage(ScrollPage):
    """A scrolling column of widgets with generous margins, held to a reading width."""

    def __init__(self, widgets: list[QWidget], margin: int = 24) -> None:
        super().__init__(widgets, max_em=48, margin=margin, spacing=max(8, margin // 2))

    def save_state(self) -> dict:
        return {"place": self.place()}

    def restore_state(self, state: dict) -> None:
        self.restore_place(state.get("place"))

    def focus_first(self) -> None:
        title = self.findChild(HeadingLabel)
        (title or self).setFocus()
