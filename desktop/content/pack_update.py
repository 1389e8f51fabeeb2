"""`qiao content update --from FOLDER`: verify a pack with TUF's ngclient, check it, install it atomically.

The pack is read through a fetcher that opens files in a folder (a USB stick, a synced folder) and nothing else:
no socket is ever created. Everything is verified and checked in a staging folder first; the new pack becomes
current only when ``state.json`` is replaced, the last step, so a refusal or a kill at any moment leaves the
computer serving what it had. Each refusal has its own exit code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop import __version__
from desktop.content.pack_repository import TARGET_NAMES
from desktop.content.pack_trust import PINNED_CENTER_ROOT, Anchor, match
from desktop.core.content_changes import KindChanges, compare_databases
from desktop.core.content_store import SCHEMA_VERSION, ContentError, ContentStore
from desktop.core.installed_packs import (
    STATE_FILE, InstalledPack, PacksState, content_databases, locked, read_state, sync_folder, version_key,
    write_state,
)

ERROR, TAMPERED, INCOMPLETE, EXPIRED, ROLLBACK, FOREIGN, NEWER_APP, UNREADABLE = 1, 3, 4, 5, 6, 7, 8, 9
PREFIX = "folder:///"  # not a network address: FolderFetcher maps it onto the folder


class Refused(Exception):  # noqa: N818 - an outcome the user acts on, not a fault in Qiao
    """A pack that is not installed; ``code`` is the exit code, the message says why and what to do."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Update:
    kind: str
    pack: InstalledPack
    previous: InstalledPack | None
    changes: list[KindChanges]
    installed: bool  # False: this version was already installed


def _fetcher(folder: Path):
    from tuf.api import exceptions
    from desktop.content.offline_tuf import FetcherInterface

    class FolderFetcher(FetcherInterface):
        """Reads a repository's files from a folder; a missing file answers as a web server would (404)."""

        def _fetch(self, url: str) -> Iterator[bytes]:
            relative = url.removeprefix(PREFIX)
            path = (folder / relative).resolve()
            if folder.resolve() not in path.parents or not path.is_file():
                raise exceptions.DownloadHTTPError(f"{folder / relative} is missing", 404)
            with open(path, "rb") as handle:
                while chunk := handle.read(1 << 16):
                    yield chunk

    return FolderFetcher()


def find_repositories(folder: Path) -> list[Path]:
    """The pack repositories in ``folder``: the folder itself, or each of its subfolders that is one."""
    if (folder / "metadata").is_dir():
        return [folder]
    if not folder.is_dir():
        raise Refused(ERROR, f"{folder} is not a folder")
    found = sorted(child for child in folder.iterdir() if (child / "metadata").is_dir())
    if not found:
        raise Refused(ERROR, f"{folder} holds no pack: a pack folder has 'metadata' and 'targets' folders inside")
    return found


def _expiry_note(repository: Path) -> str:
    try:
        expires = json.loads((repository / "metadata" / "timestamp.json").read_text())["signed"]["expires"]
    except (OSError, ValueError, KeyError):
        return ""
    today = dt.datetime.now(dt.UTC).date()
    return f" (valid until {expires[:10]}; this computer's clock says {today})"


