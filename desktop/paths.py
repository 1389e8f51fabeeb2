"""The one place that finds Qiao's bundled files: resources/ and translations/.

Three layouts, tried in this order:
- a frozen app (PyInstaller sets ``sys._MEIPASS``): both folders sit at the bundle's root;
- an installed wheel (pip, pipx, Briefcase): both folders are inside the package, at ``desktop/data/``;
- the source tree (a clone, an editable install): both folders are at the top of the repository.
Everything else asks this module rather than doing path arithmetic.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def source_checkout() -> Path | None:
    """The repository folder when Qiao runs from a clone (pyproject.toml beside the package), else None."""
    if getattr(sys, "_MEIPASS", None):
        return None
    root = _PACKAGE.parent
    return root if (root / "pyproject.toml").is_file() and (root / "resources").is_dir() else None


def project_root() -> Path:
    """The folder holding resources/ and translations/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _PACKAGE / "data"
    if (installed / "resources").is_dir():
        return installed
    return _PACKAGE.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def content_sources_dir() -> Path:
    """Human-editable content: platforms, guides, cautions, glossary."""
    return resources_dir() / "content"


def content_database() -> Path:
    """The bundled, read-only content database built from the sources; QIAO_CONTENT_DATABASE overrides it."""
    override = os.environ.get("QIAO_CONTENT_DATABASE")
    return Path(override) if override else resources_dir() / "qiao.sqlite3"


def trusted_pack_root() -> Path:
    """The root metadata of Qiao's own content packs: the one key set whose signatures the app trusts."""
    return resources_dir() / "packs" / "root.json"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return project_root() / "translations"


def user_data_dir() -> Path:
    """Where the owner's own data (language, bookmarks) lives; QIAO_DATA_DIR overrides it."""
    override = os.environ.get("QIAO_DATA_DIR")
    if override:
        return Path(override).expanduser()
    if _follows_xdg():
        home = os.environ.get("XDG_DATA_HOME", "")
        return Path(home if os.path.isabs(home) else _home() / ".local" / "share") / "qiao"
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir("qiao", appauthor=False))


def site_data_dir() -> Path:
    """The folder shared by every user of the machine, e.g. /usr/local/share/qiao."""
    if _follows_xdg():
        shared = [folder for folder in os.environ.get("XDG_DATA_DIRS", "").split(os.pathsep) if os.path.isabs(folder)]
        return Path(shared[0] if shared else "/usr/local/share") / "qiao"
    from platformdirs import site_data_dir as platform_site_data_dir

    return Path(platform_site_data_dir("qiao", appauthor=False))


def _follows_xdg() -> bool:
    """Linux and the BSDs keep data where the XDG Base Directory rules say (only absolute paths in its variables
    count), as platformdirs reads them; reading them here spares every start platformdirs' import. Elsewhere
    platformdirs knows the system's folders."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _home() -> Path:
    home = os.environ.get("HOME", "")
    if os.path.isabs(home):
        return Path(home)
    import pwd  # a relative or missing HOME: the account's own home folder

    return Path(pwd.getpwuid(os.getuid()).pw_dir)


def license_file(name: str) -> Path:
    """The licence text of Qiao's code (``code``), its fonts (``fonts``) or its icons (``icons``)."""
    files = {"code": project_root() / "LICENSE", "fonts": fonts_dir() / "OFL.txt",
             "icons": resources_dir() / "icons" / "lucide-LICENSE"}
    return files[name]
