"""The composition root: builds the QApplication, languages, databases and the main window. Nothing else."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
from pathlib import Path
from typing import NamedTuple

from desktop import paths
from desktop.core.content_store import ContentError, ContentStore
from desktop.core.installed_packs import open_content_store
from desktop.core.reading_list import reading_list_for
from desktop.core.session import VisitorSession
from desktop.core.targets import HOME, Target, TargetError, parse_target
from desktop.core.user_store import UserStore, read_setting
from desktop.i18n import LANGUAGES, Catalogs, activate, parse_language
from desktop.printers import LazyPrinter

APP_ID = "org.qiao.Qiao"


class Launch(NamedTuple):
    """What a start of the app asks for, from the command line or a test."""

    language: str | None = None  # None: the saved choice, or ask on first start
    target: Target = HOME
    zoom: float | None = None
    data_dir: Path | None = None  # None with remember=True: the user's data folder
    remember: bool = True  # False keeps nothing on disk (screenshots, kiosks)
    content_database: Path | None = None
    high_contrast: bool | None = None  # None: the saved choice
    classroom: bool = False  # a teacher's projector: the presenter's keys, the teacher's view, zoom 2
    speech_engine: str | None = None  # a QtTextToSpeech engine ('mock' in tests); None: the system's


def _system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = parse_language(os.environ.get(variable, ""))
        if code:
            return code
    return "en"


def _catalogs() -> Catalogs:
    return Catalogs(paths.translations_dir())


def _fail(message_key: str, detail: str, language: str, show_dialog: bool) -> int:
    """Tells the user, in their language, that Qiao cannot start; maintainers get the detail on stderr."""
    from desktop.i18n import _

    catalogs = _catalogs()
    activate(catalogs, language)
    messages = {
        "missing": _("Qiao's content is missing. Please reinstall Qiao."),
        "damaged": _("Qiao's content is damaged. Please reinstall Qiao."),
        "incompatible": _("Qiao's content does not match this version of Qiao. Please reinstall Qiao."),
    }
    message = messages.get(message_key, messages["damaged"])
    print(f"qiao: {message} ({detail})", file=sys.stderr)
    if show_dialog:
        _show_failure(failure_dialog(message, language, catalogs))
    return 1


def failure_dialog(message: str, language: str, catalogs: Catalogs):
    """The dialog that says Qiao cannot start: in the bundled fonts (a kiosk may have no Chinese font) and with
    Qt's own button in the same language."""
    from PySide6.QtWidgets import QMessageBox

    app = application()
    try:
        from desktop.ui.fonts import load_fonts
        from desktop.ui.language_switch import LanguageSwitch

        LanguageSwitch(app, catalogs, load_fonts(paths.fonts_dir())).apply(language, 1.0)
    except Exception as error:  # the fonts may be what is missing: the message still goes out
        print(f"qiao: {error}", file=sys.stderr)
    title = "橋 Qiao" if language == "zh_Hant" else "桥 Qiao"
    dialog = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    _set_window_icon(dialog)
    return dialog


def _show_failure(dialog) -> None:
    dialog.exec()


def _set_window_icon(widget) -> None:
    """The app's icon (resources/icons/app/) on a window; nothing when the icon files are not there."""
    from PySide6.QtGui import QIcon

    folder = paths.icons_dir() / "app"
    icon = QIcon()
    for path in sorted(folder.glob("qiao-*.png")):
        icon.addFile(str(path))
    if not icon.isNull():
        widget.setWindowIcon(icon)


def _saved_language(folder: Path | None) -> str | None:
    saved = read_setting(folder, "language")
    return saved if saved in LANGUAGES else None


def _saved_zoom(user_store: UserStore) -> tuple[float, bool]:
    """The saved zoom and whether it could be read (a value from another version, or damaged, cannot)."""
    saved = user_store.get("zoom")
    if saved is None:
        return 1.0, True
    try:
        zoom = float(saved)
    except ValueError:
        return 1.0, False
    return (zoom, True) if math.isfinite(zoom) else (1.0, False)


FUSION_AT_START = "qiao_fusion_at_start"


