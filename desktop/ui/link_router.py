"""The one place every link goes through: pages inside Qiao, and web pages outside it.

Outgoing links never open silently: on a personal computer the user is asked first. A kiosk mode replaces
``open_external`` to hand the link over as a QR code instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.targets import Target, TargetError, parse_target
from desktop.i18n import _

if TYPE_CHECKING:  # Qt's URL, desktop-services and message-box classes are set up when a link is first followed
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QWidget

INTERNAL_SCHEME = "qiao"  # internal links: qiao:guide/time-zones


def ask_before_opening(parent: QWidget | None, url: QUrl) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, _("Open in your web browser?"),
        _("This link leads to a page on the internet:\n\n{url}\n\nOpen it in your web browser?").format(
            url=url.toDisplayString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Open


class LinkRouter(QObject):
    navigate = Signal(object)  # a Target inside the app

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None,
                 confirm: Callable[[QWidget | None, QUrl], bool] = ask_before_opening,
                 opener: Callable[[QUrl], bool] | None = None) -> None:
        """``opener`` opens a web address (the system's browser, by default)."""
        super().__init__()
        self._parent_widget = parent_widget
        self._confirm = confirm
        self._opener = opener

    def go(self, target: Target) -> None:
        self.navigate.emit(target)

    def open_href(self, href: str) -> None:
        """A link's address as documents write it: a target inside Qiao, or a web address."""
        from PySide6.QtCore import QUrl

        self.activate(QUrl(href) if "://" in href else QUrl(f"{INTERNAL_SCHEME}:{href}"))

    def activate(self, url: QUrl) -> None:
        if url.scheme() == INTERNAL_SCHEME:
            try:
                self.navigate.emit(parse_target(url.path()))
            except TargetError:
                pass  # a broken internal link leads nowhere rather than failing
            return
        if url.scheme() not in ("http", "https"):
            return
        self.open_external(url)

    def open_external(self, url: QUrl) -> None:
        if self._confirm(self._parent_widget(), url):
            if self._opener is None:
                from PySide6.QtGui import QDesktopServices

                self._opener = QDesktopServices.openUrl
            self._opener(url)
