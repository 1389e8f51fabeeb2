"""`qiao --kiosk [--center FILE]`: the kiosk's composition root, built once from the center file.

The same window and pages as on a laptop, handed kiosk services: settings in memory, catalogs compiled in memory,
links routed to QR codes, printing straight to the center's printer or not at all, no file saving, the center's
pages and time zone. Screenshots (``--screenshot``) show the start screen, a visitor's page, or one of the kiosk's
own panels with ``--open kiosk/countdown``, ``kiosk/pin`` or ``kiosk/qr``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from desktop.core.center import CenterPages
from desktop.core.content_store import ContentError, ContentStore
from desktop.core.records import Text
from desktop.core.targets import TargetError, parse_target
from desktop.modes.kiosk.center_file import CenterFile, CenterFileError, load_center_file

EXIT_ADMIN = 3  # the staff's PIN ended the kiosk: a systemd unit with RestartPreventExitStatus=3 stays stopped
PANELS = ("kiosk/start", "kiosk/countdown", "kiosk/pin", "kiosk/qr")
SAMPLE_LINK_PAGE = "guide/video-call-parents"  # whose first web link --open kiosk/qr shows


def default_center() -> CenterFile:
    """A kiosk started without a center file: Qiao's name, no pages, no printing, no PIN."""
    return CenterFile(path=Path("qiao-kiosk"), name=Text("Qiao", "桥 Qiao", "橋 Qiao"))


def build_kiosk(app, center: CenterFile, store: ContentStore, center_pages: CenterPages | None = None,
                keyboard_on: bool = False, clock=time.monotonic, folder=None, speech_engine: str | None = None):
    """The kiosk's controller (its ``frame`` is the window to show), wired to kiosk services."""
    from desktop import paths
    from desktop.app import _install_input_behaviour
    from desktop.core.user_store import UserStore
    from desktop.i18n import Catalogs
    from desktop.modes.kiosk.kiosk_controller import KioskController
    from desktop.modes.kiosk.on_screen_keyboard import OnScreenKeyboard
    from desktop.modes.kiosk.printing_policy import DirectDestination, kiosk_features
    from desktop.printers import LazyPrinter
    from desktop.modes.kiosk.visit_folder import VisitFolder
    from desktop.ui.appearance import Appearance
    from desktop.ui.fonts import load_fonts
    from desktop.ui.language_switch import LanguageSwitch
    from desktop.ui.link_router import LinkRouter
    from desktop.ui.main_window import MainWindow, WindowServices
    from desktop.ui.read_aloud import ReadAloud

    catalogs = Catalogs(paths.translations_dir())  # the shipped .mo files: nothing is compiled or written
    fonts = load_fonts(paths.fonts_dir())
    _install_input_behaviour(app)
    appearance = Appearance(app, paths.styles_dir(), fonts)
    # The bundled faces before the start screen and the panels exist: a widget a stylesheet sizes keeps the family
    # it was made with, and these are made before the first visitor's window would set it.
    appearance.set_font(center.start_language, center.zoom)
    appearance.apply(center.zoom)
    holder: dict = {}
    # Every outgoing link becomes a QR code: nothing is opened on the kiosk, and nobody is asked to confirm.
    router = LinkRouter(parent_widget=lambda: holder["kiosk"].frame, confirm=lambda _parent, _url: True,
                        opener=lambda url: holder["kiosk"].qr.show_url(url))
    printer = None
    if center.printing and center.printer:  # every printout straight to the center's printer, never a dialog
        destination = DirectDestination(center.printer, lambda text: holder["kiosk"].window.show_notice(text))
        printer = LazyPrinter(fonts, catalogs, store, destination)
    services = WindowServices(app, store, UserStore(None), LanguageSwitch(app, catalogs, appearance), appearance,
                              router, printer=printer, features=kiosk_features(center), remember_settings=False,
                              keep_scores=False, read_aloud=ReadAloud(speech_engine), time_zone=center.time_zone,
                              center=center_pages)
    kiosk = KioskController(app, center, services, lambda session: MainWindow(services, session),
                            OnScreenKeyboard(app, keyboard_on), folder or VisitFolder(), clock)
    holder["kiosk"] = kiosk
    return kiosk


