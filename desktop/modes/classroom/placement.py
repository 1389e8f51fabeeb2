"""Where the presentation and the teacher's view go, given the screens. Plain data, so it is tested without
screens: offscreen Qt has only one.

With two screens or more, the lesson goes full screen on a screen that is not the primary one (the projector; the
laptop's own screen is primary) and the teacher's view stays on the primary. Wayland cannot always tell which is
which, so the teacher can swap them. With one screen (or a mirrored display) nothing moves.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenArea:
    name: str
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Placement:
    audience: int  # index of the screen the class sees
    teacher: int | None  # index of the teacher's screen; None with one screen
    full_screen: bool

    @property
    def two_screens(self) -> bool:
        return self.teacher is not None


def placement(screens: list[ScreenArea], primary: int = 0, swapped: bool = False) -> Placement:
    """The audience's and the teacher's screen among ``screens`` (``primary`` is the index of the primary one)."""
    if len(screens) < 2:
        return Placement(0, None, False)
    primary = primary if 0 <= primary < len(screens) else 0
    # Screens that show the same picture (a mirrored display) count once.
    others = [index for index, screen in enumerate(screens)
              if index != primary and (screen.x, screen.y) != (screens[primary].x, screens[primary].y)]
    if not others:
        return Placement(primary, None, False)
    audience, teacher = others[0], primary
    if swapped:
        audience, teacher = teacher, audience
    return Placement(audience, teacher, True)
