"""Whose signatures a computer trusts, for each kind of pack.

- The content (guides, platforms, cautions, glossary) is trusted only when signed under the root metadata shipped
  inside the app (``resources/packs/root.json``), whose keys Qiao's maintainers hold offline.
- A center's own pages are trusted only when signed under the center's root, pinned once on each of its computers
  with `qiao content trust-center ROOT.json` (the center's IT copies it from their repository). The pin lives in
  the packs folder, beside the center's packs, so the center can sign its own pages and nothing else: a center's
  keys can never replace Qiao's content, and Qiao's keys never sign a center's pages.

A repository is matched to a trust anchor by its own root of the anchor's version; the signatures are then
checked by TUF, so a matching but forged repository is still refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.core.installed_packs import write_atomically

PINNED_CENTER_ROOT = "trusted-root.json"


class TrustError(Exception):
    """A root file that cannot be trusted or read; the message says why."""


@dataclass(frozen=True)
class Anchor:
    kind: str  # the only kind of pack this root may sign
    root: bytes  # the root metadata, as shipped or pinned
    publisher: str
    keyid: str  # the root key's id

    @property
    def version(self) -> int:
        return json.loads(self.root)["signed"]["version"]


def read_anchor(kind: str, data: bytes, where: str) -> Anchor:
    """A self-signed TUF root metadata file, as a trust anchor for ``kind``."""
    from tuf.api.metadata import Metadata, Root

    from desktop.content.pack_repository import PUBLISHER_FIELD

    try:
        metadata = Metadata.from_bytes(data)
    except Exception as error:  # noqa: BLE001 - tuf raises several kinds for a damaged file
        raise TrustError(f"{where} is not TUF root metadata: {error}") from error
    if not isinstance(metadata.signed, Root):
        raise TrustError(f"{where} is {metadata.signed.type} metadata, not a root")
    try:
        metadata.verify_delegate(Root.type, metadata)
    except Exception as error:  # noqa: BLE001
        raise TrustError(f"{where} is not signed by its own root key: {error}") from error
    root = metadata.signed
    return Anchor(kind, data, str(root.unrecognized_fields.get(PUBLISHER_FIELD, "unnamed publisher")),
                  root.roles[Root.type].keyids[0])


def anchors(packs_dir: Path, content_root: Path | None = None) -> list[Anchor]:
    """The trust anchors of this computer: Qiao's root, and the center's if one is pinned in ``packs_dir``."""
    found = []
    bundled = content_root or paths.trusted_pack_root()
    try:
        found.append(read_anchor("content", bundled.read_bytes(), str(bundled)))
    except OSError as error:
        raise TrustError(f"Qiao's root metadata is missing ({bundled}): {error.strerror}; reinstall Qiao") from error
    pinned = packs_dir / "center" / PINNED_CENTER_ROOT
    if pinned.is_file():
        found.append(read_anchor("center", pinned.read_bytes(), str(pinned)))
    return found


def pin_center_root(packs_dir: Path, root_file: Path) -> Anchor:
    """Makes this computer trust the center whose root metadata is ``root_file`` for the center's pages."""
    try:
        data = root_file.read_bytes()
    except OSError as error:
        raise TrustError(f"cannot read {root_file}: {error.strerror}") from error
    anchor = read_anchor("center", data, str(root_file))
    content = anchors(packs_dir)[0]
    if _signed(data) == _signed(content.root):
        raise TrustError(f"{root_file} is Qiao's own root: a center's pages need the center's own root")
    folder = packs_dir / "center"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / PINNED_CENTER_ROOT, data)
    except OSError as error:
        raise TrustError(f"cannot write to {folder}: {error.strerror or error}") from error
    return anchor


def _signed(data: bytes) -> object:
    return json.loads(data)["signed"]


def match(repository: Path, candidates: list[Anchor]) -> Anchor | None:
    """The anchor whose root this repository starts from: its root of the same version says the same (the keys
    and roles; signatures are TUF's to check)."""
    for anchor in candidates:
        path = repository / "metadata" / f"{anchor.version}.root.json"
        try:
            if _signed(path.read_bytes()) == _signed(anchor.root):
                return anchor
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None