def application():
    """The running QApplication, else a new one in the Fusion style, given as Qt's own ``-style`` argument: set
    afterwards from Python, the style would cost start-up time setting up Qt's style classes."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setProperty(FUSION_AT_START, True)
    return app


def build_window(app, launch: Launch, store: ContentStore):
    """The main window and everything it needs, wired together. ``app`` must already exist."""
    from desktop.i18n import _
    from desktop.ui.appearance import Appearance
    from desktop.ui.first_frame import after_first_frame, is_one_shot
    from desktop.ui.fonts import load_fonts
    from desktop.ui.language_switch import LanguageSwitch
    from desktop.ui.link_router import LinkRouter
    from desktop.ui.main_window import MainWindow, WindowServices

    folder = (launch.data_dir or paths.user_data_dir()) if launch.remember else None
    user_store = UserStore(folder)
    saved = user_store.get("language")
    unreadable = saved is not None and saved not in LANGUAGES  # e.g. saved by a newer Qiao, then downgraded
    language = launch.language or (None if unreadable else saved)
    ask_language = language is None
    session = VisitorSession(language=language or _system_language())
    saved_zoom, zoom_readable = _saved_zoom(user_store)
    unreadable = unreadable or not zoom_readable
    session.set_zoom(launch.zoom or (CLASSROOM_ZOOM if launch.classroom else saved_zoom))
    session.high_contrast = (launch.high_contrast if launch.high_contrast is not None
                             else user_store.get("contrast") == "high")
    session.current = launch.target
    window: MainWindow | None = None
    router = LinkRouter(parent_widget=lambda: window)
    catalogs = _catalogs()
    fonts = load_fonts(paths.fonts_dir(), later=lambda work: after_first_frame(app, work), language=session.language)
    _install_input_behaviour(app)
    appearance = Appearance(app, paths.styles_dir(), fonts)
    from desktop.ui.read_aloud import ReadAloud

    services = WindowServices(app, store, user_store, LanguageSwitch(app, catalogs, appearance), appearance, router,
                              printer=LazyPrinter(fonts, catalogs, store), keep_scores=not launch.classroom,
                              read_aloud=ReadAloud(launch.speech_engine),
                              remember_settings=not launch.classroom)
    services.reading_list = reading_list_for(user_store, kiosk=False)  # a kiosk's features leave "save" out
    window = MainWindow(services, session, ask_language=ask_language, suggested_language=_system_language())
    if not is_one_shot():  # a saved screenshot or PDF has no title bar or taskbar to show it in
        _set_window_icon(window)
    if user_store.set_aside is not None:
        window.show_notice(_("Your saved settings could not be read, so Qiao started afresh; the old file is kept "
                             "beside the new one."))
    elif unreadable:
        window.show_notice(_("Some saved settings are from another version of Qiao and were left out."))
    if launch.classroom:
        from desktop.modes.classroom import ClassroomMode

        ClassroomMode(app, window).start()
    if launch.language and launch.remember:
        user_store.set("language", launch.language)
    return window


CLASSROOM_ZOOM = 2.0  # big type for a projector, unless --zoom says otherwise


def _install_input_behaviour(app) -> None:
    """Once per application: Fusion as the base style (themed by the palette) and the accessibility factory. (Enter
    activates the focused button through the stylesheet: every push button is auto-default.)"""
    from desktop import cycle_collector
    from desktop.ui.first_frame import after_first_frame

    after_first_frame(app, cycle_collector.resume)  # paused by `qiao` while it starts
    if app.property("qiao_input_installed"):
        return
    if not app.property(FUSION_AT_START):
        app.setStyle("Fusion")

    def install() -> None:  # not needed to draw the first screen, and it costs start-up time
        from desktop.ui import accessible_roles

        accessible_roles.install()

    after_first_frame(app, install)
    app.setProperty("qiao_input_installed", True)


def _check_target(store: ContentStore, target: Target) -> str | None:
    from desktop.ui.pages.factory import missing_ids

    missing = missing_ids(store, target)
    kind = "platform" if target.kind == "compare" else target.kind
    return f"no {kind} with the id {', '.join(missing)!s}" if missing else None


def run(options: argparse.Namespace) -> int:
    """Starts the app for the `qiao` command line; returns the exit code."""
    if getattr(options, "kiosk", False):
        from desktop.modes.kiosk.assembly import run_kiosk

        return run_kiosk(options)
    if getattr(options, "image", None) or (options.pdf and _exports_a_document(options.target)):
        from desktop.ui.document_export import export_document

        return export_document(options)
    if options.screenshot or options.pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        target = parse_target(options.target) if options.target is not None else HOME
    except TargetError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2
    try:
        store = open_content_store()  # the newest verified content pack, else the bundled database
        problem = _check_target(store, target)  # reads the records the page will show
    except ContentError as error:
        one_shot = bool(options.screenshot or options.pdf)
        saved = None if one_shot else _saved_language(options.data_dir or paths.user_data_dir())
        language = options.lang or saved or _system_language()
        return _fail(error.reason, error.detail, language, show_dialog=not one_shot)
    if problem:
        print(f"qiao: {problem}", file=sys.stderr)
        return 2
    if options.pdf and target.kind not in ("compare", "lesson"):
        print("qiao: --pdf needs --open compare/<id>,<id>[,...] or --open lesson/<id>", file=sys.stderr)
        return 2

    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(quiet_platform_notes)
    app = application()
    app.setApplicationName("Qiao")
    # Qt appends the display name to window titles that do not end with it; every title ends with "Qiao".
    app.setApplicationDisplayName("Qiao")
    app.setDesktopFileName(APP_ID)  # Wayland and taskbars match the window to packaging/linux/APP_ID.desktop
    if options.screenshot or options.pdf or getattr(options, "image", None):
        from desktop.ui.first_frame import mark_one_shot

        mark_one_shot(app)  # nothing that serves only someone at the window is set up
    if options.pdf:
        try:
            return _save_pdf(store, target, options.lang or "en", options.pdf, options.bilingual, options.teacher)
        except ContentError as error:
            return _fail(error.reason, error.detail, options.lang or "en", show_dialog=False)
    screenshot = options.screenshot
    launch = Launch(language=options.lang or ("en" if screenshot else None), target=target, zoom=options.zoom,
                    data_dir=options.data_dir, remember=not screenshot,
                    high_contrast=True if options.high_contrast else None, classroom=options.classroom)
    window = build_window(app, launch, store)
    if screenshot and window.content_error is not None:
        error = window.content_error
        return _fail(error.reason, error.detail, launch.language, show_dialog=False)
    window.resize(*(options.size if screenshot else fitted_to_screen(app, options.size)))
    window.show()
    if screenshot:
        return _save_screenshots(app, window, screenshot, options.size, options.classroom)
    interrupted = _quit_on_interrupt(app)
    code = app.exec()
    return 130 if interrupted() else code


def fitted_to_screen(app, size: tuple[int, int]) -> tuple[int, int]:
    """The asked window size, made no larger than the screen's free area: a small laptop's is smaller than the
    default 1280x800, and a window larger than its screen hides its right edge (the language buttons)."""
    screen = app.primaryScreen()
    if screen is None:
        return size
    area = screen.availableGeometry()
    return min(size[0], area.width()), min(size[1], area.height())


def _quit_on_interrupt(app):
    """Ctrl+C (SIGINT) and SIGTERM quit the event loop. Python runs signal handlers only between its own
    bytecodes, never while Qt waits in C++, so the signal also writes to a socket whose notifier wakes the loop.
    Returns a function telling whether the app was interrupted."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    received: list[int] = []
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    def handle(number, _frame) -> None:
        received.append(number)
        app.quit()

    notifier.activated.connect(woken)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, handle)
    app._qiao_wakeup = (reader, writer, notifier)  # kept alive as long as the app
    return lambda: signal.SIGINT in received