@contextmanager
def _refusals(repository: Path, target: tuple[Path, int] | None = None) -> Iterator[None]:
    """Turns what TUF finds wrong into a refusal a person can act on."""
    from tuf.api import exceptions

    try:
        yield
    except exceptions.ExpiredMetadataError as error:
        raise Refused(EXPIRED, f"the pack's signatures have expired{_expiry_note(repository)}: ask its publisher "
                               f"for a freshly signed copy, or check this computer's date ({error})") from error
    except exceptions.BadVersionNumberError as error:
        raise Refused(ROLLBACK, "the pack is older than the one this computer has already verified: it will not "
                                f"go back to older content ({error})") from error
    except exceptions.UnsignedMetadataError as error:
        raise Refused(TAMPERED, f"the pack's signatures do not match: it was changed after signing "
                                f"({error})") from error
    except (exceptions.LengthOrHashMismatchError, exceptions.DownloadLengthMismatchError) as error:
        if target is not None and _size(target[0]) < target[1]:
            raise Refused(INCOMPLETE, f"the pack is incomplete: {target[0].name} has {_size(target[0])} of "
                                      f"{target[1]} bytes; copy the whole folder again") from error
        raise Refused(TAMPERED, f"the pack's files do not match their signatures: they were changed after "
                                f"signing ({error})") from error
    except exceptions.DownloadHTTPError as error:
        raise Refused(INCOMPLETE, f"the pack is incomplete: {error}; copy the whole folder again") from error
    except (exceptions.RepositoryError, exceptions.DownloadError) as error:
        raise Refused(TAMPERED, f"the pack cannot be verified: {error}") from error


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _seed_trust(kind_dir: Path, state: PacksState, anchor: Anchor, trust: Path) -> bool:
    """Starts from the metadata verified last time, so TUF refuses anything older. Returns False when there is
    none for this anchor (a first update, or a new root pinned): then trust starts from the anchor alone."""
    previous = kind_dir / state.trust if state.trust else None
    if previous is not None and (previous / "root_history" / f"{anchor.version}.root.json").is_file():
        if (previous / "root_history" / f"{anchor.version}.root.json").read_bytes() == anchor.root:
            shutil.copytree(previous, trust, symlinks=True)
            return True
    trust.mkdir()
    return False


def _check_app(custom: dict, kind: str) -> int:
    """The pack's version, once it is known to be for this kind and readable by this app."""
    if custom.get("kind") != kind or not isinstance(custom.get("pack_version"), int):
        raise Refused(UNREADABLE, f"the pack does not describe itself as a {kind} pack")
    needed = str(custom.get("min_app_version", "0"))
    if version_key(needed) > version_key(__version__):
        raise Refused(NEWER_APP, f"the pack needs Qiao {needed} or newer; this is Qiao {__version__}. Update Qiao "
                                 "first, then the content")
    schema = str(custom.get("schema_version"))
    if schema != SCHEMA_VERSION:
        newer = version_key(schema) > version_key(SCHEMA_VERSION)
        raise Refused(NEWER_APP, f"the pack is made for {'a newer' if newer else 'an older'} Qiao (content format "
                                 f"{schema}; this Qiao reads format {SCHEMA_VERSION})")
    return custom["pack_version"]


def check_readable(path: Path, kind: str, version: int) -> None:
    """Opens the pack as the app would, in its staging place, and reads every record; refuses what fails."""
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1", uri=True)
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        verdict = str(error)
    finally:
        connection.close()
    if verdict != "ok":
        raise Refused(UNREADABLE, f"the pack's database is damaged: {verdict}")
    try:
        store = ContentStore(path)
    except ContentError as error:
        raise Refused(UNREADABLE, f"the pack's database cannot be read by this Qiao: {error}") from error
    try:
        if store.meta("pack_kind") != kind or store.meta("pack_version") != str(version):
            raise Refused(UNREADABLE, "the pack's database does not match its signed description")
        for summary in store.guides():
            store.guide(summary.id)
        if kind == "content":
            for read in (store.all_platforms, store.terms, store.tasks, store.figures, store.folding_table):
                read()
            for summary in store.cautions():
                store.caution(summary.id)
            if not store.platforms() or not store.guides():
                raise Refused(UNREADABLE, "the pack's database has no platforms or no guides")
    except ContentError as error:
        raise Refused(UNREADABLE, f"the pack's database fails this Qiao's checks: {error}") from error
    finally:
        store.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)  # readable by the kiosk's own user, whoever installed it


def _clean(kind_dir: Path, state: PacksState) -> None:
    """Removes what no state refers to: older packs, older metadata, what a killed update left behind."""
    keep = {STATE_FILE, ".lock", PINNED_CENTER_ROOT, state.trust}
    keep |= {pack.file for pack in (state.current, state.previous) if pack is not None}
    for entry in kind_dir.iterdir():
        if entry.name in keep:
            continue
        try:
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        except OSError:
            pass  # e.g. a pack still open in a running app on Windows; the next update tries again


