"""A lesson's words: one large card at a time for the class, or a list of every word.

A card shows the English word large and an example sentence; a tap (click, Enter or Space) shows the Chinese with
its pinyin over each character and the sentence's translation, so the class can guess first. Another tap hides
them again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.records import Term
from desktop.i18n import _
from desktop.ui.document_view import text_label
from desktop.ui.layouts import ColumnsLayout, grows_with_width
from desktop.ui.pinyin_word import PinyinWord, pinyin_text
from desktop.ui.read_aloud import ReadAloud, kind_for_language
from desktop.ui.speak_buttons import SpeakButtons
from desktop.ui.wrapping_button import HeightFromLayout

LIST_COLUMN_EM = 16


def chinese_of(language: str) -> str:
    """The Chinese a card shows: the UI's, or Simplified from the English UI."""
    return language if language != "en" else "zh_Hans"


class VocabularyCard(HeightFromLayout, QPushButton):
    """A word to guess: a button, so Tab, Enter, Space and a tap all turn it over."""

    toggled_chinese = Signal(bool)

    def __init__(self, term: Term, chinese: str, revealed: bool = False) -> None:
        super().__init__()
        self.term = term
        self.chinese = chinese
        self.setObjectName("VocabularyCard")
        self.grow_with_layout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        self.word_label = self._label(term.word.en, "VocabularyWord")
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pinyin_word = PinyinWord(term.pinyin_pairs(chinese), "Large")
        self.example_label = self._label(term.example.en, "VocabularyExample")
        self.translation_label = self._label(term.example.get(chinese), "VocabularyTranslation")
        self.hint_label = self._label("", "VocabularyHint")
        for widget in (self.word_label, self.pinyin_word, self.example_label, self.translation_label,
                       self.hint_label):
            layout.addWidget(widget)
        layout.setAlignment(self.pinyin_word, Qt.AlignmentFlag.AlignHCenter)
        self.pinyin_word.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.revealed = not revealed
        self.set_revealed(revealed)
        self.clicked.connect(lambda: self.set_revealed(not self.revealed, notify=True))

    @staticmethod
    def _label(text: str, object_name: str) -> QLabel:
        label = text_label(text, object_name)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        return label

    def set_revealed(self, revealed: bool, notify: bool = False) -> None:
        """Shows or hides the Chinese, the pinyin and the translation."""
        if revealed == self.revealed:
            return
        self.revealed = revealed
        self.pinyin_word.setVisible(revealed)
        self.translation_label.setVisible(revealed)
        self.hint_label.setText(_("Tap to hide the Chinese") if revealed else _("Tap to show the Chinese"))
        chinese = self.term.word.get(self.chinese)
        self.setAccessibleName(f"{self.term.word.en}: {chinese} {pinyin_text(self.term.pinyin_pairs(self.chinese))}"
                               if revealed else self.term.word.en)
        self.setAccessibleDescription(self.hint_label.text())
        self.updateGeometry()
        if notify:
            self.toggled_chinese.emit(revealed)


def card_speech(term: Term, chinese: str, speech: ReadAloud | None) -> SpeakButtons:
    """Read the word and its sentence in English; the Chinese word in Mandarin or Cantonese."""
    return SpeakButtons(speech, [
        ("en", "en", lambda: f"{term.word.en}. {term.example.en}"),
        (kind_for_language(chinese), chinese, lambda: term.word.get(chinese)),
        ("yue", chinese, lambda: term.word.get(chinese)),
    ], _("the word"))


class WordEntry(QWidget):
    """One word in the list: English, the Chinese with pinyin, and the example in both languages."""

    def __init__(self, term: Term, chinese: str) -> None:
        super().__init__()
        self.setObjectName("WordEntry")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(4)
        column.addWidget(text_label(term.word.en, "WordEntryWord"))
        column.addWidget(PinyinWord(term.pinyin_pairs(chinese), "Small"))
        column.addWidget(text_label(term.example.en, "WordEntryExample"))
        column.addWidget(text_label(term.example.get(chinese), "WordEntryExample"))
        grows_with_width(self)
        self.setAccessibleName(f"{term.word.en}: {term.word.get(chinese)} {pinyin_text(term.pinyin_pairs(chinese))}")


def word_list(terms: list[Term], chinese: str, em: int) -> QWidget:
    """Every word of the lesson, in as many columns as fit."""
    grid = QWidget()
    layout = ColumnsLayout(grid, spacing=12, min_column=LIST_COLUMN_EM * em, max_columns=3)
    for term in terms:
        layout.addWidget(WordEntry(term, chinese))
    grows_with_width(grid)
    return grid
