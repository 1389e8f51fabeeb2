"""Everything about the current visitor, in one object that a kiosk throws away between visitors."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.targets import HOME, Target

MIN_ZOOM = 0.75
MAX_ZOOM = 3.0
ZOOM_STEP = 0.25


@dataclass
class VisitorSession:
    language: str = "en"
    zoom: float = 1.0
    current: Target = HOME
    history: list[Target] = field(default_factory=list)
    search_text: str = ""
    opened: list[Target] = field(default_factory=list)

    def navigate(self, target: Target) -> None:
        if target == self.current:
            return
        self.history.append(self.current)
        self.current = target
        self.opened.append(target)

    def back(self) -> Target | None:
        """Returns to the previous page, or None when there is none."""
        if not self.history:
            return None
        self.current = self.history.pop()
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self.history)

    def set_zoom(self, zoom: float) -> float:
        self.zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 2)
        return self.zoom