def _served(kind: str, packs_dir: Path, state: PacksState) -> Path | None:
    if kind == "content":
        return content_databases([packs_dir])[0]
    return state.current.path(packs_dir) if state.current else None


def update_repository(repository: Path, packs_dir: Path, candidates: list[Anchor]) -> Update:
    """Verifies the pack in ``repository`` and installs it in ``packs_dir``; raises Refused otherwise."""
    from desktop.content.offline_tuf import Updater

    anchor = match(repository, candidates)
    if anchor is None:
        names = " or ".join(f"{item.publisher} (key {item.keyid[:16]})" for item in candidates)
        raise Refused(FOREIGN, f"it is signed by a root this computer does not trust; it trusts {names}. "
                               "A center's own pages need its root pinned first: 'qiao content trust-center ROOT'")
    kind, name = anchor.kind, TARGET_NAMES[anchor.kind]
    kind_dir = packs_dir / kind
    with locked(kind_dir):
        state = read_state(kind_dir)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=kind_dir))
        try:
            trust = staging / "trust"
            same_chain = _seed_trust(kind_dir, state, anchor, trust)
            updater = Updater(str(trust), f"{PREFIX}metadata/", str(staging), f"{PREFIX}targets/",
                              _fetcher(repository), bootstrap=anchor.root)
            with _refusals(repository):
                updater.refresh()
                info = updater.get_targetinfo(name)
            if info is None:
                raise Refused(INCOMPLETE, f"{repository} holds no {kind} pack ({name})")
            version = _check_app(info.custom or {}, kind)
            current = state.current
            if current is not None and same_chain and version < current.version:
                raise Refused(ROLLBACK, f"the pack is version {version}, older than the installed version "
                                        f"{current.version}: it will not go back to older content")
            if current is not None and version == current.version:
                return Update(kind, current, state.previous, [], installed=False)
            downloaded = staging / "pack.sqlite3"
            with _refusals(repository, (repository / "targets" / f"{info.hashes['sha256']}.{name}", info.length)):
                updater.download_target(info, str(downloaded))
            check_readable(downloaded, kind, version)
            root = json.loads((trust / "root.json").read_bytes())["signed"]
            timestamp = json.loads((trust / "timestamp.json").read_bytes())["signed"]
            pack = InstalledPack(
                kind, f"{kind}-{version}-{info.hashes['sha256'][:12]}.sqlite3", version,
                info.custom["content_date"], str(info.custom.get("min_app_version", "0")), SCHEMA_VERSION,
                info.length, info.hashes["sha256"], anchor.publisher, root["roles"]["root"]["keyids"][0][:16],
                timestamp["expires"], dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())
            changes = compare_databases(_served(kind, packs_dir, state), downloaded)
            _fsync(downloaded)
            os.replace(downloaded, kind_dir / pack.file)
            trust_name = f"trust-{version}-{secrets.token_hex(4)}"
            os.replace(trust, kind_dir / trust_name)
            sync_folder(kind_dir)
            new_state = PacksState(pack, current, trust_name)
            write_state(kind_dir, new_state)  # the one step that makes the new pack current
            _clean(kind_dir, new_state)
            return Update(kind, pack, current, changes, installed=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def roll_back(packs_dir: Path, kind: str) -> PacksState:
    """Makes the previous pack current again (the bundled database, if there was none); the pack rolled back from
    becomes the previous one, so a second rollback undoes the first. Raises Refused when there is nothing."""
    kind_dir = packs_dir / kind
    if not (kind_dir / STATE_FILE).is_file():
        raise Refused(ERROR, f"no {kind} pack is installed in {packs_dir}")
    with locked(kind_dir):
        state = read_state(kind_dir)
        if state.current is None and state.previous is None:
            raise Refused(ERROR, f"no {kind} pack is installed in {packs_dir}")
        new_state = PacksState(state.previous, state.current, state.trust)
        write_state(kind_dir, new_state)
        return new_state
