"""The platform browser, the side-by-side, counterparts, then-and-now and the printed comparison."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.core.targets import Target
from desktop.ui.card import Card
from entry_rows import entry_rows


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _chip(page, text):
    return next(button for button in page.findChildren(QPushButton) if button.text() == text)


def _cells(window, criterion_label):
    model = window.page.model
    row = next(row for row in range(model.rowCount())
               if model.headerData(row, Qt.Orientation.Vertical) == criterion_label)
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_choose_three_compare_show_differences_switch_language_and_read_cells(make_window, qtbot):
    window = make_window(language="en", target=Target("platforms"))
    browser = window.page
    for platform_id in ("wechat", "whatsapp", "signal"):
        _click(qtbot, browser.toggles[platform_id])
    assert browser.selected == ["wechat", "whatsapp", "signal"]
    _click(qtbot, browser.compare_button)
    assert window.session.current == Target("compare", ("wechat", "whatsapp", "signal"))
    assert _cells(window, "End-to-end encryption")[0].startswith("× No")

    rows_before = window.page.model.rowCount()
    window.page.differences.click()
    assert window.page.model.rowCount() < rows_before
    shown = window.page.model.criteria()
    assert "e2ee" in shown and "china_access" in shown

    _click(qtbot, window.header.language_buttons["zh_Hant"])
    cells = _cells(window, "端到端加密")
    assert cells[0].startswith("× 沒有") and cells[1].startswith("✓ 預設開啟")
    assert window.page.model.headerData(0, Qt.Orientation.Horizontal) == "微信"


def test_filters_narrow_the_cards_and_the_both_sides_badge_shows(make_window, qtbot):
    window = make_window(language="en", target=Target("platforms"))
    browser = window.page
    _click(qtbot, _chip(browser, "Closed or historical"))
    assert "aim" in browser.visible_ids() and "wechat" not in browser.visible_ids()
    _click(qtbot, _chip(browser, "All"))
    _click(qtbot, _chip(browser, "Video-call family in China"))
    assert browser.visible_ids() == ["wechat", "qq", "facetime"]
    badges = [label.text() for label in browser.cards["wechat"].findChildren(type(browser.selection_label))]
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
    row = next(row for row in range(page.model.rowCount())
               if page.model.headerData(row, Qt.Orientation.Vertical) == "End-to-end encryption")
    page.show_cell(page.model.index(row, 1))
    assert "Source" in page.detail.text() and "https://" in page.detail.text()


def test_counterparts_open_a_comparison(make_window, qtbot):
    window = make_window(language="en", target=Target("counterparts"))
    qq = next(card for card in window.page.findChildren(Card) if card.title().startswith("QQ "))
    _click(qtbot, qq)
    assert window.session.current.kind == "compare" and window.session.current.ids[0] == "qq"


def test_then_and_now_shows_the_old_figure_and_what_became_of_it(make_window):
    window = make_window(language="zh_Hans", target=Target("then-and-now"))
    text = " ".join(card.detail_label.text() for card in window.page.findChildren(Card))
    assert "当年" in text and "现在" in text and "已关闭" in text
    figures = " ".join(label.text() for label in window.page.findChildren(type(window.notice))
                       if label.objectName() == "FigureBox")
    assert "5.64亿" in figures and "来源" in figures


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


def test_printer_html_is_bilingual_when_asked(store):
    from desktop import paths
    from desktop.i18n import Catalogs
    from desktop.ui.comparison_printer import ComparisonPrinter
    from desktop.ui.fonts import FontFamilies

    printer = ComparisonPrinter(FontFamilies("Qiao Sans SC", "Qiao Sans TC"), Catalogs(paths.translations_dir()),
                                lambda: dt.date(2026, 11, 24))
    platforms = [store.platform("wechat"), store.platform("signal")]
    both = printer.html(platforms, "zh_Hant", bilingual=True)
    assert "End-to-end encryption" in both and "端到端加密" in both and "並排對比" in both
    single = printer.html(platforms, "en", bilingual=False)
    assert "端到端加密" not in single
