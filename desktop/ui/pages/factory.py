"""Makes the page for a target; the one place that knows which page shows what.

Page modules are imported when their page is first built: the first screen pays only for itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.ui.link_router import LinkRouter


@dataclass(frozen=True)
class PageContext:
    store: ContentStore
    router: LinkRouter
    language: str
    point_size: float
    today: dt.date
    printer: object | None = None  # a ComparisonPrinter where printing is offered


def _document(context: PageContext, html: str | None, name: str) -> QWidget | None:
    from desktop.ui.pages.base import DocumentPage

    if html is None:
        return None
    return DocumentPage(html, context.router, context.point_size, name)


def _lists(kind: str, context: PageContext) -> QWidget:
    store, router, language = context.store, context.router, context.language
    if kind == "home":
        from desktop.ui.pages.home import home_page

        return home_page(router)
    if kind in ("guides", "privacy", "glossary"):
        from desktop.ui.pages import lists

        page = {"guides": lists.guides_page, "privacy": lists.privacy_page, "glossary": lists.glossary_page}[kind]
        return page(store, router, language)
    if kind == "platforms":
        from desktop.ui.pages.platform_browser import PlatformBrowser

        return PlatformBrowser(store, router, language)
    from desktop.ui.pages.history_views import counterparts_page, then_and_now_page

    return (counterparts_page if kind == "counterparts" else then_and_now_page)(store, router, language)


def build_page(target: Target, context: PageContext) -> QWidget | None:
    """The page for ``target``, or None when it names something the content does not have."""
    store, language, kind = context.store, context.language, target.kind
    if kind in ("home", "guides", "privacy", "glossary", "platforms", "counterparts", "then-and-now"):
        return _lists(kind, context)
    if kind == "search":
        from desktop.ui.pages.search_results import search_page

        return search_page(store, context.router, language, target.query)
    if kind in ("guide", "caution", "term"):
        from desktop.ui.pages import documents

        render = {"guide": documents.guide_html, "caution": documents.caution_html, "term": documents.term_html}[kind]
        return _document(context, render(store, target.ids[0], language), target.ids[0])
    if kind == "platform":
        from desktop.ui.pages.platform_document import platform_html

        return _document(context, platform_html(store, target.ids[0], language, context.today), target.ids[0])
    if kind == "compare":
        from desktop.ui.pages.compare_page import ComparePage

        platforms = [store.platform(platform_id) for platform_id in target.ids]
        if any(platform is None for platform in platforms):
            return None
        return ComparePage(platforms, language, context.today, context.router, context.printer)
    return None


def missing_ids(store: ContentStore, target: Target) -> list[str]:
    """The ids in ``target`` that the content does not have (for a clear message before the window opens)."""
    if target.kind in ("platform", "compare"):
        known = store.platform_ids()
        return [platform_id for platform_id in target.ids if platform_id not in known]
    lookups = {"guide": store.guide, "caution": store.caution, "term": lambda term_id: store.terms((term_id,))}
    if target.kind in lookups:
        return [record_id for record_id in target.ids if not lookups[target.kind](record_id)]
    return []
