"""Pictures to send home and printouts: the long image's width, parts, type size and contrast; the PDF's pages and
text, read back with pypdf; the command line; and the picture dialog on a laptop and on a kiosk."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pypdf import PdfReader

from desktop import paths
from desktop.core.document import Document, Item, Paragraph
from desktop.core.document_builders import caution_document, guide_document
from desktop.core.picture import picture
from desktop.core.targets import Target
from desktop.i18n import Catalogs, translate_in
from desktop.ui.document_printer import DocumentPrinter
from desktop.ui.fonts import load_fonts
from desktop.ui.long_image import BODY_PX, COLOUR_PAIRS, MAX_HEIGHT, WIDTH, LongImage
from desktop.ui.palette import contrast

TODAY = dt.date(2026, 12, 2)
GUIDES = ["video-call-parents", "time-zones", "keep-chinese-number"]


@pytest.fixture(scope="module")
def fonts(qapp):
    return load_fonts(paths.fonts_dir())


@pytest.fixture(scope="module")
def catalogs():
    return Catalogs(paths.translations_dir())


def translated(catalogs, language):
    return lambda message: translate_in(catalogs, language, message)


def guide_picture(store, catalogs, guide_id, language):
    translate = translated(catalogs, language)
    return picture(guide_document(store, guide_id, language, translate), TODAY, translate)


@pytest.mark.parametrize("guide_id", GUIDES)
@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_a_guide_becomes_1080_px_parts_cut_between_steps(store, fonts, catalogs, guide_id, language):
    shown = guide_picture(store, catalogs, guide_id, language)
    renderer = LongImage(fonts)
    parts = renderer.layout(shown)
    images = renderer.render(shown)
    assert len(images) == len(parts) >= 2  # a whole guide is too tall for one image
    assert all(image.width() == WIDTH for image in images)
    assert all(image.height() <= MAX_HEIGHT for image in images)
    # Every unit (a step with the headings above it) is in exactly one part, in order: nothing is cut.
    placed = [len(unit[0]) for part in parts for unit in part]
    assert placed == [len(unit) for unit in shown.units]
    assert shown.continued.endswith("（续）" if language == "zh_Hans" else "（續）")


def _ink_rows(image: QImage, left: int, right: int) -> list[int]:
    """The rows of ``image`` with dark pixels between two columns."""
    rows = []
    for y in range(image.height()):
        if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(left, right, 2)):
            rows.append(y)
    return rows


def test_body_text_is_at_least_36_px_tall_at_1080(fonts):
    assert BODY_PX >= 36
    document = Document("国", "zh_Hans", (Paragraph(Item("国国国国国国")),))
    image = LongImage(fonts).render(picture(document, TODAY))[0]
    rows = _ink_rows(image, 72, 400)
    # The first run of dark rows below the band is the line of 国: a full-height character, about 0.9 em.
    band_end = next(index for index, row in enumerate(rows) if row > 120)
    glyph = [rows[band_end]]
    for row in rows[band_end + 1:]:
        if row != glyph[-1] + 1:
            break
        glyph.append(row)
    assert len(glyph) >= 0.8 * 36


def test_every_colour_of_the_picture_is_readable():
    assert all(contrast(foreground, background) >= 4.5 for foreground, background in COLOUR_PAIRS)


def test_a_short_document_is_one_picture(fonts):
    short = Document("Short", "zh_Hans", (Paragraph(Item("一步")),))
    assert len(LongImage(fonts).render(picture(short, TODAY))) == 1


def test_the_command_writes_each_part_and_prints_its_path(tmp_path):
    out = tmp_path / "out.png"
    result = subprocess.run([sys.executable, "-m", "desktop", "--open", "guide/video-call-parents", "--image",
                             str(out), "--lang", "zh_Hans"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    written = result.stdout.split()
    assert len(written) >= 2 and written == [str(tmp_path / f"out-{n}.png") for n in range(1, len(written) + 1)]
    for name in written:
        image = QImage(name)
        assert image.width() == 1080 and image.height() <= 4000


@pytest.mark.parametrize("arguments, message", [
    (["--open", "platform/wechat", "--image", "x.png"], "need --open guide/<id> or caution/<id>"),
    (["--open", "guide/nope", "--pdf", "x.pdf"], "no guide with the id nope"),
])
def test_the_command_refuses_what_it_cannot_draw(tmp_path, arguments, message):
    result = subprocess.run([sys.executable, "-m", "desktop", *arguments], capture_output=True, text=True,
                            timeout=300, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


# Printing

def _pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("kind, record_id", [("guide", "video-call-parents"), ("guide", "keep-chinese-number"),
                                             ("caution", "keyword-filtering")])
@pytest.mark.parametrize("languages", [["en"], ["zh_Hant"], ["en", "zh_Hans"]], ids=["en", "zh_Hant", "bilingual"])
def test_a_printout_is_one_or_two_letter_pages_with_its_words(store, fonts, catalogs, tmp_path, kind, record_id,
                                                             languages):
    build = guide_document if kind == "guide" else caution_document
    documents = [build(store, record_id, code, translated(catalogs, code)) for code in languages]
    path = tmp_path / "out.pdf"
    pages = DocumentPrinter(fonts, catalogs, lambda: TODAY).write_pdf(path, documents)
    count, text = _pdf_text(path)
    assert count == pages and 1 <= pages <= 2
    record = store.guide(record_id) if kind == "guide" else store.caution(record_id)
    flat = "".join(text.split())
    for code in languages:
        assert "".join(record.title.get(code).split()) in flat  # every word comes back, 'fi' and Chinese alike
        first = (record.steps if kind == "guide" else record.actions)[0].get(code)
        assert "".join(first.split())[:30] in flat  # the first step, whole words
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter, in points
    embedded = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    names = [str(font["/BaseFont"]) for font in embedded]
    assert any("QiaoSans" in name for name in names), names  # the bundled font, embedded


def test_the_pdf_command_prints_a_guide_in_two_languages(tmp_path):
    out = tmp_path / "guide.pdf"
    result = subprocess.run([sys.executable, "-m", "desktop", "--open", "guide/time-zones", "--pdf", str(out),
                             "--bilingual", "--lang", "zh_Hant"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    count, text = _pdf_text(out)
    assert 1 <= count <= 2 and "Steps" in text and "步驟" in text


# The dialog

def test_the_picture_dialog_offers_the_same_words_as_text_and_saves_the_parts(make_window, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication

    window = make_window(language="en", target=Target("guide", ("time-zones",)))
    actions = window.page.page_actions
    qtbot.mouseClick(actions.picture_button, Qt.MouseButton.LeftButton)
    dialog = actions.picture_dialog
    assert dialog.isVisible() and dialog.languages.value == "zh_Hans"  # Simplified from an English screen
    assert dialog.text() == dialog.picture.plain_text() and "http" not in dialog.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.text()
    dialog.languages.choose_value("zh_Hant")
    assert dialog.picture.language == "zh_Hant" and dialog.text().splitlines()[-1].startswith("來自橋 Qiao · ")
    saved = dialog.save_to(tmp_path / "time-zones.png")
    assert [path.name for path in saved] == [f"time-zones-{n}.png" for n in range(1, len(saved) + 1)]
    assert all(QImage(str(path)).width() == 1080 for path in saved)
    dialog.close()


def test_on_a_kiosk_the_picture_is_printed_never_saved(make_window):
    window = make_window(language="zh_Hant")
    window.services.features = frozenset({"print"})
    window.open(Target("caution", ("group-chats",)))
    actions = window.page.page_actions
    actions.send_picture()
    dialog = actions.picture_dialog
    assert dialog.save_button is None and dialog.print_button is not None
    assert dialog.languages.value == "zh_Hant"
    dialog.close()
    window.services.features = frozenset()
    window.open(Target("caution", ("keyword-filtering",)))
    window.page.page_actions.send_picture()
    dialog = window.page.page_actions.picture_dialog
    assert dialog.save_button is None and dialog.print_button is None
    dialog.close()
