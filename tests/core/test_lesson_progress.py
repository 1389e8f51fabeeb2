"""The presenter's place in a lesson: steps, sections and the quiz, and surviving a rebuild of the screen."""

from __future__ import annotations

import json

import pytest

from desktop.core.lesson_progress import LessonProgress, QuizState, position_label


@pytest.fixture
def lesson(store):
    return store.lesson("time-zones")


def test_forward_and_back_are_clamped_and_labelled(lesson):
    progress = LessonProgress(lesson)
    assert progress.label == f"1 / {len(lesson.steps)}" and progress.at_first
    assert not progress.back() and progress.number == 1
    assert progress.forward() and progress.forward() and progress.label == f"3 / {len(lesson.steps)}"
    assert progress.step == lesson.steps[2] and progress.next_step == lesson.steps[3]
    for _ in range(30):
        progress.forward()
    assert progress.at_last and progress.number == len(lesson.steps) and not progress.forward()
    assert progress.next_step is None
    assert progress.back() and progress.number == len(lesson.steps) - 1


def test_jumping_to_a_step_is_clamped_and_returns_to_the_steps(lesson):
    progress = LessonProgress(lesson)
    progress.show("quiz")
    progress.go_to(4)
    assert progress.number == 4 and progress.section == "steps"
    progress.go_to(99)
    assert progress.number == len(lesson.steps)
    progress.go_to(-3)
    assert progress.number == 1
    with pytest.raises(ValueError):
        progress.show("homework")


def test_the_step_list_has_numbered_titles_in_each_language(lesson):
    progress = LessonProgress(lesson)
    english, chinese = progress.step_titles("en"), progress.step_titles("zh_Hans")
    assert len(english) == len(chinese) == len(lesson.steps)
    assert english[0] == "1. What time is it in Beijing?" and chinese[0] == "1. 北京现在几点？"
    assert position_label(3, 8) == "3 / 8"


def test_the_quiz_reveals_scores_and_keeps_an_answer_after_reveal(lesson):
    quiz = QuizState(lesson.quiz)
    assert quiz.label == f"1 / {quiz.count}" and quiz.is_right() is None and not quiz.finished
    assert quiz.choose(quiz.question.answer) and quiz.is_right() is True
    quiz.reveal()
    assert quiz.is_revealed and not quiz.choose(0 if quiz.question.answer else 1)  # the answer stands
    assert quiz.forward() and not quiz.is_revealed
    wrong = next(index for index in range(len(quiz.question.choices)) if index != quiz.question.answer)
    assert quiz.choose(wrong) and quiz.is_right() is False
    assert not quiz.choose(17)
    assert quiz.score.right == 1 and quiz.score.answered == 2 and quiz.score.total == len(lesson.quiz)
    quiz.reveal()  # the wrong answer now stands too
    for _ in range(quiz.count):
        quiz.choose(quiz.question.answer)
        quiz.forward()
    assert quiz.finished and quiz.score.label == f"{quiz.count - 1} / {quiz.count}"
    assert not quiz.forward()
    quiz.reset()
    assert quiz.number == 1 and quiz.score.answered == 0


def test_progress_survives_a_rebuild_through_a_small_plain_dict(lesson):
    progress = LessonProgress(lesson)
    progress.go_to(4)
    progress.quiz.choose(1)
    progress.quiz.reveal()
    progress.quiz.forward()
    saved = json.loads(json.dumps(progress.to_dict()))  # plain data only
    assert saved == {"lesson": "time-zones", "section": "steps", "step": 4,
                     "quiz": {"question": 2, "revealed": [0], "answers": {"0": 1}}}
    again = LessonProgress.from_dict(lesson, saved)
    assert again.number == 4 and again.quiz.number == 2 and again.quiz.chosen(0) == 1 and 0 in again.quiz.revealed
    progress.show("quiz")
    assert LessonProgress.from_dict(lesson, progress.to_dict()).section == "quiz"


def test_restoring_forgives_bad_or_foreign_data(lesson, store):
    assert LessonProgress.from_dict(lesson, {"lesson": "finding-work", "step": 5}).number == 1
    assert LessonProgress.from_dict(lesson, None).number == 1
    odd = LessonProgress.from_dict(lesson, {"lesson": "time-zones", "step": "seven", "section": "nowhere",
                                            "quiz": {"question": 99, "answers": {"0": 9, "x": 1, "1": 0},
                                                     "revealed": [0, 42, "a"]}})
    assert odd.number == 1 and odd.section == "steps"
    assert odd.quiz.number == odd.quiz.count and odd.quiz.answers == {1: 0} and odd.quiz.revealed == {0}
    other = store.lesson("finding-work")
    assert LessonProgress.from_dict(other, {"lesson": "finding-work", "step": 40}).number == len(other.steps)
