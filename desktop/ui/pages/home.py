"""The home page: three big doors a first-time visitor understands at a glance, and smaller ones below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.card import Card
from desktop.ui.layouts import ColumnsLayout, grows_with_width
from desktop.ui.pages.base import heading
from desktop.ui.pages.factory import PageContext
from desktop.ui.scroll_page import ScrollPage

DOOR_EM = 13  # a door's narrowest, in body-text ems
BIG_DOOR_EM = 18  # the three big doors': their large icon and title must leave a title room for its words


def door_grid(doors: list[Card], min_em: float, zoom_font_px: int, max_columns: int) -> QWidget:
    """Doors in as many columns as fit."""
    grid = QWidget()
    layout = ColumnsLayout(grid, spacing=16, min_column=round(min_em * zoom_font_px), max_columns=max_columns)
    for door in doors:
        layout.addWidget(door)
    grows_with_width(grid)
    return grid


def owner_doors(context: PageContext, door) -> list[Card]:
    """The tools, the owner's saved pages (only where pages are kept) and About."""
    doors = [door(lambda _c: (_("Tools"), _("Plan a call to China, choose +1 or +86 for WeChat, check your privacy")),
                  Target("tools"), "door.tools", "Card")]
    reading_list = context.reading_list
    if context.keeps and reading_list is not None and reading_list.enabled:
        doors.append(door(lambda _c: (_("Saved pages"), _("The pages you starred, and the ones you opened lately")),
                          Target("saved"), "door.saved", "Card"))
    doors.append(door(lambda _c: (_("About Qiao and your privacy"),
                                  _("Offline, collects nothing; what is kept on this computer")),
                      Target("about"), "door.about", "Card"))
    return doors


class HomePage(ScrollPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(max_em=64, margin=32, spacing=24)
        router = context.router
        # Each door's words as a function of the context, so a language switch rewrites them in place.
        self._door_texts: list[tuple[Card, Callable[[PageContext], tuple[str, str]]]] = []

        def door(texts: Callable[[PageContext], tuple[str, str]], target: Target, icon: str,
                 object_name: str = "Door") -> Card:
            card = Card(*texts(context), object_name, icon)
            card.setProperty("target", str(target))
            card.activated.connect(lambda: router.go(target))
            self._door_texts.append((card, texts))
            return card

        self.doors = [
            door(lambda _c: (_("Stay in touch"), _("Video calls, photos and family chats with home, step by step")),
                 Target("guides"), "door.guides"),
            door(lambda _c: (_("Compare platforms"),
                             _("WeChat, WhatsApp, Signal and more: who runs them, what works where")),
                 Target("platforms"), "door.platforms"),
            door(lambda _c: (_("Privacy & safety"), _("What happens to your messages, and what you can do about it")),
                 Target("privacy"), "door.privacy"),
        ]
        if context.center is not None:  # a center's own pages: the fourth door, first for its visitors
            self.doors.insert(0, door(lambda c: (c.center.name.get(c.language),
                                                 _("Class times, help nearby and phone numbers from this center")),
                                      Target("center"), "door.center"))
        self.more = [door(lambda _c: (_("Glossary"), _("Words you meet when keeping in touch, in English and Chinese")),
                          Target("glossary"), "door.glossary", "Card"),
                     door(lambda _c: (_("Classroom"),
                                      _("Lessons for English classes: step by step, new words, a short quiz")),
                          Target("lessons"), "door.lessons", "Card")]
        self.more += owner_doors(context, door)
        em = max(8, self.fontInfoPixelSize())
        self.title, self.subtitle = heading(*self._heading_texts())
        self.add(self.title)
        self.add(self.subtitle)
        self.add(door_grid(self.doors, BIG_DOOR_EM, em, 2 if len(self.doors) == 4 else 3))  # four doors: two by two
        self.add(door_grid(self.more, DOOR_EM, em, 3))
        self.setAccessibleName(_("Home"))

    @staticmethod
    def _heading_texts() -> tuple[str, str]:
        return _("Welcome to Qiao"), _("A bridge to your family in China: calm, practical help in your language")

    def retranslate(self, context: PageContext) -> bool:
        """The same doors in another language, rewritten in place (focus and scroll position stay)."""
        title, subtitle = self._heading_texts()
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        for card, texts in self._door_texts:
            card.set_texts(*texts(context))
        self.setAccessibleName(_("Home"))
        return True

    def focus_first(self) -> None:
        self.doors[0].setFocus()

    def save_state(self) -> dict:
        return {"place": self.place()}

    def restore_state(self, state: dict) -> None:
        self.restore_place(state.get("place"))
