"""What `qiao content update`, `rollback`, `status` and `trust-center` tell the person at the computer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.content.pack_trust import TrustError, anchors, pin_center_root
from desktop.content.pack_update import ERROR, Refused, Update, find_repositories, roll_back, update_repository
from desktop.core.installed_packs import InstalledPack, content_database, read_state

KIND_NAMES = {"content": "content pack", "center": "center's pages"}
RECORD_NAMES = {"guide": "guides", "platform": "platforms", "caution": "cautions", "term": "glossary terms",
                "task": "tasks", "figure": "figures"}


def _describe(pack: InstalledPack | None, kind: str) -> str:
    if pack is None:
        return "the content bundled with Qiao" if kind == "content" else "no center's pages"
    return f"version {pack.version} (content of {pack.content_date})"


def _record_name(kind: str, record: str) -> str:
    return "pages" if kind == "center" and record == "guide" else RECORD_NAMES.get(record, f"{record}s")


def report_update(update: Update, repository: Path, packs_dir: Path) -> None:
    pack = update.pack
    where = f"the {KIND_NAMES[update.kind]} in {repository}"
    if not update.installed:
        print(f"Verified {where}: version {pack.version} is already installed; nothing to do.")
        return
    print(f"Verified {where}: version {pack.version}, content of {pack.content_date}, signed by {pack.signer} "
          f"(root key {pack.signer_key}), valid until {pack.expires[:10]}.")
    print(f"Installed it in {packs_dir / update.kind}. Before it: {_describe(update.previous, update.kind)}, "
          "kept for 'qiao content rollback" + (" --center'." if update.kind == "center" else "'."))
    if all(change.unchanged for change in update.changes):
        print("  The content itself is unchanged: this version renews its signatures.")
    for change in (change for change in update.changes if change.count or change.removed):
        print(f"  {_record_name(update.kind, change.kind):<15} {len(change.added):>4} added {len(change.changed):>4} "
              f"changed {len(change.removed):>4} removed")
    removed = [f"{change.kind}/{record_id}" for change in update.changes for record_id in change.removed]
    if removed:
        print(f"No longer in the content: {', '.join(removed)}. Saved pages and lessons that point to them will "
              "say so.")
    if update.kind == "content" and content_database([packs_dir]) != pack.path(packs_dir):
        print("Note: the content bundled with this Qiao is newer than this pack, so Qiao keeps showing it.")


def _update(options: argparse.Namespace, packs_dir: Path) -> int:
    try:
        candidates = anchors(packs_dir)
        repositories = find_repositories(options.folder)
    except (TrustError, Refused) as error:
        return _refused(options.folder, error, getattr(error, "code", ERROR))
    code = 0
    for repository in repositories:
        try:
            report_update(update_repository(repository, packs_dir, candidates), repository, packs_dir)
        except Refused as error:
            code = code or _refused(repository, error, error.code, packs_dir)
        except BlockingIOError as error:
            code = code or _refused(repository, error, ERROR)
        except OSError as error:
            code = code or _refused(repository, f"cannot write to {packs_dir}: {error.strerror or error}", ERROR)
    return code


def _refused(where: Path, error, code: int, packs_dir: Path | None = None) -> int:
    kept = ""
    if packs_dir is not None:
        current = {kind: read_state(packs_dir / kind).current for kind in KIND_NAMES}
        kept = (f" Nothing was changed: this computer keeps {_describe(current['content'], 'content')}"
                + (f" and the center's pages {_describe(current['center'], 'center')}" if current["center"] else "")
                + ".")
    print(f"qiao: refused {where}: {error}.{kept}", file=sys.stderr)
    return code


def _rollback(options: argparse.Namespace, packs_dir: Path) -> int:
    kind = "center" if options.center else "content"
    try:
        state = roll_back(packs_dir, kind)
    except Refused as error:
        print(f"qiao: {error}", file=sys.stderr)
        return error.code
    again = "qiao content rollback --center" if options.center else "qiao content rollback"
    print(f"Rolled back the {KIND_NAMES[kind]}: now {_describe(state.current, kind)}, instead of "
          f"{_describe(state.previous, kind)}. Run '{again}' again to undo this.")
    return 0


def _status(options: argparse.Namespace, packs_dir: Path) -> int:
    try:
        trusted = anchors(packs_dir)
    except TrustError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return ERROR
    print(f"Packs folder: {packs_dir}")
    for kind, name in KIND_NAMES.items():
        state = read_state(packs_dir / kind)
        line = f"  {name}: {_describe(state.current, kind)}"
        if state.current is not None:
            line += f", signed by {state.current.signer}, valid until {state.current.expires[:10]}"
        if state.previous is not None:
            line += f"; previous: {_describe(state.previous, kind)}"
        print(line)
    print(f"In use by Qiao: {content_database()}")
    for anchor in trusted:
        print(f"Trusts {anchor.publisher} (root key {anchor.keyid[:16]}) for the {KIND_NAMES[anchor.kind]}")
    return 0


def _trust_center(options: argparse.Namespace, packs_dir: Path) -> int:
    try:
        anchor = pin_center_root(packs_dir, options.root)
    except TrustError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return ERROR
    print(f"This computer now trusts {anchor.publisher} (root key {anchor.keyid[:16]}) for the center's own pages, "
          f"in {packs_dir}. Install them with: qiao content update --from FOLDER")
    return 0


def run(options: argparse.Namespace, packs_dir: Path) -> int:
    action = {"update": _update, "rollback": _rollback, "status": _status, "trust-center": _trust_center}
    return action[options.content_command](options, packs_dir)
