"""`qiao content export lessons --json`: every lesson with its steps resolved, its vocabulary and its quiz."""

from __future__ import annotations

from desktop.core.lesson_content import resolve_step


def _text(text) -> dict | None:
    return text._asdict() if text is not None else None


def _step(store, step, number: int) -> dict:
    content = resolve_step(store, step, number)
    item = {"number": number, "kind": step.kind, "title": _text(step.title), "note": _text(step.note)}
    if step.kind == "guide":
        item.update(guide=step.guide_id, step=step.guide_step, guide_title=_text(content.context),
                    text=_text(content.blocks[0].text) if content.blocks else None)
    elif step.kind == "caution":
        caution = store.caution(step.caution_id)
        item.update(caution=step.caution_id, caution_title=_text(caution.title), summary=_text(caution.summary),
                    what_you_can_do=[_text(action) for action in caution.actions])
    elif step.kind == "compare":
        item.update(platforms=[{"id": block.ref, "name": _text(block.text)} for block in content.blocks
                               if block.role == "platform"], criteria=list(step.criteria))
    elif step.kind == "terms":
        item["terms"] = [{"id": term.id, "word": _text(term.word), "pinyin": term.pinyin}
                         for term in store.terms(step.term_ids)]
    else:
        item["text"] = _text(step.text)
    return item


def _word(term) -> dict:
    return {"id": term.id, "word": _text(term.word), "pinyin": term.pinyin,
            "characters": {variant: [list(pair) for pair in term.pinyin_pairs(variant)]
                           for variant in ("zh_Hans", "zh_Hant")},
            "definition": _text(term.definition), "example": _text(term.example)}


def export_lessons(store) -> list[dict]:
    lessons = []
    for summary in store.lessons():
        lesson = store.lesson(summary.id)
        lessons.append({
            "id": lesson.id, "title": _text(lesson.title), "level": lesson.level, "minutes": lesson.minutes,
            "coaap": list(lesson.coaap), "objectives": [_text(text) for text in lesson.objectives],
            "steps": [_step(store, step, number) for number, step in enumerate(lesson.steps, start=1)],
            "vocabulary": [_word(term) for term in store.terms(lesson.vocabulary)],
            "quiz": [{"question": _text(question.question), "choices": [_text(choice) for choice in question.choices],
                      "answer": question.answer + 1, "explanation": _text(question.explanation)}
                     for question in lesson.quiz],
            "teacher_notes": [_text(text) for text in lesson.teacher_notes],
            "sources": [{"title": title, "url": url} for title, url in lesson.sources],
            "reviewed": lesson.reviewed.isoformat() if lesson.reviewed else None,
        })
    return lessons
