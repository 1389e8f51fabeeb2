"""The app's label remembers its height at each width, and forgets it whenever the text could take another."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from desktop.ui.label import Label

TEXTS = ("Video calls, photos and family chats with home, step by step",
         "視像通話、相片和家庭群組，一步一步教你和家人保持聯絡")
WIDTHS = (60, 120, 240, 480)


def _pair(qtbot, text: str) -> tuple[Label, QLabel]:
    labels = Label(text), QLabel(text)
    for label in labels:
        label.setWordWrap(True)
        qtbot.addWidget(label)
    return labels


def _same(label: Label, plain: QLabel) -> None:
    assert [label.heightForWidth(width) for width in WIDTHS] == [plain.heightForWidth(width) for width in WIDTHS]


CHANGES = {
    "text": lambda label: label.setText(TEXTS[0] + " " + TEXTS[0]),
    "cleared": lambda label: label.clear(),
    "style sheet": lambda label: label.setStyleSheet("font-size: 30px; padding: 9px"),
    "padding": lambda label: label.setStyleSheet("padding: 4px 30px; border: 3px solid black"),
    "font": lambda label: label.setFont(QFont(label.font().family(), 26)),
    "contents margins": lambda label: label.setContentsMargins(20, 5, 30, 5),
    "margin": lambda label: label.setMargin(14),
    "indent": lambda label: label.setIndent(40),
    "no wrapping": lambda label: label.setWordWrap(False),
}


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("change", CHANGES)
def test_heights_follow_every_change(qtbot, text, change):
    label, plain = _pair(qtbot, text)
    _same(label, plain)  # measured and remembered
    CHANGES[change](label)
    CHANGES[change](plain)
    _same(label, plain)


def test_heights_after_the_label_is_styled_and_shown(qtbot):
    label, plain = _pair(qtbot, TEXTS[1])
    _same(label, plain)
    for widget in (label, plain):
        widget.setObjectName("DoorTitle")
        widget.setStyleSheet("#DoorTitle { font-size: 24px; font-weight: bold; padding: 4px 10px; }")
        widget.show()
    qtbot.waitExposed(label)
    _same(label, plain)


def test_heights_after_the_applications_style_sheet_pads_the_label(qtbot):
    """Measured before it is shown, then padded by the application's style sheet as it is polished."""
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    app = QApplication.instance()
    kept = app.styleSheet()
    app.setStyleSheet(kept + "\n#Padded { padding: 6px 40px; border: 4px solid #000000; }")
    try:
        host = QWidget()
        qtbot.addWidget(host)
        column = QVBoxLayout(host)
        label, plain = _pair(qtbot, TEXTS[0])
        for widget in (label, plain):
            widget.setObjectName("Padded")
            column.addWidget(widget)
        _same(label, plain)
        host.show()
        qtbot.waitExposed(host)
        _same(label, plain)
    finally:
        app.setStyleSheet(kept)
