"""Publishing content packs as a TUF repository (The Update Framework), signed with keys kept outside it.

    REPO/
      metadata/1.root.json ... N.root.json   every root version: kiosks follow the chain after a key rotation
      metadata/root.json                     the newest root, to hand to kiosks that should trust this publisher
      metadata/N.targets.json, N.snapshot.json, timestamp.json
      targets/<sha256>.content.sqlite3       the content database (and/or <sha256>.center.sqlite3)

The repository is what goes on a USB stick or into a synced folder; it holds no secret. Each role has one Ed25519
key (``securesystemslib``'s CryptoSigner) in the keys folder. Metadata is built with ``tuf.api.metadata``;
consistent snapshots let a folder be copied or synced while a new version is published.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.content import signing_keys
from desktop.core.installed_packs import write_atomically

METADATA, TARGETS = "metadata", "targets"
ROLES = ("root", "targets", "snapshot", "timestamp")
TARGET_NAMES = {"content": "content.sqlite3", "center": "center.sqlite3"}
PUBLISHER_FIELD = "x-qiao-publisher"  # the publisher's name, in the root metadata its root key signs
README = """This folder is a signed Qiao content pack ({publisher}).

To install it on a computer running Qiao:   qiao content update --from "THIS FOLDER"
Nothing here is secret; the signing keys are kept elsewhere. Copy the whole folder, never single files.
"""


class PublishError(Exception):
    """The repository cannot be created or published to; the message says why and what to do."""


@dataclass(frozen=True)
class Expiry:
    """How long each signature stays valid. Kiosks may be offline for a season and updated from a USB stick
    that sat in a drawer, so even the timestamp lasts months; content facts are reviewed every six months."""

    root_days: int = 3 * 365
    targets_days: int = 365
    snapshot_days: int = 365
    timestamp_days: int = 180


@dataclass(frozen=True)
class Published:
    kind: str
    version: int
    content_date: str
    length: int
    expires: dt.datetime
    warnings: list[str] = field(default_factory=list)


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)


def _serializer():
    from tuf.api.serialization.json import JSONSerializer

    return JSONSerializer(compact=False)


def _write(path: Path, metadata) -> bytes:
    data = metadata.to_bytes(_serializer())
    write_atomically(path, data)
    return data


def _versions(metadata_dir: Path, role: str) -> list[int]:
    return sorted(int(match.group(1)) for path in metadata_dir.glob(f"*.{role}.json")
                  if (match := re.fullmatch(rf"(\d+)\.{role}\.json", path.name)))


def _open(repo: Path, role: str):
    from tuf.api.metadata import Metadata

    metadata_dir = repo / METADATA
    if role == "timestamp":
        path = metadata_dir / "timestamp.json"
    else:
        path = metadata_dir / f"{(_versions(metadata_dir, role) or [0])[-1]}.{role}.json"
    if not path.is_file():
        raise PublishError(f"{repo} is not a pack repository (no {path.name}): run 'qiao content pack init {repo}'")
    try:
        return Metadata.from_file(str(path))
    except Exception as error:  # noqa: BLE001 - tuf raises several kinds for a damaged file
        raise PublishError(f"{path} cannot be read: {error}") from error


def _signers(keys_dir: Path, root, role: str) -> list:
    assigned = root.roles[role]
    signers = [signing_keys.load(keys_dir, keyid, root.keys[keyid], role) for keyid in assigned.keyids]
    if len(signers) < assigned.threshold:
        raise PublishError(f"the {role} role needs {assigned.threshold} keys")
    return signers


def _sign(metadata, signers: list) -> None:
    metadata.signatures.clear()
    for signer in signers:
        metadata.sign(signer, append=True)


def init_repository(repo: Path, keys_dir: Path, publisher: str, now: dt.datetime | None = None,
                    expiry: Expiry = Expiry()) -> Path:
    """Creates an empty repository with a new key for each role; returns the root metadata file to ship."""
    from tuf.api.metadata import Metadata, Root, Targets

    signing_keys.check_outside(keys_dir, repo)
    if (repo / METADATA).exists() and any((repo / METADATA).iterdir()):
        raise PublishError(f"{repo} already holds a repository: publish to it, or choose an empty folder")
    now = _now(now)
    try:
        (repo / METADATA).mkdir(parents=True, exist_ok=True)
        (repo / TARGETS).mkdir(exist_ok=True)
    except OSError as error:
        raise PublishError(f"cannot create {repo}: {error.strerror or error}") from error
    signers = {role: signing_keys.generate(keys_dir, role) for role in ROLES}
    root = Root(version=1, expires=now + dt.timedelta(days=expiry.root_days), consistent_snapshot=True,
                unrecognized_fields={PUBLISHER_FIELD: publisher})
    for role, signer in signers.items():
        root.add_key(signer.public_key, role)
    root_metadata = Metadata(root)
    _sign(root_metadata, [signers["root"]])
    _write_root(repo, root_metadata)
    _release(repo, keys_dir, root, Targets(), now, expiry)
    (repo / "README.txt").write_text(README.format(publisher=publisher), encoding="utf-8")
    return repo / METADATA / "1.root.json"


def _write_root(repo: Path, root_metadata) -> None:
    data = _write(repo / METADATA / f"{root_metadata.signed.version}.root.json", root_metadata)
    write_atomically(repo / METADATA / "root.json", data)


def _release(repo: Path, keys_dir: Path, root, targets, now: dt.datetime, expiry: Expiry) -> dt.datetime:
    """Signs the next version of targets, snapshot and timestamp; the timestamp goes last, so a folder
    copied halfway through still reads as the previous release. Returns the timestamp's expiry."""
    from tuf.api.metadata import Metadata, MetaFile, Snapshot, Timestamp

    metadata_dir = repo / METADATA
    targets.version = (_versions(metadata_dir, "targets") or [0])[-1] + 1
    targets.expires = now + dt.timedelta(days=expiry.targets_days)
    targets_metadata = Metadata(targets)
    _sign(targets_metadata, _signers(keys_dir, root, "targets"))
    _write(metadata_dir / f"{targets.version}.targets.json", targets_metadata)
    snapshot_version = (_versions(metadata_dir, "snapshot") or [0])[-1] + 1
    snapshot = Snapshot(version=snapshot_version, expires=now + dt.timedelta(days=expiry.snapshot_days),
                        meta={"targets.json": MetaFile(version=targets.version)})
    snapshot_metadata = Metadata(snapshot)
    _sign(snapshot_metadata, _signers(keys_dir, root, "snapshot"))
    snapshot_bytes = _write(metadata_dir / f"{snapshot_version}.snapshot.json", snapshot_metadata)
    timestamp_path = metadata_dir / "timestamp.json"
    timestamp_version = _open(repo, "timestamp").signed.version + 1 if timestamp_path.exists() else 1
    expires = now + dt.timedelta(days=expiry.timestamp_days)
    timestamp = Timestamp(version=timestamp_version, expires=expires, snapshot_meta=MetaFile(
        version=snapshot_version, length=len(snapshot_bytes),
        hashes={"sha256": hashlib.sha256(snapshot_bytes).hexdigest()}))
    timestamp_metadata = Metadata(timestamp)
    _sign(timestamp_metadata, _signers(keys_dir, root, "timestamp"))
    _write(timestamp_path, timestamp_metadata)
    for role, keep in (("targets", targets.version), ("snapshot", snapshot_version)):
        for version in _versions(metadata_dir, role):
            if version < keep:
                (metadata_dir / f"{version}.{role}.json").unlink(missing_ok=True)
    return expires


