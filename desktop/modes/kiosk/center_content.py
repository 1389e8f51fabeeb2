"""The center's own pages for a kiosk: from a folder (built in memory), a built database, or an installed pack.

Nothing is written anywhere: a folder of YAML pages is checked and built into a database held in memory. An
installed, signed center pack is shown only when the center file's ``center_root`` (if given) is the root that
signed it. No Qt here.
"""

from __future__ import annotations

import sys

from desktop import paths
from desktop.core.center import CenterPages
from desktop.core.content_store import ContentError, ContentStore
from desktop.core.installed_packs import center_pages_database, installed_pack_at
from desktop.modes.kiosk.center_file import CenterFile, CenterFileError


def _from_folder(center: CenterFile, content: ContentStore) -> ContentStore:
    from desktop.content.build import build_in_memory
    from desktop.content.center_pages import KnownIds, load_center_pages

    bundle = load_center_pages(center.pages_folder, KnownIds.from_store(content), paths.content_sources_dir())
    if bundle.errors:
        for problem in bundle.errors[1:]:
            print(problem, file=sys.stderr)
        first = bundle.errors[0]
        raise CenterFileError(first.path, first.line, first.message)
    return ContentStore.from_bytes(build_in_memory(bundle, tables_like=content.path), str(center.pages_folder))


def _signed_by_center_root(center: CenterFile, database) -> bool:
    from desktop.content.pack_trust import TrustError, read_anchor

    pack = installed_pack_at(database)
    try:
        anchor = read_anchor("center", center.center_root.read_bytes(), str(center.center_root))
    except (OSError, TrustError) as error:
        raise CenterFileError(center.path, 1, f"[pages] center_root: {error}") from None
    return pack is not None and anchor.keyid.startswith(pack.signer_key)


def load_center_pages(center: CenterFile, content: ContentStore) -> CenterPages | None:
    """The center's pages, or None when it has none; CenterFileError when its folder or database is unusable."""
    try:
        if center.pages_folder is not None:
            return CenterPages(center.name, _from_folder(center, content))
        if center.pages_database is not None:
            return CenterPages(center.name, ContentStore(center.pages_database))
    except ContentError as error:
        raise CenterFileError(center.path, 1, f"[pages] cannot be read ({error.reason}): {error.detail}") from None
    database = center_pages_database()
    if database is None:
        return None
    if center.center_root is not None and not _signed_by_center_root(center, database):
        print(f"qiao: the installed center pages ({database}) are not signed by {center.center_root}; "
              "showing none", file=sys.stderr)
        return None
    try:
        return CenterPages(center.name, ContentStore(database))
    except ContentError as error:
        print(f"qiao: the installed center pages cannot be read: {error}", file=sys.stderr)
        return None
