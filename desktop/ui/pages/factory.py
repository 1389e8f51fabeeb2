"""Makes the page for a target; the one place that knows which page shows what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages import documents, lists
from desktop.ui.pages.platform_document import platform_html
from desktop.ui.pages.base import DocumentPage
from desktop.ui.pages.compare_page import ComparePage
from desktop.ui.pages.history_views import counterparts_page, then_and_now_page
from desktop.ui.pages.platform_browser import PlatformBrowser
from desktop.ui.pages.home import home_page
from desktop.ui.pages.search_results import search_page


@dataclass(frozen=True)
class PageContext:
    store: ContentStore
    router: LinkRouter
    language: str
    point_size: float
    today: dt.date
    printer: object | None = None  # a ComparisonPrinter where printing is offered


def _document(context: PageContext, html: str | None, name: str) -> QWidget | None:
    if html is None:
        return None
    return DocumentPage(html, context.router, context.point_size, name)


def build_page(target: Target, context: PageContext) -> QWidget | None:
    """The page for ``target``, or None when it names something the content does not have."""
    store, language = context.store, context.language
    kind = target.kind
    if kind == "home":
        return home_page(context.router)
    if kind == "guides":
        return lists.guides_page(store, context.router, language)
    if kind == "platforms":
        return PlatformBrowser(store, context.router, language)
    if kind == "counterparts":
        return counterparts_page(store, context.router, language)
    if kind == "then-and-now":
        return then_and_now_page(store, context.router, language)
    if kind == "privacy":
        return lists.privacy_page(store, context.router, language)
    if kind == "search":
        return search_page(store, context.router, language, target.query)
    if kind == "guide":
        return _document(context, documents.guide_html(store, target.ids[0], language), target.ids[0])
    if kind == "caution":
        return _document(context, documents.caution_html(store, target.ids[0], language), target.ids[0])
    if kind == "term":
        return _document(context, documents.term_html(store, target.ids[0], language), target.ids[0])
    if kind == "platform":
        return _document(context, platform_html(store, target.ids[0], language, context.today),
                         target.ids[0])
    if kind == "compare":
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
