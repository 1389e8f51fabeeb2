"""What assistive technology hears: headings as headings, links as links, exclusive choices as radio buttons.

Qt names widgets by their class (a QLabel is static text, a QPushButton a button). The widgets below say what they
are instead, through one accessibility factory (``accessible_roles.install``) installed once the first frame is
on screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.ui.label import Label


class HeadingLabel(Label):
    """A page or section heading; ``level`` 1 is the page title."""

    def __init__(self, text: str, level: int = 2) -> None:
        super().__init__(text)
        self.level = level


class LinkButton(QPushButton):
    """A link in a document: focusable, activated by Enter, Space, click or tap, announced as a link."""

    def __init__(self, label: str, href: str) -> None:
        super().__init__(label)
        self.href = href


class ChoiceButton(QPushButton):
    """One of several exclusive choices (a language, a filter): checkable, announced as a radio button."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.setCheckable(True)
