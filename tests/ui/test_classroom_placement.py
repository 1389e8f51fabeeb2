"""Where the lesson and the teacher's view go, for the screens a classroom has."""

from __future__ import annotations

from desktop.modes.classroom.placement import ScreenArea, placement
from desktop.modes.classroom.teacher_view import LessonTimer

LAPTOP = ScreenArea("laptop", 0, 0, 1366, 768)
PROJECTOR = ScreenArea("projector", 1366, 0, 1920, 1080)


def test_one_screen_moves_nothing():
    assert placement([LAPTOP]) == placement([]) and not placement([LAPTOP]).two_screens


def test_two_screens_put_the_lesson_on_the_one_that_is_not_primary():
    result = placement([LAPTOP, PROJECTOR], primary=0)
    assert (result.audience, result.teacher, result.full_screen) == (1, 0, True)
    result = placement([PROJECTOR, LAPTOP], primary=1)  # listed in another order: still the projector
    assert (result.audience, result.teacher) == (0, 1)


def test_the_teacher_can_swap_the_screens():
    result = placement([LAPTOP, PROJECTOR], primary=0, swapped=True)
    assert (result.audience, result.teacher) == (0, 1)


def test_a_mirrored_display_counts_as_one_screen():
    mirror = ScreenArea("projector", 0, 0, 1366, 768)
    assert not placement([LAPTOP, mirror]).two_screens


def test_the_timer_runs_pauses_and_resets():
    now = [100.0]
    timer = LessonTimer(clock=lambda: now[0])
    timer.start()
    now[0] += 75
    assert timer.label == "1:15"
    timer.pause()
    now[0] += 600
    assert timer.seconds == 75
    timer.start()
    now[0] += 5
    assert timer.seconds == 80
    timer.reset()
    assert timer.seconds == 0 and timer.running
