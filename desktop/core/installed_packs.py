"""Verified content packs installed next to the bundled database, and which database the app reads.

A packs folder has one subfolder per kind of pack:

    packs/content/   guides, platforms, cautions and glossary, signed by Qiao's maintainers
    packs/center/    a center's own pages, signed by the center

Each holds its pack files (never replaced in place: every version has its own file), the verified update
metadata (``trust-*``) and ``state.json``, which names the current pack and the previous one. ``state.json`` is
replaced atomically, so a pack is in use exactly when ``state.json`` says so: a kill at any moment leaves either
the old state or the new one, never half of each.

Reading is cheap (one small JSON file per folder) and needs no cryptography: packs are verified when they are
installed (``desktop.content.pack_update``), and here only checked to be whole and readable by this app.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from desktop import __version__, paths
from desktop.core.content_store import SCHEMA_VERSION, ContentError, ContentStore

KINDS = ("content", "center")
STATE_FILE = "state.json"
PACKS_DIR_VARIABLE = "QIAO_PACKS_DIR"


class InstalledPack(NamedTuple):
    """One verified pack file, as recorded when it was installed."""

    kind: str  # "content" or "center"
    file: str  # its name inside the kind's folder
    version: int
    content_date: str
    min_app_version: str
    schema_version: str
    length: int
    sha256: str
    signer: str  # the publisher's name, from the signed root metadata
    signer_key: str  # the root key id that signed it (first 16 hex digits)
    expires: str  # when the signed metadata it came with expires
    installed: str

    def path(self, packs_dir: Path) -> Path:
        return packs_dir / self.kind / self.file

    @classmethod
    def from_json(cls, data: dict | None) -> InstalledPack | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(**{name: data[name] for name in cls._fields})
        except (KeyError, TypeError):
            return None


class PacksState(NamedTuple):
    current: InstalledPack | None = None  # None: the bundled database (or, for center pages, none)
    previous: InstalledPack | None = None
    trust: str | None = None  # the folder of verified update metadata, kept for rollback protection

    def to_json(self) -> dict:
        return {"current": self.current._asdict() if self.current else None,
                "previous": self.previous._asdict() if self.previous else None, "trust": self.trust}


class ContentInfo(NamedTuple):
    """What an About page says about the content in use."""

    version: int | None  # the pack's version; None for the database bundled with the app
    content_date: dt.date | None
    signer: str | None  # who signed the pack; None when bundled
    signer_key: str | None
    bundled: bool
    app_version: str = __version__


def system_packs_dir() -> Path:
    """The packs folder shared by every user of the machine (a kiosk's), e.g. /usr/local/share/qiao/packs."""
    return paths.site_data_dir() / "packs"


def default_packs_dir() -> Path:
    """Where `qiao content update` installs unless told otherwise: QIAO_PACKS_DIR, else the user's data folder."""
    override = os.environ.get(PACKS_DIR_VARIABLE)
    return Path(override) if override else paths.user_data_dir() / "packs"


def packs_dirs() -> list[Path]:
    """Every folder the app looks in for packs: QIAO_PACKS_DIR alone, else the user's and the system's."""
    if os.environ.get(PACKS_DIR_VARIABLE):
        return [default_packs_dir()]
    return [default_packs_dir(), system_packs_dir()]


def version_key(text: str) -> tuple[int, ...]:
    """'0.10.2' → (0, 10, 2), for comparing app versions; anything unreadable sorts last."""
    try:
        return tuple(int(part) for part in text.split("."))
    except (AttributeError, ValueError):
        return (10**9,)


def read_state(kind_dir: Path) -> PacksState:
    """The state of one kind's folder; an absent or unreadable state file means nothing is installed."""
    try:
        text = (kind_dir / STATE_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return PacksState()
    import json  # here: a start with no packs installed never needs it

    try:
        data = json.loads(text)
    except ValueError:
        return PacksState()
    if not isinstance(data, dict):
        return PacksState()
    trust = data.get("trust")
    return PacksState(InstalledPack.from_json(data.get("current")), InstalledPack.from_json(data.get("previous")),
                      trust if isinstance(trust, str) else None)


def write_atomically(path: Path, data: bytes) -> None:
    """Writes ``data`` to a temporary file beside ``path``, flushes it to disk, then renames it over ``path``."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o644)  # a kiosk's app runs as another user than the administrator who updates it
    os.replace(temporary, path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Makes a rename inside ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_state(kind_dir: Path, state: PacksState) -> None:
    import json

    write_atomically(kind_dir / STATE_FILE, json.dumps(state.to_json(), indent=2, sort_keys=True).encode())


@contextlib.contextmanager
def locked(kind_dir: Path) -> Iterator[None]:
    """One update or rollback at a time per folder. The lock goes with its process, even one killed."""
    kind_dir.mkdir(parents=True, exist_ok=True)
    for folder in (kind_dir.parent, kind_dir):
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o755)  # readable by a kiosk's own user, whatever the administrator's umask
    with open(kind_dir / ".lock", "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: the installer runs one update at a time
            yield
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BlockingIOError(f"another update is running in {kind_dir}") from None
        yield


def is_usable(pack: InstalledPack, packs_dir: Path) -> bool:
    """Whether this app can read the pack: its schema, the app version it needs, and the file still whole."""
    if pack.schema_version != SCHEMA_VERSION or version_key(pack.min_app_version) > version_key(__version__):
        return False
    try:
        return pack.path(packs_dir).stat().st_size == pack.length
    except OSError:
        return False


def current_packs(kind: str, dirs: list[Path] | None = None) -> list[tuple[InstalledPack, Path]]:
    """The usable current pack of ``kind`` in each packs folder, newest content first."""
    found = []
    for packs_dir in dirs if dirs is not None else packs_dirs():
        pack = read_state(packs_dir / kind).current
        if pack is not None and is_usable(pack, packs_dir):
            found.append((pack, packs_dir))
    return sorted(found, key=lambda item: (item[0].content_date, item[0].version), reverse=True)


def _bundled_date() -> str:
    try:
        store = ContentStore(paths.content_database())
    except ContentError:
        return ""
    try:
        day = store.content_date()
    finally:
        store.close()
    return day.isoformat() if day else ""


def content_databases(dirs: list[Path] | None = None) -> list[Path]:
    """The content databases to try, best first: an installed pack at least as new as the bundled content,
    then the bundled database. QIAO_CONTENT_DATABASE names one database to use instead of all of these."""
    bundled = paths.content_database()
    if os.environ.get("QIAO_CONTENT_DATABASE"):
        return [bundled]
    packs = current_packs("content", dirs)
    if not packs:
        return [bundled]
    bundled_date = _bundled_date()  # an app update may bring content newer than the pack installed earlier
    return [pack.path(packs_dir) for pack, packs_dir in packs if pack.content_date >= bundled_date] + [bundled]


def content_database(dirs: list[Path] | None = None) -> Path:
    """The content database the app reads: the newest verified pack, or else the bundled one."""
    return content_databases(dirs)[0]


def open_content_store(dirs: list[Path] | None = None) -> ContentStore:
    """The content store on the newest readable database; raises ContentError only if the bundled one fails."""
    *packs, bundled = content_databases(dirs)
    for path in packs:
        try:
            return ContentStore(path)
        except ContentError:
            continue  # a pack damaged after it was installed: serve the next best
    return ContentStore(bundled)


def center_pages_database(dirs: list[Path] | None = None) -> Path | None:
    """The newest verified pack of the center's own pages, if one is installed."""
    packs = current_packs("center", dirs)
    return packs[0][0].path(packs[0][1]) if packs else None


def installed_pack_at(database: Path, dirs: list[Path] | None = None) -> InstalledPack | None:
    """The installed pack whose file is ``database``, if it is one."""
    for packs_dir in dirs if dirs is not None else packs_dirs():
        for kind in KINDS:
            state = read_state(packs_dir / kind)
            for pack in (state.current, state.previous):
                if pack is not None and pack.path(packs_dir).resolve() == database.resolve():
                    return pack
    return None


def describe_content(store: ContentStore, dirs: list[Path] | None = None) -> ContentInfo:
    """The version, date and signer of the content ``store`` reads, for an About page."""
    pack = installed_pack_at(store.path, dirs)
    if pack is None:
        return ContentInfo(None, store.content_date(), None, None, bundled=True)
    return ContentInfo(pack.version, dt.date.fromisoformat(pack.content_date), pack.signer, pack.signer_key,
                       bundled=False)
