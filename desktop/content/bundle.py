"""Loading every content source, checking each and all of them together, into one plain bundle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop.content import fields
from desktop.content.figures import read_figures
from desktop.content.glossary import read_glossary
from desktop.content.guides import read_caution, read_guide
from desktop.content.lessons import check_lesson_references, read_lesson
from desktop.content.pinyin import has_chinese, read_word
from desktop.content.platforms import read_platform, read_tasks
from desktop.content.sources import Problem, SourceFile, display_path, read_source
from desktop.content.tools import TOOLS, read_tool
from desktop.content.traditional import TraditionalConverter, overrides_path, read_overrides
from desktop.content.vocabulary import MainlandWord, mainland_words_in, read_vocabulary, vocabulary_path
from desktop.content.weak_sources import WeakCitation, check_citations, read_weak_sources, weak_sources_path
from desktop.core.criteria import CRITERIA_BY_KEY, UNKNOWN


@dataclass
class ContentBundle:
    platforms: list[dict] = field(default_factory=list)
    guides: list[dict] = field(default_factory=list)
    cautions: list[dict] = field(default_factory=list)
    terms: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    lessons: list[dict] = field(default_factory=list)
    tools: list[dict] = field(default_factory=list)  # call planner, +1 or +86, privacy check-up
    problems: list[Problem] = field(default_factory=list)
    stale: list[tuple[str, str, str]] = field(default_factory=list)  # (platform, criterion, as_of)
    weak_citations: list[WeakCitation] = field(default_factory=list)  # citations of sites on the weak list
    file_count: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "warning"]


CONTENT_FOLDERS = ("platforms", "guides", "cautions", "glossary")
SUFFIX = ".yaml"


def _files(content_dir: Path, folder: str, misnamed: list[Path]) -> list[Path]:
    """The folder's ``.yaml`` files; files that look meant as sources under another name go to ``misnamed``."""
    found = []
    for path in sorted((content_dir / folder).iterdir()) if (content_dir / folder).is_dir() else []:
        if path.suffix == SUFFIX:
            found.append(path)
        elif path.suffix.lower() in (".yaml", ".yml"):
            misnamed.append(path)
    return found


def _misnamed_source(path: Path, content_dir: Path) -> SourceFile:
    source = SourceFile(path, display_path(path, content_dir))
    source.error(1, f"content files end in {SUFFIX}: rename it to {path.stem}{SUFFIX}, or it is not read")
    return source


def _missing_folders(content_dir: Path) -> list[Problem]:
    return [Problem(str(content_dir / folder), 1, f"the {folder} folder is missing")
            for folder in CONTENT_FOLDERS if not (content_dir / folder).is_dir()]


def check_file(path: Path, content_dir: Path, kind: str, today: dt.date,
               converter: TraditionalConverter, vocabulary: list[MainlandWord] | None = None) -> SourceFile:
    """Reads and checks one platform, guide, caution or glossary file on its own (links to other files aside)."""
    source = read_source(path, content_dir)
    if source.data is not None or not source.problems:
        if kind == "glossary":
            read_glossary(source)
        else:
            {"platform": read_platform, "guide": read_guide, "caution": read_caution}[kind](source, today)
    _localize(source, converter, vocabulary or [])
    return source


def _check_references(source: SourceFile, record: dict, platform_ids: set[str], term_ids: set[str]) -> None:
    for platform_id in record["platforms"]:
        if platform_id not in platform_ids:
            source.error(record["platforms_line"], f"links a platform that does not exist: '{platform_id}'")
    for term_id in record["terms"]:
        if term_id not in term_ids:
            source.error(record["terms_line"], f"links a glossary term that does not exist: '{term_id}'")


def _apply_order(source: SourceFile, bundle: ContentBundle) -> None:
    """Gives guides and cautions their editorial position from order.yaml; unlisted ones follow by id."""
    data = source.data if isinstance(source.data, dict) else {}
    for key, records in (("guides", bundle.guides), ("cautions", bundle.cautions), ("lessons", bundle.lessons)):
        listed = data.get(key) or []
        if not isinstance(listed, list):
            source.error(data.line_of(key), f"'{key}' must be a list of ids")
            continue
        positions = {record_id: index for index, record_id in enumerate(listed)}
        known = {record["id"] for record in records}
        for index, record_id in enumerate(listed):
            if record_id not in known:
                source.error(listed.line_of(index), f"'{key}' lists an id that does not exist: '{record_id}'")
        for record in records:
            record["position"] = positions.get(record["id"], len(listed))


