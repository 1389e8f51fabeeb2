"""Everything about the current visitor, in one object that a kiosk throws away between visitors.

Each page in the history keeps the state it was left in (its scroll place, the chosen platforms, the filters, the
focused control) as plain data, so Back returns to the page as it was and a language switch keeps it.
"""

from __future__ import annotations

from desktop.core.targets import HOME, Target

MIN_ZOOM = 0.75
MAX_ZOOM = 3.0
ZOOM_STEP = 0.25


class HistoryEntry:
    """A page left behind, with the state it was left in."""

    __slots__ = ("target", "state")

    def __init__(self, target: Target, state: dict | None = None) -> None:
        self.target = target
        self.state = {} if state is None else state

    def __repr__(self) -> str:
        return f"HistoryEntry({self.target!r}, {self.state!r})"


class VisitorSession:
    def __init__(self, language: str = "en", zoom: float = 1.0) -> None:
        self.language = language
        self.zoom = zoom
        self.current: Target = HOME
        self.history: list[HistoryEntry] = []
        self.search_text = ""
        self.opened: list[Target] = []
        self.high_contrast = False
        self.bilingual = False  # English beside Chinese on document pages
        self.current_state: dict = {}  # the state the current page was last saved in

    def __repr__(self) -> str:  # everything it holds, as a kiosk's checks look for a visitor's traces in it
        return f"VisitorSession({', '.join(f'{name}={value!r}' for name, value in vars(self).items())})"

    def navigate(self, target: Target, state_left: dict | None = None) -> None:
        """Moves to ``target``; the page left behind is remembered with ``state_left``."""
        if target == self.current:
            return
        self.history.append(HistoryEntry(self.current, dict(state_left or {})))
        self.current = target
        self.current_state = {}
        self.opened.append(target)

    def back(self) -> Target | None:
        """Returns to the previous page (its state in ``current_state``), or None when there is none."""
        if not self.history:
            return None
        entry = self.history.pop()
        self.current, self.current_state = entry.target, entry.state
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self.history)

    def set_zoom(self, zoom: float) -> float:
        self.zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 2)
        return self.zoom
