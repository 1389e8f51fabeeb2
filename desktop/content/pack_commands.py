"""The command line of content packs and a center's own pages.

    qiao content check --center DIR             check a center's pages (file:line: message)
    qiao content build --center DIR --out FILE  build them into a database of their own
    qiao content pack init REPO                 a new signed repository, keys kept outside it
    qiao content pack publish REPO              build, add and sign the next version
    qiao content pack rotate REPO --role ROLE   replace a key
    qiao content update --from FOLDER           verify and install what a USB stick or synced folder holds
    qiao content rollback                       go back to the previous pack
    qiao content status                         what is installed and whom this computer trusts
    qiao content trust-center ROOT              trust a center's root for its own pages

Only argparse is imported here at start; TUF and the builders load when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__

PACK_ACTIONS = ("update", "rollback", "status", "trust-center", "pack")


def _packs_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--packs-dir", type=Path, metavar="DIR",
                       help="the packs folder (default: QIAO_PACKS_DIR, else the user's data folder)")
    where.add_argument("--system", action="store_true",
                       help="the packs folder shared by all users of this computer (a kiosk's)")


def add_pack_commands(content_commands) -> None:
    """Adds update, rollback, status, trust-center and pack to `qiao content`."""
    update = content_commands.add_parser("update", help="verify and install the content packs in a folder",
                                         description="verify and install the content packs in a folder")
    update.add_argument("--from", dest="folder", type=Path, required=True, metavar="FOLDER",
                        help="a pack folder (a USB stick or a synced folder), or a folder holding several")
    _packs_options(update)
    rollback = content_commands.add_parser("rollback", help="return to the previous content pack")
    rollback.add_argument("--center", action="store_true", help="roll back the center's own pages instead")
    _packs_options(rollback)
    status = content_commands.add_parser("status", help="the installed packs and the roots this computer trusts")
    _packs_options(status)
    trust = content_commands.add_parser("trust-center", help="trust a center's root metadata for its own pages")
    trust.add_argument("root", type=Path, help="the center's root.json, from its repository's metadata folder")
    _packs_options(trust)

    pack = content_commands.add_parser("pack", help="create, publish to and rotate keys of a pack repository")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    keys_help = "the folder of signing keys, outside the repository (default: the user's data folder)"
    init = actions.add_parser("init", help="create a signed repository with a new key for each role")
    init.add_argument("repo", type=Path, metavar="REPO")
    init.add_argument("--keys", type=Path, metavar="DIR", help=keys_help)
    init.add_argument("--name", default="Qiao maintainers", help="who publishes: shown as the signer on every "
                                                                 "computer that installs its packs")
    publish = actions.add_parser("publish", help="build, add and sign the next version")
    publish.add_argument("repo", type=Path, metavar="REPO")
    publish.add_argument("--keys", type=Path, metavar="DIR", help=keys_help)
    source = publish.add_mutually_exclusive_group()
    source.add_argument("--center", type=Path, metavar="DIR", help="publish a center's own pages from DIR")
    source.add_argument("--sources", type=Path, metavar="DIR", help="content folder (default: the bundled one)")
    source.add_argument("--database", type=Path, metavar="FILE", help="publish a content database already built")
    publish.add_argument("--min-app-version", default=__version__, metavar="VERSION",
                         help=f"the oldest Qiao that may install it (default: this one, {__version__})")
    publish.add_argument("--valid-days", type=int, default=180, metavar="DAYS",
                         help="how long the signatures stay valid (default 180: a USB stick may wait months)")
    rotate = actions.add_parser("rotate", help="replace the key of a role; the root key signs the change")
    rotate.add_argument("repo", type=Path, metavar="REPO")
    rotate.add_argument("--role", required=True, choices=("root", "targets", "snapshot", "timestamp"))
    rotate.add_argument("--keys", type=Path, metavar="DIR", help=keys_help)


def add_center_options(check, build) -> None:
    check.add_argument("--center", type=Path, metavar="DIR", help="check a center's own pages in DIR instead")
    build.add_argument("--center", type=Path, metavar="DIR", help="build a center's own pages from DIR instead")


def _fail(message: str, code: int = 1) -> int:
    print(f"qiao: {message}", file=sys.stderr)
    return code


def _known_ids():
    from desktop.content.center_pages import KnownIds
    from desktop.core.installed_packs import open_content_store

    store = open_content_store()
    try:
        return KnownIds.from_store(store)
    finally:
        store.close()


def _load_center(center_dir: Path):
    from desktop import paths
    from desktop.content.center_pages import load_center_pages

    return load_center_pages(center_dir, _known_ids(), paths.content_sources_dir())


def check_center(center_dir: Path) -> int:
    bundle = _load_center(center_dir)
    for problem in bundle.problems:
        print(problem, file=sys.stderr)
    print(f"{bundle.file_count} files: {len(bundle.guides)} pages; {len(bundle.errors)} error(s), "
          f"{len(bundle.warnings)} warning(s)")
    return 1 if bundle.errors else 0


def build_center(center_dir: Path, target: Path | None, quiet: bool = False) -> int:
    from desktop.content.build import BuildError, build_database
    from desktop.core.installed_packs import content_database

    if target is None:
        return _fail("--center needs --out FILE: a center's pages never replace the bundled database", 2)
    bundle = _load_center(center_dir)
    if bundle.errors:
        for problem in bundle.errors:
            print(problem, file=sys.stderr)
        return _fail(f"not built: {len(bundle.errors)} error(s)")
    try:
        build_database(bundle, target, tables_like=content_database())  # read like the content: pages are guides
    except BuildError as error:
        return _fail(str(error))
    if not quiet:
        print(f"built {target}: {len(bundle.guides)} pages")
    return 0


def _packs_dir(options: argparse.Namespace) -> Path:
    from desktop.core.installed_packs import default_packs_dir, system_packs_dir

    return options.packs_dir or (system_packs_dir() if options.system else default_packs_dir())


def _keys(options: argparse.Namespace) -> Path:
    from desktop.content.signing_keys import default_keys_dir

    return options.keys or default_keys_dir()


def _init(options: argparse.Namespace) -> int:
    from desktop.content.pack_repository import init_repository

    init_repository(options.repo, _keys(options), options.name)
    print(f"Created the pack repository {options.repo} for {options.name}.\n"
          f"Signing keys: {_keys(options)} (keep them offline; back them up; never copy them with the repository).\n"
          f"The computers that should trust this publisher need {options.repo / 'metadata' / 'root.json'}: a center "
          "pins it on each with 'qiao content trust-center'; Qiao's maintainers ship it as resources/packs/root.json.")
    return 0


def _publish(options: argparse.Namespace) -> int:
    from desktop.content.pack_repository import Expiry, publish

    if options.valid_days < 1:
        return _fail("--valid-days must be at least 1", 2)
    kind = "center" if options.center else "content"
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qiao-publish-") as folder:
        database = options.database
        if database is None:
            database = Path(folder) / f"{kind}.sqlite3"
            code = (build_center(options.center, database, quiet=True) if options.center
                    else _build_content(options.sources, database))
            if code:
                return code
        expiry = Expiry(targets_days=max(365, options.valid_days), snapshot_days=max(365, options.valid_days),
                        timestamp_days=options.valid_days)
        published = publish(options.repo, _keys(options), database, kind, options.min_app_version, expiry=expiry)
    for warning in published.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Published {kind} pack version {published.version} (content of {published.content_date}, "
          f"{published.length / 1e6:.1f} MB) in {options.repo}; valid until {published.expires.date()}.\n"
          f"Copy the whole folder to a USB stick, or sync it; then on each computer: "
          f"qiao content update --from FOLDER")
    return 0


def _build_content(sources: Path | None, target: Path) -> int:
    from desktop import paths
    from desktop.content.build import BuildError, build_database
    from desktop.content.bundle import load_content

    bundle = load_content(sources or paths.content_sources_dir())
    if bundle.errors:
        for problem in bundle.errors:
            print(problem, file=sys.stderr)
        return _fail(f"not published: {len(bundle.errors)} error(s)")
    try:
        build_database(bundle, target)
    except BuildError as error:
        return _fail(str(error))
    return 0


def _rotate(options: argparse.Namespace) -> int:
    from desktop.content.pack_repository import rotate

    version = rotate(options.repo, _keys(options), options.role)
    print(f"Replaced the {options.role} key of {options.repo}: root version {version}, signed by the current root "
          "key" + (" and the new one" if options.role == "root" else "") + ". Computers follow the change at "
          "their next update." + (" Ship the new metadata/root.json in the next app release." if options.role ==
                                  "root" else ""))
    return 0


def _run_pack(options: argparse.Namespace) -> int:
    from desktop.content.pack_repository import PublishError
    from desktop.content.signing_keys import SigningKeyError

    action = {"init": _init, "publish": _publish, "rotate": _rotate}[options.pack_command]
    try:
        return action(options)
    except (PublishError, SigningKeyError) as error:
        return _fail(str(error))


def run_pack_command(options: argparse.Namespace) -> int:
    """Runs update, rollback, status, trust-center or pack; returns the exit code."""
    if options.content_command == "pack":
        return _run_pack(options)
    from desktop.content import pack_reports

    return pack_reports.run(options, _packs_dir(options))
