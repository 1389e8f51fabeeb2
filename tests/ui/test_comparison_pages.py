"""The platform browser, the side-by-side, counterparts, then-and-now and the printed comparison."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop.core.targets import Target
from desktop.ui.card import Card
from entry_rows import entry_rows


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _chip(page, text):
    return next(button for button in page.findChildren(QPushButton) if button.text() == text)


def _cells(window, criterion_key):
    grid = window.page.grid
    return [cell.title() for cell in grid.cells[grid.criteria.index(criterion_key)]]


def _headers(window):
    from desktop.ui.accessibility import HeadingLabel

    return [label.text() for label in window.page.grid.findChildren(HeadingLabel)
            if label.objectName() == "CompareHeader"]


def test_choose_three_compare_show_differences_switch_language_and_read_cells(make_window, qtbot):
    window = make_window(language="en", target=Target("platforms"))
    browser = window.page
    for platform_id in ("wechat", "whatsapp", "signal"):
        _click(qtbot, browser.toggles[platform_id])
    assert browser.selected == ["wechat", "whatsapp", "signal"]
    _click(qtbot, browser.compare_button)
    assert window.session.current == Target("compare", ("wechat", "whatsapp", "signal"))
    assert _cells(window, "e2ee")[0].startswith("× No")

    rows_before = len(window.page.criteria())
    window.page.differences.click()
    assert len(window.page.criteria()) < rows_before
    shown = window.page.criteria()
    assert "e2ee" in shown and "china_access" in shown

    _click(qtbot, window.header.language_buttons["zh_Hant"])
    assert window.page.differences.isChecked()  # the switch survives the language change
    cells = _cells(window, "e2ee")
    assert cells[0].startswith("× 沒有") and cells[1].startswith("✓ 預設開啟")
    assert _headers(window)[0] == "微信"


def test_filters_narrow_the_cards_and_the_both_sides_badge_shows(make_window, qtbot):
    window = make_window(language="en", target=Target("platforms"))
    browser = window.page
    _click(qtbot, _chip(browser, "Closed or historical"))
    assert "aim" in browser.visible_ids() and "wechat" not in browser.visible_ids()
    _click(qtbot, _chip(browser, "All"))
    _click(qtbot, _chip(browser, "Video-call family in China"))
    assert browser.visible_ids() == ["wechat", "qq", "facetime"]
    badges = [label.text() for label in browser.cards["wechat"].findChildren(QLabel)]
    assert any("Works on both sides" in text for text in badges)


def test_a_fifth_platform_cannot_be_added(make_window, qtbot):
    window = make_window(language="en", target=Target("platforms"))
    browser = window.page
    for platform_id in ("wechat", "whatsapp", "signal", "telegram"):
        _click(qtbot, browser.toggles[platform_id])
    assert not browser.toggles["line"].isEnabled()


def test_a_cell_shows_its_full_value_and_source_on_demand(make_window, qtbot):
    window = make_window(language="en", target=Target("compare", ("wechat", "signal")))
    page = window.page
    cell = page.grid.cells[page.grid.criteria.index("e2ee")][1]
    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert page.detail_area.isVisible()
    words = " ".join(label.text() for label in page.detail.findChildren(QLabel))
    assert "Signal" in words and "End-to-end encryption" in words
    sources = [link for link in page.detail_links if link.text() == "Source"]
    assert sources and sources[0].href.startswith("https://")
    assert sources[0].focusPolicy() & Qt.FocusPolicy.TabFocus  # the source is reachable by keyboard


def test_counterparts_open_a_comparison(make_window, qtbot):
    window = make_window(language="en", target=Target("counterparts"))
    qq = next(card for card in window.page.findChildren(Card) if card.title().startswith("QQ "))
    _click(qtbot, qq)
    assert window.session.current.kind == "compare" and window.session.current.ids[0] == "qq"


def test_then_and_now_shows_the_old_figure_and_what_became_of_it(make_window):
    window = make_window(language="zh_Hans", target=Target("then-and-now"))
    text = " ".join(card.detail_label.text() for card in window.page.findChildren(Card))
    assert "当年" in text and "现在" in text and "已关闭" in text
    box = next(widget for widget in window.page.findChildren(QWidget) if widget.objectName() == "FigureBox")
    figures = " ".join(widget.text() for kind in (QLabel, QPushButton) for widget in box.findChildren(kind))
    assert "5.64 亿" in figures and "来源" in figures


def test_search_box_finds_wechat_by_chinese_initials_and_traditional(make_window, qtbot):
    from PySide6.QtGui import QInputMethodEvent

    window = make_window(language="zh_Hans")
    field = window.header.search_field
    for query, expected in (("微信", "微信"), ("wx", "微信"), ("監控", "监控")):
        field.setText("")
        if query.isascii():
            qtbot.keyClicks(field, query)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(query)
            QApplication.sendEvent(field, event)
        qtbot.waitUntil(lambda query=query: window.session.current == Target("search", query=query))
        rows = entry_rows(window.page)
        assert rows and rows[0].title() == expected, query
    rows[0].click(qtbot)
    assert window.session.current == Target("term", ("surveillance",))


def test_saved_pdf_is_letter_with_chinese_as_text(tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "comparison.pdf"
    result = subprocess.run([sys.executable, "-m", "desktop", "--open", "compare/wechat,whatsapp,signal", "--pdf",
                             str(target), "--lang", "zh_Hans", "--bilingual"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "微信" in text and "端到端加密" in text and "WhatsApp" in text
    assert "2026" in text  # digits survive as text too


def test_pdf_needs_a_comparison(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop", "--open", "home", "--pdf", str(tmp_path / "x.pdf")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "--pdf needs" in result.stderr


def _printer():
    from desktop import paths
    from desktop.i18n import Catalogs
    from desktop.ui.comparison_printer import ComparisonPrinter
    from desktop.ui.fonts import load_fonts

    return ComparisonPrinter(load_fonts(paths.fonts_dir()), Catalogs(paths.translations_dir()),
                             lambda: dt.date(2026, 11, 24))


def test_printout_is_bilingual_when_asked_and_gathers_sources_as_notes(qapp, store):
    platforms = [store.platform("wechat"), store.platform("signal")]
    title, rows, notes = _printer().rows(platforms, "zh_Hant", bilingual=True)
    words = title + " ".join(cell for row in rows for cell in row.cells)
    assert "End-to-end encryption" in words and "端到端加密" in words and "並排比較" in words
    assert notes and all(note.startswith("http") for note in notes)
    assert "https://" not in words and "[1]" in words  # numbered notes, not raw addresses in cells
    _title, single, _notes = _printer().rows(platforms, "en", bilingual=False)
    assert "端到端加密" not in " ".join(cell for row in single for cell in row.cells)


def test_printout_carries_only_differences(qapp, store):
    platforms = [store.platform("whatsapp"), store.platform("signal")]
    _title, every, _notes = _printer().rows(platforms, "en", bilingual=False)
    _title, differences, _notes = _printer().rows(platforms, "en", bilingual=False, only_differences=True)
    assert 0 < len(differences) < len(every)


def test_four_platforms_in_one_language_fit_two_letter_pages(qapp, store, tmp_path):
    from pypdf import PdfReader

    platforms = [store.platform(platform_id) for platform_id in ("wechat", "whatsapp", "signal", "telegram")]
    for language in ("en", "zh_Hans", "zh_Hant"):
        target = tmp_path / f"{language}.pdf"
        pages = _printer().write_pdf(target, platforms, language, bilingual=False)
        assert pages <= 2 and len(PdfReader(target).pages) == pages, language
