"""Switching the whole app's language live: gettext catalog, Qt's own translator, locale and font."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.i18n import LANGUAGES, Catalogs, activate
from desktop.ui.appearance import Appearance
from desktop.ui.first_frame import after_first_frame

TRANSLATOR_NAME = "qiao-qtbase-translator"


class LanguageSwitch:
    def __init__(self, app: QApplication, catalogs: Catalogs, appearance: Appearance) -> None:
        self._app = app
        self._catalogs = catalogs
        self._appearance = appearance
        self._qt_translator: QTranslator | None = None

    @property
    def catalogs(self) -> Catalogs:
        return self._catalogs

    def apply(self, code: str, zoom: float) -> None:
        """Makes ``code`` the language of everything: our texts, Qt's dialogs, dates and the font."""
        activate(self._catalogs, code)
        language = LANGUAGES[code]
        after_first_frame(self._app, lambda: QLocale.setDefault(QLocale(language.qt_locale)))
        # One Qt translator for the whole app, whichever window installed it (a kiosk rebuilds windows).
        for old in self._app.findChildren(QTranslator, TRANSLATOR_NAME):
            self._app.removeTranslator(old)
            old.deleteLater()
        self._qt_translator = None
        if code != "en":
            translator = QTranslator(self._app)
            translator.setObjectName(TRANSLATOR_NAME)
            # Qt's own catalogs make its standard buttons (Open, Cancel …) speak the user's language.
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if translator.load(f"qtbase_{language.qt_locale}", folder):
                self._app.installTranslator(translator)
                self._qt_translator = translator
        self._appearance.set_font(code, zoom)
