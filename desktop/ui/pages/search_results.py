"""Search results, grouped by kind with the best group first, the matched words in bold; updated in place as one
types: ``SearchPage.set_query`` refills the same list view, so a keystroke costs one query and one repaint.

Nothing of the query is ever shown as markup: the heading is plain text and the marks are ranges.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.content_store import ContentStore
from desktop.core.records import SearchHit
from desktop.core.search import KIND_ORDER, SearchOutcome, closest_terms, run_search
from desktop.core.targets import Target
from desktop.i18n import _, ngettext
from desktop.ui.entry_list import Entry, EntryListPage, heading_entry
from desktop.core.labels import SEARCH_KIND_LABELS, list_separator
from desktop.ui.link_router import LinkRouter

SHOWN_QUERY_LENGTH = 60


def _grouped(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Groups in the order of their best hit: a search for 微信 shows the platform before guides mentioning it."""
    first = {kind: next((index for index, hit in enumerate(hits) if hit.kind == kind), len(hits))
             for kind in KIND_ORDER}
    return [(kind, [hit for hit in hits if hit.kind == kind]) for kind in sorted(KIND_ORDER, key=first.get)
            if first[kind] < len(hits)]


def _nothing_found(store: ContentStore, language: str, query: str) -> list[Entry]:
    entries = [heading_entry(_("Nothing found. Try a shorter word, or browse by topic:")),
               Entry(_("Stay in touch"), "", Target("guides")),
               Entry(_("Compare platforms"), "", Target("platforms")),
               Entry(_("Privacy & safety"), "", Target("privacy"))]
    terms = closest_terms(store, query, language)
    if terms:
        entries.append(heading_entry(_("Glossary words that look similar:")))
        entries += [Entry(term.word.get(language), term.definition.get(language), Target("term", (term.id,)))
                    for term in terms]
    return entries


def result_entries(store: ContentStore, language: str, query: str, outcome: SearchOutcome) -> list[Entry]:
    """The rows of the results list: a heading per kind, then its hits; or what to try when nothing is found."""
    hits = outcome.hits
    entries: list[Entry] = []
    for kind, group in _grouped(hits):
        entries.append(heading_entry(_(SEARCH_KIND_LABELS[kind])))
        entries += [Entry(hit.title, hit.snippet, Target(kind, (hit.id,)), marks=hit.marks) for hit in group]
    if not hits and len(query.strip()) == 1 and query.strip().isascii():
        entries.append(heading_entry(_("Keep typing: one letter is not enough to search.")))
    elif not hits:
        entries += _nothing_found(store, language, query)
    return entries


def result_count(outcome: SearchOutcome, language: str) -> str:
    """'1 result', '2 results' (Chinese has one form), and the word searched instead of a typo."""
    if not outcome.hits:
        return ""
    count = len(outcome.hits)
    text = ngettext("{count} result", "{count} results", count).format(count=count)
    if outcome.corrections:
        words = list_separator(language).join(f"“{word}”" for word in outcome.corrections.values())
        text += "\n" + _("Showing results for {words}").format(words=words)
    return text


class SearchPage(EntryListPage):
    """The results of one query; ``set_query`` shows those of another in the same widgets."""

    def __init__(self, store: ContentStore, router: LinkRouter, language: str, query: str) -> None:
        self._store, self._language = store, language
        self.query = ""
        super().__init__("", "", [], router)
        self.setAccessibleName(_("Search results"))
        self.set_query(query)

    def set_query(self, query: str) -> None:
        """Shows the results for ``query``, reusing the model and the view."""
        self.query = query
        outcome = run_search(self._store, query, self._language)
        self.outcome = outcome
        self.set_heading(_("Search: {query}").format(query=query.strip()[:SHOWN_QUERY_LENGTH]),
                         result_count(outcome, self._language))
        self.list_view.set_entries(result_entries(self._store, self._language, query, outcome))


def search_page(store: ContentStore, router: LinkRouter, language: str, query: str) -> QWidget:
    return SearchPage(store, router, language, query)
