"""What each lesson step shows: its texts resolved from the guides, cautions, platforms and glossary it names, in
one language or in two, paragraph by paragraph, for the "English + 中文" side-by-side view. No Qt here.

A step's content is a list of blocks. Each block has a role the presenter styles (``text``, ``item`` for a list
entry, ``term`` / ``definition`` / ``example`` for a glossary word, ``platform`` / ``cell`` for a comparison) and a
``ref`` naming what it is about (a term id, or ``platform.criterion`` for a cell, whose row label the UI supplies).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from desktop.core.criteria import CRITERIA
from desktop.core.lesson_records import Lesson, LessonStep, QuizQuestion
from desktop.core.records import Caution, Guide, Platform, Term, Text


class LessonSources(Protocol):
    """What resolving a lesson needs from the content store."""

    def guide(self, guide_id: str) -> Guide | None: ...
    def caution(self, caution_id: str) -> Caution | None: ...
    def platform(self, platform_id: str) -> Platform | None: ...
    def terms(self, term_ids: tuple[str, ...] | None = None) -> list[Term]: ...


@dataclass(frozen=True)
class Block:
    role: str
    text: Text
    ref: str = ""


@dataclass(frozen=True)
class StepContent:
    number: int  # from 1
    step: LessonStep
    context: Text | None  # where it comes from: the guide's or the caution's title
    blocks: tuple[Block, ...]

    @property
    def title(self) -> Text:
        return self.step.title


@dataclass(frozen=True)
class StepDisplay:
    """A step in one language, ready to draw."""

    number: int
    kind: str
    title: str
    context: str
    paragraphs: tuple[tuple[str, str], ...]  # (role, text)
    refs: tuple[str, ...]  # the block ref of each paragraph


@dataclass(frozen=True)
class AlignedRow:
    role: str
    left: str
    right: str
    ref: str = ""


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: blocks separated by a blank line."""
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _guide_blocks(sources: LessonSources, step: LessonStep) -> tuple[Text | None, list[Block]]:
    guide = sources.guide(step.guide_id)
    if guide is None or not 1 <= step.guide_step <= len(guide.steps):
        return None, []
    return guide.title, [Block("text", guide.steps[step.guide_step - 1], f"{guide.id}#{step.guide_step}")]


def _caution_blocks(sources: LessonSources, step: LessonStep) -> tuple[Text | None, list[Block]]:
    caution = sources.caution(step.caution_id)
    if caution is None:
        return None, []
    return caution.title, [Block("text", caution.summary, caution.id),
                           *(Block("item", action, caution.id) for action in caution.actions)]


def _compare_blocks(sources: LessonSources, step: LessonStep) -> list[Block]:
    criteria = step.criteria or tuple(criterion.key for criterion in CRITERIA)
    blocks = []
    for platform_id in step.platform_ids:
        platform = sources.platform(platform_id)
        if platform is None:
            continue
        blocks.append(Block("platform", platform.name, platform.id))
        for key in criteria:
            fact = platform.facts.get(key)
            if fact is not None and fact.value is not None:
                blocks.append(Block("cell", fact.value, f"{platform.id}.{key}"))
    return blocks


def term_blocks(terms: list[Term]) -> list[Block]:
    """A glossary word, its definition and its example sentence, for each term."""
    blocks = []
    for term in terms:
        blocks += [Block("term", term.word, term.id), Block("definition", term.definition, term.id),
                   Block("example", term.example, term.id)]
    return blocks


def resolve_step(sources: LessonSources, step: LessonStep, number: int) -> StepContent:
    """The texts step ``number`` (from 1) shows, taken from what it references."""
    context, blocks = None, []
    if step.kind == "guide":
        context, blocks = _guide_blocks(sources, step)
    elif step.kind == "caution":
        context, blocks = _caution_blocks(sources, step)
    elif step.kind == "compare":
        blocks = _compare_blocks(sources, step)
    elif step.kind == "terms":
        blocks = term_blocks(sources.terms(step.term_ids))
    elif step.text is not None:  # discuss, text
        blocks = [Block("question" if step.kind == "discuss" else "text", step.text)]
    return StepContent(number, step, context, tuple(blocks))


def resolve_lesson(sources: LessonSources, lesson: Lesson) -> tuple[StepContent, ...]:
    return tuple(resolve_step(sources, step, number) for number, step in enumerate(lesson.steps, start=1))


def display(content: StepContent, language: str) -> StepDisplay:
    """The step in one language: its title, where it comes from, and its paragraphs with their roles."""
    rows = [(block.role, paragraph, block.ref) for block in content.blocks
            for paragraph in paragraphs(block.text.get(language))]
    return StepDisplay(content.number, content.step.kind, content.title.get(language),
                       content.context.get(language) if content.context else "",
                       tuple((role, text) for role, text, _ in rows), tuple(ref for _, _, ref in rows))


def aligned(text: Text, left: str, right: str, role: str = "text", ref: str = "") -> list[AlignedRow]:
    """One row per paragraph, when both languages have as many; otherwise one row holding the whole text, so no
    paragraph is ever set beside one that does not say the same thing."""
    left_parts, right_parts = paragraphs(text.get(left)), paragraphs(text.get(right))
    if len(left_parts) == len(right_parts):
        return [AlignedRow(role, one, other, ref) for one, other in zip(left_parts, right_parts)]
    return [AlignedRow(role, "\n\n".join(left_parts), "\n\n".join(right_parts), ref)]


def side_by_side(content: StepContent, left: str = "en", right: str = "zh_Hans") -> tuple[AlignedRow, ...]:
    """The step in two languages, row by row: the title, where it comes from, then each paragraph."""
    rows = aligned(content.title, left, right, "title")
    if content.context is not None:
        rows += aligned(content.context, left, right, "context")
    for block in content.blocks:
        rows += aligned(block.text, left, right, block.role, block.ref)
    return tuple(rows)


def question_side_by_side(question: QuizQuestion, left: str = "en",
                          right: str = "zh_Hans") -> tuple[AlignedRow, ...]:
    """A quiz question in two languages: the question, each choice (ref "1", "2" …) and the explanation."""
    rows = aligned(question.question, left, right, "question")
    for number, choice in enumerate(question.choices, start=1):
        rows += aligned(choice, left, right, "choice", str(number))
    rows += aligned(question.explanation, left, right, "explanation")
    return tuple(rows)


def lesson_sources(sources: LessonSources, lesson: Lesson) -> tuple[tuple[str, str], ...]:
    """(title, url) of every source behind a lesson: its own, then its guides' and its cautions' findings."""
    found: dict[str, str] = {url: title for title, url in lesson.sources}
    for guide_id in lesson.guide_ids:
        guide = sources.guide(guide_id)
        for title, url in guide.sources if guide else ():
            found.setdefault(url, title)
    for caution_id in lesson.caution_ids:
        caution = sources.caution(caution_id)
        for finding in caution.findings if caution else ():
            found.setdefault(finding.url, finding.who)
    return tuple((title, url) for url, title in found.items())