def _stamp(database: Path, staged: Path, kind: str, version: int, min_app_version: str) -> str:
    """Copies ``database`` to ``staged`` with the pack's version, kind, date and app version in its meta table;
    checks on the way that this app can read it. Returns the content date."""
    from desktop.core.content_store import ContentError, ContentStore

    shutil.copyfile(database, staged)
    try:
        store = ContentStore(staged)
    except ContentError as error:
        raise PublishError(f"{database} is not a content database this Qiao can read: {error.reason}") from error
    try:
        content_date = store.content_date()
    finally:
        store.close()
    if content_date is None:
        raise PublishError(f"{database} has no dated content")
    connection = sqlite3.connect(staged)
    with connection:
        connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [
            ("pack_kind", kind), ("pack_version", str(version)), ("content_date", content_date.isoformat()),
            ("min_app_version", min_app_version)])
    connection.close()
    return content_date.isoformat()


def publish(repo: Path, keys_dir: Path, database: Path, kind: str, min_app_version: str,
            now: dt.datetime | None = None, expiry: Expiry = Expiry()) -> Published:
    """Adds ``database`` as the next version of the ``kind`` pack and signs a new release."""
    from tuf.api.metadata import TargetFile

    from desktop.core.content_store import SCHEMA_VERSION

    signing_keys.check_outside(keys_dir, repo)
    now = _now(now)
    root = _open(repo, "root").signed
    targets = _open(repo, "targets").signed
    name = TARGET_NAMES[kind]
    previous = targets.targets.get(name)
    version = int((previous.custom or {}).get("pack_version", 0)) + 1 if previous else 1
    staged = repo / TARGETS / f".{name}.staged"
    try:
        content_date = _stamp(database, staged, kind, version, min_app_version)
        target = TargetFile.from_file(name, str(staged))
        target.unrecognized_fields["custom"] = {
            "kind": kind, "pack_version": version, "content_date": content_date, "min_app_version": min_app_version,
            "schema_version": SCHEMA_VERSION, "published": now.isoformat()}
        staged.replace(repo / TARGETS / f"{target.hashes['sha256']}.{name}")
    except OSError as error:
        raise PublishError(f"cannot write to {repo / TARGETS}: {error.strerror or error}") from error
    finally:
        staged.unlink(missing_ok=True)
    targets.targets[name] = target
    expires = _release(repo, keys_dir, root, targets, now, expiry)
    current = {f"{item.hashes['sha256']}.{path}" for path, item in targets.targets.items()}
    for old in (repo / TARGETS).glob(f"*.{name}"):
        if old.name not in current:
            old.unlink(missing_ok=True)
    warnings = []
    if root.expires < expires:
        warnings.append(f"the root metadata expires on {root.expires.date()}, before this release: rotate the root "
                        f"key ('qiao content pack rotate {repo} --role root') and ship the new root.json")
    return Published(kind, version, content_date, target.length, expires, warnings)


def rotate(repo: Path, keys_dir: Path, role: str, now: dt.datetime | None = None,
           expiry: Expiry = Expiry()) -> int:
    """Replaces ``role``'s key with a new one: a new root version, signed by the current root key (and by the new
    one when the root key itself is replaced), then a new release signed with the new keys. Returns the new
    root version. Kiosks follow the chain of roots, so no app release is needed while the root key is safe."""
    signing_keys.check_outside(keys_dir, repo)
    now = _now(now)
    root_metadata = _open(repo, "root")
    root = root_metadata.signed
    old_root_signers = _signers(keys_dir, root, "root")
    new_signer = signing_keys.generate(keys_dir, role)
    for keyid in list(root.roles[role].keyids):
        root.revoke_key(keyid, role)
    root.add_key(new_signer.public_key, role)
    root.version += 1
    root.expires = now + dt.timedelta(days=expiry.root_days)
    _sign(root_metadata, old_root_signers + ([new_signer] if role == "root" else []))
    _write_root(repo, root_metadata)
    _release(repo, keys_dir, root, _open(repo, "targets").signed, now, expiry)
    return root.version
