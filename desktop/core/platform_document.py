"""A platform's page as a structured document: every criterion with its value, since when and from where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.core.content_store import ContentStore
from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.document import Document, FactRow, FactTable, Heading, Item, ItemList, Link, LinkRow, Paragraph
from desktop.core.document_builders import finding_items, platform_links
from desktop.core.fact_text import detail_lines, freshness_text
from desktop.core.labels import GROUP_LABELS, criterion_label
from desktop.core.records import Fact
from desktop.i18n import _

Translate = Callable[[str], str]


def fact_lines(fact: Fact, language: str, today: dt.date, translate: Translate = _) -> tuple[Item, ...]:
    """The fact written out, then one quieter line with its date (marked when stale) and its source."""
    lines = [Item(line, style="unknown" if fact.unknown and index else "")
             for index, line in enumerate(detail_lines(fact, language, today, translate))]
    date, stale = freshness_text(fact, language, today, translate) if fact.as_of else ("", False)
    source = (Link(translate("Source"), fact.source),) if fact.source else ()
    if date or source:
        lines.append(Item(date, links=source, style="stale" if stale else "meta"))
    return tuple(lines)


def platform_document(store: ContentStore, platform_id: str, language: str, today: dt.date,
                      translate: Translate = _) -> Document | None:
    platform = store.platform(platform_id)
    if platform is None:
        return None
    title = platform.name.get(language)
    blocks: list = [Heading(title, 1), Paragraph(Item(platform.summary.get(language)))]
    if platform.counterparts:  # straight to a side-by-side with the apps that play the same role
        others = [store.platform(other) for other in platform.counterparts[:3]]
        names = [other.name.get(language) for other in others if other is not None]
        ids = ",".join([platform_id, *(other.id for other in others if other is not None)])
        separator = ", " if language == "en" else "、"
        blocks.append(LinkRow((Link(translate("Compare side by side with {names}").format(
            names=separator.join(names)), f"compare/{ids}"),)))
    for group in GROUPS:
        rows = []
        for criterion in (item for item in CRITERIA if item.group == group):
            fact = platform.facts.get(criterion.key)
            if fact is None:
                continue
            lines = fact_lines(fact, language, today, translate)
            if criterion.key == "counterparts" and platform.counterparts:
                lines = (Item(lead=platform_links(store, platform.counterparts, language)), *lines)
            rows.append(FactRow(criterion_label(criterion.key, translate), lines))
        if rows:
            blocks += [Heading(translate(GROUP_LABELS[group])), FactTable(tuple(rows))]
    if platform.findings:
        blocks += [Heading(translate("Documented findings")),
                   ItemList(finding_items(platform.findings, language, translate))]
    related = store.linked_to("platform", platform_id)
    guides = tuple(Link(name.get(language), f"guide/{record_id}") for kind, record_id, name in related
                   if kind == "guide")
    cautions = tuple(Link(name.get(language), f"caution/{record_id}") for kind, record_id, name in related
                     if kind == "caution")
    if guides:
        blocks += [Heading(translate("Guides that use it")), LinkRow(guides)]
    if cautions:
        blocks += [Heading(translate("Privacy and safety notes")), LinkRow(cautions)]
    return Document(title, language, tuple(blocks))