def _check_pinyin(source: SourceFile, term: dict) -> None:
    """A hand-written pinyin that cannot be split into one reading per character is most likely a typo."""
    word, written = (term["word"] or {}).get("zh_Hans", ""), term["pinyin"]
    if written and has_chinese(word) and read_word(word, written).written is None:
        source.warn(term["line"], f"pinyin '{written}' does not fit the characters of {word}; "
                                  "the vocabulary card uses pypinyin's reading instead")


def _localize(source: SourceFile, converter: TraditionalConverter, vocabulary: list[MainlandWord]) -> None:
    """Fills in Traditional Chinese for every text of ``source`` and checks what comes out."""
    for line, text in source.texts:
        if "zh_Hant" not in text and "zh_Hans" in text:
            text["zh_Hant"] = converter.convert(text["zh_Hans"])
        leftovers = converter.simplified_only(text.get("zh_Hant", ""))
        if leftovers:
            source.error(line, f"Traditional text still has Simplified-only characters: {''.join(leftovers)}")
        for entry in mainland_words_in(text.get("zh_Hant", ""), vocabulary):
            source.error(line, entry.problem())


def _check_traditional_pinyin(term: dict, converter: TraditionalConverter) -> None:
    """A Traditional glossary word that is another word (登入 for 登录) needs its own pinyin."""
    word = term.get("word") or {}
    simplified, traditional = word.get("zh_Hans"), word.get("zh_Hant")
    if not simplified or not traditional or term.get("pinyin_zh_Hant") or not fields.has_chinese(traditional):
        return
    from pypinyin import Style, lazy_pinyin

    # Another word, not the same word in other characters (帳號 for 账号) nor a pypinyin heteronym slip.
    if converter.to_simplified(traditional) != simplified and \
            lazy_pinyin(traditional, style=Style.TONE) != lazy_pinyin(simplified, style=Style.TONE):
        term["source"].error(term["line"], f"the Traditional word {traditional} is not the same word as {simplified}: "
                                           "give its reading as 'pinyin_zh_Hant'")


def _check_freshness(source: SourceFile, platform: dict, today: dt.date, bundle: ContentBundle) -> None:
    for fact in platform["facts"]:
        criterion = CRITERIA_BY_KEY[fact["criterion"]]
        as_of = fact.get("as_of")
        if criterion.review_days is None or as_of is None or fact.get("code") == UNKNOWN:
            continue
        if (today - as_of).days > criterion.review_days:
            source.warn(fact["line"], f"'{criterion.key}' was last checked {as_of.isoformat()}: past its "
                                      f"review interval of {criterion.review_days} days")
            bundle.stale.append((platform["id"], criterion.key, as_of.isoformat()))


def _read_tools(content_dir: Path, today: dt.date, bundle: ContentBundle,
                misnamed: list[Path]) -> list[SourceFile]:
    """Reads tools/*.yaml and checks what they name: guides, cautions, and that every tool is there."""
    sources = [read_source(path, content_dir) for path in _files(content_dir, "tools", misnamed)]
    guide_ids = {guide["id"] for guide in bundle.guides}
    caution_ids = {caution["id"] for caution in bundle.cautions}
    for source in sources:
        if source.data is None and source.problems:
            continue
        tool = read_tool(source, today)
        if tool is None:
            continue
        tool["source"] = source
        bundle.tools.append(tool)
        for owner, ids in tool["links"].items():
            for guide_id in ids:
                if guide_id not in guide_ids:
                    source.error(tool["link_lines"][owner], f"links a guide that does not exist: '{guide_id}'")
        if tool["id"] == "privacy-checkup":
            from desktop.core.privacy_checkup import cautions

            for caution_id in cautions():
                if caution_id not in caution_ids:
                    source.error(tool["line"], f"the check-up's rules name a caution that does not exist: "
                                               f"'{caution_id}'")
    found = {tool["id"] for tool in bundle.tools}
    if sources or (content_dir / "tools").is_dir():
        for tool_id in TOOLS:
            if tool_id not in found and not any(source.path.stem == tool_id for source in sources):
                bundle.problems.append(Problem(str(Path(content_dir.name) / "tools" / f"{tool_id}.yaml"), 1,
                                               "this tool's file is missing"))
    return sources


