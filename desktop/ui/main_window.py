"""The main window: the header bar, a dismissible notice, and one page at a time, driven by the visitor's session.

The window keeps the reader's place. Leaving a page saves its state (scroll place, choices, focus) in the
session's history; Back rebuilds the page and restores it. A language switch retranslates the page in place where
the page can, and a zoom or contrast change restyles it where it is.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from desktop.core.content_store import ContentError, ContentStore
from desktop.core.reading_list import DisabledReadingList
from desktop.core.session import ZOOM_STEP, VisitorSession
from desktop.core.targets import HOME, Target
from desktop.core.user_store import UserStore
from desktop.i18n import _, brand_name
from desktop.ui.appearance import Appearance
from desktop.ui.first_frame import after_first_frame
from desktop.ui.focus import focus_position, restore_focus
from desktop.ui.header_bar import HeaderBar
from desktop.ui.language_switch import LanguageSwitch
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.pages.factory import DEFAULT_FEATURES, PageContext, build_page

if TYPE_CHECKING:
    from desktop.core.center import CenterPages
    from desktop.ui.link_router import LinkRouter

SEARCH_DELAY_MS = 120  # long enough to skip keystrokes in a burst, short enough to feel immediate


class WindowServices:
    """What the window needs, built once in app.py and handed in. (A plain class: defining a dataclass costs
    start-up time, about half a millisecond each, and the first screen needs a dozen such records.)"""

    def __init__(self, app: QApplication, store: ContentStore, user_store: UserStore, languages: LanguageSwitch,
                 appearance: Appearance, router: LinkRouter, *, today=dt.date.today, printer=None,
                 features: frozenset[str] = DEFAULT_FEATURES, remember_settings: bool = True,
                 keep_scores: bool = True, read_aloud=None, reading_list=None, now=None, time_zone: str | None = None,
                 center: CenterPages | None = None) -> None:
        self.app, self.store, self.user_store = app, store, user_store
        self.languages, self.appearance, self.router = languages, appearance, router
        self.today = today  # () -> date
        self.printer = printer  # a ComparisonPrinter, built when first used
        self.features = features
        self.remember_settings = remember_settings  # False on a kiosk: visitors change language and zoom, unsaved
        self.keep_scores = keep_scores  # False on a kiosk and in class: a quiz's score is shown, never kept
        self.read_aloud = read_aloud  # a ReadAloud; its speaking_changed signal tells when speech starts and stops
        self.reading_list = reading_list  # the owner's saved and recent pages; kept only where features has "save"
        self.now = now  # () -> an aware datetime: the clock the call planner reads (None: the system's)
        self.time_zone = time_zone  # a center's configured zone for the call planner
        self.center = center  # a kiosk's community center: its name and its own pages


class PageHost(QWidget):
    """Holds the page. It never passes the page's height-for-width on to the window: a page's height at its
    narrowest would otherwise become the window's minimum height, and the window would outgrow the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, 0)