def _save_pdf(store: ContentStore, target: Target, language: str, path: Path, bilingual: bool,
              teacher: bool = False) -> int:
    from desktop.ui.fonts import load_fonts

    catalogs = _catalogs()
    activate(catalogs, language)
    fonts = load_fonts(paths.fonts_dir())
    try:
        if target.kind == "lesson":
            LazyPrinter(fonts, catalogs, store).handout().write_pdf(path, store.lesson(target.ids[0]), language,
                                                                    teacher)
        else:
            from desktop.ui.comparison_printer import ComparisonPrinter

            printer = ComparisonPrinter(fonts, catalogs, dt.date.today)
            printer.write_pdf(path, [store.platform(platform_id) for platform_id in target.ids], language,
                              bilingual)
    except OSError as error:
        print(f"qiao: cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(path)
    return 0


QUIET_NOTES = ("propagateSizeHints", "does not support raise()", "pipewire", "text-to-speech plug-in")
def _exports_a_document(target: str | None) -> bool:
    """Whether --pdf names a guide or a caution (a comparison has its own printout)."""
    return (target or "").strip().partition("/")[0].lower() in ("guide", "caution")


def quiet_platform_notes(kind, context, message: str) -> None:
    """Drops the offscreen platform's note about window hints and Qt's notes on missing audio and speech
    libraries (read-aloud says once itself why it is off); passes every other message on."""
    if not any(note in message for note in QUIET_NOTES):
        print(message, file=sys.stderr)


def _save_screenshots(app, window, path: Path, size: tuple[int, int], classroom: bool) -> int:
    """The window; in class, also the teacher's view beside it, as PATH-teacher.png."""
    from desktop.ui import screenshot

    code = screenshot.save_screenshot(app, window, path)
    if code != 0 or not classroom:
        return code
    from desktop.modes.classroom import ClassroomMode

    mode = window.findChild(ClassroomMode)
    if mode is not None:
        view = mode.show_teacher_view(True)
        view.resize(*size)
        code = screenshot.save_screenshot(app, view, path.with_name(f"{path.stem}-teacher{path.suffix}"))
    return code
