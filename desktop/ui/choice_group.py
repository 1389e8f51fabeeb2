"""A row of chips of which one is chosen (a filter), wrapping onto new lines as the width requires.

Keyboard, as for radio buttons: Tab reaches the group once, at the chosen chip; the arrow keys move between chips;
Enter or Space chooses. Each chip is announced as a radio button with its checked state.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.accessibility import ChoiceButton
from desktop.ui.layouts import FlowLayout, grows_with_width

_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ChoiceGroup(QWidget):
    chosen = Signal(object)  # the value of the chip chosen

    def __init__(self, label: str, choices: list[tuple[Hashable, str]], name: str, initial: int | None = 0) -> None:
        """``choices`` are (value, text) pairs, the ``initial`` one chosen (None: none yet, as a question starts);
        ``name`` keeps object names stable for state."""
        super().__init__()
        self._name = name
        # The label leads the row of chips, so a filter takes one line where it fits.
        self._flow = FlowLayout(self, spacing=6)
        self.label = QLabel(label)
        self.label.setObjectName("ChipsLabel")
        self._flow.addWidget(self.label)
        grows_with_width(self)
        self.chips: list[ChoiceButton] = []
        self._values: list[Hashable] = []
        for index, (value, text) in enumerate(choices):
            chip = ChoiceButton(text)
            chip.setObjectName("Chip")
            chip.setProperty("state_name", f"{name}:{index}")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _checked=False, index=index: self.choose_index(index))
            chip.installEventFilter(self)
            self._flow.addWidget(chip)
            self.chips.append(chip)
            self._values.append(value)
        self._current = -1 if initial is None else initial
        self._show_current()

    @property
    def value(self) -> Hashable | None:
        """The chosen value; None while nothing is chosen."""
        return self._values[self._current] if self._current >= 0 else None

    @property
    def values(self) -> list[Hashable]:
        return list(self._values)

    @property
    def current_index(self) -> int:
        return self._current

    def choose_index(self, index: int, notify: bool = True) -> None:
        self._current = max(0, min(index, len(self.chips) - 1))
        self._show_current()
        if notify:
            self.chosen.emit(self.value)

    def choose_value(self, value: Hashable, notify: bool = True) -> bool:
        """Chooses the chip of ``value``; False when no chip has it."""
        if value not in self._values:
            return False
        self.choose_index(self._values.index(value), notify)
        return True

    def clear_choice(self) -> None:
        """Nothing chosen (a question not yet answered)."""
        self._current = -1
        self._show_current()

    def _show_current(self) -> None:
        stop = max(self._current, 0)
        for index, chip in enumerate(self.chips):
            chip.setChecked(index == self._current)
            # Only the chosen chip (or the first, before any is chosen) is a Tab stop; the arrows reach the others.
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus if index == stop else Qt.FocusPolicy.ClickFocus)

    def set_texts(self, label: str, texts: list[str]) -> None:
        """New words for the label and chips (a language switch), keeping the choice."""
        self.label.setText(label)
        for chip, text in zip(self.chips, texts):
            chip.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and watched in self.chips:
            step = 1 if event.key() in _NEXT else -1 if event.key() in _PREVIOUS else 0
            if step:
                index = (self.chips.index(watched) + step) % len(self.chips)
                self.chips[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
