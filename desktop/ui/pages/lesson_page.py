"""A classroom lesson, one screen at a time: its steps, then its words, then its quiz.

The same page serves a learner on a laptop (the Previous and Next buttons, the section chips) and a teacher's
projector (the classroom mode drives ``forward`` and ``back`` from clicker keys). It keeps its place, the cards
turned over and the quiz's answers across a language switch, the "English + 中文" switch and a zoom change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.lesson_content import resolve_lesson
from desktop.core.lesson_progress import LessonProgress, position_label
from desktop.core.lesson_records import Lesson
from desktop.i18n import _
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.factory import PageContext
from desktop.ui.pages.lesson_quiz import QuestionView, ScoreView
from desktop.ui.pages.lesson_step_view import StepView, speech_text
from desktop.ui.pages.lesson_vocabulary import VocabularyCard, card_speech, chinese_of, word_list
from desktop.ui.read_aloud import kind_for_language
from desktop.ui.scroll_page import ScrollPage
from desktop.ui.speak_buttons import SpeakButtons

SECTION_LABELS = (("steps", "Steps"), ("vocabulary", "Words"), ("quiz", "Quiz"))


def _section_texts() -> list[str]:
    return [_("Steps"), _("Words"), _("Quiz")]


class LessonPage(QWidget):
    changed = Signal()  # the place, a card, an answer or the language changed

    @classmethod
    def build(cls, lesson_id: str, context: PageContext) -> LessonPage | None:
        lesson = context.store.lesson(lesson_id)
        return cls(lesson, context) if lesson is not None else None

    def __init__(self, lesson: Lesson, context: PageContext) -> None:
        super().__init__()
        self.setObjectName("LessonPage")
        self.lesson = lesson
        self.context = context
        self.progress = LessonProgress(lesson)
        self.contents = resolve_lesson(context.store, lesson)
        term_ids = tuple(dict.fromkeys([*lesson.vocabulary, *(i for step in lesson.steps for i in step.term_ids)]))
        self.terms = {term.id: term for term in context.store.terms(term_ids)}
        self.words = [self.terms[term_id] for term_id in lesson.vocabulary if term_id in self.terms]
        self.word_index = 0
        self.word_list_shown = False
        self.revealed_words: set[str] = set()
        self.summary = False
        self._score_kept = False
        self._earlier_scores: list[tuple[int, int]] = []
        self.view: QWidget | None = None
        self.card: VocabularyCard | None = None
        self._build_frame()
        self.render()

    # The frame: the lesson's title and sections above, the step in the middle, the way forward below

    def _build_frame(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # The title and the sections scroll with the step (so the largest type still leaves room for it); the way
        # forward stays in sight below.
        self.body = ScrollPage(max_em=None, margin=32, spacing=16, object_name="LessonBody")
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.setSpacing(8)
        actions = QWidget()
        top_flow = FlowLayout(actions, spacing=12)
        grows_with_width(actions)
        grows_with_width(top)
        self.title = HeadingLabel("", 1)
        self.title.setObjectName("LessonTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        grows_with_width(self.title)
        self.sections = ChoiceGroup("", list(zip([key for key, _label in SECTION_LABELS], _section_texts())),
                                    "lesson-section")
        self.sections.label.hide()
        self.sections.chosen.connect(self.show_section)
        policy = self.sections.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)  # the chips take the line's room, side by side
        self.sections.setSizePolicy(policy)
        top_column.addWidget(self.title)
        top_column.addWidget(actions)
        top_flow.addWidget(self.sections)
        self.word_toggle = self._button(self.toggle_word_list)
        top_flow.addWidget(self.word_toggle)
        self.print_button = self._button(self._print)
        self.save_button = self._button(self._save)
        self.speak = SpeakButtons(None, [])
        self._speak_holder = QWidget()
        holder = QVBoxLayout(self._speak_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.speak)
        grows_with_width(self._speak_holder)
        top_flow.addWidget(self._speak_holder)
        top_flow.addWidget(self.print_button)
        top_flow.addWidget(self.save_button)
        printer = self.context.printer  # shown or hidden once placed: a widget shown alone opens as a window
        self.print_button.setVisible("print" in self.context.features and hasattr(printer, "print_handout"))
        self.save_button.setVisible("save_pdf" in self.context.features and hasattr(printer, "save_handout"))
        self.body.add(top)
        bottom = QWidget()
        bottom.setObjectName("LessonBar")
        bottom.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bottom_flow = FlowLayout(bottom, spacing=12)
        self._bottom_flow.setContentsMargins(24, 8, 24, 8)
        nav = QWidget()
        nav.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        nav_row = QHBoxLayout(nav)
        nav_row.setContentsMargins(0, 0, 0, 0)
        nav_row.setSpacing(12)
        nav_row.addStretch(1)
        self.back_button = self._button(self.back)
        self.position = QLabel()
        self.position.setObjectName("LessonPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button(self.forward)
        for widget in (self.back_button, self.position, self.next_button):
            nav_row.addWidget(widget)
        self._bottom_flow.addWidget(nav)
        grows_with_width(bottom)
        column.addWidget(self.body, 1)
        column.addWidget(bottom)

    @staticmethod
    def _button(slot) -> QPushButton:
        button = QPushButton()
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _languages(self) -> tuple[str, str | None]:
        return self.context.shown_languages()

    def _translate(self, language: str, message: str) -> str:
        return self.context.translate_to(language)(message)

    # What is on screen

    def render(self) -> None:
        """Shows the current step, word, question or score, in the context's language or languages."""
        language = self.context.language
        self.title.setText(self.lesson.title.get(language))
        self.setAccessibleName(self.lesson.title.get(language))
        self.sections.set_texts("", _section_texts())
        self.sections.choose_index([key for key, _label in SECTION_LABELS].index(self.progress.section), False)
        self.print_button.setText(_("Print handout"))
        self.save_button.setText(_("Save handout as PDF"))
        self.back_button.setText(_("← Previous"))
        self.next_button.setText(_("Next →"))
        self.back_button.setAccessibleName(_("Previous"))
        self.next_button.setAccessibleName(_("Next"))
        focused = QApplication.focusWidget()
        focus_lost = focused is not None and self.body.isAncestorOf(focused)
        self._clear_body()
        self.word_toggle.setText(_("One word at a time") if self.word_list_shown else _("Show all words"))
        section = self.progress.section
        if section == "vocabulary" and self.words:
            widgets, entries, what = self._vocabulary()
        elif section == "quiz" and self.lesson.quiz:
            widgets, entries, what = self._quiz()
        else:
            self.progress.section = "steps"
            widgets, entries, what = self._step()
        for widget in widgets:
            self.body.add(widget)
            widget.show()  # at once, not when the event loop next runs: the reader (and a test) finds it there
        self._replace_speak(SpeakButtons(self.context.speech, entries, what))
        self.position.setText(self.position_text())
        self.position.setAccessibleName(_("Position: {position}").format(position=self.position_text()))
        self.back_button.setEnabled(not (self.progress.section == "steps" and self.progress.at_first))
        self.next_button.setEnabled(not self.summary)
        self.word_toggle.setVisible(self.progress.section == "vocabulary")
        self.body.verticalScrollBar().setValue(0)
        if focus_lost:  # the focused card or answer is gone: focus goes on to the way forward
            (self.next_button if self.next_button.isEnabled() else self.back_button).setFocus()
        self.changed.emit()

    def _clear_body(self) -> None:
        layout = self.body.column_layout
        while layout.count() > 2:  # keep the title and sections above, and the closing stretch
            widget = layout.takeAt(1).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.view, self.card = None, None

    def _replace_speak(self, speak: SpeakButtons) -> None:
        layout = self._speak_holder.layout()
        layout.removeWidget(self.speak)
        self.speak.hide()
        self.speak.deleteLater()
        self.speak = speak
        layout.addWidget(speak)
        self._speak_holder.setVisible(bool(speak.buttons))

    def _step(self):
        content = self.contents[self.progress.index]
        first, second = self._languages()
        self.view = StepView(content, first, second, self._translate, self.terms)
        languages = [first] + ([second] if second else [])
        entries = [(kind_for_language(language), language,
                    lambda language=language: speech_text(content, language, self._translate))
                   for language in languages]
        if any(language != "en" for language in languages):
            chinese = next(language for language in languages if language != "en")
            entries.append(("yue", chinese, lambda: speech_text(content, chinese, self._translate)))
        return [self.view], entries, _("the step")

    def _vocabulary(self):
        chinese = chinese_of(self.context.language)
        if self.word_list_shown:
            em = max(8, self.fontInfo().pixelSize())
            self.view = word_list(self.words, chinese, em)
            return [self.view], [], ""
        term = self.words[self.word_index]
        self.card = VocabularyCard(term, chinese, term.id in self.revealed_words)
        self.card.toggled_chinese.connect(lambda shown, term_id=term.id: self._card_turned(term_id, shown))
        self.view = self.card
        self.card_speech = card_speech(term, chinese, self.context.speech)
        return [self.card, self.card_speech], [], ""

    def _quiz(self):
        first, second = self._languages()
        quiz = self.progress.quiz
        if self.summary:
            self._keep_score()
            self.view = ScoreView(quiz, self._earlier_scores, self.start_quiz_again)
        else:
            self.view = QuestionView(quiz, first, second, self._answered)
        return [self.view], [], ""

    def position_text(self) -> str:
        """'3 / 8' for a step, a word or a question; empty on the list of words and the score."""
        section = self.progress.section
        if section == "vocabulary":
            return "" if self.word_list_shown else position_label(self.word_index + 1, len(self.words))
        if section == "quiz":
            return "" if self.summary else self.progress.quiz.label
        return self.progress.label

    # Moving

    def forward(self, reveal_first: bool = False) -> bool:
        """The next step, word or question, across sections; with ``reveal_first`` (a clicker), a question's answer
        is shown before the next question comes. False at the very end."""
        section, quiz = self.progress.section, self.progress.quiz
        if section == "steps":
            if not self.progress.forward():
                if not self.words and not self.lesson.quiz:
                    return False
                self.progress.show("vocabulary" if self.words else "quiz")
        elif section == "vocabulary":
            if self.word_list_shown or self.word_index >= len(self.words) - 1:
                if not self.lesson.quiz:
                    return False
                self.progress.show("quiz")
            else:
                self.word_index += 1
        elif self.summary:
            return False
        elif reveal_first and not quiz.is_revealed:
            quiz.reveal()
        elif not quiz.forward():
            self.summary = True
        self.render()
        return True

    def back(self) -> bool:
        section, quiz = self.progress.section, self.progress.quiz
        if section == "steps":
            if not self.progress.back():
                return False
        elif section == "vocabulary":
            if self.word_list_shown or self.word_index == 0:
                self.progress.show("steps")
            else:
                self.word_index -= 1
        elif self.summary:
            self.summary = False
        elif not quiz.back():
            self.progress.show("vocabulary" if self.words else "steps")
        self.render()
        return True

    def go_to(self, number: int) -> None:
        """Step ``number`` (from 1), from anywhere in the lesson."""
        self.summary = False
        self.progress.go_to(number)
        self.render()

    def show_section(self, section: str) -> None:
        self.summary = False if section != "quiz" else self.summary
        self.progress.show(section)
        self.render()

    def toggle_word_list(self) -> None:
        self.word_list_shown = not self.word_list_shown
        self.render()

    def _card_turned(self, term_id: str, shown: bool) -> None:
        (self.revealed_words.add if shown else self.revealed_words.discard)(term_id)
        self.changed.emit()

    def _answered(self) -> None:
        """After an answer or a reveal, the explanation is brought into view: the class must see it."""
        view = self.view
        if isinstance(view, QuestionView) and view.explanation.isVisibleTo(self):
            QTimer.singleShot(0, lambda: _scroll_to(self.body, view.explanation))
        self.changed.emit()

    def _keep_score(self) -> None:
        quiz, scores = self.progress.quiz, self.context.scores
        if self._score_kept or scores is None or not quiz.finished:
            return
        self._earlier_scores = scores.quiz_scores(self.lesson.id)
        scores.add_quiz_score(self.lesson.id, quiz.score.right, quiz.score.total)
        self._score_kept = True

    def start_quiz_again(self) -> None:
        self.progress.quiz.reset()
        self.summary, self._score_kept = False, False
        self.render()

    # What the window keeps

    def save_state(self) -> dict:
        return {"progress": self.progress.to_dict(), "word": self.word_index, "word_list": self.word_list_shown,
                "revealed_words": sorted(self.revealed_words), "summary": self.summary,
                "score_kept": self._score_kept, "place": self.body.place()}

    def restore_state(self, state: dict) -> None:
        self.progress = LessonProgress.from_dict(self.lesson, state.get("progress"))
        word = state.get("word")
        self.word_index = word if isinstance(word, int) and 0 <= word < len(self.words) else 0
        self.word_list_shown = bool(state.get("word_list"))
        self.revealed_words = {term_id for term_id in state.get("revealed_words") or () if term_id in self.terms}
        self.summary = bool(state.get("summary")) and self.progress.section == "quiz"
        self._score_kept = bool(state.get("score_kept"))
        self.render()
        self.body.restore_place(state.get("place"))

    def retranslate(self, context: PageContext) -> bool:
        """The same place in another language, or with English and Chinese side by side."""
        state = self.save_state()
        self.context = context
        self.restore_state(state)
        return True

    def focus_first(self) -> None:
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # The handout

    def _print(self) -> None:
        self.context.printer.print_handout(self, self.lesson, self.context.language)

    def _save(self) -> None:
        self.context.printer.save_handout(self, self.lesson, self.context.language)



def _scroll_to(body: ScrollPage, widget: QWidget) -> None:
    try:
        body.ensureWidgetVisible(widget, 0, 24)
    except RuntimeError:  # the question was replaced meanwhile
        pass
