"""A Chinese word with its tone-marked pinyin over each character.

Qt's rich text has no ``<ruby>``, so each character gets a small column of its own: the syllable above, the
character below, both centred. A Latin run (App, ID) is one column with nothing above it. The columns wrap as a
line of text would when the width runs out.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.layouts import FlowLayout, grows_with_width

Pairs = tuple[tuple[str, str], ...]


def pinyin_text(pairs: Pairs) -> str:
    """The word's pinyin as one line ('shìpín tōnghuà' is written 'shì pín tōng huà' here: one per character)."""
    return " ".join(syllable for _character, syllable in pairs if syllable)


class PinyinWord(QWidget):
    """``pairs`` of (character, syllable) from ``Term.pinyin_pairs``; ``size`` names the style: 'Large' on a
    vocabulary card, 'Small' in the word list."""

    def __init__(self, pairs: Pairs, size: str = "Large") -> None:
        super().__init__()
        self.pairs = pairs
        self._flow = FlowLayout(self, spacing=2)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for character, syllable in pairs:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(2, 0, 2, 0)
            column.setSpacing(0)
            above = self._label(syllable or " ", f"Pinyin{size}")
            below = self._label(character, f"Hanzi{size}")
            column.addWidget(above, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(below, 0, Qt.AlignmentFlag.AlignHCenter)
            self._flow.addWidget(cell)
            self.cells.append((above, below))
        grows_with_width(self)
        word = "".join(character for character, _syllable in pairs)
        self.setAccessibleName(f"{word} {pinyin_text(pairs)}".strip())

    @staticmethod
    def _label(text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        return label

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole word on one line; narrower than that, the columns wrap."""
        hints = [self._flow.itemAt(index).sizeHint() for index in range(self._flow.count())]
        width = sum(hint.width() for hint in hints) + self._flow._spacing * max(0, len(hints) - 1)
        return QSize(width, max((hint.height() for hint in hints), default=0))

    def word(self) -> str:
        return "".join(below.text() for _above, below in self.cells)

    def syllables(self) -> list[str]:
        return [above.text().strip() for above, _below in self.cells]
