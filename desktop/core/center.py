"""The community center a kiosk stands in, as pages see it: its name and its own pages. No Qt here.

A center's pages are guides in a database of their own. Pages read them through ``CenterPageStore``, which answers
guide questions from the center's database and everything else (platform names, glossary terms a page links)
from Qiao's content, so a center's page links platforms and terms as any guide does.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.content_store import ContentStore
from desktop.core.records import Guide, GuideSummary, Text


class CenterPageStore:
    """A content store whose guides are the center's pages; every other read goes to Qiao's content."""

    def __init__(self, pages: ContentStore, content: ContentStore) -> None:
        self._pages = pages
        self._content = content

    def guides(self) -> list[GuideSummary]:
        return self._pages.guides()

    def guide(self, guide_id: str) -> Guide | None:
        return self._pages.guide(guide_id)

    def __getattr__(self, name: str):
        return getattr(self._content, name)


@dataclass(frozen=True)
class CenterPages:
    """The center's name (in the three languages) and its pages; ``store`` reads them as guides."""

    name: Text
    pages: ContentStore

    def store(self, content: ContentStore) -> CenterPageStore:
        return CenterPageStore(self.pages, content)

    def page_ids(self) -> list[str]:
        return [page.id for page in self.pages.guides()]
