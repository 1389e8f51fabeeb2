"""On a kiosk, links go to the visitor's phone and nothing opens a file chooser or a browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog

from desktop.core.targets import Target
from desktop.modes.kiosk.qr_handover import qr_matrix
from desktop.ui.accessibility import LinkButton


@pytest.fixture
def watched(monkeypatch):
    """Records every call that would open a browser, a file dialog or a print dialog."""
    calls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: calls.append(("openUrl", url))))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, name=name, **k: calls.append((name, a))))
    original_file, original_print = QFileDialog.__init__, QPrintDialog.__init__

    def file_dialog(self, *args, **kwargs):
        calls.append(("QFileDialog", args))
        original_file(self, *args, **kwargs)

    def print_dialog(self, *args, **kwargs):
        calls.append(("QPrintDialog", args))
        original_print(self, *args, **kwargs)

    monkeypatch.setattr(QFileDialog, "__init__", file_dialog)
    monkeypatch.setattr(QPrintDialog, "__init__", print_dialog)
    return calls


def test_every_link_of_a_guide_becomes_a_qr_code_and_none_opens(make_kiosk, qtbot, watched):
    kiosk = make_kiosk()
    kiosk.start_visit("en")
    kiosk.window.open(Target("guide", ("video-call-parents",)))
    links = [button for button in kiosk.window.page.findChildren(LinkButton) if "://" in button.href]
    assert links
    for button in links:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert kiosk.qr.isVisible() and kiosk.qr.url == button.href
        assert kiosk.qr.address.text().replace("\u200b", "") == button.href
        assert "opens on your phone, not on this screen" in kiosk.qr.where.text()
        assert kiosk.qr.code.matrix == qr_matrix(button.href)
        qtbot.mouseClick(kiosk.qr.close_button, Qt.MouseButton.LeftButton)
        assert not kiosk.qr.isVisible()
    assert watched == []


def test_a_comparison_offers_no_saving_and_no_printing_without_a_printer(make_kiosk, watched):
    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hans")
    kiosk.window.open(Target("compare", ("wechat", "whatsapp")))
    page = kiosk.window.page
    assert page._print_buttons == [] and page.print_language is None
    page.show_cell(0, 0)
    for button in page.detail_links:
        button.click()
    assert kiosk.qr.isVisible() and watched == []


def test_printing_goes_straight_to_the_centers_printer(make_kiosk, qtbot, watched):
    kiosk = make_kiosk(printing=True, printer="no-such-printer-here")
    kiosk.start_visit("en")
    kiosk.window.open(Target("compare", ("wechat", "signal")))
    page = kiosk.window.page
    assert [button.property("feature") for button in page._print_buttons] == ["print"]
    qtbot.mouseClick(page._print_buttons[0], Qt.MouseButton.LeftButton)
    assert watched == []
    assert "printer" in kiosk.window.notice.label.text() and kiosk.window.notice.isVisible()


def test_the_qr_code_is_drawn_from_segnos_matrix(qtbot):
    import segno

    from desktop.modes.kiosk.qr_handover import QrCode

    code = QrCode("https://citizenlab.ca/")
    qtbot.addWidget(code)
    code.resize(300, 300)
    image = code.grab().toImage()
    assert code.matrix == [[bool(cell) for cell in row] for row in segno.make("https://citizenlab.ca/",
                                                                                error="m").matrix]
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the quiet zone
    side = 300 / (len(code.matrix) + 8)
    assert image.pixelColor(round(side * 4.5), round(side * 4.5)).name() == "#000000"  # a finder pattern's corner