def _load(options: argparse.Namespace, folder) -> tuple[CenterFile, ContentStore, CenterPages | None] | int:
    from desktop.app import _fail
    from desktop.core.installed_packs import open_content_store
    from desktop.modes.kiosk.center_content import load_center_pages

    try:
        center = load_center_file(options.center_file) if options.center_file else default_center()
    except CenterFileError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2
    folder.begin()  # from here on, whatever a library writes goes into the visit's folder
    try:
        store = open_content_store()
    except ContentError as error:
        return _fail(error.reason, error.detail, options.lang or center.start_language,
                     show_dialog=not options.screenshot)
    try:
        return center, store, load_center_pages(center, store)
    except CenterFileError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2


def _check_target(text: str | None, store: ContentStore, center_pages: CenterPages | None) -> str | None:
    from desktop.ui.pages.factory import missing_ids

    if not text or text in PANELS:
        return None
    try:
        target = parse_target(text)
    except TargetError as error:
        return f"{error}; on a kiosk also {', '.join(PANELS)}"
    missing = missing_ids(store, target, center_pages)
    return f"no {target.kind} with the id {', '.join(missing)}" if missing else None


def show_for_screenshot(kiosk, target: str | None, language: str | None) -> None:
    """Puts the kiosk in the state a screenshot asks for: a visitor's page, or one of the kiosk's panels."""
    if target in (None, "kiosk/start") and language is None:
        return
    kiosk.start_visit(language or kiosk.center.start_language)
    if target in ("kiosk/countdown", "kiosk/pin"):
        kiosk.watcher.idle_seconds = 0
        kiosk.warn() if target == "kiosk/countdown" else kiosk.open_admin()
    elif target == "kiosk/qr":
        kiosk.window.open(parse_target(SAMPLE_LINK_PAGE))
        links = [url for _title, url in kiosk.services.store.guide(SAMPLE_LINK_PAGE.split("/")[1]).sources]
        kiosk.services.router.open_href(links[0])
    elif target and target != "kiosk/start":
        kiosk.window.open(parse_target(target))


def run_kiosk(options: argparse.Namespace) -> int:
    """`qiao --kiosk`: full screen until the staff's PIN (exit code 3), or a screenshot and exit."""
    from desktop.modes.kiosk.visit_folder import VisitFolder

    folder = VisitFolder()
    try:
        return _run(options, folder)
    finally:
        folder.end()


def _run(options: argparse.Namespace, folder) -> int:
    from desktop.modes.kiosk import on_screen_keyboard

    loaded = _load(options, folder)
    if isinstance(loaded, int):
        return loaded
    center, store, center_pages = loaded
    if options.zoom:  # a screenshot at another text size than the center's
        center = replace(center, zoom=options.zoom)
    problem = _check_target(options.target, store, center_pages)
    if problem:
        print(f"qiao: {problem}", file=sys.stderr)
        return 2
    if options.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keyboard_on = on_screen_keyboard.prepare(center.on_screen_keyboard and not options.screenshot)
    from PySide6.QtCore import qInstallMessageHandler

    from desktop.app import application, quiet_platform_notes
    from desktop.ui.screenshot import save_screenshot

    qInstallMessageHandler(quiet_platform_notes)
    app = application()
    app.setApplicationName("Qiao")
    app.setApplicationDisplayName("Qiao")
    kiosk = build_kiosk(app, center, store, center_pages, keyboard_on, folder=folder)
    if options.screenshot:
        kiosk.frame.resize(*options.size)
        kiosk.frame.show()
        show_for_screenshot(kiosk, options.target, options.lang)
        return save_screenshot(app, kiosk.frame, options.screenshot)
    # The screen's size from the first frame on (a compositor may never repaint a window that grows after it), then
    # full screen; a kiosk compositor may make it maximized instead: the same screen, no frame.
    kiosk.frame.setGeometry(app.primaryScreen().geometry())
    kiosk.frame.showFullScreen()
    kiosk.exited.connect(lambda: app.exit(EXIT_ADMIN))
    app.aboutToQuit.connect(folder.end)

    def stop(_number, _frame) -> None:  # systemd stopping the kiosk: the visit's folder goes first
        folder.end()
        app.exit(0)  # not quit(): the kiosk's window refuses to close, and quit() asks it first

    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, stop)
    return app.exec()
