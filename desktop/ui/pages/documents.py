"""Rich-text pages: a guide, a platform, a caution, each built from the database in the active language."""

from __future__ import annotations

import datetime as dt

from desktop.core.content_store import ContentStore
from desktop.core.criteria import CRITERIA, GROUPS
from desktop.core.formatting import format_count, format_month
from desktop.core.freshness import is_stale
from desktop.core.records import Fact, Finding, Term
from desktop.i18n import _
from desktop.ui import html
from desktop.ui.labels import COUNT_KIND_LABELS, FLAG_LABELS, GROUP_LABELS, code_label, criterion_label


def _platform_links(store: ContentStore, platform_ids: tuple[str, ...], language: str) -> str:
    names = []
    for platform_id in platform_ids:
        platform = store.platform(platform_id)
        if platform is not None:
            names.append(html.internal_link(f"platform/{platform_id}", platform.name.get(language)))
    return "、".join(names) if language != "en" else ", ".join(names)


def _terms(terms: list[Term], language: str) -> str:
    entries = []
    for term in terms:
        chinese = term.word.get("zh_Hant" if language == "zh_Hant" else "zh_Hans")
        entries.append(f"<b>{html.escape(term.word.en)}</b> · {html.escape(chinese)} "
                       f"<i>{html.escape(term.pinyin)}</i> — {html.text(term.definition, language)}")
    return html.items(entries)


def _findings(findings: tuple[Finding, ...], language: str) -> str:
    return html.items([f"<b>{html.escape(item.who)}</b> ({item.year}): {html.text(item.summary, language)} "
                       + html.external_link(item.url, _("Read the report")) for item in findings])


