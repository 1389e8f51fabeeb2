"""The three lists behind the home page's doors: guides, platforms, privacy cautions."""

from __future__ import annotations

from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import ColumnPage, card, heading


def guides_page(store: ContentStore, router: LinkRouter, language: str) -> ColumnPage:
    cards = [card(guide.title.get(language), guide.audience.get(language), Target("guide", (guide.id,)), router)
             for guide in store.guides()]
    page = ColumnPage([*heading(_("Stay in touch"), _("Step-by-step guides for keeping in touch with home")),
                       *cards])
    page.setAccessibleName(_("Stay in touch"))
    return page


def privacy_page(store: ContentStore, router: LinkRouter, language: str) -> ColumnPage:
    cards = [card(caution.title.get(language), caution.summary.get(language), Target("caution", (caution.id,)),
                  router) for caution in store.cautions()]
    page = ColumnPage([*heading(_("Privacy & safety"),
                                _("What researchers have found, and what you can do: calmly, with sources")),
                       *cards])
    page.setAccessibleName(_("Privacy & safety"))
    return page


def glossary_page(store: ContentStore, router: LinkRouter, language: str) -> ColumnPage:
    chinese = "zh_Hant" if language == "zh_Hant" else "zh_Hans"
    cards = []
    for term in sorted(store.terms(), key=lambda term: term.word.get(language).lower()):
        title = " · ".join(dict.fromkeys((term.word.get(language), term.word.en, term.word.get(chinese))))
        cards.append(card(title, term.definition.get(language), Target("term", (term.id,)), router))
    page = ColumnPage([*heading(_("Glossary"), _("Words you meet when keeping in touch, in English and Chinese")),
                       *cards])
    page.setAccessibleName(_("Glossary"))
    return page
