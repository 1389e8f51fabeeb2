"""What the Saved and Recently viewed lists show for each page: its title and what kind of page it is.

The lists hold targets (``guide/time-zones``); a page that a newer content pack no longer has is left out of the
list shown (it stays stored, and comes back if the page does). Titles come from the summaries the list pages
already read, so a list of thirty pages costs four small queries, not thirty documents. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.content_store import ContentStore
from desktop.core.targets import Target, TargetError, parse_target
from desktop.i18n import N_, _

Translate = Callable[[str], str]
KIND_LABELS = {"guide": N_("Guide"), "platform": N_("App"), "caution": N_("Privacy & safety"),
               "term": N_("Glossary")}


@dataclass(frozen=True)
class SavedPage:
    target: Target
    title: str
    kind_label: str


def page_titles(store: ContentStore, language: str, kinds: Sequence[str] = tuple(KIND_LABELS)) -> dict[str, str]:
    """The title of every starrable page, by target, in ``language``."""
    titles: dict[str, str] = {}
    if "guide" in kinds:
        titles.update({f"guide/{guide.id}": guide.title.get(language) for guide in store.guides()})
    if "platform" in kinds:
        titles.update({f"platform/{item.id}": item.name.get(language) for item in store.platforms()})
    if "caution" in kinds:
        titles.update({f"caution/{item.id}": item.title.get(language) for item in store.cautions()})
    return titles


def describe_pages(store: ContentStore, targets: Sequence[str], language: str,
                   translate: Translate = _) -> list[SavedPage]:
    """The pages of a list, in its order, with their titles; targets the content lacks are left out."""
    parsed = []
    for text in targets:
        try:
            parsed.append(parse_target(text))
        except TargetError:
            continue
    kinds = {target.kind for target in parsed}
    titles = page_titles(store, language, tuple(kinds))
    term_ids = tuple(target.ids[0] for target in parsed if target.kind == "term")
    for term in store.terms(term_ids) if term_ids else []:
        chinese = term.word.get("zh_Hant" if language == "zh_Hant" else "zh_Hans")
        titles[f"term/{term.id}"] = term.word.get(language) if chinese == term.word.en else \
            f"{term.word.en} · {chinese}"
    return [SavedPage(target, titles[str(target)], translate(KIND_LABELS[target.kind])) for target in parsed
            if str(target) in titles and target.kind in KIND_LABELS]
