"""Classroom mode, driven as a teacher drives it: clicker keys, the side-by-side switch, the words, the quiz,
reading aloud, the blank screen, the step list, leaving, and the teacher's view on a second screen."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.targets import Target
from desktop.modes.classroom import ClassroomMode
from desktop.modes.classroom.teacher_view import now_text
from desktop.ui.pages.lesson_page import LessonPage
from desktop.ui.pages.lesson_vocabulary import VocabularyCard

LESSON = "video-call-family"


@pytest.fixture
def classroom(make_window, qtbot):
    """The app as `qiao --class --open lesson/video-call-family` starts it, with the mock speech engine."""
    def start(lesson: str = LESSON, language: str = "en"):
        window = make_window(language=language, target=Target("lesson", (lesson,)), size=(1920, 1080),
                             classroom=True, speech_engine="mock")
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return window, window.findChild(ClassroomMode)

    return start


def _key(qtbot, key) -> None:
    """A key as the clicker or the keyboard sends it: to the focused control, or to the active window."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if target is None:  # the offscreen platform can leave no window active after an event loop ran
        target = next(widget for widget in QApplication.topLevelWidgets()
                      if widget.isVisible() and widget.findChild(ClassroomMode) is not None)
    qtbot.keyClick(target, key)


def _screen_text(window) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window))


def test_a_teacher_presents_a_lesson_from_start_to_end(classroom, qtbot, store):
    window, mode = classroom()
    page = window.page
    lesson = store.lesson(LESSON)
    assert isinstance(page, LessonPage) and window.session.zoom == 2.0
    assert page.position.text() == f"1 / {len(lesson.steps)}"
    # The clicker: Right, Page Down and Space forward; Left and Page Up back.
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        _key(qtbot, key)
    assert page.progress.number == 4 and page.position.text() == f"4 / {len(lesson.steps)}"
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
        _key(qtbot, key)
    assert page.progress.number == 2
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_Right)
    assert page.progress.number == 4
    # "English + 中文", then Traditional Chinese: still step 4, same page, now in two columns.
    qtbot.mouseClick(window.header.bilingual_button, Qt.MouseButton.LeftButton)
    assert window.page is page and page.progress.number == 4
    title = lesson.steps[3].title
    assert title.en in page.view.plain_text() and title.zh_Hans in page.view.plain_text()
    qtbot.mouseClick(window.header.language_buttons["zh_Hant"], Qt.MouseButton.LeftButton)
    assert window.page is page and page.progress.number == 4
    assert title.en in page.view.plain_text() and title.zh_Hant in page.view.plain_text()
    assert page.position.text() == f"4 / {len(lesson.steps)}"
    # The words: a card hides its Chinese until it is tapped.
    page.sections.chips[1].click()
    card = page.card
    assert isinstance(card, VocabularyCard) and not card.pinyin_word.isVisible()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert page.card.revealed and page.card.pinyin_word.isVisible()
    term = store.terms((lesson.vocabulary[0],))[0]
    assert page.card.pinyin_word.word() == term.word.zh_Hant
    assert page.card.pinyin_word.syllables() == [syllable for _c, syllable in term.pinyin_pairs("zh_Hant")]
    # Read the word aloud with the mock engine: speaking starts, then stops.
    speech = window.services.read_aloud
    speak = page.card_speech
    assert "en" in speak.buttons  # the mock engine speaks English only: no Mandarin or Cantonese button
    assert "cmn" not in speak.buttons and "yue" not in speak.buttons
    with qtbot.waitSignal(speech.speaking_changed, timeout=5000) as started:
        qtbot.mouseClick(speak.buttons["en"], Qt.MouseButton.LeftButton)
    assert started.args == [True]
    with qtbot.waitSignal(speech.speaking_changed, timeout=10000) as stopped:
        pass
    assert stopped.args == [False]
    # The quiz: answer every question, then the score.
    page.sections.chips[2].click()
    for question in lesson.quiz:
        qtbot.mouseClick(page.view.answers[question.answer], Qt.MouseButton.LeftButton)
        assert page.view.explanation.isVisible()
        _key(qtbot, Qt.Key.Key_Right)
    assert page.summary and "5 / 5" not in page.view.result.text()
    assert page.progress.quiz.score.right == len(lesson.quiz)


def test_the_clicker_reveals_an_answer_before_the_next_question(classroom, qtbot):
    window, _mode = classroom()
    page = window.page
    page.show_section("quiz")
    _key(qtbot, Qt.Key.Key_PageDown)
    assert page.progress.quiz.number == 1 and page.view.explanation.isVisible()
    _key(qtbot, Qt.Key.Key_PageDown)
    assert page.progress.quiz.number == 2 and not page.view.explanation.isVisible()


def test_space_on_a_focused_card_turns_it_over_instead_of_moving_on(classroom, qtbot):
    window, _mode = classroom()
    page = window.page
    page.show_section("vocabulary")
    page.card.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert page.card.revealed and page.word_index == 0
    _key(qtbot, Qt.Key.Key_Return)
    assert not page.card.revealed


def test_b_blanks_the_screen_and_b_again_brings_it_back(classroom, qtbot):
    window, mode = classroom()
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_B)
    assert mode.blank.isVisible() and mode.blank.geometry() == window.rect()
    _key(qtbot, Qt.Key.Key_Right)  # forward still works behind the blank
    _key(qtbot, Qt.Key.Key_B)
    assert not mode.blank.isVisible() and window.page.progress.number == 3
    _key(qtbot, Qt.Key.Key_Period)  # what most clickers send for their blank key
    assert mode.blank.isVisible()
    _key(qtbot, Qt.Key.Key_Escape)  # Escape first brings the lesson back; it does not leave
    assert not mode.blank.isVisible() and window.session.current.kind == "lesson"


