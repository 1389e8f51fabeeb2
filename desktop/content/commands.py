"""`qiao content check | build | stats | export`: the maintainers' commands for the content."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections import Counter

from typing import TYPE_CHECKING

from desktop import paths
from desktop.core.criteria import CRITERIA, UNKNOWN

if TYPE_CHECKING:
    from desktop.content.bundle import ContentBundle

LANGUAGES = ("en", "zh_Hans", "zh_Hant")


class _NotAFolderError(Exception):
    pass


def _load(options: argparse.Namespace) -> ContentBundle:
    """The checked content of ``--sources`` (default: the bundled sources); a path that is no folder is refused."""
    from desktop.content.bundle import load_content  # PyYAML and OpenCC: only the commands that read sources

    folder = options.sources or paths.content_sources_dir()
    if not folder.is_dir():
        raise _NotAFolderError(f"qiao: no content folder at {folder}")
    return load_content(folder)


def _print_problems(bundle: ContentBundle) -> None:
    for problem in bundle.problems:
        print(problem, file=sys.stderr)


def _check(options: argparse.Namespace) -> int:
    bundle = _load(options)
    _print_problems(bundle)
    errors, warnings = len(bundle.errors), len(bundle.warnings)
    print(f"{bundle.file_count} files: {len(bundle.platforms)} platforms, {len(bundle.guides)} guides, "
          f"{len(bundle.cautions)} cautions, {len(bundle.terms)} glossary terms, {len(bundle.lessons)} lessons; "
          f"{errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def _build(options: argparse.Namespace) -> int:
    from desktop.content.build import BuildError, build_database

    target = options.output
    if target is None:
        if paths.source_checkout() is None:
            print("qiao: content build writes the bundled database only in a clone of Qiao's repository; "
                  "give --output PATH", file=sys.stderr)
            return 2
        target = paths.content_database()
    bundle = _load(options)
    if bundle.errors:
        _print_problems(bundle)
        print(f"not built: {len(bundle.errors)} error(s)", file=sys.stderr)
        return 1
    try:
        build_database(bundle, target)
    except BuildError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 1
    print(f"built {target}")
    return 0


def _texts_in(record) -> list[dict]:
    """Every three-language text inside a record, found by shape."""
    found = []
    if isinstance(record, dict):
        if "en" in record and "zh_Hans" in record:
            return [record]
        for key, value in record.items():
            if key not in ("source", "synonyms"):  # synonyms are search words, not shown texts
                found += _texts_in(value)
    elif isinstance(record, (list, tuple)):
        for value in record:
            found += _texts_in(value)
    return found


def _stats(options: argparse.Namespace) -> int:
    bundle = _load(options)
    kinds = (("platforms", bundle.platforms), ("guides", bundle.guides), ("cautions", bundle.cautions),
             ("glossary terms", bundle.terms))
    print(f"{'kind':<16}{'count':>7}" + "".join(f"{language:>10}" for language in LANGUAGES) + "   texts")
    for label, records in kinds:
        complete = {language: sum(1 for record in records
                                  if all(text.get(language) for text in _texts_in(record)))
                    for language in LANGUAGES}
        texts = sum(len(_texts_in(record)) for record in records)
        print(f"{label:<16}{len(records):>7}" + "".join(f"{complete[language]:>10}" for language in LANGUAGES)
              + f"{texts:>8}")
    facts = [(platform["id"], fact) for platform in bundle.platforms for fact in platform["facts"]]
    known = [(platform_id, fact) for platform_id, fact in facts if fact["code"] != UNKNOWN]
    sourced = [item for item in known if item[1].get("source") and item[1].get("as_of")]
    dated = [item for item in facts if item[1].get("as_of")]
    expected = len(bundle.platforms) * len(CRITERIA)
    print(f"\nfacts: {len(facts)} of {expected} criteria filled "
          f"({len(bundle.platforms)} platforms x {len(CRITERIA)} criteria)")
    share = 100.0 * len(sourced) / len(known) if known else 0.0
    print(f"known facts with a source and an as-of date: {len(sourced)} of {len(known)} ({share:.0f}%)")
    print(f"facts with an as-of date (known and unknown): {len(dated)} of {len(facts)}")
    unknown = [item for item in facts if item[1]["code"] == UNKNOWN]
    print(f"\nunknown facts: {len(unknown)}")
    for platform_id, fact in unknown:
        reason = (fact.get("value") or {}).get("en", "")
        print(f"  {platform_id}.{fact['criterion']}: {reason}")
    _print_as_of_spread(facts)
    print(f"\nstale facts (past their review interval): {len(bundle.stale)}")
    for platform_id, criterion, as_of in bundle.stale:
        print(f"  {platform_id}.{criterion}: last checked {as_of}")
    from desktop.content.pinyin import pinyin_disagreements

    disagreements = pinyin_disagreements(bundle.terms)
    print(f"\nglossary pinyin that differs from pypinyin's reading (the glossary's is used): {len(disagreements)}")
    for term_id, word, written, guessed in disagreements:
        print(f"  {term_id} {word}: {written} (pypinyin: {guessed})")
    _print_weak_citations(bundle)
    print(f"\n{len(bundle.errors)} error(s), {len(bundle.warnings)} warning(s)")
    return 1 if bundle.errors else 0


def _print_as_of_spread(facts: list[tuple[str, dict]]) -> None:
    """How the facts' as-of dates are spread: by day when they are few, otherwise by month."""
    dates = [fact["as_of"] for _platform_id, fact in facts if fact.get("as_of")]
    by_day = Counter(date.isoformat() for date in dates)
    spread = by_day if len(by_day) <= 12 else Counter(date.isoformat()[:7] for date in dates)
    print(f"\nas-of dates of the facts, by {'day' if spread is by_day else 'month'}:")
    for when, count in sorted(spread.items()):
        print(f"  {when:<12}{count:>5}")