def load_content(content_dir: Path, today: dt.date | None = None) -> ContentBundle:
    """Reads and checks all sources below ``content_dir``. Never raises for bad content: see ``problems``."""
    today = today or dt.date.today()
    bundle = ContentBundle()
    sources: list[SourceFile] = []

    overrides_file = overrides_path(content_dir)
    overrides: dict[str, str] = {}
    if overrides_file.exists():
        overrides_source = read_source(overrides_file, content_dir)
        overrides = read_overrides(overrides_source)
        sources.append(overrides_source)
    converter = TraditionalConverter(overrides)
    vocabulary: list[MainlandWord] = []
    vocabulary_file = vocabulary_path(content_dir)
    if vocabulary_file.exists():
        vocabulary_source = read_source(vocabulary_file, content_dir)
        vocabulary = read_vocabulary(vocabulary_source)
        sources.append(vocabulary_source)

    misnamed: list[Path] = []
    platform_sources = [(read_source(path, content_dir), "platform")
                        for path in _files(content_dir, "platforms", misnamed)]
    guide_sources = [(read_source(path, content_dir), "guide") for path in _files(content_dir, "guides", misnamed)]
    caution_sources = [(read_source(path, content_dir), "caution")
                       for path in _files(content_dir, "cautions", misnamed)]
    glossary_sources = [read_source(path, content_dir) for path in _files(content_dir, "glossary", misnamed)]
    lesson_sources = [read_source(path, content_dir) for path in _files(content_dir, "lessons", misnamed)]

    for source, _kind in platform_sources:
        platform = read_platform(source, today) if source.data is not None or not source.problems else None
        if platform is not None:
            platform["source"] = source
            bundle.platforms.append(platform)
    for source, kind in guide_sources + caution_sources:
        if source.data is None and source.problems:
            continue
        record = read_guide(source, today) if kind == "guide" else read_caution(source, today)
        if record is not None:
            record["source"] = source
            (bundle.guides if kind == "guide" else bundle.cautions).append(record)
    seen_terms: dict[str, str] = {}
    for source in glossary_sources:
        if source.data is None and source.problems:
            continue
        for term in read_glossary(source):
            if term["id"] in seen_terms:
                source.error(term["line"], f"glossary id '{term['id']}' is already used in {seen_terms[term['id']]}")
                continue
            if term["id"]:
                seen_terms[term["id"]] = source.display_path
            _check_pinyin(source, term)
            term["source"] = source
            bundle.terms.append(term)

    platform_ids = {platform["id"] for platform in bundle.platforms if platform["id"]}
    term_ids = set(seen_terms)
    for platform in bundle.platforms:
        source = platform["source"]
        for fact in platform["facts"]:
            for other in fact.get("ids", []):
                if other not in platform_ids:
                    source.error(fact["line"], f"links a platform that does not exist: '{other}'")
        _check_freshness(source, platform, today, bundle)
    for record in bundle.guides + bundle.cautions:
        _check_references(record["source"], record, platform_ids, term_ids)
    guide_steps = {guide["id"]: len(guide["steps"]) for guide in bundle.guides if guide["id"]}
    caution_ids = {caution["id"] for caution in bundle.cautions if caution["id"]}
    for source in lesson_sources:
        if source.data is None and source.problems:
            continue
        lesson = read_lesson(source, today)
        if lesson is not None:
            check_lesson_references(source, lesson, guide_steps, caution_ids, platform_ids, term_ids)
            bundle.lessons.append(lesson)
    tasks_file = content_dir / "tasks.yaml"
    if tasks_file.exists():
        tasks_source = read_source(tasks_file, content_dir)
        bundle.tasks = read_tasks(tasks_source, platform_ids)
        sources.append(tasks_source)
    figures_file = content_dir / "figures.yaml"
    if figures_file.exists():
        figures_source = read_source(figures_file, content_dir)
        bundle.figures = read_figures(figures_source, today)
        sources.append(figures_source)
    tool_sources = _read_tools(content_dir, today, bundle, misnamed)
    order_file = content_dir / "order.yaml"
    if order_file.exists():
        order_source = read_source(order_file, content_dir)
        _apply_order(order_source, bundle)
        sources.append(order_source)

    sources += [source for source, _ in platform_sources + guide_sources + caution_sources] + glossary_sources
    sources += lesson_sources
    sources += tool_sources
    sources += [_misnamed_source(path, content_dir) for path in misnamed]
    bundle.problems.extend(_missing_folders(content_dir))
    for source in sources:
        _localize(source, converter, vocabulary)
    for term in bundle.terms:
        _check_traditional_pinyin(term, converter)
    weak_file = weak_sources_path(content_dir)
    if weak_file.exists():
        weak_source = read_source(weak_file, content_dir)
        weak = read_weak_sources(weak_source)
        for source in sources:
            bundle.weak_citations += check_citations(source, weak)
        sources.append(weak_source)
    for source in sources:
        bundle.problems.extend(source.problems)
    bundle.file_count = len(sources)
    bundle.problems.sort(key=lambda problem: (problem.severity != "error", problem.path, problem.line))
    return bundle
