"""The home page: the app's three doors."""

from __future__ import annotations

from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import ColumnPage, card, heading


def home_page(router: LinkRouter) -> ColumnPage:
    doors = [
        card(_("Stay in touch"), _("Video calls, photos and family chats with home, step by step"),
             Target("guides"), router, "Door"),
        card(_("Compare platforms"), _("WeChat, WhatsApp, Signal and more: who runs them, what works where"),
             Target("platforms"), router, "Door"),
        card(_("Privacy & safety"), _("What happens to your messages, and what you can do about it"),
             Target("privacy"), router, "Door"),
    ]
    glossary = card(_("Glossary"), _("Words you meet when keeping in touch, in English and Chinese"),
                    Target("glossary"), router)
    page = ColumnPage([*heading(_("Welcome to Qiao"),
                                _("A bridge to your family in China: calm, practical help in your language")),
                       *doors, glossary], margin=32)
    page.setAccessibleName(_("Home"))
    return page