def test_g_opens_the_step_list_and_jumps(classroom, qtbot, store):
    window, mode = classroom()
    _key(qtbot, Qt.Key.Key_G)
    dialog = mode.step_list
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == len(store.lesson(LESSON).steps)
    dialog.list.setCurrentRow(6)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.page.progress.number == 7


def test_escape_leaves_the_lesson(classroom, qtbot):
    window, _mode = classroom()
    _key(qtbot, Qt.Key.Key_Escape)
    assert window.session.current == Target("lessons")
    _key(qtbot, Qt.Key.Key_Right)  # outside a lesson the keys are the page's own
    assert window.session.current == Target("lessons")


def test_the_class_never_sees_the_notes_and_the_teacher_does(classroom, qtbot, store):
    window, mode = classroom()
    lesson = store.lesson(LESSON)
    view = mode.show_teacher_view(True)
    for number, step in enumerate(lesson.steps, start=1):
        window.page.go_to(number)
        if step.note:
            assert step.note.en not in _screen_text(window)
            assert step.note.en in now_text(view)
        following = lesson.steps[number] if number < len(lesson.steps) else None
        if following is not None:
            assert following.title.en in now_text(view)
    for note in lesson.teacher_notes:
        assert note.en not in _screen_text(window) and note.en in now_text(view)
    _key(qtbot, Qt.Key.Key_T)
    assert not view.isVisible()


def test_switching_zoom_keeps_the_step_and_the_turned_cards(classroom, qtbot):
    window, _mode = classroom()
    page = window.page
    page.go_to(5)
    window.set_zoom(1.5)
    assert window.page is page and page.progress.number == 5
    page.show_section("vocabulary")
    page.card.click()
    window.set_language("zh_Hans")
    assert page.progress.section == "vocabulary" and page.card.revealed


def test_with_two_screens_the_lesson_goes_full_screen_on_the_projector(tmp_path):
    """Offscreen Qt with two screens: the laptop (primary) and a projector to its right."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}]}))
    script = """
from PySide6.QtWidgets import QApplication
from desktop import paths
from desktop.app import Launch, build_window
from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.modes.classroom import ClassroomMode
app = QApplication([])
window = build_window(app, Launch(language="en", target=Target("lesson", ("video-call-family",)), remember=False,
                                  classroom=True, speech_engine="mock"), ContentStore(paths.content_database()))
app.processEvents()
mode = window.findChild(ClassroomMode)
print(window.screen().name(), window.isFullScreen(), mode.teacher.screen().name(), mode.teacher.isVisible(),
      mode.teacher_button.isChecked())
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["projector", "True", "laptop", "True", "True"]


def test_a_learner_alone_gets_a_score_that_is_kept(make_window, qtbot, store, tmp_path):
    from desktop.core.user_store import UserStore

    window = make_window(language="en", target=Target("lesson", (LESSON,)), data_dir=tmp_path / "me")
    page = window.page
    lesson = store.lesson(LESSON)
    page.show_section("quiz")
    for index, question in enumerate(lesson.quiz):
        wrong = 0 if question.answer != 0 else 1
        page.view.choose(question.answer if index else wrong)  # the first one wrong
        page.forward()
    assert page.summary and page.view.result.text() == f"{len(lesson.quiz) - 1} of {len(lesson.quiz)} right"
    assert UserStore(tmp_path / "me").quiz_scores(LESSON) == [(len(lesson.quiz) - 1, len(lesson.quiz))]


def test_in_class_and_on_a_kiosk_no_score_is_kept(classroom, qtbot, store):
    window, _mode = classroom()
    assert window.page_context().scores is None
    page = window.page
    page.show_section("quiz")
    for question in store.lesson(LESSON).quiz:
        page.view.choose(question.answer)
        page.forward()
    assert page.summary and window.services.user_store.quiz_scores(LESSON) == []


def test_the_classroom_door_opens_the_lessons(make_window, qtbot, store):
    window = make_window(language="zh_Hant")
    door = next(card for card in window.page.more if card.property("target") == "lessons")
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    assert window.session.current == Target("lessons")
    assert [card.title() for card in window.page.cards] == [lesson.title.zh_Hant for lesson in store.lessons()]
    qtbot.mouseClick(window.page.cards[2], Qt.MouseButton.LeftButton)
    assert window.session.current == Target("lesson", (store.lessons()[2].id,))


def test_english_and_chinese_side_by_side_on_a_guide_and_a_term(make_window, qtbot, store):
    window = make_window(language="zh_Hant", target=Target("guide", ("video-call-parents",)))
    qtbot.mouseClick(window.header.bilingual_button, Qt.MouseButton.LeftButton)
    guide = store.guide("video-call-parents")
    text = window.page.toPlainText()
    assert guide.title.en in text and guide.title.zh_Hant in text
    assert window.page.secondary is not None  # two columns, part by part
    window.open(Target("term", ("vpn",)))
    term = store.terms(("vpn",))[0]
    assert term.definition.en in window.page.toPlainText() and term.definition.zh_Hant in window.page.toPlainText()
    qtbot.mouseClick(window.header.bilingual_button, Qt.MouseButton.LeftButton)
    assert not window.session.bilingual and window.page.secondary is None
