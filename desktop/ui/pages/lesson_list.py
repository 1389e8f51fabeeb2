"""The classroom's lessons: one card each, with its level, its time in class and what learners will be able to do."""

from __future__ import annotations

from desktop.core.targets import Target
from desktop.i18n import _, ngettext
from desktop.ui.pages.base import ColumnPage, card, heading
from desktop.ui.pages.factory import PageContext

def level_label(level: str) -> str:
    return {"beginner": _("Beginner"), "intermediate": _("Intermediate")}.get(level, level)


def lesson_detail(summary, language: str) -> str:
    """'Beginner · 45 minutes' and the first objective, in ``language``."""
    minutes = ngettext("{count} minute", "{count} minutes", summary.minutes).format(count=summary.minutes)
    separator = " · "
    parts = [level_label(summary.level) + separator + minutes]
    if summary.objectives:
        parts.append(summary.objectives[0].get(language))
    return "\n".join(parts)


class LessonListPage(ColumnPage):
    def __init__(self, context: PageContext) -> None:
        language = context.language
        self.cards = [card(summary.title.get(language), lesson_detail(summary, language),
                           Target("lesson", (summary.id,)), context.router)
                      for summary in context.store.lessons()]
        super().__init__([*heading(_("Classroom"), _("Lessons for adult English classes, step by step, with words "
                                                     "and a short quiz")), *self.cards])
        self.setAccessibleName(_("Classroom"))

    def focus_first(self) -> None:
        if self.cards:
            self.cards[0].setFocus()
        else:
            super().focus_first()
