"""Classroom mode: the main window becomes the class's screen, with the presenter's keys and a teacher's view.

Keys, as presentation clickers and PowerPoint have them: Right, Page Down and Space go forward; Left and Page Up
go back; G opens the step list; B (or the clicker's blank key, '.') blanks the screen and B again brings it back;
Escape leaves the lesson; T shows or hides the teacher's view; F toggles full screen; S swaps the screens. Keys
typed into a text field stay the field's.

With two screens the lesson goes full screen on the projector and the teacher's view opens on the laptop's screen;
when a screen is plugged in or out, the windows move again. The lesson pages are the same ones a learner uses:
this mode only drives them (``forward``, ``back``, ``go_to``) and follows them (``changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPushButton, QTextEdit, QWidget

from desktop.core.session import ZOOM_STEP
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.modes.classroom.placement import Placement, ScreenArea, placement
from desktop.modes.classroom.step_list import StepList
from desktop.modes.classroom.teacher_view import TeacherView
from desktop.ui.pages.lesson_page import LessonPage

Key = Qt.Key
FORWARD_KEYS = (Key.Key_Right, Key.Key_PageDown, Key.Key_Space)
BACK_KEYS = (Key.Key_Left, Key.Key_PageUp)
BLANK_KEYS = (Key.Key_B, Key.Key_Period)


class BlankScreen(QWidget):
    """Covers the class's window in black until B is pressed again (or it is clicked)."""

    def __init__(self, window: QWidget, unblank) -> None:
        super().__init__(window)
        self.setObjectName("BlankScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._unblank = unblank
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False

    def cover(self) -> None:
        self.setAccessibleName(_("The screen is blank. Press B to show the lesson again."))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._unblank()


class ClassroomMode(QObject):
    def __init__(self, app: QApplication, window) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.blank = BlankScreen(window, lambda: self.set_blank(False))
        self.teacher = TeacherView({
            "previous": self.back, "next": self.forward, "steps": self.open_step_list,
            "blank": lambda: self.set_blank(not self.blanked), "leave": self.leave, "bilingual": self.toggle_bilingual,
            "language": self._set_language, "smaller": lambda: self._zoom(-1), "larger": lambda: self._zoom(1),
            "handout": lambda: self._save_handout(False), "teacher_copy": lambda: self._save_handout(True),
        })
        self.step_list: StepList | None = None
        self.swapped = False
        self.current = Placement(0, None, False)
        self._lesson_id = ""
        self.teacher_button = QPushButton()
        self.teacher_button.setCheckable(True)
        self.teacher_button.setObjectName("TeacherViewSwitch")
        self.teacher_button.clicked.connect(lambda checked: self.show_teacher_view(checked))
        window.header.add_extra(self.teacher_button)
        window.page_shown.connect(self._page_shown)
        app.installEventFilter(self)
        app.screenAdded.connect(lambda _screen: self.place())
        app.screenRemoved.connect(lambda _screen: self.place())

    def start(self) -> None:
        self.place()
        self._page_shown(self.window.page)

    # What the class sees

    def page(self) -> LessonPage | None:
        page = self.window.page
        return page if isinstance(page, LessonPage) else None

    def _page_shown(self, page) -> None:
        if isinstance(page, LessonPage):
            page.changed.connect(self._follow)
            if page.lesson.id != self._lesson_id:  # a new lesson: its own time
                self._lesson_id = page.lesson.id
                self.teacher.timer.reset()
                self.teacher.timer.start()
        self._follow()

    def _follow(self) -> None:
        session = self.window.session
        self.teacher_button.setText(_("Teacher's view"))
        self.teacher_button.setAccessibleName(_("Teacher's view"))
        self.teacher.show_page(self.page(), session.language, session.bilingual, self.blanked)

    def forward(self) -> bool:
        page = self.page()
        return page.forward(reveal_first=True) if page is not None else False

    def back(self) -> bool:
        page = self.page()
        return page.back() if page is not None else False

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def set_blank(self, on: bool) -> None:
        if on:
            self.blank.cover()
        else:
            self.blank.hide()
        self._follow()

    def open_step_list(self) -> StepList | None:
        page = self.page()
        if page is None:
            return None
        parent = self.teacher if self.teacher.isVisible() else self.window
        self.step_list = StepList(parent, page.progress.step_titles(self.window.session.language),
                                  page.progress.number, lambda number: self._go_to(number))
        self.step_list.open()
        return self.step_list

    def _go_to(self, number: int) -> None:
        page = self.page()
        if page is not None:
            page.go_to(number)

    def leave(self) -> None:
        """Escape: back to the list of lessons (the blank screen first gives way)."""
        if self.blanked:
            self.set_blank(False)
            return
        self.window.open(Target("lessons"))

    def toggle_bilingual(self) -> None:
        self.window.set_bilingual(not self.window.session.bilingual)
        self._follow()

    def _set_language(self, code: str) -> None:
        self.window.set_language(code)
        self._follow()

    def _zoom(self, step: int) -> None:
        self.window.set_zoom(self.window.session.zoom + step * ZOOM_STEP)

    def _save_handout(self, teacher: bool) -> None:
        page, printer = self.page(), self.window.services.printer
        if page is not None and hasattr(printer, "save_handout"):
            printer.save_handout(self.teacher, page.lesson, self.window.session.language, teacher)

    # Screens

    def show_teacher_view(self, on: bool = True) -> TeacherView:
        self.teacher_button.setChecked(on)
        if on:
            self._follow()
            self.teacher.show()
            self.teacher.raise_()
        else:
            self.teacher.hide()
        return self.teacher

    def place(self, screens=None) -> Placement:
        """Puts the lesson and the teacher's view on the screens there are now."""
        screens = list(screens) if screens is not None else QGuiApplication.screens()
        areas = [ScreenArea(screen.name(), screen.geometry().x(), screen.geometry().y(), screen.geometry().width(),
                            screen.geometry().height()) for screen in screens]
        primary = QGuiApplication.primaryScreen()
        primary_index = screens.index(primary) if primary in screens else 0
        self.current = placement(areas, primary_index, self.swapped)
        if self.current.two_screens:
            self._put(self.window, screens[self.current.audience], full_screen=True)
            self._put(self.teacher, screens[self.current.teacher], full_screen=False)
            self.show_teacher_view(True)
        elif self.window.isFullScreen():
            self.window.showNormal()
        return self.current

    @staticmethod
    def _put(widget: QWidget, screen, full_screen: bool) -> None:
        area = screen.availableGeometry()
        widget.setScreen(screen)
        widget.move(area.topLeft())
        if full_screen:
            widget.setGeometry(screen.geometry())
            widget.showFullScreen()
        else:
            widget.resize(area.size())
            widget.showMaximized()

    def swap_screens(self) -> None:
        self.swapped = not self.swapped
        self.place()

    # Keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if self.app.activeModalWidget() is not None or self.app.activePopupWidget() is not None:
            return False
        if (self.step_list is not None and self.step_list.isVisible()) or not self._ours(watched):
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QTextEdit)):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers:
            return False
        return self._key(event.key(), focus)

    def _ours(self, widget: QWidget) -> bool:
        top = widget.window()
        return top is self.window or top is self.teacher

    def _key(self, key: int, focus: QWidget | None) -> bool:
        page = self.page()
        if page is None:  # elsewhere (the list of lessons, home) typing starts a search as usual
            return False
        if key == Key.Key_T:
            self.show_teacher_view(not self.teacher.isVisible())
            return True
        if key == Key.Key_F or key == Key.Key_F5:
            self.window.showNormal() if self.window.isFullScreen() else self.window.showFullScreen()
            return True
        if key == Key.Key_S and self.current.two_screens:
            self.swap_screens()
            return True
        if key in BLANK_KEYS:
            self.set_blank(not self.blanked)
            return True
        if key == Key.Key_Escape:
            self.leave()
            return True
        if key == Key.Key_G:
            self.open_step_list()
            return True
        if key == Key.Key_Space and isinstance(focus, QAbstractButton) and page.isAncestorOf(focus) \
                and focus not in (page.next_button, page.back_button):
            return False  # Space turns over the focused card or chooses the focused answer
        if key in FORWARD_KEYS:
            self.forward()
            return True
        if key in BACK_KEYS:
            self.back()
            return True
        return False