class MainWindow(QMainWindow):
    page_shown = Signal(object)  # the page just put on screen (a mode follows it: the classroom's teacher's view)

    def __init__(self, services: WindowServices, session: VisitorSession, ask_language: bool = False,
                 suggested_language: str = "en") -> None:
        super().__init__()
        self.services = services
        self.session = session
        self.page: QWidget | None = None
        # The language's font and the theme first, so every widget below is made with them.
        services.languages.apply(session.language, session.zoom)
        services.appearance.apply(session.zoom, "high-contrast" if session.high_contrast else "standard")
        self.content_error: ContentError | None = None  # the last page the content was too damaged to build
        self.header = HeaderBar()
        self.notice = NoticeBar()
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.notice)
        self._host = PageHost()
        self._layout.addWidget(self._host, 1)
        self.setCentralWidget(central)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._connect()
        self._apply_language(session.language)
        self.header.contrast_button.setChecked(session.high_contrast)
        if services.user_store.problem:
            self.show_notice(_("Your settings cannot be saved on this computer; they last until Qiao closes."))
        if ask_language:
            self.header.hide()
            from desktop.ui.pages.language import language_page  # only a first start needs it

            self._show(language_page(self.choose_first_language, suggested_language))
        else:
            self.render()

    def _connect(self) -> None:
        header, router = self.header, self.services.router
        header.back_requested.connect(self.go_back)
        header.home_requested.connect(lambda: self.open(HOME))
        header.language_chosen.connect(self.set_language)
        header.zoom_requested.connect(lambda step: self.set_zoom(self.session.zoom + step * ZOOM_STEP))
        header.contrast_toggled.connect(self.set_high_contrast)
        header.bilingual_toggled.connect(self.set_bilingual)
        header.search_field.textEdited.connect(lambda _text: self._search_timer.start())
        header.search_field.returnPressed.connect(self._run_search)
        router.navigate.connect(self.open)
        after_first_frame(self, self._install_shortcuts)

    def _install_shortcuts(self) -> None:
        """The window's keys: its shortcuts, and Escape and Down in the search field. Not needed to draw the first
        frame, and each costs start-up time (the shortcuts' classes; the field's filter is asked of every event
        the field gets while the first screen is laid out)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        self.header.search_field.installEventFilter(self)
        shortcuts = (
            (QKeySequence.StandardKey.Back, self.go_back), (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.session.zoom + ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self.session.zoom - ZOOM_STEP)),
            (QKeySequence("Alt+Home"), lambda: self.open(HOME)),
        )
        for sequence, slot in shortcuts:
            QShortcut(sequence, self, activated=slot)

    # Pages

    def page_context(self) -> PageContext:
        services = self.services
        return PageContext(services.store, services.router, self.session.language, self.session.zoom,
                           services.today(), services.printer, services.languages.catalogs, services.features,
                           self.session.bilingual, services.user_store if services.keep_scores else None,
                           services.read_aloud, center=services.center, **self._owner_services())

    def _owner_services(self) -> dict:
        """What the tools and the owner's pages need; where nothing may be kept they get nothing to keep it in."""
        services = self.services
        keeps = "save" in services.features
        return {"user_store": services.user_store if keeps else None,
                "reading_list": services.reading_list if keeps and services.reading_list is not None
                else DisabledReadingList(),
                "now": services.now, "time_zone": services.time_zone}

    def _record_view(self, target: Target) -> None:
        """Recently viewed, on a laptop: every guide, platform, caution and term the owner opens."""
        self._owner_services()["reading_list"].record_view(target)

    def _build(self, target: Target) -> QWidget | None:
        """The page for ``target``; None when the content has no such page. When part of the database is damaged,
        a page that says so stands in its place (and ``content_error`` remembers why, for one-shot runs)."""
        try:
            return build_page(target, self.page_context())
        except ContentError as error:
            from desktop.ui.pages.base import ColumnPage, heading

            self.content_error = error
            print(f"qiao: {error}", file=sys.stderr, flush=True)
            return ColumnPage(heading(_("Qiao's content is damaged. Please reinstall Qiao."),
                                      _("Part of Qiao's content is damaged, so this page cannot be shown.")))

    def _show(self, page: QWidget, state: dict | None = None, focus: bool = True) -> None:
        if self.page is not None:
            self._host.column.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
        self.page = page
        self._host.column.addWidget(page, 1)
        page.show()
        if state and hasattr(page, "restore_state"):
            page.restore_state(state)
        self.header.back_button.setEnabled(self.session.can_go_back)
        self._update_title()
        if focus:
            self._focus_page(state)
        self.page_shown.emit(page)

    def _focus_page(self, state: dict | None) -> None:
        page = self.page
        if state and state.get("focus") is not None and restore_focus(page, state["focus"]):
            return
        if hasattr(page, "focus_first"):
            page.focus_first()
        else:
            page.setFocus()

    def _update_title(self) -> None:
        name = self.page.accessibleName() if self.page is not None else ""
        brand = brand_name(self.session.language)
        self.setWindowTitle(f"{name} · {brand}" if name and name != brand else brand)

    def page_state(self) -> dict:
        """The current page's state as plain data, with the focused control's position."""
        page = self.page
        if page is None:
            return {}
        state = dict(page.save_state()) if hasattr(page, "save_state") else {}
        state["focus"] = focus_position(page)
        return state

    def render(self, state: dict | None = None) -> bool:
        """Builds the page for the session's current target; False when the content lacks it."""
        page = self._build(self.session.current)
        if page is None:
            return False
        self._show(page, state if state is not None else self.session.current_state)
        current = self.session.current
        self._record_view(current)
        if current.kind == "search" and self.header.search_field.text() != current.query:
            self.header.search_field.setText(current.query)  # a deep link or Back shows what was searched
        return True

    def open(self, target: Target) -> None:
        """Opens ``target``; when the content lacks it, says so and stays where the reader is."""
        if target == self.session.current and self.page is not None:
            return
        page = self._build(target)
        if page is None:
            self.show_notice(_("That page is not in Qiao's content."))
            return
        self.session.navigate(target, self.page_state())
        self._show(page)
        self._record_view(target)
        if target.kind != "search":
            self.header.search_field.setText("")  # setText, unlike clear(), keeps no undo history

    def go_back(self) -> None:
        if not self.session.can_go_back:
            return
        self.session.back()
        self.render()

    def focus_search(self) -> None:
        if self.header.isVisible():
            self.header.search_field.setFocus()
            self.header.search_field.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.header.search_field and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt  # here: the first screen is drawn without Qt's namespace (qt_names)

            if event.key() == Qt.Key.Key_Escape:
                self._leave_search()
                return True
            if event.key() == Qt.Key.Key_Down and self.page is not None:
                if self._search_timer.isActive():
                    self._run_search()
                move = getattr(self.page, "focus_results", None) or getattr(self.page, "focus_first", None)
                if move is not None:
                    move()
                    return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Typing anywhere outside a text field starts a search with what was typed."""
        from PySide6.QtCore import Qt

        text = event.text()
        if (self.header.isVisible() and text and text.isprintable() and not text.isspace()
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            self.header.search_field.setFocus()
            self.header.search_field.insert(text)
            self.header.search_field.textEdited.emit(self.header.search_field.text())
            return
        super().keyPressEvent(event)

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
            update = getattr(self.page, "set_query", None)
            if update is not None:
                update(text)  # the results page updates in place
            else:
                self.render()
        else:
            self.open(target)
        self.header.search_field.setFocus()
        if self.header.search_field.text() != text:
            self.header.search_field.setText(text)

    def reset_session(self, language: str, zoom: float = 1.0) -> None:
        """Forgets the visitor: a fresh session, no history, no search text (nor its undo), an empty clipboard."""
        self._search_timer.stop()
        self.session = VisitorSession(language=language, zoom=zoom)
        self.header.search_field.setText("")  # setText, unlike clear(), leaves nothing for Ctrl+Z
        clipboard = QApplication.clipboard()
        clipboard.clear()
        clipboard.clear(clipboard.Mode.Selection)
        self.notice.dismiss()
        self._apply_language(language)
        self.services.appearance.apply(zoom, "standard")
        self.header.contrast_button.setChecked(False)
        self.render()

    # Language, zoom and contrast

    def choose_first_language(self, code: str) -> None:
        self.header.show()
        self.set_language(code)
        self.render()

    def _apply_language(self, code: str) -> None:
        self.session.language = code
        self.services.languages.apply(code, self.session.zoom)
        self.header.retranslate()
        self.header.show_language(code)
        self.notice.retranslate()

    def set_language(self, code: str, persist: bool = True) -> None:
        """Switches every word on screen; the page keeps its place, choices and focus."""
        self._apply_language(code)
        if persist and self.services.remember_settings:
            self.services.user_store.set("language", code)
        page = self.page
        if page is None or not self.header.isVisible():
            return
        if hasattr(page, "retranslate") and page.retranslate(self.page_context()):
            self._update_title()
            return
        state = self.page_state()
        self.render(state)

    def set_zoom(self, zoom: float) -> None:
        """Larger or smaller text and controls; the page stays, scrolled to the same place."""
        state = self.page_state()
        self.session.set_zoom(zoom)
        self.services.appearance.apply(self.session.zoom, "high-contrast" if self.session.high_contrast
                                       else "standard")
        if self.services.remember_settings:
            self.services.user_store.set("zoom", f"{self.session.zoom}")
        if self.page is not None and hasattr(self.page, "restore_state"):
            self.page.restore_state(state)

    def set_high_contrast(self, on: bool) -> None:
        self.session.high_contrast = on
        self.services.appearance.apply(self.session.zoom, "high-contrast" if on else "standard")
        if self.header.contrast_button.isChecked() != on:
            self.header.contrast_button.setChecked(on)
        if self.services.remember_settings:
            self.services.user_store.set("contrast", "high" if on else "standard")

    def set_bilingual(self, on: bool) -> None:
        """English beside Chinese on document pages, or one language."""
        self.session.bilingual = on
        if self.header.bilingual_button.isChecked() != on:
            self.header.bilingual_button.setChecked(on)
        page = self.page
        if page is not None and hasattr(page, "retranslate") and page.retranslate(self.page_context()):
            return
        self.render(self.page_state())

    def show_notice(self, text: str) -> None:
        self.notice.show_text(text)
