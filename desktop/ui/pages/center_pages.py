"""The community center's own pages: the list behind the home page's fourth door, and each page.

A center's page is a guide from the center's database, drawn like any guide. The page never asks which setting it
is in: it shows the center it is handed in ``PageContext.center``, and nothing when there is none.
"""

from __future__ import annotations


from PySide6.QtWidgets import QWidget

from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.entry_list import Entry, EntryListPage
from desktop.ui.pages.factory import PageContext
from desktop.ui.pages.record_page import RecordPage


def center_context(context: PageContext) -> PageContext:
    """``context`` reading guides from the center's pages (and everything else from Qiao's content)."""
    return context._replace(store=context.center.store(context.store))


class CenterRecordPage(RecordPage):
    """One of the center's pages; in another language it is rebuilt from the center's pages, not Qiao's guides."""

    def retranslate(self, context: PageContext) -> bool:
        return context.center is not None and super().retranslate(center_context(context))


def center_list(context: PageContext) -> EntryListPage:
    center, language = context.center, context.language
    entries = [Entry(page.title.get(language), page.audience.get(language), Target("center-page", (page.id,)))
               for page in center.pages.guides()]
    return EntryListPage(center.name.get(language), _("Class times, help nearby and phone numbers from this center"),
                         entries, context.router)


def center_page(target: Target, context: PageContext) -> QWidget | None:
    """The list of the center's pages, or one of them; None where the setting has no center or no such page."""
    if context.center is None:
        return None
    if target.kind == "center":
        return center_list(context)
    page = CenterRecordPage.build(Target("guide", target.ids), center_context(context))
    if page is not None:
        page.target = target
    return page
