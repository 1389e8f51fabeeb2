"""Rich-text pages for a guide, a caution and a glossary term, in the active language.

Translated labels are computed outside f-strings: Babel's extractor cannot see calls inside them.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.content_store import ContentStore
from desktop.core.formatting import after_label, documented_by
from desktop.core.records import Finding, Term
from desktop.i18n import _
from desktop.ui import html
from desktop.ui.labels import list_separator


def platform_links(store: ContentStore, platform_ids: tuple[str, ...], language: str) -> str:
    # Names only: the summaries, not every platform's facts, findings and counterparts.
    summaries = {summary.id: summary for summary in store.platforms()}
    names = [html.internal_link(f"platform/{platform_id}", summaries[platform_id].name.get(language))
             for platform_id in platform_ids if platform_id in summaries]
    return list_separator(language).join(names)


def terms_list(terms: list[Term], language: str) -> str:
    entries = []
    for term in terms:
        chinese = term.word.get("zh_Hant" if language == "zh_Hant" else "zh_Hans")
        link = html.internal_link(f"term/{term.id}", term.word.en)
        pinyin = f" <i>{html.escape(term.pinyin_in(language))}</i>" if shows_pinyin(term, chinese) else ""
        entries.append(f"<b>{link}</b> · {html.escape(chinese)}{pinyin} — {html.text(term.definition, language)}")
    return html.items(entries)


def shows_pinyin(term: Term, chinese: str) -> bool:
    """Pinyin helps only where the word has Chinese characters (not for 'Wi-Fi' or 'VPN')."""
    return any("\u4e00" <= character <= "\u9fff" for character in chinese)


def findings_list(findings: tuple[Finding, ...], language: str) -> str:
    read = _("Read the report")
    return html.items([f"<b>{html.escape(documented_by(item.who.get(language), item.year, language))}</b>"
                       f"{'' if language != 'en' else ' '}{html.text(item.summary, language)} "
                       + html.external_link(item.url, read) for item in findings])


def reviewed_note(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    note = _("Last reviewed {date}").format(date=html.date_text(value, language))
    return f'<p class="meta">{html.escape(note)}</p>'


def guide_html(store: ContentStore, guide_id: str, language: str) -> str | None:
    guide = store.guide(guide_id)
    if guide is None:
        return None
    audience = _("Who this is for:")
    parts = [f"<h1>{html.text(guide.title, language)}</h1>",
             f"<p><b>{html.escape(after_label(audience))}</b>{html.text(guide.audience, language)}</p>"]
    if guide.before:
        parts += [html.heading(2, _("Before you start")),
                  html.items([html.text(item, language) for item in guide.before])]
    parts += [html.heading(2, _("Steps")),
              html.items([html.text(step, language) for step in guide.steps], ordered=True)]
    if guide.problems:
        parts.append(html.heading(2, _("If something goes wrong")))
        for problem, solution in guide.problems:
            parts.append(f"<h3>{html.text(problem, language)}</h3><p>{html.text(solution, language)}</p>")
    if guide.platforms:
        parts += [html.heading(2, _("Apps in this guide")),
                  f"<p>{platform_links(store, guide.platforms, language)}</p>"]
    if guide.terms:
        parts += [html.heading(2, _("Words to know")), terms_list(store.terms(guide.terms), language)]
    if guide.sources:
        parts += [html.heading(2, _("Sources")),
                  html.items([html.external_link(url, title) for title, url in guide.sources])]
    parts.append(reviewed_note(guide.reviewed, language))
    return "".join(parts)


def caution_html(store: ContentStore, caution_id: str, language: str) -> str | None:
    caution = store.caution(caution_id)
    if caution is None:
        return None
    parts = [f"<h1>{html.text(caution.title, language)}</h1>", f"<p><b>{html.text(caution.summary, language)}</b></p>",
             html.heading(2, _("What happens")), html.paragraphs(caution.what_happens, language)]
    if caution.findings:
        parts += [html.heading(2, _("Who documented it")), findings_list(caution.findings, language)]
    parts += [html.heading(2, _("Who it matters for")), html.paragraphs(caution.who_it_matters_for, language),
              html.heading(2, _("What you can do")),
              html.items([html.text(action, language) for action in caution.actions])]
    if caution.platforms:
        parts += [html.heading(2, _("Apps this concerns")),
                  f"<p>{platform_links(store, caution.platforms, language)}</p>"]
    if caution.terms:
        parts += [html.heading(2, _("Words to know")), terms_list(store.terms(caution.terms), language)]
    parts.append(reviewed_note(caution.reviewed, language))
    return "".join(parts)


def term_html(store: ContentStore, term_id: str, language: str) -> str | None:
    found = store.terms((term_id,))
    if not found:
        return None
    term = found[0]
    chinese_variant = "zh_Hant" if language == "zh_Hant" else "zh_Hans"
    names = dict.fromkeys((term.word.en, term.word.get(chinese_variant)))  # 'VPN' once, not 'VPN · VPN'
    return (f"<h1>{html.escape(' · '.join(names))}</h1>"
            + (f"<p><i>{html.escape(term.pinyin_in(chinese_variant))}</i></p>"
               if shows_pinyin(term, term.word.get(chinese_variant)) else "")
            + f"<p>{html.text(term.definition, 'en')}</p><p>{html.text(term.definition, chinese_variant)}</p>"
            + html.heading(2, _("Example"))
            + f"<p>{html.text(term.example, 'en')}<br/>{html.text(term.example, chinese_variant)}</p>")