def _print_weak_citations(bundle: ContentBundle) -> None:
    weak = bundle.weak_citations
    left = [citation for citation in weak if citation.kept is None]
    kept = [citation for citation in weak if citation.kept is not None]
    print(f"\nweak sources cited: {len(weak)} ({len(left)} to replace, {len(kept)} kept with a reason)")
    for citation in left:
        print(f"  {citation.path}:{citation.line}: {citation.domain}: {citation.reason}")
    for citation in kept:
        print(f"  {citation.path}:{citation.line}: {citation.domain}: kept: {citation.kept}")


def open_bundled_store():
    """The content store the app reads (the newest verified pack, else the bundled one), or None after telling
    the maintainer why it cannot be opened."""
    from desktop.core.content_store import ContentError
    from desktop.core.installed_packs import open_content_store

    try:
        return open_content_store()
    except ContentError as error:
        print(f"qiao: the content database is {error.reason}: {error.detail}", file=sys.stderr)
        return None


def _plain(value):
    """A record as JSON-ready data: texts as {en, zh_Hans, zh_Hant}, dates as YYYY-MM-DD, tuples as lists."""
    if hasattr(value, "_asdict"):  # a Text, or any other named tuple
        return {key: _plain(item) for key, item in value._asdict().items()}
    if dataclasses.is_dataclass(value):
        return {item.name: _plain(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _platform_records(store) -> list[dict]:
    platforms = []
    for summary in store.platforms():
        platform = store.platform(summary.id)
        facts = {}
        for criterion in CRITERIA:
            fact = platform.facts.get(criterion.key)
            if fact is None:
                continue
            facts[criterion.key] = {
                "code": fact.code, "codes": list(fact.codes),
                "value": fact.value._asdict() if fact.value else None,
                "source": fact.source, "as_of": fact.as_of.isoformat() if fact.as_of else None,
            }
        platforms.append({"id": platform.id, "kind": platform.kind, "side": platform.side,
                          "name": platform.name._asdict(), "facts": facts})
    return platforms


def _guide_record(guide) -> dict:
    record = _plain(guide)
    record["problems"] = [{"problem": problem, "solution": solution} for problem, solution in record["problems"]]
    record["sources"] = [{"title": title, "url": url} for title, url in record["sources"]]
    return record


EXPORTS = {
    "platforms": _platform_records,
    "guides": lambda store: [_guide_record(store.guide(summary.id)) for summary in store.guides()],
    "cautions": lambda store: [_plain(store.caution(summary.id)) for summary in store.cautions()],
    "terms": lambda store: [_plain(term) for term in store.terms()],
    "lessons": lambda store: _lessons(store),
}


def _lessons(store) -> list[dict]:
    from desktop.content.lesson_export import export_lessons

    return export_lessons(store)


def print_json(produce) -> int:
    """Prints as JSON what ``produce(store)`` returns from the bundled content; a damaged database is a message."""
    from desktop.core.content_store import ContentError

    store = open_bundled_store()
    if store is None:
        return 1
    try:
        result = produce(store)
    except ContentError as error:
        print(f"qiao: the content database is {error.reason}: {error.detail}", file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _export(options: argparse.Namespace) -> int:
    return print_json(EXPORTS[options.what])


def run_content_command(options: argparse.Namespace) -> int:
    from desktop.content import pack_commands

    if options.content_command in pack_commands.PACK_ACTIONS:
        return pack_commands.run_pack_command(options)
    if getattr(options, "center", None) is not None:  # check or build a center's own pages
        return (pack_commands.check_center(options.center) if options.content_command == "check"
                else pack_commands.build_center(options.center, options.output))
    action = {"check": _check, "build": _build, "stats": _stats, "export": _export}[options.content_command]
    try:
        return action(options)
    except _NotAFolderError as error:
        print(error, file=sys.stderr)
        return 2
