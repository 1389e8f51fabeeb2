"""`qiao kiosk …`: the staff's commands for setting a kiosk up. Only argparse is imported at start.

    qiao kiosk hash-pin            asks for a PIN twice and prints the center file's pin_hash line
    qiao kiosk check FILE          checks a center file (and its pages) as the kiosk will read it
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_kiosk_commands(commands) -> None:
    kiosk = commands.add_parser("kiosk", help="set up a community center's kiosk (staff)")
    actions = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    hash_pin = actions.add_parser("hash-pin", help="make the admin PIN's scrypt hash for the center file",
                                  description="asks for the PIN twice (digits only) and prints the line for the "
                                              "center file's [admin] table; the PIN itself is never stored")
    hash_pin.add_argument("--stdin", action="store_true", help="read the PIN from the first line of standard input")
    check = actions.add_parser("check", help="check a center file as the kiosk reads it (file:line: message)")
    check.add_argument("file", type=Path, metavar="FILE", help="the center's TOML file")


def _read_pin(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().strip()
    import getpass

    first = getpass.getpass("PIN (digits only): ")
    if getpass.getpass("The same PIN again: ") != first:
        print("qiao: the two PINs differ; nothing was made", file=sys.stderr)
        return None
    return first


def _hash_pin(options: argparse.Namespace) -> int:
    from desktop.modes.kiosk.admin_pin import check_pin_format, hash_pin

    pin = _read_pin(options.stdin)
    if pin is None:
        return 1
    problem = check_pin_format(pin)
    if problem:
        print(f"qiao: {problem}", file=sys.stderr)
        return 2
    print(f'pin_hash = "{hash_pin(pin)}"')
    return 0


def _check(options: argparse.Namespace) -> int:
    from desktop.core.content_store import ContentError
    from desktop.core.installed_packs import open_content_store
    from desktop.modes.kiosk.center_content import load_center_pages
    from desktop.modes.kiosk.center_file import CenterFileError, load_center_file

    try:
        center = load_center_file(options.file)
        store = open_content_store()
        pages = load_center_pages(center, store)
    except CenterFileError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2
    except ContentError as error:
        print(f"qiao: Qiao's content cannot be read: {error}", file=sys.stderr)
        return 1
    print(f"{options.file}: {center.name.en} · {center.name.zh_Hans} · {center.name.zh_Hant}")
    print(f"  language: {center.language}; text size {center.zoom:g}; idle {center.idle_seconds} s, then a "
          f"{center.countdown_seconds} s countdown")
    print(f"  admin PIN: {'set' if center.pin_hash else 'none (stop the kiosk from a terminal)'}; printing: "
          f"{center.printer if center.printing else 'off'}; on-screen keyboard: "
          f"{'on' if center.on_screen_keyboard else 'off'}; time zone: {center.time_zone or 'the computer’s'}")
    print(f"  pages: {len(pages.page_ids()) if pages else 0}")
    return 0


def run_kiosk_command(options: argparse.Namespace) -> int:
    return {"hash-pin": _hash_pin, "check": _check}[options.kiosk_command](options)
