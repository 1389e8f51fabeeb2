"""The teacher's view: what the class sees now and what comes next, the notes, a timer, and the controls.

It is a window of its own, on the teacher's screen when there are two, or shown and hidden with T when there is
one. The notes are here and only here: the window the class sees never shows them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import LANGUAGES, _, brand_name
from desktop.ui.accessibility import ChoiceButton, HeadingLabel
from desktop.ui.document_view import text_label
from desktop.ui.header_bar import BILINGUAL_LABEL, LANGUAGE_ORDER
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.lesson_step_view import speech_text
from desktop.ui.scroll_page import ScrollPage


class LessonTimer:
    """Minutes in class: runs, pauses, starts again from zero. Plain time arithmetic, so tests need no waiting."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._spent = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._spent += self._clock() - self._since
            self._since = None

    def reset(self) -> None:
        self._spent, self._since = 0.0, (self._clock() if self.running else None)

    @property
    def seconds(self) -> int:
        return int(self._spent + (self._clock() - self._since if self._since is not None else 0))

    @property
    def label(self) -> str:
        minutes, seconds = divmod(self.seconds, 60)
        return f"{minutes}:{seconds:02d}"


def _section(title: str) -> HeadingLabel:
    label = HeadingLabel(title, 2)
    label.setObjectName("Heading2")
    label.setWordWrap(True)
    return label


class TeacherView(QWidget):
    """``actions`` maps each control's name to what it does: previous, next, steps, blank, leave, bilingual,
    language (with the code), smaller, larger, handout, teacher_copy."""

    def __init__(self, actions: dict[str, Callable]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("TeacherView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._actions = actions
        self.timer = LessonTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # never taller than its screen
        self.scroll = ScrollPage(max_em=None, margin=24, spacing=12, object_name="TeacherBody")
        column.addWidget(self.scroll, 1)
        self.controls = QWidget()
        self.controls.setObjectName("LessonBar")
        self.controls.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        flow = FlowLayout(self.controls, spacing=8)
        flow.setContentsMargins(16, 8, 16, 8)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("previous", "next", "steps", "blank", "leave", "bilingual", "smaller", "larger", "handout",
                     "teacher_copy", "timer", "timer_reset"):
            button = QPushButton()
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keys stay the presenter's
            button.clicked.connect(lambda _checked=False, name=name: self._press(name))
            flow.addWidget(button)
            self.buttons[name] = button
        self.buttons["bilingual"].setCheckable(True)
        self.buttons["blank"].setCheckable(True)
        self.language_buttons: dict[str, ChoiceButton] = {}
        for code in LANGUAGE_ORDER:
            button = ChoiceButton(LANGUAGES[code].native_name)
            button.setProperty("language", code)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, code=code: self._actions["language"](code))
            flow.addWidget(button)
            self.language_buttons[code] = button
        grows_with_width(self.controls)
        column.addWidget(self.controls)
        self._parts: list[QWidget] = []
        self.now_label: QLabel | None = None
        self.notes_label: QLabel | None = None
        self.next_label: QLabel | None = None

    def _press(self, name: str) -> None:
        if name == "timer":
            self.timer.pause() if self.timer.running else self.timer.start()
            self._tick()
        elif name == "timer_reset":
            self.timer.reset()
            self._tick()
        else:
            self._actions[name]()

    def _tick(self) -> None:
        if self._parts:
            self.timer_label.setText(self._timer_text())
        self.buttons["timer"].setText(_("Pause the timer") if self.timer.running else _("Start the timer"))

    def _timer_text(self) -> str:
        return _("Time: {time} of {minutes} min").format(time=self.timer.label, minutes=self._minutes)

    def _clear(self) -> None:
        for part in self._parts:
            self.scroll.column_layout.removeWidget(part)
            part.hide()
            part.deleteLater()
        self._parts = []

    def _add(self, widget: QWidget) -> QWidget:
        self.scroll.add(widget)
        self._parts.append(widget)
        return widget

    def show_page(self, page, language: str, bilingual: bool, blank: bool) -> None:
        """What the class sees now: a lesson page (its place, the next step and the notes), or anything else."""
        self._clear()
        self.setWindowTitle(_("Teacher's view") + f" · {brand_name(language)}")
        self._retranslate_controls(language, bilingual, blank)
        lesson = getattr(page, "lesson", None)
        self._minutes = lesson.minutes if lesson is not None else 0
        for name in ("previous", "next", "steps", "blank", "leave", "handout", "teacher_copy"):
            self.buttons[name].setEnabled(lesson is not None)
        if lesson is None:
            self._add(_section(_("Teacher's view")))
            self._add(text_label(_("Open a lesson to present it. Its notes and the next step will show here."),
                                 "StepText"))
            self.timer_label = self._add(text_label("", "StepContext"))
            self._tick()
            return
        progress = page.progress
        showing = _("On screen: {what}").format(what=self._showing(page))
        self._add(_section(f"{lesson.title.get(language)} · {showing}"))
        self.timer_label = self._add(text_label(self._timer_text(), "TeacherTimer"))
        now = speech_text(page.contents[progress.index], language, page._translate).split("\n")
        self._add(_section(_("Now: step {position}").format(position=progress.label)))
        self.now_label = self._add(text_label("\n".join(now[:4]), "StepText"))
        step = progress.step
        notes = [step.note.get(language)] if step is not None and step.note else []
        self._add(_section(_("Notes for this step")))
        self.notes_label = self._add(text_label("\n\n".join(notes) or _("No notes for this step."), "TeacherNote"))
        following = progress.next_step
        self._add(_section(_("Next")))
        self.next_label = self._add(text_label(
            following.title.get(language) if following is not None else _("After the last step: the words, then the "
                                                                          "quiz."), "StepText"))
        if lesson.teacher_notes:
            self._add(_section(_("Notes for the lesson")))
            self._add(text_label("\n\n".join("• " + note.get(language) for note in lesson.teacher_notes),
                                 "TeacherNote"))

    @staticmethod
    def _showing(page) -> str:
        section = page.progress.section
        name = {"steps": _("Steps"), "vocabulary": _("Words"), "quiz": _("Quiz")}[section]
        position = page.position_text()
        return f"{name} {position}".strip()

    def _retranslate_controls(self, language: str, bilingual: bool, blank: bool) -> None:
        texts = {"previous": _("← Previous"), "next": _("Next →"), "steps": _("Steps (G)"),
                 "blank": _("Blank screen (B)"), "leave": _("Leave the lesson (Esc)"), "bilingual": BILINGUAL_LABEL,
                 "smaller": "A-", "larger": "A+", "handout": _("Save handout as PDF"),
                 "teacher_copy": _("Save the teacher's copy"), "timer_reset": _("Reset the timer")}
        names = {"smaller": _("Smaller text"), "larger": _("Larger text"),
                 "bilingual": _("English and Chinese side by side")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(names.get(name, text.replace(" (G)", "").replace(" (B)", "")))
        self.buttons["bilingual"].setChecked(bilingual)
        self.buttons["blank"].setChecked(blank)
        for code, button in self.language_buttons.items():
            button.setChecked(code == language)
        self._tick()


def now_text(view: TeacherView) -> str:
    """Everything the teacher's view says, for tests and screen readers."""
    labels = view.scroll.findChildren(QLabel)
    return "\n".join(label.text() for label in labels)

