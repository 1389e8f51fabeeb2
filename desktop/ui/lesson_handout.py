"""A lesson's handout: US Letter, the bundled font embedded, English and Chinese side by side, at most two pages.

The student copy has the lesson's words with tone-marked pinyin over each character, its key steps in two aligned
columns, the quiz without its answers, and QR codes to the sources (drawn module by module from segno's matrix,
so no image library is needed). The teacher's copy adds a page of its own: the answers with their explanations and
the teacher's notes. Each part is laid out whole and never split across pages; when the student copy would run past
two pages, the type gets a little smaller, then the least needed steps are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen, QTextDocument

from desktop.core.formatting import format_date
from desktop.core.lesson_content import StepContent, display, lesson_sources, resolve_lesson
from desktop.core.lesson_records import Lesson
from desktop.core.records import Term
from desktop.i18n import N_, Catalogs, brand_name, translate_in
from desktop.ui.fonts import FontFamilies
from desktop.ui.letter_pdf import plain_document, write_letter_pdf

POINT_SIZE = 9.0
MARGIN_MM = 12
MAX_STUDENT_PAGES = 2
SCALES = (1.0, 0.94, 0.88, 0.82)
KEY_KINDS = ("text", "guide", "caution", "discuss")  # what a learner takes home; words and tables are elsewhere
QR_INCHES = 0.78
LETTERS = "ABCD"


@dataclass
class _Part:
    """Something laid out whole: its height, and how to draw it at a given top."""

    height: float
    draw: Callable[[QPainter, float], None]
    new_page: bool = False  # starts a page of its own (the teacher's page)


class LessonHandout:
    def __init__(self, store, fonts: FontFamilies, catalogs: Catalogs, today: Callable[[], dt.date]) -> None:
        self._store = store
        self._fonts = fonts
        self._catalogs = catalogs
        self._today = today
        self._device: QPagedPaintDevice | None = None
        self._scale = 1.0
        self._chinese = "zh_Hans"

    # Units and type

    def _pt(self, points: float) -> float:
        return points * self._device.logicalDpiY() / 72.0

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self._fonts.for_language(self._chinese))  # every character embedded, Latin included
        font.setPointSizeF(POINT_SIZE * self._scale * scale)
        font.setBold(bold)
        # No ligatures: the PDF would hold "ff" as one glyph, and "difference" would come back from a copy or a
        # screen reader as "di erence".
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def _document(self, text: str, width: float, scale: float = 1.0, bold: bool = False) -> QTextDocument:
        return plain_document(text, self._font(scale, bold), width, self._device, self._pt(1.5))

    def _both(self, message: str) -> str:
        """A label in English and in the handout's Chinese: 'Words 生词'."""
        return " ".join(dict.fromkeys(translate_in(self._catalogs, code, message) for code in ("en", self._chinese)))

    # Parts

    def _text_part(self, text: str, width: float, scale: float = 1.0, bold: bool = False,
                   shade: str = "") -> _Part:
        document = self._document(text, width, scale, bold)

        def draw(painter: QPainter, y: float) -> None:
            if shade:
                painter.fillRect(QRectF(0, y, width, document.size().height()), QColor(shade))
            _draw(painter, document, 0, y)

        return _Part(document.size().height(), draw)

    def _pair_part(self, left: str, right: str, width: float, scale: float = 1.0, bold: bool = False) -> _Part:
        gap = self._pt(10)
        half = (width - gap) / 2
        documents = [self._document(left, half, scale, bold), self._document(right, half, scale, bold)]

        def draw(painter: QPainter, y: float) -> None:
            _draw(painter, documents[0], 0, y)
            _draw(painter, documents[1], half + gap, y)

        return _Part(max(document.size().height() for document in documents), draw)

    def _rule(self, width: float) -> _Part:
        def draw(painter: QPainter, y: float) -> None:
            painter.setPen(QPen(QColor("#999999"), max(1.0, self._pt(0.4))))
            painter.drawLine(QPointF(0, y + self._pt(2)), QPointF(width, y + self._pt(2)))

        return _Part(self._pt(4), draw)

    def _heading(self, message: str, width: float) -> list[_Part]:
        return [_Part(self._pt(4), lambda _painter, _y: None),
                self._text_part(self._both(message), width, 1.25, True, shade="#e4ebf1")]

    def _ruby_width(self, pairs, pinyin: QFontMetricsF, hanzi: QFontMetricsF) -> list[float]:
        return [max(pinyin.horizontalAdvance(syllable), hanzi.horizontalAdvance(character)) + self._pt(1.5)
                for character, syllable in pairs]

    def _words_part(self, terms: list[Term], width: float) -> list[_Part]:
        """Two words a row: the English word, then the Chinese with its pinyin over each character."""
        pinyin_font, hanzi_font = self._font(0.85), self._font(1.45)
        pinyin, hanzi = QFontMetricsF(pinyin_font, self._device), QFontMetricsF(hanzi_font, self._device)
        gap = self._pt(10)
        half = (width - gap) / 2
        english_width = half * 0.42
        parts = []
        for start in range(0, len(terms), 2):
            row = terms[start:start + 2]
            english = [self._document(term.word.en, english_width, 1.1, True) for term in row]
            ruby_height = pinyin.height() + hanzi.height() + self._pt(3)
            height = max([ruby_height] + [document.size().height() for document in english])

            def draw(painter: QPainter, y: float, row=row, english=english, height=height) -> None:
                painter.setPen(QPen(QColor("#000000")))
                for index, term in enumerate(row):
                    x = index * (half + gap)
                    _draw(painter, english[index], x, y)
                    pairs = term.pinyin_pairs(self._chinese) or ((term.word.get(self._chinese), ""),)
                    widths = self._ruby_width(pairs, pinyin, hanzi)
                    lefts = [x + english_width + sum(widths[:index]) for index in range(len(widths))]
                    # The syllables first, then the characters: a copy of the text keeps the word whole.
                    top = y + self._pt(1.5)
                    for font, metrics, row_top, part, align in (
                            (pinyin_font, pinyin, top, 1, Qt.AlignmentFlag.AlignBottom),
                            (hanzi_font, hanzi, top + pinyin.height(), 0, Qt.AlignmentFlag.AlignTop)):
                        painter.setFont(font)
                        for pair, left, cell in zip(pairs, lefts, widths):
                            painter.drawText(QRectF(left, row_top, cell, metrics.height()),
                                             Qt.AlignmentFlag.AlignHCenter | align, pair[part])
                painter.setPen(QPen(QColor("#cccccc"), max(1.0, self._pt(0.3))))
                painter.drawLine(QPointF(0, y + height), QPointF(width, y + height))

            parts.append(_Part(height + self._pt(1), draw))
        return parts

    def _step_parts(self, content: StepContent, width: float) -> list[_Part]:
        english, chinese = display(content, "en"), display(content, self._chinese)

        def body(shown) -> str:
            return "\n".join(("• " if role == "item" else "") + text for role, text in shown.paragraphs)

        return [self._pair_part(f"{content.number}. {english.title}", f"{content.number}. {chinese.title}", width,
                                1.0, True),
                self._pair_part(body(english), body(chinese), width)]

    def _quiz_parts(self, lesson: Lesson, width: float) -> list[_Part]:
        parts = []
        for number, question in enumerate(lesson.quiz, start=1):
            texts = []
            for code in ("en", self._chinese):
                choices = "\n".join(f"{LETTERS[index]}. {choice.get(code)}"
                                    for index, choice in enumerate(question.choices))
                texts.append(f"{number}. {question.question.get(code)}\n{choices}")
            parts.append(self._pair_part(*texts, width))
        return parts

    def _qr_parts(self, sources: tuple[tuple[str, str], ...], width: float) -> list[_Part]:
        import segno

        side = QR_INCHES * self._device.logicalDpiX()
        cell = side * 1.32
        columns = max(1, int(width // cell))
        parts = []
        for start in range(0, len(sources), columns):
            row = sources[start:start + columns]
            captions = [self._document(f"{start + index + 1}. {title}\n{_host(url)}", cell - self._pt(3), 0.72)
                        for index, (title, url) in enumerate(row)]
            caption_height = min(max(caption.size().height() for caption in captions), self._pt(26))
            codes = [segno.make(url, error="m") for _title, url in row]

            def draw(painter: QPainter, y: float, codes=codes, captions=captions, caption_height=caption_height):
                for index, code in enumerate(codes):
                    x = index * cell
                    _draw_qr(painter, code.matrix, QRectF(x, y, side, side))
                    painter.save()
                    painter.setClipRect(QRectF(x, y + side, cell, caption_height))
                    _draw(painter, captions[index], x, y + side)
                    painter.restore()

            parts.append(_Part(side + caption_height + self._pt(3), draw))
        return parts

    def _student_parts(self, lesson: Lesson, contents: tuple[StepContent, ...], steps: list[int],
                       width: float) -> list[_Part]:
        chinese = self._chinese
        today = self._today()
        level = {"beginner": N_("Beginner"), "intermediate": N_("Intermediate")}.get(lesson.level, lesson.level)
        printed = [translate_in(self._catalogs, code, N_("Printed {date}")).format(date=format_date(today, code))
                   for code in ("en", chinese)]
        line = " · ".join([brand_name(chinese), self._both(level), *printed])
        parts = [self._pair_part(lesson.title.en, lesson.title.get(chinese), width, 1.5, True),
                 self._text_part(line, width, 0.8), self._rule(width)]
        if lesson.objectives:
            parts += self._heading(N_("You will learn to"), width)
            parts += [self._pair_part("• " + objective.en, "• " + objective.get(chinese), width)
                      for objective in lesson.objectives]
        terms = {term.id: term for term in self._store.terms(lesson.vocabulary)}
        words = [terms[term_id] for term_id in lesson.vocabulary if term_id in terms]
        if words:
            parts += self._heading(N_("Words"), width) + self._words_part(words, width)
        if steps:
            parts += self._heading(N_("Key steps"), width)
            for index in steps:
                parts += [_joined(self._step_parts(contents[index], width))]
        if lesson.quiz:
            parts += self._heading(N_("Quiz"), width) + self._quiz_parts(lesson, width)
        sources = lesson_sources(self._store, lesson)
        if sources:
            parts += self._heading(N_("Sources: scan with your phone's camera"), width)
            parts += self._qr_parts(sources, width)
        return parts

    def _teacher_parts(self, lesson: Lesson, width: float) -> list[_Part]:
        chinese = self._chinese
        parts = self._heading(N_("For the teacher: answers"), width)
        parts[0].new_page = True
        for number, question in enumerate(lesson.quiz, start=1):
            letter = LETTERS[question.answer]
            parts.append(self._pair_part(
                f"{number}. {letter}: {question.choices[question.answer].en}\n{question.explanation.en}",
                f"{number}. {letter}：{question.choices[question.answer].get(chinese)}\n"
                f"{question.explanation.get(chinese)}", width))
        notes = list(lesson.teacher_notes) + [step.note for step in lesson.steps if step.note]
        if notes:
            parts += self._heading(N_("Teacher's notes"), width)
            parts += [self._pair_part("• " + note.en, "• " + note.get(chinese), width) for note in notes]
        return parts

    # Laying out and painting

    @staticmethod
    def _paginate(parts: list[_Part], height: float) -> list[list[tuple[_Part, float]]]:
        pages: list[list[tuple[_Part, float]]] = [[]]
        y = 0.0
        for part in parts:
            if (part.new_page and pages[-1]) or (y + part.height > height and pages[-1]):
                pages.append([])
                y = 0.0
            pages[-1].append((part, y))
            y += part.height
        return pages

    def _fit(self, lesson: Lesson, width: float, height: float) -> list[_Part]:
        """The student copy at the largest type that fits two pages, leaving out steps only when it must."""
        contents = resolve_lesson(self._store, lesson)
        steps = [index for index, content in enumerate(contents) if content.step.kind in KEY_KINDS]
        while True:
            for scale in SCALES:
                self._scale = scale
                parts = self._student_parts(lesson, contents, steps, width)
                if len(self._paginate(parts, height)) <= MAX_STUDENT_PAGES or scale == SCALES[-1] and not steps:
                    return parts
            # Still too long at the smallest type: leave out a discussion question, else the longest step.
            discussions = [index for index in steps if contents[index].step.kind == "discuss"]
            longest = max(steps, key=lambda index: sum(len(block.text.en) for block in contents[index].blocks))
            steps.remove(discussions[-1] if discussions else longest)

    def paint(self, device: QPagedPaintDevice, lesson: Lesson, language: str, teacher: bool = False) -> int:
        """Draws the handout on ``device``; returns the number of pages."""
        self._device = device
        self._chinese = language if language != "en" else "zh_Hans"
        page = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = float(page.width()), float(page.height())
        parts = self._fit(lesson, width, height)
        if teacher:
            parts += self._teacher_parts(lesson, width)
        pages = self._paginate(parts, height)
        painter = QPainter(device)
        try:
            for number, placed in enumerate(pages):
                if number:
                    device.newPage()
                for part, y in placed:
                    part.draw(painter, y)
        finally:
            painter.end()
        return len(pages)

    def write_pdf(self, path: Path, lesson: Lesson, language: str, teacher: bool = False) -> int:
        """Writes the handout to ``path`` and returns its page count; raises OSError when it cannot."""
        return write_letter_pdf(path, f"{lesson.title.en} · {brand_name(language)}", MARGIN_MM,
                                lambda writer: self.paint(writer, lesson, language, teacher))

    def save_with_dialog(self, parent, lesson: Lesson, language: str, teacher: bool = False) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.i18n import _

        suffix = "-teacher" if teacher else ""
        name, _filter = QFileDialog.getSaveFileName(parent, _("Save handout as PDF"),
                                                    f"qiao-{lesson.id}{suffix}.pdf", "PDF (*.pdf)")
        if not name:
            return
        try:
            self.write_pdf(Path(name), lesson, language, teacher)
        except OSError as error:
            QMessageBox.warning(parent, _("Save handout as PDF"), _("The PDF could not be saved: {reason}").format(
                reason=error.strerror or str(error)))


def _joined(parts: list[_Part]) -> _Part:
    """Parts kept together: a step's title never ends a page without its text."""
    def draw(painter: QPainter, y: float) -> None:
        for part in parts:
            part.draw(painter, y)
            y += part.height

    return _Part(sum(part.height for part in parts), draw)


def _draw(painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    document.drawContents(painter)
    painter.restore()


def _draw_qr(painter: QPainter, matrix, area: QRectF) -> None:
    """The QR code's dark modules as filled rectangles, one per run in a row, inside a quiet zone of two modules."""
    size = len(matrix) + 4
    module = area.width() / size
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    for row, line in enumerate(matrix):
        column = 0
        while column < len(line):
            if not line[column]:
                column += 1
                continue
            start = column
            while column < len(line) and line[column]:
                column += 1
            painter.drawRect(QRectF(area.x() + (start + 2) * module, area.y() + (row + 2) * module,
                                    (column - start) * module, module))
    painter.restore()


def _host(url: str) -> str:
    """'fbi.gov' for a caption: the address's host without 'www.'."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host[4:] if host.startswith("www.") else host
