"""The composition root: builds the QApplication, languages, databases and the main window. Nothing else."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.core.content_store import ContentError, ContentStore
from desktop.core.installed_packs import open_content_store
from desktop.core.session import VisitorSession
from desktop.core.targets import HOME, Target, TargetError, parse_target
from desktop.core.user_store import UserStore
from desktop.i18n import Catalogs, activate, brand_name, parse_language


@dataclass
class Launch:
    """What a start of the app asks for, from the command line or a test."""

    language: str | None = None  # None: the saved choice, or ask on first start
    target: Target = HOME
    zoom: float | None = None
    data_dir: Path | None = None  # None with remember=True: the user's data folder
    remember: bool = True  # False keeps nothing on disk (screenshots, kiosks)
    content_database: Path | None = None
    high_contrast: bool | None = None  # None: the saved choice


def _system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = parse_language(os.environ.get(variable, ""))
        if code:
            return code
    return "en"


def _catalogs() -> Catalogs:
    return Catalogs(paths.translations_dir(), paths.user_cache_dir())


def _fail(message_key: str, detail: str, language: str, show_dialog: bool) -> int:
    """Tells the user, in their language, that Qiao cannot start; maintainers get the detail on stderr."""
    from desktop.i18n import _

    activate(_catalogs(), language)
    messages = {
        "missing": _("Qiao's content is missing. Please reinstall Qiao."),
        "damaged": _("Qiao's content is damaged. Please reinstall Qiao."),
        "incompatible": _("Qiao's content does not match this version of Qiao. Please reinstall Qiao."),
    }
    message = messages.get(message_key, messages["damaged"])
    print(f"qiao: {message} ({detail})", file=sys.stderr)
    if show_dialog:
        from PySide6.QtWidgets import QApplication, QMessageBox

        QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, brand_name(language), message)
    return 1


def build_window(app, launch: Launch, store: ContentStore):
    """The main window and everything it needs, wired together. ``app`` must already exist."""
    from desktop.ui import accessibility
    from desktop.ui.appearance import Appearance
    from desktop.ui.fonts import load_fonts
    from desktop.ui.keyboard import EnterActivates
    from desktop.ui.language_switch import LanguageSwitch
    from desktop.ui.link_router import LinkRouter
    from desktop.ui.main_window import MainWindow, WindowServices
    from desktop.ui.speech_activity import SpeechActivity

    folder = (launch.data_dir or paths.user_data_dir()) if launch.remember else None
    user_store = UserStore(folder)
    language = launch.language or _known_language(user_store.get("language"))
    ask_language = language is None
    session = VisitorSession(language=language or _system_language())
    session.set_zoom(launch.zoom or _stored_zoom(user_store.get("zoom")))
    session.high_contrast = (launch.high_contrast if launch.high_contrast is not None
                             else user_store.get("contrast") == "high")
    session.current = launch.target
    window: MainWindow | None = None
    router = LinkRouter(parent_widget=lambda: window)
    catalogs = _catalogs()
    fonts = load_fonts(paths.fonts_dir())
    _install_input_behaviour(app, accessibility, EnterActivates)
    appearance = Appearance(app, paths.styles_dir(), fonts)
    services = WindowServices(app, store, user_store, LanguageSwitch(app, catalogs, appearance), appearance, router,
                              printer=LazyPrinter(fonts, catalogs), speech=SpeechActivity())
    window = MainWindow(services, session, ask_language=ask_language, suggested_language=_system_language())
    if launch.language and launch.remember:
        user_store.set("language", launch.language)
    return window


def _known_language(stored: str | None) -> str | None:
    from desktop.i18n import LANGUAGES

    return stored if stored in LANGUAGES else None


def _stored_zoom(stored: str | None) -> float:
    try:
        return float(stored) if stored else 1.0
    except ValueError:
        return 1.0


def _install_input_behaviour(app, accessibility, enter_activates) -> None:
    """Once per application: Fusion as the base style (themed by the palette), the accessibility factory, and
    Enter activating the focused button."""
    if app.property("qiao_input_installed"):
        return
    app.setStyle("Fusion")
    accessibility.install()
    filter_object = enter_activates(app)
    app.installEventFilter(filter_object)
    app.setProperty("qiao_input_installed", True)


class LazyPrinter:
    """Builds the comparison printer (and imports its module) only when a comparison is printed or saved."""

    def __init__(self, fonts, catalogs: Catalogs) -> None:
        self._arguments = (fonts, catalogs, dt.date.today)
        self._printer = None

    def _get(self):
        if self._printer is None:
            from desktop.ui.comparison_printer import ComparisonPrinter

            self._printer = ComparisonPrinter(*self._arguments)
        return self._printer

    def print_with_dialog(self, parent, platforms, bilingual: bool, only_differences: bool = False) -> None:
        self._get().print_with_dialog(parent, platforms, bilingual, only_differences)

    def save_with_dialog(self, parent, platforms, bilingual: bool, only_differences: bool = False) -> None:
        self._get().save_with_dialog(parent, platforms, bilingual, only_differences)


def _check_target(store: ContentStore, target: Target) -> str | None:
    from desktop.ui.pages.factory import missing_ids

    missing = missing_ids(store, target)
    return f"no {target.kind} with the id {', '.join(missing)!s}" if missing else None


def run(options: argparse.Namespace) -> int:
    """Starts the app for the `qiao` command line; returns the exit code."""
    if getattr(options, "kiosk", False):
        from desktop.modes.kiosk.assembly import run_kiosk

        return run_kiosk(options)
    if options.screenshot or options.pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        target = parse_target(options.target) if options.target else HOME
    except TargetError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2
    language_hint = options.lang or _system_language()
    try:
        store = open_content_store()  # the newest verified content pack, else the bundled database
    except ContentError as error:
        return _fail(error.reason, error.detail, language_hint, show_dialog=not options.screenshot)
    problem = _check_target(store, target)
    if problem:
        print(f"qiao: {problem}", file=sys.stderr)
        return 2
    if options.pdf and target.kind != "compare":
        print("qiao: --pdf needs --open compare/<id>,<id>[,...]", file=sys.stderr)
        return 2

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(quiet_platform_notes)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Qiao")
    # Qt appends the display name to window titles that do not end with it; every title ends with "Qiao".
    app.setApplicationDisplayName("Qiao")
    if options.pdf:
        return _save_pdf(store, target, options.lang or "en", options.pdf, options.bilingual)
    screenshot = options.screenshot
    launch = Launch(language=options.lang or ("en" if screenshot else None), target=target, zoom=options.zoom,
                    data_dir=options.data_dir, remember=not screenshot,
                    high_contrast=True if options.high_contrast else None)
    window = build_window(app, launch, store)
    window.resize(*options.size)
    window.show()
    if screenshot:
        return _save_screenshot(app, window, screenshot)
    from desktop.ui.link_router import LinkRouter  # noqa: F401 - keeps the import cost out of screenshots
    return app.exec()


def _save_pdf(store: ContentStore, target: Target, language: str, path: Path, bilingual: bool) -> int:
    from desktop.ui.comparison_printer import ComparisonPrinter
    from desktop.ui.fonts import load_fonts

    catalogs = _catalogs()
    activate(catalogs, language)
    printer = ComparisonPrinter(load_fonts(paths.fonts_dir()), catalogs, dt.date.today)
    try:
        printer.write_pdf(path, [store.platform(platform_id) for platform_id in target.ids], language, bilingual)
    except OSError as error:
        print(f"qiao: cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(path)
    return 0


def quiet_platform_notes(kind, context, message: str) -> None:
    """Drops the offscreen platform's note about window hints; passes every other message on."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _save_screenshot(app, window, path: Path) -> int:
    app.processEvents()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"qiao: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 1
    if not window.grab().save(str(path), "PNG"):
        print(f"qiao: cannot write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0
