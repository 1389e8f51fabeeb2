"""The lists behind the home page's doors and the glossary: guides, privacy cautions, glossary terms.

Each is one list view with a delegate (desktop/ui/entry_list.py), so a glossary of any length opens at once.
"""

from __future__ import annotations

from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.entry_list import Entry, EntryListPage
from desktop.ui.link_router import LinkRouter


def guides_page(store: ContentStore, router: LinkRouter, language: str) -> EntryListPage:
    entries = [Entry(guide.title.get(language), guide.audience.get(language), Target("guide", (guide.id,)))
               for guide in store.guides()]
    return EntryListPage(_("Stay in touch"), _("Step-by-step guides for keeping in touch with home"), entries, router)


def privacy_page(store: ContentStore, router: LinkRouter, language: str) -> EntryListPage:
    entries = [Entry(caution.title.get(language), caution.summary.get(language), Target("caution", (caution.id,)))
               for caution in store.cautions()]
    return EntryListPage(_("Privacy & safety"),
                         _("What researchers have found, and what you can do: calmly, with sources"), entries, router)


def glossary_entries(store: ContentStore, language: str) -> list[Entry]:
    """Every term, in the reader's alphabetical order: its word, the English and the Chinese, and its meaning."""
    entries = []
    for term_id, word, english, chinese, definition in store.glossary_lines(language):
        title = word if english == word else f"{word} · {english}"
        if chinese not in (word, english):
            title = f"{title} · {chinese}"
        entries.append(Entry(title, definition, Target("term", (term_id,))))
    return entries


def glossary_page(store: ContentStore, router: LinkRouter, language: str) -> EntryListPage:
    return EntryListPage(_("Glossary"), _("Words you meet when keeping in touch, in English and Chinese"),
                         glossary_entries(store, language), router)
