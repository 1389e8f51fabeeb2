"""Search results, grouped by kind with the best group first, the matched words in bold; updated as one types."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.core.content_store import ContentStore
from desktop.core.records import SearchHit
from desktop.core.search import KIND_ORDER, closest_terms, search
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.core.labels import SEARCH_KIND_LABELS
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import ColumnPage, card, heading


def _group_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("GroupLabel")
    label.setWordWrap(True)
    return label


def _grouped(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Groups in the order of their best hit: a search for 微信 shows the platform before guides mentioning it."""
    first = {kind: next((index for index, hit in enumerate(hits) if hit.kind == kind), len(hits))
             for kind in KIND_ORDER}
    return [(kind, [hit for hit in hits if hit.kind == kind]) for kind in sorted(KIND_ORDER, key=first.get)
            if first[kind] < len(hits)]


def _nothing_found(store: ContentStore, router: LinkRouter, language: str, query: str) -> list:
    widgets = [_group_label(_("Nothing found. Try a shorter word, or browse by topic:"))]
    widgets += [card(_("Stay in touch"), "", Target("guides"), router),
                card(_("Compare platforms"), "", Target("platforms"), router),
                card(_("Privacy & safety"), "", Target("privacy"), router)]
    terms = closest_terms(store, query, language)
    if terms:
        widgets.append(_group_label(_("Glossary words that look similar:")))
        widgets += [card(term.word.get(language), term.definition.get(language), Target("term", (term.id,)), router)
                    for term in terms]
    return widgets


def search_page(store: ContentStore, router: LinkRouter, language: str, query: str) -> ColumnPage:
    hits = search(store, query, language)
    shown = query.strip()[:60]
    widgets = heading(_("Search: {query}").format(query=shown),
                      _("{count} results").format(count=len(hits)) if hits else "")
    for kind, group in _grouped(hits):
        widgets.append(_group_label(_(SEARCH_KIND_LABELS[kind])))
        widgets += [card(hit.title, hit.snippet, Target(kind, (hit.id,)), router, detail_html=hit.snippet_html)
                    for hit in group]
    if not hits and len(query.strip()) == 1 and query.strip().isascii():
        widgets.append(_group_label(_("Keep typing: one letter is not enough to search.")))
    elif not hits:
        widgets += _nothing_found(store, router, language, query)
    page = ColumnPage(widgets)
    page.setAccessibleName(_("Search results"))
    return page
