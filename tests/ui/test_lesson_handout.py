"""The lesson handout: US Letter, at most two pages for the student, the Chinese and the pinyin as real text, the
answers only on the teacher's page, QR codes that decode to the sources."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from desktop import paths
from desktop.core.lesson_content import lesson_sources
from desktop.i18n import Catalogs
from desktop.ui.fonts import load_fonts
from desktop.ui.lesson_handout import LessonHandout

LETTER_POINTS = (612, 792)


@pytest.fixture(scope="module")
def handout(qapp, store):
    return LessonHandout(store, load_fonts(paths.fonts_dir()), Catalogs(paths.translations_dir()),
                         lambda: dt.date(2026, 12, 2))


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _chinese(text: str) -> str:
    """Only the Chinese characters: side-by-side columns come back from the PDF with their lines interleaved, and
    this keeps the right-hand column in reading order."""
    return "".join(character for character in text if "\u4e00" <= character <= "\u9fff")


def _opening(text: str) -> str:
    """The first three words, which sit on one line."""
    return "".join(text.split()[:3])


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
def test_every_student_copy_fits_two_letter_pages(handout, store, tmp_path, language):
    for summary in store.lessons():
        path = tmp_path / f"{summary.id}.pdf"
        pages = handout.write_pdf(path, store.lesson(summary.id), language)
        reader = PdfReader(str(path))
        assert pages == len(reader.pages) and 1 <= pages <= 2, summary.id
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == LETTER_POINTS


def test_the_words_come_back_as_chinese_text_with_their_pinyin(handout, store, tmp_path):
    lesson = store.lesson("scams-and-family")
    path = tmp_path / "scams.pdf"
    handout.write_pdf(path, lesson, "zh_Hant")
    text = _text(path)
    squeezed = _squeezed(text)
    assert "difference" in text or "eff.org" in text  # no ligature stands in for "ff"
    for term in store.terms(lesson.vocabulary):
        assert term.word.en.split()[0] in text
        pairs = term.pinyin_pairs("zh_Hant")
        assert "".join(character for character, _syllable in pairs) in squeezed, term.id
        for _character, syllable in pairs:
            assert syllable in text, (term.id, syllable)
    assert lesson.title.zh_Hant in squeezed and lesson.steps[0].title.zh_Hant in squeezed


def test_the_answers_are_only_on_the_teachers_page(handout, store, tmp_path):
    lesson = store.lesson("time-zones")
    student, teacher = tmp_path / "student.pdf", tmp_path / "teacher.pdf"
    student_pages = handout.write_pdf(student, lesson, "zh_Hans")
    teacher_pages = handout.write_pdf(teacher, lesson, "zh_Hans", teacher=True)
    assert teacher_pages > student_pages
    student_text, teacher_text = _text(student), _text(teacher)
    for question in lesson.quiz:
        assert _opening(question.question.en) in _squeezed(student_text)
        assert _chinese(question.question.zh_Hans) in _chinese(student_text)
        assert _chinese(question.explanation.zh_Hans) not in _chinese(student_text)
        assert _chinese(question.explanation.zh_Hans) in _chinese(teacher_text)
    for note in lesson.teacher_notes:
        assert _chinese(note.zh_Hans) not in _chinese(student_text)
        assert _chinese(note.zh_Hans) in _chinese(teacher_text)


def test_the_bundled_font_is_embedded(handout, store, tmp_path):
    path = tmp_path / "fonts.pdf"
    handout.write_pdf(path, store.lesson("wechat-sign-up"), "zh_Hans")
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/DescendantFonts", [font])[0].get_object().get("/FontDescriptor")
            if descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Qiao" in name for name in fonts), fonts


def test_the_qr_codes_hold_the_sources(store):
    """The handout draws segno's matrix itself; the matrix is the code for the source's address."""
    import segno

    sources = lesson_sources(store, store.lesson("scams-and-family"))
    assert len(sources) >= 4
    code = segno.make(sources[0][1], error="m")
    assert code.designator and len(code.matrix) == code.symbol_size(border=0)[0]
