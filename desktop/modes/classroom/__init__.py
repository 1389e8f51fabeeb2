"""Classroom mode: a lesson presented on a projector, driven by clicker keys, with a teacher's view."""

from desktop.modes.classroom.mode import ClassroomMode

__all__ = ["ClassroomMode"]
