"""The results of the two question tools as structured documents, so the screen, the printout and the picture
sent home all say the same. No Qt here.

- the privacy check-up's result: the cautions that matter most for the answers, each with its first step and a
  link to the caution;
- the +1 or +86 outcome: the recommendation, its reasons, the notes, the guides that help and the sources.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.core import number_choice, privacy_checkup
from desktop.core.content_store import ContentStore
from desktop.core.document import Document, Heading, Item, ItemList, Link, LinkRow, Paragraph
from desktop.core.number_choice import NumberChoiceOutcome
from desktop.i18n import _

Translate = Callable[[str], str]


def checkup_result(store: ContentStore, answers: Mapping[str, str]) -> list[privacy_checkup.CheckupItem]:
    """The three to five cautions for ``answers`` (which may be partial), in the content's editorial order."""
    return list(privacy_checkup.check_up(answers, [caution.id for caution in store.cautions()]))


def checkup_document(store: ContentStore, answers: Mapping[str, str], language: str,
                     translate: Translate = _) -> Document:
    """The check-up's result: each caution that matters, numbered, with the one thing to do first."""
    content = store.tool_content(privacy_checkup.TOOL_ID)
    title = content.text("title").get(language)
    blocks: list = [Heading(title, 1), Heading(content.text("result-title").get(language))]
    if not answers:
        return Document(title, language, (*blocks, Paragraph(Item(content.text("result-empty").get(language)))))
    items = []
    for view in privacy_checkup.describe(checkup_result(store, answers), content, language):
        caution = store.caution(view.caution)
        if caution is None:
            continue
        name = caution.title.get(language)
        items.append(Item(translate("First step: {step}").format(step=view.first_step), strong=name,
                          links=(Link(translate("Read about it"), f"caution/{view.caution}"),)))
    blocks.append(ItemList(tuple(items), ordered=True))
    answered = len(privacy_checkup.check_answers(answers, privacy_checkup.QUESTIONS, required=False))
    if answered < len(privacy_checkup.QUESTIONS):
        blocks.append(Paragraph(Item(translate("Based on {answered} of {count} answers.").format(
            answered=answered, count=len(privacy_checkup.QUESTIONS)), style="meta")))
    return Document(title, language, tuple(blocks))


def number_choice_document(store: ContentStore, outcome: NumberChoiceOutcome, language: str,
                           translate: Translate = _) -> Document:
    """The recommendation for a set of answers, with why, what to keep in mind, the guides and the sources."""
    content = store.tool_content(number_choice.TOOL_ID)
    view = number_choice.describe(outcome, content, language)
    guide_titles = {guide.id: guide.title.get(language) for guide in store.guides()}
    guides = tuple(Link(guide_titles[target.partition("/")[2]], target) for target in view.guides
                   if target.partition("/")[2] in guide_titles)
    blocks: list = [Heading(view.title, 2), Paragraph(Item(view.summary)),
                    Heading(translate("Why"), 3), ItemList(tuple(Item(reason) for reason in view.reasons)),
                    Heading(translate("Good to know"), 3), ItemList(tuple(Item(note) for note in view.notes))]
    if guides:
        blocks += [Heading(content.text("guides-title").get(language), 3), LinkRow(guides)]
    return Document(view.title, language, tuple(blocks))


def source_items(sources, translate: Translate = _) -> tuple[Item, ...]:
    """A tool's sources: each one's title, then a link to it (a long title wraps; a link cannot)."""
    return tuple(Item(source.title, links=(Link(translate("Source"), source.url),), style="meta")
                 for source in sources)


def number_choice_sources(store: ContentStore, language: str, translate: Translate = _) -> Document:
    """The decision aid's sources, shown whatever the answers."""
    content = store.tool_content(number_choice.TOOL_ID)
    items = source_items(content.sources, translate)
    title = content.text("sources-title").get(language)
    return Document(title, language, (Heading(title, 2), ItemList(items)))
