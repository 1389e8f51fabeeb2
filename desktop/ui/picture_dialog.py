"""Send home as a picture: the parts of the long image beside the same words as copyable text.

An image of text cannot be read by a screen reader, and family may want to paste or read the words aloud, so
the text is always offered next to the picture, with a Copy button. The picture is in Simplified or Traditional
Chinese, chosen here. Saving the parts needs a setting that may keep files (a laptop); on a kiosk the picture
is printed if printing is on, and the file dialog is never even built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QDialog, QLabel, QLayout, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.core.picture import Picture, part_label
from desktop.i18n import LANGUAGES, _
from desktop.ui.keyboard import enable_kinetic_scrolling_soon
from desktop.ui.accessibility import HeadingLabel
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.document_view import text_label
from desktop.ui.layouts import FlowLayout, empty_layout, grows_with_width
from desktop.ui.pages.factory import PageContext

PREVIEW_EM = 18  # a part's preview, in ems, held to about a phone's width in pixels
PREVIEW_PX = (300, 480)
PICTURE_LANGUAGES = ("zh_Hans", "zh_Hant")


class PictureDialog(QDialog):
    def __init__(self, parent: QWidget | None, picture_for, language: str, context: PageContext,
                 file_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("PictureDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # nothing of it lingers (a kiosk's next visitor)
        self._picture_for, self._context, self._file_name = picture_for, context, file_name
        self.picture: Picture | None = None
        self.images = []
        self.saved: list[Path] = []
        self.setWindowTitle(_("Send home as a picture"))
        self.setAccessibleName(_("Send home as a picture"))
        column = QVBoxLayout(self)
        # Rows that wrap (the chips, the buttons) would ask, at their narrowest, for more height than any screen
        # has; the dialog takes the size it is given instead, as the main window's page host does.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        title = HeadingLabel(_("Send home as a picture"), 1)
        title.setObjectName("PageTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        column.addWidget(title)
        self.languages = ChoiceGroup(_("Chinese of the picture"),
                                     [(code, LANGUAGES[code].native_name) for code in PICTURE_LANGUAGES], "picture")
        self.languages.choose_index(PICTURE_LANGUAGES.index(language), notify=False)
        self.languages.chosen.connect(self.show_language)
        column.addWidget(self.languages)
        column.addWidget(text_label(_("Send the parts in order. In WeChat, choose “Original” (原图) before you send, "
                                      "so the words stay sharp. The picture has no links; the sources stay in Qiao."),
                                    "PageSubtitle"))
        column.addWidget(self._body(), 1)
        self.status = text_label("", "Meta")
        column.addWidget(self.status)
        column.addWidget(self._buttons())
        self.show_language(language)
        if parent is not None:
            self.resize(parent.width() * 9 // 10, parent.height() * 9 // 10)

    def _body(self) -> QWidget:
        """The parts and the text side by side, each filling the height; one above the other when narrow."""
        body = QWidget()
        self._body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(16)
        self.previews = QWidget()
        self.previews.setObjectName("PicturePreviews")
        self._preview_column = QVBoxLayout(self.previews)
        self._preview_column.setSpacing(12)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.previews)
        self.preview_area.setAccessibleName(_("The picture, in parts"))
        self.preview_area.setMinimumSize(self._preview_width() + 48, round(4 * self._em()))
        self._body_layout.addWidget(self.preview_area, 0)
        text_side = QWidget()
        text_column = QVBoxLayout(text_side)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(text_label(_("The same words as text, to paste or to read aloud:"), "ChipsLabel"))
        self.text_box = QPlainTextEdit()
        self.text_box.setReadOnly(True)
        self.text_box.setObjectName("PictureText")
        self.text_box.setAccessibleName(_("The picture's words as text"))
        self.text_box.setMinimumHeight(round(4 * self._em()))
        text_column.addWidget(self.text_box, 1)
        enable_kinetic_scrolling_soon(self.text_box)
        self.copy_button = QPushButton(_("Copy the text"))
        self.copy_button.setObjectName("ToolButton")
        self.copy_button.clicked.connect(self.copy_text)
        text_column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._body_layout.addWidget(text_side, 1)
        return body

    def _preview_width(self) -> int:
        return max(PREVIEW_PX[0], min(PREVIEW_PX[1], round(PREVIEW_EM * self._em())))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        narrow = event.size().width() < 2 * (self._preview_width() + 48) + 16
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._body_layout.direction() != direction:
            self._body_layout.setDirection(direction)
        super().resizeEvent(event)

    def _buttons(self) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=8)
        features = self._context.features
        self.save_button = self.print_button = None
        if "save" in features:
            self.save_button = self._action(flow, _("Save the pictures…"), self.save_with_dialog, primary=True)
        if "print" in features:
            self.print_button = self._action(flow, _("Print…"), self.print_picture)
        self.close_button = self._action(flow, _("Close"), self.reject)
        grows_with_width(row)
        return row

    @staticmethod
    def _action(flow: FlowLayout, text: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("PrimaryButton" if primary else "ToolButton")
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        flow.addWidget(button)
        return button

    def _em(self) -> int:
        return max(8, self.fontMetrics().height())

    # What the reader does

    def show_language(self, language: str) -> None:
        """Draws the picture in ``language`` and shows its parts and its text."""
        self.picture = self._picture_for(language)
        self.images = self._context.printer.pictures(self.picture)
        empty_layout(self._preview_column)
        width = self._preview_width()
        for number, image in enumerate(self.images, 1):
            label = QLabel()
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap.fromImage(image).scaledToWidth(round(width * ratio),
                                                           Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(_("Part {part} of the picture").format(part=part_label(number, len(self.images))))
            self._preview_column.addWidget(label)
        self._preview_column.addStretch(1)
        self.text_box.setPlainText(self.picture.plain_text())
        count = len(self.images)
        self.status.setText(_("{count} parts, each 1080 pixels wide.").format(count=count) if count > 1
                            else _("One part, 1080 pixels wide."))

    def text(self) -> str:
        return self.text_box.toPlainText()

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.status.setText(_("The text is copied."))

    def save_to(self, path: Path) -> list[Path]:
        """Writes the parts next to ``path`` (``name-1.png`` … when there are several) and says where."""
        from desktop.ui.long_image import save_parts

        self.saved = save_parts(self.images, path)
        self.status.setText(_("Saved: {files}").format(files=", ".join(saved.name for saved in self.saved)))
        return self.saved

    def save_with_dialog(self) -> None:
        if "save" not in self._context.features:  # never on a kiosk, whatever calls it
            return
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(self, _("Save the pictures"), f"{self._file_name}.png",
                                                    "PNG (*.png)")
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError as error:
            self.status.setText(_("The pictures could not be saved: {reason}").format(
                reason=error.strerror or str(error)))

    def print_picture(self) -> None:
        if "print" in self._context.features and self.picture is not None:
            self._context.printer.print_pictures(self, self.picture)

