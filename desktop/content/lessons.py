"""Validating classroom lessons into plain data, and checking what they reference.

A lesson is a short, ordered class plan: steps (a guide step, a caution, a comparison, a glossary set, a discussion
question or a text of its own), vocabulary and a multiple-choice quiz. The format is described field by field in
docs/classroom.md.
"""

from __future__ import annotations

import datetime as dt

from desktop.content import fields
from desktop.content.sources import SourceFile
from desktop.core.criteria import CRITERIA_BY_KEY
from desktop.core.lesson_content import paragraphs

LESSON_KEYS = ("id", "title", "objectives", "level", "minutes", "coaap", "steps", "vocabulary", "quiz",
               "teacher_notes", "sources", "reviewed")
LEVELS = ("beginner", "intermediate")
COAAP_OBJECTIVES = (47, 48)  # CASAS EL Civics: 47 digital safety, 48 online communication
STEP_KINDS = ("guide", "caution", "compare", "terms", "discuss", "text")
STEP_KEYS = (*STEP_KINDS, "title", "step", "criteria", "note")
QUESTION_KEYS = ("question", "choices", "answer", "explanation")

STEPS = (6, 12)
VOCABULARY = (8, 15)
QUESTIONS = (4, 12)
CHOICES = (2, 4)
OBJECTIVES = (1, 5)
COMPARED = (2, 4)
TERMS_PER_STEP = (1, 6)
MINUTES = (10, 240)
# Longest text, in characters of any one language, that fits a projected step at zoom 2 or a handout line.
LIMITS = {"title": 70, "objective": 160, "step title": 60, "text": 700, "discuss": 240, "note": 500,
          "question": 200, "choice": 100, "explanation": 200, "teacher note": 600}


def _sized(source: SourceFile, line: int, text: dict | None, label: str) -> dict | None:
    """Checks a text's length and that its languages have the same paragraphs, so they align side by side."""
    if text is None:
        return None
    limit = LIMITS[label]
    for language, value in text.items():
        if len(value) > limit:
            source.error(line, f"{label} is too long in {language}: {len(value)} characters, at most {limit}")
    counts = {language: len(paragraphs(value)) for language, value in text.items()}
    if len(set(counts.values())) > 1:
        source.error(line, f"{label} must have as many paragraphs in each language, to align side by side: "
                           + ", ".join(f"{language} {count}" for language, count in counts.items()))
    if label in ("explanation", "choice", "step title", "title") and any("\n" in value for value in text.values()):
        source.error(line, f"{label} must be one line")
    return text


def _text(source: SourceFile, mapping, key: str, label: str) -> dict | None:
    return _sized(source, fields.line_of(mapping, key), fields.text(source, mapping, key), label)


def _texts(source: SourceFile, data, key: str, label: str, bounds: tuple[int, int]) -> list[dict]:
    found = []
    listed = fields.items(source, data, key, minimum=bounds[0])
    if len(listed) > bounds[1]:
        source.error(fields.line_of(data, key), f"'{key}' has {len(listed)} items, at most {bounds[1]}")
    for item, line in listed:
        text = _sized(source, line, fields.text_item(source, item, line, key), label)
        if text is not None:
            found.append(text)
    return found


def _count(source: SourceFile, data, key: str, count: int, bounds: tuple[int, int], noun: str) -> None:
    if count and not bounds[0] <= count <= bounds[1]:
        source.error(fields.line_of(data, key), f"a lesson has {bounds[0]} to {bounds[1]} {noun}, not {count}")


def _step(source: SourceFile, item, line: int) -> dict | None:
    if not isinstance(item, dict):
        source.error(line, f"each step is a mapping with a title and one of: {', '.join(STEP_KINDS)}")
        return None
    fields.unknown_keys(source, item, STEP_KEYS)
    kinds = [kind for kind in STEP_KINDS if kind in item]
    if len(kinds) != 1:
        source.error(line, f"a step has exactly one of {', '.join(STEP_KINDS)}; this one has "
                           f"{', '.join(kinds) if kinds else 'none'}")
        return None
    kind = kinds[0]
    step = {"kind": kind, "line": line, "title": _text(source, item, "title", "step title"),
            "note": _sized(source, fields.line_of(item, "note"), fields.text(source, item, "note", required=False),
                           "note"),
            "guide": "", "number": 0, "caution": "", "platforms": [], "criteria": [], "terms": [], "text": None}
    for key, allowed in (("step", ("guide",)), ("criteria", ("compare",))):
        if key in item and kind not in allowed:
            source.error(fields.line_of(item, key), f"'{key}' belongs to a {allowed[0]} step only")
    if kind == "guide":
        step["guide"] = fields.identifier(source, item, "guide") or ""
        step["number"] = fields.integer(source, item, "step", minimum=1) or 0
    elif kind == "caution":
        step["caution"] = fields.identifier(source, item, "caution") or ""
    elif kind == "compare":
        step["platforms"] = fields.string_list(source, item, "compare") or []
        if len(set(step["platforms"])) != len(step["platforms"]) or not (
                COMPARED[0] <= len(step["platforms"]) <= COMPARED[1]):
            source.error(fields.line_of(item, "compare"),
                         f"a comparison names {COMPARED[0]} to {COMPARED[1]} different platforms")
        step["criteria"] = fields.string_list(source, item, "criteria", allowed=tuple(CRITERIA_BY_KEY),
                                              required=False) or []
    elif kind == "terms":
        step["terms"] = fields.string_list(source, item, "terms") or []
        if not TERMS_PER_STEP[0] <= len(step["terms"]) <= TERMS_PER_STEP[1]:
            source.error(fields.line_of(item, "terms"),
                         f"a glossary step shows {TERMS_PER_STEP[0]} to {TERMS_PER_STEP[1]} terms")
    else:
        step["text"] = _text(source, item, kind, kind)
    return step