def _reviewed(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    return f'<p class="meta">{html.escape(_("Last reviewed {date}").format(date=html.date_text(value, language)))}</p>'


def guide_html(store: ContentStore, guide_id: str, language: str) -> str | None:
    guide = store.guide(guide_id)
    if guide is None:
        return None
    parts = [f"<h1>{html.text(guide.title, language)}</h1>",
             f"<p><b>{html.escape(_('Who this is for:'))}</b> {html.text(guide.audience, language)}</p>"]
    if guide.before:
        parts += [f"<h2>{html.escape(_('Before you start'))}</h2>",
                  html.items([html.text(item, language) for item in guide.before])]
    parts += [f"<h2>{html.escape(_('Steps'))}</h2>",
              html.items([html.text(step, language) for step in guide.steps], ordered=True)]
    if guide.problems:
        parts.append(f"<h2>{html.escape(_('If something goes wrong'))}</h2>")
        for problem, solution in guide.problems:
            parts.append(f"<h3>{html.text(problem, language)}</h3><p>{html.text(solution, language)}</p>")
    if guide.platforms:
        parts += [f"<h2>{html.escape(_('Apps in this guide'))}</h2>",
                  f"<p>{_platform_links(store, guide.platforms, language)}</p>"]
    if guide.terms:
        parts += [f"<h2>{html.escape(_('Words to know'))}</h2>", _terms(store.terms(guide.terms), language)]
    if guide.sources:
        parts += [f"<h2>{html.escape(_('Sources'))}</h2>",
                  html.items([html.external_link(url, title) for title, url in guide.sources])]
    parts.append(_reviewed(guide.reviewed, language))
    return "".join(parts)


def caution_html(store: ContentStore, caution_id: str, language: str) -> str | None:
    caution = store.caution(caution_id)
    if caution is None:
        return None
    parts = [f"<h1>{html.text(caution.title, language)}</h1>", f"<p><b>{html.text(caution.summary, language)}</b></p>",
             f"<h2>{html.escape(_('What happens'))}</h2>", html.paragraphs(caution.what_happens, language)]
    if caution.findings:
        parts += [f"<h2>{html.escape(_('Who documented it'))}</h2>", _findings(caution.findings, language)]
    parts += [f"<h2>{html.escape(_('Who it matters for'))}</h2>", html.paragraphs(caution.who_it_matters_for, language),
              f"<h2>{html.escape(_('What you can do'))}</h2>",
              html.items([html.text(action, language) for action in caution.actions])]
    if caution.platforms:
        parts += [f"<h2>{html.escape(_('Apps this concerns'))}</h2>",
                  f"<p>{_platform_links(store, caution.platforms, language)}</p>"]
    if caution.terms:
        parts += [f"<h2>{html.escape(_('Words to know'))}</h2>", _terms(store.terms(caution.terms), language)]
    parts.append(_reviewed(caution.reviewed, language))
    return "".join(parts)


def fact_html(store: ContentStore, fact: Fact, language: str, today: dt.date) -> str:
    """One criterion's cell: symbol and word, the value, the figure, and when and where it comes from."""
    parts = []
    label = code_label(fact.criterion, fact.code)
    if label:
        parts.append(f"<b>{html.escape(label[0])} {html.escape(label[1])}</b>")
    if fact.unknown:
        parts.append(f'<span class="unknown">{html.escape(_("Not confirmed: we could not verify this."))}</span>')
    if fact.codes:
        parts.append(html.escape(", ".join(_(FLAG_LABELS[code]) for code in fact.codes)))
    if fact.figure:
        figure = f"{format_count(fact.figure.count, language)} {_(COUNT_KIND_LABELS[fact.figure.kind])}"
        if fact.figure.date:
            figure += f" ({format_month(fact.figure.date, language)})"
        parts.append(f"<b>{html.escape(figure)}</b>")
    if fact.value:
        parts.append(html.text(fact.value, language))
    if fact.history and fact.history_value:
        history = f"{format_count(fact.history.count, language)} {_(COUNT_KIND_LABELS[fact.history.kind])}"
        when = format_month(fact.history.date, language) if fact.history.date else ""
        parts.append(f'<span class="meta">{html.escape(_("Then ({when}): {figure}").format(when=when, figure=history))}'
                     f" — {html.text(fact.history_value, language)}</span>")
    meta = []
    if fact.as_of:
        date = html.date_text(fact.as_of, language)
        if is_stale(fact, today):
            meta.append(f'<span class="stale">{html.escape(_("Last checked {date}: may be out of date").format(date=date))}</span>')
        else:
            meta.append(html.escape(_("As of {date}").format(date=date)))
    if fact.source:
        meta.append(html.external_link(fact.source, _("Source")))
    if meta:
        parts.append(f'<span class="meta">{" · ".join(meta)}</span>')
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
            cell = fact_html(store, fact, language, today)
            if criterion.key == "counterparts" and platform.counterparts:
                cell = _platform_links(store, platform.counterparts, language) + "<br/>" + cell
            rows.append(f'<tr><th width="30%">{html.escape(criterion_label(criterion.key))}</th><td>{cell}</td></tr>')
        if rows:
            parts += [f"<h2>{html.escape(_(GROUP_LABELS[group]))}</h2>",
                      '<table width="100%" cellspacing="0">' + "".join(rows) + "</table>"]
    if platform.findings:
        parts += [f"<h2>{html.escape(_('Documented findings'))}</h2>", _findings(platform.findings, language)]
    related = store.linked_to("platform", platform_id)
    if related:
        parts += [f"<h2>{html.escape(_('Related guides and cautions'))}</h2>",
                  html.items([html.internal_link(f"{kind}/{record_id}", title.get(language))
                              for kind, record_id, title in related])]
    return "".join(parts)


def term_html(store: ContentStore, term_id: str, language: str) -> str | None:
    found = store.terms((term_id,))
    if not found:
        return None
    term = found[0]
    chinese = term.word.get("zh_Hant" if language == "zh_Hant" else "zh_Hans")
    other = "zh_Hant" if language == "zh_Hant" else "zh_Hans"
    return (f"<h1>{html.escape(term.word.en)} · {html.escape(chinese)}</h1>"
            f"<p><i>{html.escape(term.pinyin)}</i></p>"
            f"<p>{html.text(term.definition, 'en')}</p><p>{html.text(term.definition, other)}</p>"
            f"<h2>{html.escape(_('Example'))}</h2>"
            f"<p>{html.text(term.example, 'en')}<br/>{html.text(term.example, other)}</p>")
