"""Guides, cautions and glossary terms as structured documents in one language. No Qt here.

Section labels are translated with the ``translate`` function handed in, so a bilingual view can build the same
document in two languages side by side whatever the active language is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.core.content_store import ContentStore
from desktop.core.document import Document, Heading, Item, ItemList, Link, LinkRow, Paragraph
from desktop.core.formatting import after_label, documented_by, format_date
from desktop.core.records import Finding, Term, Text
from desktop.i18n import _

Translate = Callable[[str], str]


def chinese_variant(language: str) -> str:
    """The Chinese a reader of ``language`` reads: Traditional for zh_Hant, else Simplified."""
    return "zh_Hant" if language == "zh_Hant" else "zh_Hans"


def shows_pinyin(term: Term, chinese: str) -> bool:
    """Pinyin helps only where the word has Chinese characters (not for 'Wi-Fi' or 'VPN')."""
    return bool(term.pinyin) and any("\u4e00" <= character <= "\u9fff" for character in chinese)


def _text(value: Text | None, language: str) -> str:
    return value.get(language) if value else ""


def _paragraphs(value: Text | None, language: str) -> list[Paragraph]:
    """A text with blank lines between its paragraphs, as one Paragraph each."""
    return [Paragraph(Item(part.strip())) for part in _text(value, language).split("\n\n") if part.strip()]


def platform_links(store: ContentStore, platform_ids: tuple[str, ...], language: str) -> tuple[Link, ...]:
    # Names only: the summaries, not every platform's facts, findings and counterparts.
    summaries = {summary.id: summary for summary in store.platforms()}
    return tuple(Link(summaries[platform_id].name.get(language), f"platform/{platform_id}")
                 for platform_id in platform_ids if platform_id in summaries)


def term_items(terms: list[Term], language: str) -> tuple[Item, ...]:
    """Each word: the word in the reader's language as a link, beside it the word in the other language (with
    pinyin where it helps), and the definition below."""
    items = []
    for term in terms:
        chinese = term.word.get(chinese_variant(language))
        pinyin = term.pinyin_in(language) if shows_pinyin(term, chinese) else ""
        if language == "en":
            word, other = term.word.en, " ".join(part for part in (chinese, pinyin) if part)
        else:
            word, other = chinese, " · ".join(part for part in (term.word.en, pinyin) if part)
        if other.split(" ")[0] == word:
            other = ""  # 'VPN' once, not 'VPN · VPN'
        items.append(Item(_text(term.definition, language), strong=other, lead=(Link(word, f"term/{term.id}"),)))
    return tuple(items)


def finding_lead(finding: Finding, language: str) -> str:
    """'Citizen Lab (2016):' in English; '公民实验室（2016 年）：' in Chinese."""
    return documented_by(finding.who.get(language), finding.year, language)


def finding_items(findings: tuple[Finding, ...], language: str, translate: Translate = _) -> tuple[Item, ...]:
    read = translate("Read the report")
    return tuple(Item(_text(finding.summary, language), strong=finding_lead(finding, language),
                      links=(Link(read, finding.url),)) for finding in findings)


def reviewed_note(value: dt.date | None, language: str, translate: Translate = _) -> list[Paragraph]:
    if value is None:
        return []
    return [Paragraph(Item(translate("Last reviewed {date}").format(date=format_date(value, language)),
                           style="meta"))]


# The tools a guide leads to, shown as links under who the guide is for.
GUIDE_TOOLS = {"time-zones": ("call-planner",), "which-number": ("number-choice",),
               "wechat-us-number": ("number-choice",), "keep-chinese-number": ("number-choice",)}


def tool_links(store: ContentStore, guide_id: str, language: str, translate: Translate = _) -> list:
    """A heading and the links to the tools for ``guide_id``; nothing for a guide without one."""
    links = []
    for tool in GUIDE_TOOLS.get(guide_id, ()):
        if tool == "call-planner":  # its content has sentences, not a title
            links.append(Link(translate("Call planner"), tool))
        elif (content := store.tool_content(tool)) is not None:
            links.append(Link(content.text("title").get(language), tool))
    return [Heading(translate("A tool for this")), LinkRow(tuple(links))] if links else []


def guide_document(store: ContentStore, guide_id: str, language: str, translate: Translate = _) -> Document | None:
    guide = store.guide(guide_id)
    if guide is None:
        return None
    title = _text(guide.title, language)
    blocks: list = [Heading(title, 1), Paragraph(Item(_text(guide.audience, language),
                                                      strong=after_label(translate("Who this is for:")).strip()))]
    blocks += tool_links(store, guide_id, language, translate)
    if guide.before:
        blocks += [Heading(translate("Before you start")),
                   ItemList(tuple(Item(_text(item, language)) for item in guide.before))]
    blocks += [Heading(translate("Steps")),
               ItemList(tuple(Item(_text(step, language)) for step in guide.steps), ordered=True)]
    if guide.problems:
        blocks.append(Heading(translate("If something goes wrong")))
        for problem, solution in guide.problems:
            blocks += [Heading(_text(problem, language), 3), Paragraph(Item(_text(solution, language)))]
    if guide.platforms:
        blocks += [Heading(translate("Apps in this guide")),
                   LinkRow(platform_links(store, guide.platforms, language))]
    if guide.terms:
        blocks += [Heading(translate("Words to know")), ItemList(term_items(store.terms(guide.terms), language))]
    if guide.sources:
        blocks += [Heading(translate("Sources")),
                   ItemList(tuple(Item(links=(Link(name, url),)) for name, url in guide.sources))]
    blocks += reviewed_note(guide.reviewed, language, translate)
    return Document(title, language, tuple(blocks))


def caution_document(store: ContentStore, caution_id: str, language: str,
                     translate: Translate = _) -> Document | None:
    caution = store.caution(caution_id)
    if caution is None:
        return None
    title = _text(caution.title, language)
    blocks: list = [Heading(title, 1), Paragraph(Item(strong=_text(caution.summary, language))),
                    Heading(translate("What happens")), *_paragraphs(caution.what_happens, language)]
    if caution.findings:
        blocks += [Heading(translate("Who documented it")),
                   ItemList(finding_items(caution.findings, language, translate))]
    blocks += [Heading(translate("Who it matters for")), *_paragraphs(caution.who_it_matters_for, language),
               Heading(translate("What you can do")),
               ItemList(tuple(Item(_text(action, language)) for action in caution.actions))]
    if caution.platforms:
        blocks += [Heading(translate("Apps this concerns")),
                   LinkRow(platform_links(store, caution.platforms, language))]
    if caution.terms:
        blocks += [Heading(translate("Words to know")), ItemList(term_items(store.terms(caution.terms), language))]
    blocks += reviewed_note(caution.reviewed, language, translate)
    return Document(title, language, tuple(blocks))


def term_document(store: ContentStore, term_id: str, language: str, translate: Translate = _) -> Document | None:
    """A glossary word in English and in the reader's Chinese, with pinyin, definitions and an example."""
    found = store.terms((term_id,))
    if not found:
        return None
    term = found[0]
    chinese = chinese_variant(language)
    names = " · ".join(dict.fromkeys((term.word.en, term.word.get(chinese))))  # 'VPN' once, not 'VPN · VPN'
    blocks: list = [Heading(names, 1)]
    if shows_pinyin(term, term.word.get(chinese)):
        blocks.append(Paragraph(Item(term.pinyin_in(chinese), style="meta")))
    first, second = ("en", chinese) if language == "en" else (chinese, "en")
    blocks += [Paragraph(Item(_text(term.definition, first))), Paragraph(Item(_text(term.definition, second))),
               Heading(translate("Example")), Paragraph(Item(_text(term.example, first))),
               Paragraph(Item(_text(term.example, second)))]
    return Document(names, language, tuple(blocks))
