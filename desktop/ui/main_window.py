"""The main window: the header bar over one page at a time, driven by the visitor's session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop.core.content_store import ContentError, ContentStore
from desktop.core.session import ZOOM_STEP, VisitorSession
from desktop.core.targets import HOME, Target
from desktop.core.user_store import UserStore
from desktop.i18n import _
from desktop.ui.header_bar import HeaderBar
from desktop.ui.language_switch import LanguageSwitch
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.factory import PageContext, build_page
from desktop.ui.pages.language import language_page
from desktop.ui.theme import point_size

SEARCH_DELAY_MS = 120  # long enough to skip keystrokes in a burst, short enough to feel immediate


@dataclass
class WindowServices:
    """What the window needs, built once in app.py and handed in."""

    app: QApplication
    store: ContentStore
    user_store: UserStore
    languages: LanguageSwitch
    router: LinkRouter
    stylesheet: Callable[[float, str], str]  # (zoom, language) → the app's stylesheet
    today: Callable[[], dt.date] = dt.date.today
    printer: object | None = None  # a ComparisonPrinter


class MainWindow(QMainWindow):
    def __init__(self, services: WindowServices, session: VisitorSession, ask_language: bool = False) -> None:
        super().__init__()
        self.services = services
        self.session = session
        self.page: QWidget | None = None
        self.content_error: ContentError | None = None  # the last page the content was too damaged to build
        self.header = HeaderBar()
        self.notice = QLabel()
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.notice)
        self.setCentralWidget(central)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._connect()
        self.set_language(session.language, persist=False)
        if ask_language:
            self._show(language_page(self.choose_first_language))
            self.header.hide()

    def _connect(self) -> None:
        header, router = self.header, self.services.router
        header.back_requested.connect(self.go_back)
        header.home_requested.connect(lambda: self.open(HOME))
        header.language_chosen.connect(self.set_language)
        header.zoom_requested.connect(lambda step: self.set_zoom(self.session.zoom + step * ZOOM_STEP))
        header.search_field.textEdited.connect(lambda _text: self._search_timer.start())
        header.search_field.returnPressed.connect(self._run_search)
        router.navigate.connect(self.open)
        shortcuts = (
            (QKeySequence.StandardKey.Back, self.go_back), (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.session.zoom + ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self.session.zoom - ZOOM_STEP)),
            (QKeySequence("Alt+Home"), lambda: self.open(HOME)),
        )
        header.search_field.installEventFilter(self)
        for sequence, slot in shortcuts:
            QShortcut(sequence, self, activated=slot)

    # Pages

    def _page_context(self) -> PageContext:
        return PageContext(self.services.store, self.services.router, self.session.language,
                           point_size(self.session.zoom), self.services.today(), self.services.printer)

    def _show(self, page: QWidget) -> None:
        if self.page is not None:
            self._layout.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self._layout.addWidget(page, 1)
        page.show()
        self.header.back_button.setEnabled(self.session.can_go_back)
        name = page.accessibleName()
        self.setWindowTitle(f"{name} · 桥 Qiao" if name else "桥 Qiao")

    def render(self) -> bool:
        """Builds the page for the session's current target; False when the content lacks it."""
        try:
            page = build_page(self.session.current, self._page_context())
        except ContentError as error:  # part of the database is damaged: say so in place of the page
            from desktop.ui.pages.base import ColumnPage, heading

            self.content_error = error
            page = ColumnPage(heading(_("Qiao's content is damaged. Please reinstall Qiao.")))
        if page is None:
            return False
        self._show(page)
        current = self.session.current
        if current.kind == "search" and self.header.search_field.text() != current.query:
            self.header.search_field.setText(current.query)  # a deep link or Back shows what was searched
        return True

    def open(self, target: Target) -> None:
        previous = self.session.current
        self.session.navigate(target)
        if not self.render():
            self.session.back()
            self.session.current = previous
            self.show_notice(_("That page is not in Qiao's content."))
            return
        if target.kind != "search":
            self.header.search_field.setText("")  # setText, unlike clear(), keeps no undo history

    def go_back(self) -> None:
        if self.session.back() is not None:
            self.render()

    def focus_search(self) -> None:
        self.header.search_field.setFocus()
        self.header.search_field.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.header.search_field and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self._leave_search()
            return True
        return super().eventFilter(watched, event)

    def _leave_search(self) -> None:
        """Escape in the search box: empty it and go back to where the search started."""
        self.header.search_field.setText("")
        self._run_search()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.header.search_field.text()
        self.session.search_text = text
        if not text.strip():
            if self.session.current.kind == "search":
                self.go_back()
            return
        target = Target("search", query=text)
        if self.session.current.kind == "search":
            self.session.current = target  # typing refines the results; it does not add history
            self.render()
        else:
            self.open(target)
        self.header.search_field.setText(text)

    def reset_session(self, language: str) -> None:
        """Forgets the visitor: a fresh session, no history, no search text (nor its undo), an empty clipboard."""
        self._search_timer.stop()
        self.session = VisitorSession(language=language)
        self.header.search_field.setText("")  # setText, unlike clear(), leaves nothing for Ctrl+Z
        QApplication.clipboard().clear()
        self.notice.hide()
        self.set_language(language, persist=False)
        self.set_zoom(self.session.zoom)

    # Language and zoom

    def choose_first_language(self, code: str) -> None:
        self.header.show()
        self.set_language(code)

    def set_language(self, code: str, persist: bool = True) -> None:
        self.session.language = code
        self.services.languages.apply(code, self.session.zoom)
        self.services.app.setStyleSheet(self.services.stylesheet(self.session.zoom, self.session.language))
        self.header.retranslate()
        self.header.show_language(code)
        if persist:
            self.services.user_store.set("language", code)
        if self.services.user_store.problem:
            self.show_notice(_("Your settings cannot be saved on this computer; they last until Qiao closes."))
        self.render()

    def set_zoom(self, zoom: float) -> None:
        self.session.set_zoom(zoom)
        self.services.languages.apply_zoom(self.session.language, self.session.zoom)
        self.services.app.setStyleSheet(self.services.stylesheet(self.session.zoom, self.session.language))
        self.services.user_store.set("zoom", f"{self.session.zoom}")
        self.render()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
