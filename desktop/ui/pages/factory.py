"""Makes the page for a target; the one place that knows which page shows what.

Page modules are imported when their page is first built: the first screen pays only for itself. A page may also
offer, by duck typing, what the window uses to keep the reader's place:
- ``save_state() -> dict`` and ``restore_state(state)``: the scroll place, choices and focus, as plain data;
- ``retranslate(context) -> bool``: the same page in another language, in place (False: rebuild me);
- ``focus_first()``: where focus goes when the page opens.

``features`` says what the setting allows, never which mode it is: "print" (hand a page to the printer),
"save_pdf" (write a PDF) and "save" (keep anything on this computer: stars, recently viewed pages, kept answers,
a chosen time zone, files written from a dialog). A kiosk leaves "save" out, and then nothing is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.targets import TOOL_PAGES, Target
from desktop.i18n import Catalogs, translate_in
from desktop.ui.theme import point_size

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.center import CenterPages
    from desktop.core.content_store import ContentStore
    from desktop.ui.link_router import LinkRouter

LIST_KINDS = ("home", "guides", "privacy", "glossary", "platforms", "counterparts", "then-and-now")
CENTER_KINDS = ("center", "center-page")  # a community center's own pages, where the setting has them
DOCUMENT_KINDS = ("guide", "caution", "term", "platform")
DEFAULT_FEATURES = frozenset({"print", "save_pdf", "save"})


class PageContext(NamedTuple):
    store: ContentStore
    router: LinkRouter
    language: str
    zoom: float
    today: dt.date
    printer: object | None = None  # a ComparisonPrinter where printing is offered
    catalogs: Catalogs | None = None  # for pages that write a second language beside the first
    features: frozenset[str] = DEFAULT_FEATURES
    bilingual: bool = False  # English beside Chinese on document pages
    scores: object | None = None  # a UserStore where a learner's quiz scores are kept; None keeps nothing
    speech: object | None = None  # a ReadAloud where reading aloud is offered
    # The tools' and the owner's pages (desktop/ui/pages/tool_pages.py):
    user_store: object | None = None  # the owner's UserStore where things may be kept; None keeps nothing
    reading_list: object | None = None  # a ReadingList, or a DisabledReadingList that keeps nothing
    now: Callable[[], dt.datetime] | None = None  # the clock (an aware datetime), injected in tests
    time_zone: str | None = None  # a center's configured zone; it overrides the system's and the owner's
    center: CenterPages | None = None  # the community center's own pages (a kiosk's): the home page's fourth door

    @property
    def point_size(self) -> float:
        return point_size(self.zoom)

    def translate_to(self, language: str):
        """A translate function for ``language`` whatever the active one is."""
        if self.catalogs is None:
            from desktop.i18n import _

            return _
        return lambda message: translate_in(self.catalogs, language, message)

    def shown_languages(self) -> tuple[str, str | None]:
        """The page's language, and the Chinese beside the English when the bilingual switch is on (the UI's
        Chinese, or Simplified from the English UI)."""
        if not self.bilingual:
            return self.language, None
        return "en", self.language if self.language != "en" else "zh_Hans"
    @property
    def keeps(self) -> bool:
        """Whether this setting keeps anything on this computer (a laptop, not a kiosk or a screenshot)."""
        return "save" in self.features and self.user_store is not None and getattr(self.user_store, "persistent",
                                                                                    False)

    def clock(self) -> dt.datetime:
        return self.now() if self.now is not None else dt.datetime.now(dt.UTC)

    def with_language(self, language: str) -> PageContext:
        return self._replace(language=language)


def _lists(kind: str, context: PageContext) -> QWidget:
    store, router, language = context.store, context.router, context.language
    if kind == "home":
        from desktop.ui.pages.home import HomePage

        return HomePage(context)
    if kind in ("guides", "privacy", "glossary"):
        from desktop.ui.pages import lists

        page = {"guides": lists.guides_page, "privacy": lists.privacy_page, "glossary": lists.glossary_page}[kind]
        return page(store, router, language)
    if kind == "platforms":
        from desktop.ui.pages.platform_browser import PlatformBrowser

        return PlatformBrowser(context)
    from desktop.ui.pages.history_views import counterparts_page, then_and_now_page

    return (counterparts_page if kind == "counterparts" else then_and_now_page)(context)


def build_page(target: Target, context: PageContext) -> QWidget | None:
    """The page for ``target``, or None when it names something the content does not have."""
    kind = target.kind
    if kind in LIST_KINDS:
        return _lists(kind, context)
    if kind == "search":
        from desktop.ui.pages.search_results import search_page

        return search_page(context.store, context.router, context.language, target.query)
    if kind in DOCUMENT_KINDS:
        from desktop.ui.pages.record_page import RecordPage

        return RecordPage.build(target, context)
    if kind in ("lessons", "lesson"):
        from desktop.ui.pages.lesson_list import LessonListPage
        from desktop.ui.pages.lesson_page import LessonPage

        return LessonListPage(context) if kind == "lessons" else LessonPage.build(target.ids[0], context)
    if kind in TOOL_PAGES or kind == "license":
        from desktop.ui.pages.tool_pages import build_tool_page

        return build_tool_page(target, context)
    if kind in CENTER_KINDS:
        from desktop.ui.pages.center_pages import center_page

        return center_page(target, context)
    if kind == "compare":
        from desktop.ui.pages.compare_page import ComparePage

        platforms = [context.store.platform(platform_id) for platform_id in target.ids]
        if any(platform is None for platform in platforms):
            return None
        return ComparePage(platforms, context)
    return None


def missing_ids(store: ContentStore, target: Target, center: CenterPages | None = None) -> list[str]:
    """The ids in ``target`` that the content does not have (for a clear message before the window opens)."""
    if target.kind in ("platform", "compare"):
        known = store.platform_ids()
        return [platform_id for platform_id in target.ids if platform_id not in known]
    lookups = {"guide": store.guide, "caution": store.caution, "term": lambda term_id: store.terms((term_id,)),
               "lesson": store.lesson}
    if target.kind in lookups:
        return [record_id for record_id in target.ids if not lookups[target.kind](record_id)]
    if target.kind in CENTER_KINDS:  # only a kiosk whose center has pages shows them
        if center is None:
            return list(target.ids) or [target.kind]
        return [page_id for page_id in target.ids if page_id not in center.page_ids()]
    return []
