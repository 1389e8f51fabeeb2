"""Languages, gettext catalogs and the active language.

Qiao speaks three variants: English (the source language), Simplified and Traditional Chinese. The locale
table below is the single place that maps our codes to Babel's CLDR locales and Qt's locale names
(``Locale.negotiate`` does not map zh_TW to zh_Hant_TW, so nothing is left to negotiation).

Catalogs are the ``.po`` files under translations/, shipped with their compiled ``.mo`` beside them; the app
reads the ``.mo`` and never writes one. Several catalogs can be loaded at once, for the bilingual classroom view.
"""

from __future__ import annotations

import gettext as gettext_module
from pathlib import Path
from typing import NamedTuple


class Language(NamedTuple):
    code: str  # our code: catalog folder and content column suffix
    babel_locale: str  # CLDR locale for dates and numbers
    qt_locale: str  # Qt's locale name, also the suffix of Qt's own qtbase_*.qm catalogs
    html_lang: str  # BCP 47 tag for accessibility and HTML
    native_name: str  # the language's name written in itself


LANGUAGES: dict[str, Language] = {
    "zh_Hans": Language("zh_Hans", "zh_Hans_CN", "zh_CN", "zh-Hans", "简体中文"),
    "zh_Hant": Language("zh_Hant", "zh_Hant_TW", "zh_TW", "zh-Hant", "繁體中文"),
    "en": Language("en", "en_US", "en_US", "en", "English"),
}
LANGUAGE_CODES = tuple(LANGUAGES)
SOURCE_LANGUAGE = "en"
DOMAIN = "messages"

_ALIASES = {
    "en": "en", "en_us": "en", "english": "en",
    "zh_hans": "zh_Hans", "zh_cn": "zh_Hans", "zh_sg": "zh_Hans", "zh": "zh_Hans", "zh_hans_cn": "zh_Hans",
    "zh_hant": "zh_Hant", "zh_tw": "zh_Hant", "zh_hk": "zh_Hant", "zh_mo": "zh_Hant", "zh_hant_tw": "zh_Hant",
    "zh_hant_hk": "zh_Hant",
}


def brand_name(language: str) -> str:
    """The app's name as written beside ``language``: 橋 in Traditional Chinese, 桥 everywhere else."""
    return "橋 Qiao" if language == "zh_Hant" else "桥 Qiao"


def parse_language(name: str) -> str | None:
    """Our language code for a name such as 'zh_TW', 'zh-Hant' or 'en_US.UTF-8'; None if unknown."""
    key = name.split(".")[0].replace("-", "_").strip().lower()
    return _ALIASES.get(key)


def catalog_source(translations_dir: Path, code: str) -> Path:
    return translations_dir / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled_catalog(translations_dir: Path, code: str) -> Path:
    """Where the compiled ``.mo`` of ``code`` ships, beside its ``.po``."""
    return catalog_source(translations_dir, code).with_suffix(".mo")


class Catalogs:
    """The loaded gettext catalogs, one per language, each loaded on first use.

    Catalogs ship compiled (`qiao translations update` writes the ``.mo`` files, and a test checks they match
    the ``.po``), so the app only reads: nothing is written at run time, as a kiosk requires. A missing or
    unreadable ``.mo`` falls back to English rather than stopping the app.
    """

    def __init__(self, translations_dir: Path) -> None:
        self._translations_dir = translations_dir
        self._loaded: dict[str, gettext_module.NullTranslations] = {}
        self.problems: list[str] = []

    def get(self, code: str) -> gettext_module.NullTranslations:
        if code not in self._loaded:
            translations: gettext_module.NullTranslations = gettext_module.NullTranslations()
            if code != SOURCE_LANGUAGE:
                mo_path = compiled_catalog(self._translations_dir, code)
                try:
                    with mo_path.open("rb") as mo_file:
                        translations = gettext_module.GNUTranslations(mo_file)
                except Exception as error:  # gettext raises OSError, struct.error, IndexError… on a bad file
                    self.problems.append(f"{mo_path}: {error}")
            self._loaded[code] = translations
        return self._loaded[code]


_active: gettext_module.NullTranslations = gettext_module.NullTranslations()
_active_code: str = SOURCE_LANGUAGE


def activate(catalogs: Catalogs, code: str) -> None:
    """Make ``code`` the language that ``_`` and ``pgettext`` answer in."""
    global _active, _active_code
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    _active = catalogs.get(code)
    _active_code = code


def active_language() -> str:
    return _active_code


def _(message: str) -> str:
    """The active language's translation of ``message``."""
    return _active.gettext(message)


def pgettext(context: str, message: str) -> str:
    """Like ``_`` for a short label whose meaning depends on ``context``."""
    return _active.pgettext(context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks ``message`` for extraction; it is translated later, where it is shown."""
    return message


def translate_in(catalogs: Catalogs, code: str, message: str, context: str | None = None) -> str:
    """``message`` in a given language, whatever the active one (for side-by-side views)."""
    translations = catalogs.get(code)
    if context is not None:
        return translations.pgettext(context, message)
    return translations.gettext(message)
