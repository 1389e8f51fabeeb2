"""A center's own pages: class times, legal aid, a food pantry, phone numbers.

Staff write them as guides (the same YAML format, checked by the same rules) in a folder of their own:

    my-center/
      pages/<id>.yaml      one file per page, in the guides' format
      order.yaml           optional: `pages: [id, id, ...]`, the order in which they are listed
      zh_hant_overrides.yaml   optional: the center's own Simplified → Traditional words

They are built into a database of their own, separate from the bundled content, which ``ContentStore`` opens
like any other (its guides are the center's pages).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.content.bundle import ContentBundle, _check_references, _localize
from desktop.content.guides import read_guide
from desktop.content.sources import Problem, read_source
from desktop.content.traditional import TraditionalConverter, overrides_path, read_overrides
from desktop.content.vocabulary import read_vocabulary, vocabulary_path

PAGES_FOLDER = "pages"
ORDER_FILE = "order.yaml"


@dataclass(frozen=True)
class KnownIds:
    """The platforms and glossary terms of the app's content, which a center's page may link."""

    platforms: frozenset[str]
    terms: frozenset[str]

    @classmethod
    def from_store(cls, store) -> KnownIds:
        return cls(frozenset(store.platform_ids()), frozenset(term.id for term in store.terms()))


def _overrides(center_dir: Path, bundled_sources: Path, bundle: ContentBundle) -> dict[str, str]:
    """The bundled overrides, then the center's own on top of them."""
    overrides: dict[str, str] = {}
    for folder in (bundled_sources, center_dir):
        path = overrides_path(folder)
        if path.exists():
            source = read_source(path, center_dir)
            overrides.update(read_overrides(source))
            if folder == center_dir:
                bundle.problems.extend(source.problems)
                bundle.file_count += 1
    return overrides


def _apply_page_order(center_dir: Path, bundle: ContentBundle) -> None:
    path = center_dir / ORDER_FILE
    if not path.exists():
        return
    source = read_source(path, center_dir)
    data = source.data
    listed = data.get("pages") if isinstance(data, dict) else None
    if data is not None and not isinstance(listed, list):
        source.error(getattr(data, "line", 1) or 1, "order.yaml must be 'pages: [id, id, ...]'")
        listed = []
    listed = listed or []
    known = {page["id"] for page in bundle.guides}
    for index, page_id in enumerate(listed):
        if page_id not in known:
            source.error(listed.line_of(index), f"'pages' lists a page that does not exist: '{page_id}'")
    positions = {page_id: index for index, page_id in enumerate(listed)}
    for page in bundle.guides:
        page["position"] = positions.get(page["id"], len(listed))
    bundle.problems.extend(source.problems)
    bundle.file_count += 1


def load_center_pages(center_dir: Path, known: KnownIds, bundled_sources: Path,
                      today: dt.date | None = None) -> ContentBundle:
    """Reads and checks a center's pages. Never raises for bad content: see ``problems``. The pages are the
    bundle's ``guides``; links to platforms and glossary terms are checked against ``known``."""
    today = today or dt.date.today()
    bundle = ContentBundle()
    pages_dir = center_dir / PAGES_FOLDER
    files = sorted(pages_dir.glob("*.yaml"))
    if not files:
        where = str(pages_dir)
        bundle.problems.append(Problem(where, 1, f"no pages: write one YAML file per page in {PAGES_FOLDER}/"))
        return bundle
    converter = TraditionalConverter(_overrides(center_dir, bundled_sources, bundle))
    vocabulary_file = vocabulary_path(bundled_sources)  # a center's Traditional follows the same word list
    vocabulary = (read_vocabulary(read_source(vocabulary_file, bundled_sources)) if vocabulary_file.exists()
                  else [])
    for path in files:
        source = read_source(path, center_dir)
        if source.data is not None or not source.problems:
            page = read_guide(source, today)
            if page is not None:
                _check_references(source, page, known.platforms, known.terms)
                page["source"] = source
                bundle.guides.append(page)
        _localize(source, converter, vocabulary)
        bundle.problems.extend(source.problems)
    bundle.file_count += len(files)
    _apply_page_order(center_dir, bundle)
    bundle.problems.sort(key=lambda problem: (problem.severity != "error", problem.path, problem.line))
    return bundle

