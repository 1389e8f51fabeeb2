"""Languages, gettext catalogs and the active language.

Qiao speaks three variants: English (the source language), Simplified and Traditional Chinese. The locale
table below is the single place that maps our codes to Babel's CLDR locales and Qt's locale names
(``Locale.negotiate`` does not map zh_TW to zh_Hant_TW, so nothing is left to negotiation).

Catalogs are the ``.po`` files under translations/; each is compiled to ``.mo`` the first time it is needed
(next to the ``.po`` when that folder is writable, otherwise in the user's cache), so no manual compile step
exists. Several catalogs can be loaded at once, for the bilingual classroom view.
"""

from __future__ import annotations

import gettext as gettext_module
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Language:
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


def _compiled_catalog(translations_dir: Path, cache_dir: Path | None, code: str,
                      write: bool = True) -> Path | bytes | None:
    """The path of an up-to-date ``.mo`` for ``code``, compiling the ``.po`` if needed; with ``write=False`` (a
    kiosk, which writes nothing to disk) the catalog is compiled in memory and its bytes returned."""
    po_path = catalog_source(translations_dir, code)
    if not po_path.exists():
        return None
    candidates = [po_path.with_suffix(".mo")]
    if cache_dir is not None:
        candidates.append(cache_dir / code / f"{DOMAIN}.mo")
    po_mtime = po_path.stat().st_mtime
    for mo_path in candidates:
        if mo_path.is_file() and mo_path.stat().st_mtime >= po_mtime:
            return mo_path
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=code)
    if not write:
        import io

        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        return buffer.getvalue()
    for mo_path in candidates:
        try:
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalog)  # fuzzy entries are left out, as gettext expects
            return mo_path
        except OSError:
            continue
    return None


class Catalogs:
    """The loaded gettext catalogs, one per language, each loaded on first use."""

    def __init__(self, translations_dir: Path, cache_dir: Path | None = None, write: bool = True) -> None:
        """``write=False`` never writes a compiled catalog: shipped ``.mo`` files are used, or compiled in memory."""
        self._translations_dir = translations_dir
        self._cache_dir = cache_dir
        self._write = write
        self._loaded: dict[str, gettext_module.NullTranslations] = {}

    def get(self, code: str) -> gettext_module.NullTranslations:
        if code not in self._loaded:
            translations: gettext_module.NullTranslations = gettext_module.NullTranslations()
            if code != SOURCE_LANGUAGE:
                compiled = _compiled_catalog(self._translations_dir, self._cache_dir, code, self._write)
                if isinstance(compiled, bytes):
                    import io

                    translations = gettext_module.GNUTranslations(io.BytesIO(compiled))
                elif compiled is not None:
                    with compiled.open("rb") as mo_file:
                        translations = gettext_module.GNUTranslations(mo_file)
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
