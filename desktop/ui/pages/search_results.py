"""Search results, grouped by kind, answering as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.core.content_store import ContentStore
from desktop.core.search import KIND_ORDER, search
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.labels import SEARCH_KIND_LABELS
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import ColumnPage, card, heading


def search_page(store: ContentStore, router: LinkRouter, language: str, query: str) -> ColumnPage:
    hits = search(store, query, language)
    widgets = heading(_("Search: {query}").format(query=query.strip()[:60]),
                      _("{count} results").format(count=len(hits)) if hits else "")
    # Groups in the order of their best hit: a search for 微信 shows the platform before guides mentioning it.
    kinds = sorted(KIND_ORDER, key=lambda kind: min((index for index, hit in enumerate(hits) if hit.kind == kind),
                                                    default=len(hits)))
    for kind in kinds:
        group = [hit for hit in hits if hit.kind == kind]
        if not group:
            continue
        label = QLabel(_(SEARCH_KIND_LABELS[kind]))
        label.setObjectName("PageSubtitle")
        widgets.append(label)
        target_kind = "term" if kind == "term" else kind
        widgets += [card(hit.title, hit.snippet, Target(target_kind, (hit.id,)), router) for hit in group]
    if not hits:
        nothing = QLabel(_("Nothing found. Try a shorter word, or browse by topic:"))
        nothing.setWordWrap(True)
        widgets.append(nothing)
        widgets += [card(_("Stay in touch"), "", Target("guides"), router),
                    card(_("Compare platforms"), "", Target("platforms"), router),
                    card(_("Privacy & safety"), "", Target("privacy"), router)]
    page = ColumnPage(widgets)
    page.setAccessibleName(_("Search results"))
    return page