def _question(source: SourceFile, item, line: int) -> dict | None:
    if not isinstance(item, dict):
        source.error(line, "each quiz question needs question, choices, answer and explanation")
        return None
    fields.unknown_keys(source, item, QUESTION_KEYS)
    choices = _texts(source, item, "choices", "choice", CHOICES)
    if len(choices) < CHOICES[0]:
        source.error(fields.line_of(item, "choices"), f"a question needs {CHOICES[0]} to {CHOICES[1]} choices")
    if len({choice["en"] for choice in choices}) != len(choices):
        source.error(fields.line_of(item, "choices"), "two choices say the same thing")
    answer = fields.integer(source, item, "answer", minimum=1)
    if answer is not None and answer > len(choices):
        source.error(fields.line_of(item, "answer"), f"'answer' is choice {answer}, but there are {len(choices)}")
        answer = None
    return {"question": _text(source, item, "question", "question"), "choices": choices,
            "answer": answer - 1 if answer else 0, "explanation": _text(source, item, "explanation", "explanation"),
            "line": line}


def read_lesson(source: SourceFile, today: dt.date) -> dict | None:
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a lesson file must be a mapping with id, title, objectives, level, minutes, steps …")
        return None
    fields.unknown_keys(source, data, LESSON_KEYS)
    lesson = {
        "id": fields.identifier(source, data, "id"),
        "title": _text(source, data, "title", "title"),
        "objectives": _texts(source, data, "objectives", "objective", OBJECTIVES),
        "level": fields.choice(source, data, "level", LEVELS),
        "minutes": fields.integer(source, data, "minutes", minimum=MINUTES[0]),
        "coaap": [],
        "vocabulary": fields.string_list(source, data, "vocabulary") or [],
        "vocabulary_line": data.line_of("vocabulary"),
        "teacher_notes": _texts(source, data, "teacher_notes", "teacher note", (1, 8)),
        "reviewed": fields.date(source, data, "reviewed", today),
        "sources": [],
        "line": data.line,
    }
    if lesson["id"] and lesson["id"] != source.path.stem:
        source.error(data.line_of("id"), f"'id' must match the file name: {source.path.stem!r}")
    if lesson["minutes"] and lesson["minutes"] > MINUTES[1]:
        source.error(data.line_of("minutes"), f"'minutes' must be at most {MINUTES[1]}")
    coaap = fields.field(source, data, "coaap")
    if coaap is not None:
        if not isinstance(coaap, list) or not coaap or any(value not in COAAP_OBJECTIVES for value in coaap):
            source.error(data.line_of("coaap"), "'coaap' lists the EL Civics objectives served: 47, 48 or both")
        else:
            lesson["coaap"] = sorted(set(coaap))
    steps = fields.items(source, data, "steps")
    lesson["steps"] = [step for item, line in steps if (step := _step(source, item, line)) is not None]
    _count(source, data, "steps", len(steps), STEPS, "steps")
    _count(source, data, "vocabulary", len(lesson["vocabulary"]), VOCABULARY, "vocabulary words")
    if len(set(lesson["vocabulary"])) != len(lesson["vocabulary"]):
        source.error(data.line_of("vocabulary"), "'vocabulary' lists a term twice")
    questions = fields.items(source, data, "quiz")
    lesson["quiz"] = [question for item, line in questions if (question := _question(source, item, line))]
    _count(source, data, "quiz", len(questions), QUESTIONS, "quiz questions")
    for item, line in fields.items(source, data, "sources", required=False, minimum=0):
        if not isinstance(item, dict):
            source.error(line, "each source needs a 'title' and a 'url'")
            continue
        fields.unknown_keys(source, item, ("title", "url"))
        lesson["sources"].append({"title": fields.string(source, item, "title"),
                                  "url": fields.url(source, item, "url")})
    return lesson


def check_lesson_references(source: SourceFile, lesson: dict, guide_steps: dict[str, int], caution_ids: set[str],
                            platform_ids: set[str], term_ids: set[str]) -> None:
    """Every guide step, caution, platform and glossary term a lesson names must exist."""
    for step in lesson["steps"]:
        line = step["line"]
        if step["kind"] == "guide" and step["guide"]:
            if step["guide"] not in guide_steps:
                source.error(line, f"uses a guide that does not exist: '{step['guide']}'")
            elif step["number"] > guide_steps[step["guide"]]:
                source.error(line, f"uses step {step['number']} of '{step['guide']}', which has "
                                   f"{guide_steps[step['guide']]} steps")
        if step["kind"] == "caution" and step["caution"] and step["caution"] not in caution_ids:
            source.error(line, f"uses a caution that does not exist: '{step['caution']}'")
        for platform_id in step["platforms"]:
            if platform_id not in platform_ids:
                source.error(line, f"compares a platform that does not exist: '{platform_id}'")
        for term_id in step["terms"]:
            if term_id not in term_ids:
                source.error(line, f"shows a glossary term that does not exist: '{term_id}'")
    for term_id in lesson["vocabulary"]:
        if term_id not in term_ids:
            source.error(lesson["vocabulary_line"], f"vocabulary names a glossary term that does not exist: "
                                                    f"'{term_id}'")
