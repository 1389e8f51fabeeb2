"""The on-screen keyboard: Qt Virtual Keyboard with Pinyin, Cangjie and Zhuyin, and English, where a center asks.

It comes with PySide6-Addons and needs libpulse0 on Linux. ``prepare`` must run before the QApplication exists (Qt
picks its input method then); where the keyboard cannot load, it says so once on stderr and the kiosk works without
it. Learned words stay out of reach of the next visitor three ways: every text field asks for no learning
(``Qt.ImhSensitiveData``, which turns Pinyin's user dictionary off), the keyboard's user data lives in the visit's
own folder, and that folder is deleted at each reset.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QWidget

PLUGIN = "qtvirtualkeyboard"
# The keyboard's languages: English, Simplified Chinese (Pinyin) and Traditional Chinese (Cangjie and Zhuyin).
LOCALES = {"en": "en_US", "zh_Hans": "zh_CN", "zh_Hant": "zh_TW"}
NO_LEARNING = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function configure(userDataPath, locale, activeLocales) {
        VirtualKeyboardSettings.activeLocales = activeLocales
        VirtualKeyboardSettings.locale = locale
        if (userDataPath)
            VirtualKeyboardSettings.userDataPath = userDataPath
    }
}
"""


def _plugin_file() -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforminputcontexts"
    found = sorted(folder.glob(f"*{PLUGIN}*")) if folder.is_dir() else []
    return found[0] if found else None


def why_unavailable() -> str | None:
    """Why the keyboard cannot load here (no PySide6-Addons, a missing system library), or None."""
    plugin = _plugin_file()
    if plugin is None:
        return "Qt Virtual Keyboard is not installed (pip install PySide6-Addons)"
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(str(plugin))  # resolves its libraries now, so a missing one is named instead of a silence
        except OSError as error:
            return f"{error} (on Debian or Ubuntu: apt-get install libpulse0)"
    return None


def prepare(wanted: bool) -> bool:
    """Before the QApplication: turns the keyboard on when ``wanted`` and it can load; True when it is on."""
    if not wanted:
        return False
    problem = why_unavailable()
    if problem:
        print(f"qiao: the on-screen keyboard cannot load, so the kiosk runs without it: {problem}", file=sys.stderr)
        return False
    os.environ["QT_IM_MODULE"] = PLUGIN
    os.environ["QML_DISABLE_DISK_CACHE"] = "1"  # the keyboard is QML: compile it in memory, cache nothing
    return True


def protect(widget: QWidget | None) -> None:
    """Asks the input method to learn nothing from what is typed into ``widget``."""
    if isinstance(widget, QLineEdit | QTextEdit):
        if widget.inputMethodHints() & NO_LEARNING != NO_LEARNING:
            widget.setInputMethodHints(widget.inputMethodHints() | NO_LEARNING)


class OnScreenKeyboard(QObject):
    """Follows the visitor's language and starts every visit with empty user data."""

    def __init__(self, app: QApplication, enabled: bool) -> None:
        super().__init__()
        self.enabled = enabled
        self._settings: QObject | None = None
        self._engine = None
        app.focusChanged.connect(lambda _old, new: protect(new))

    def _configurator(self) -> QObject | None:
        if self._settings is None and self.enabled:
            from PySide6.QtQml import QQmlComponent, QQmlEngine

            self._engine = QQmlEngine(self)
            self._component = component = QQmlComponent(self._engine)  # kept: what it made lives as long as it
            component.setData(SETTINGS_QML, QUrl("qrc:/qiao/kiosk-keyboard.qml"))
            self._settings = component.create()
            if self._settings is None:
                print("qiao: the on-screen keyboard's settings cannot be set: "
                      + "; ".join(error.toString() for error in component.errors()), file=sys.stderr)
                self.enabled = False
        return self._settings

    def new_visit(self, user_data: Path | None, language: str) -> None:
        """Hides the keyboard, forgets what it was composing and points its user data at the visit's folder."""
        method = QGuiApplication.inputMethod()
        method.reset()
        method.hide()
        self.set_language(language, user_data)

    def set_language(self, language: str, user_data: Path | None = None) -> None:
        settings = self._configurator()
        if settings is None:
            return
        from PySide6.QtCore import QMetaObject, Q_ARG

        QMetaObject.invokeMethod(settings, "configure", Q_ARG("QVariant", str(user_data or "")),
                                 Q_ARG("QVariant", LOCALES.get(language, "en_US")),
                                 Q_ARG("QVariant", list(LOCALES.values())))
