"""The platform page: every criterion with its value, how sure we are, since when and from where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.core.content_store import ContentStore
from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.formatting import dash, format_figure
from desktop.core.freshness import is_stale
from desktop.core.records import Fact, Figure
from desktop.i18n import _
from desktop.ui import html
from desktop.ui.labels import (
    COUNT_KIND_LABELS, GROUP_LABELS, code_label, criterion_label, flags_text,
)
from desktop.ui.pages.documents import findings_list, platform_links


def figure_text(figure: Figure, language: str, translate: Callable[[str], str] = _) -> str:
    """'1.41 billion monthly active users (September 2025)'."""
    return format_figure(figure.count, translate(COUNT_KIND_LABELS[figure.kind]), figure.date, language)


def freshness_text(fact: Fact, language: str, today: dt.date,
                   translate: Callable[[str], str] = _) -> tuple[str, bool]:
    """'As of <date>', or 'Last checked <date>: may be out of date' when past its review interval."""
    from desktop.core.formatting import format_date

    date = format_date(fact.as_of, language) if fact.as_of else ""
    if is_stale(fact, today):
        return translate("Last checked {date}: may be out of date").format(date=date), True
    return translate("As of {date}").format(date=date), False


def fact_html(fact: Fact, language: str, today: dt.date) -> str:
    parts = []
    label = code_label(fact.criterion, fact.code)
    if label:
        parts.append(f"<b>{html.escape(label[0])} {html.escape(label[1])}</b>")
    if fact.unknown:
        parts.append(html.span("unknown", html.escape(_("Not confirmed: we could not verify this."))))
    if fact.codes:
        parts.append(html.escape(flags_text(fact.codes, language)))
    if fact.figure:
        parts.append(f"<b>{html.escape(figure_text(fact.figure, language))}</b>")
    if fact.value:
        parts.append(html.text(fact.value, language))
    if fact.history and fact.history_value:
        then = _("Then: {figure}").format(figure=figure_text(fact.history, language))
        then += dash(language)
        parts.append(html.span("meta", f"{html.escape(then)}{html.text(fact.history_value, language)}"))
    meta = []
    if fact.as_of:
        text, stale = freshness_text(fact, language, today)
        meta.append(html.span("stale", html.escape(text)) if stale else html.escape(text))
    if fact.source:
        meta.append(html.external_link(fact.source, _("Source")))
    if meta:
        parts.append(html.span("meta", " · ".join(meta)))
    return "<br/>".join(parts)


def platform_html(store: ContentStore, platform_id: str, language: str, today: dt.date) -> str | None:
    platform = store.platform(platform_id)
    if platform is None:
        return None
    parts = [f"<h1>{html.text(platform.name, language)}</h1>", f"<p>{html.text(platform.summary, language)}</p>"]
    for group in GROUPS:
        rows = []
        for criterion in (item for item in CRITERIA if item.group == group):
            fact = platform.facts.get(criterion.key)
            if fact is None:
                continue
            cell = fact_html(fact, language, today)
            if criterion.key == "counterparts" and platform.counterparts:
                cell = platform_links(store, platform.counterparts, language) + "<br/>" + cell
            label = html.escape(criterion_label(criterion.key))
            rows.append(f'<tr><th width="30%">{label}</th><td>{cell}</td></tr>')
        if rows:
            parts += [html.heading(2, _(GROUP_LABELS[group])),
                      '<table width="100%" cellspacing="0">' + "".join(rows) + "</table>"]
    if platform.findings:
        parts += [html.heading(2, _("Documented findings")), findings_list(platform.findings, language)]
    related = store.linked_to("platform", platform_id)
    if related:
        parts += [html.heading(2, _("Related guides and cautions")),
                  html.items([html.internal_link(f"{kind}/{record_id}", title.get(language))
                              for kind, record_id, title in related])]
    return "".join(parts)
