"""The options that start the app, in one table: `qiao`'s argparse parser is built from it, and an everyday launch
(`qiao`, `qiao --lang zh_Hant --open home`) is read from it directly, without building a parser at all.

Building argparse's parser looks up argparse's own translations, and that loads Python's locale tables: together
about a tenth of what the app adds to a bare window's start. So ``read_launch`` takes what it can read for certain,
`--name value`, `--name=value` and flags, and declines everything else (help, the version, a command, an unknown or
shortened option, a value that looks like an option, a value its option refuses). Argparse then reads those as
ever, and explains any mistake in its own words.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1280x800: {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size must be between 320x240 and 7680x4320: {text!r}")
    return width, height


def png_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a file name, e.g. shot.png")
    path = Path(text)
    if path.suffix.lower() not in ("", ".png"):
        raise argparse.ArgumentTypeError(f"saves a PNG image: name the file .png, not {path.suffix}: {text!r}")
    return path


def folder(text: str) -> Path:
    return Path(text).expanduser()  # a .desktop file or a service passes '~/…' without a shell to expand it


def valid_text(text: str) -> str:
    """Command-line bytes that are not UTF-8 reach Python as lone surrogates; show them as U+FFFD instead of
    letting them reach SQLite, which refuses them with a traceback."""
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes as they were given
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def language(text: str) -> str:
    from desktop.i18n import LANGUAGE_CODES, parse_language

    code = parse_language(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"language must be one of {', '.join(LANGUAGE_CODES)}: {text!r}")
    return code


class Option(NamedTuple):
    flag: str
    dest: str
    convert: Callable[[str], object] | None  # None: a switch, True when given
    metavar: str | None
    help: str
    default: object = None


OPTIONS = (
    Option("--lang", "lang", language, "LANG", "language: en, zh_Hans (简体中文) or zh_Hant (繁體中文)"),
    Option("--open", "target", valid_text, "TARGET",
           "open a page: home, guides, platforms, privacy, guide/<id>, platform/<id>, caution/<id>, "
           "compare/<id>,<id>[,...], search/<words>, lessons, lesson/<id>"),
    Option("--screenshot", "screenshot", png_path, "PATH",
           "render the opened page off screen, save it as a PNG and exit"),
    Option("--size", "size", size, "WxH",
           "window size, e.g. 1280x800 (the default; a window never outgrows its screen) or 1920x1080", (1280, 800)),
    Option("--pdf", "pdf", Path, "PATH",
           "with --open compare/..., guide/<id>, caution/<id> or lesson/<id>: save it (a lesson's handout) as a US "
           "Letter PDF and exit"),
    Option("--teacher", "teacher", None, None, "with --pdf of a lesson: add the teacher's page (answers and notes)"),
    Option("--class", "classroom", None, None,
           "classroom mode: present a lesson on a projector, clicker keys, the teacher's view"),
    Option("--bilingual", "bilingual", None, None, "with --pdf: English and Chinese side by side"),
    Option("--zoom", "zoom", float, "FACTOR", "text and control size, from 0.75 to 3 (e.g. 1.5 on a projector)"),
    Option("--high-contrast", "high_contrast", None, None,
           "white on black with yellow links, for low vision or a bright room"),
    Option("--image", "image", Path, "PATH",
           "with --open guide/<id> or caution/<id>: save it as a tall picture to send home (1080 px wide, in parts "
           "PATH-1.png, PATH-2.png … when long), print each path and exit"),
    Option("--data-dir", "data_dir", folder, "DIR",
           "where to keep the language choice and text size (default: the user's data folder)"),
    Option("--kiosk", "kiosk", None, None,
           "a community center's kiosk: full screen, forgets every visitor, links as QR codes"),
    Option("--center", "center_file", Path, "FILE",
           "with --kiosk: the center's TOML file (name, logo, idle time, PIN, printer, pages)"),
)
_BY_FLAG = {option.flag: option for option in OPTIONS}


def add_to(parser: argparse.ArgumentParser) -> None:
    """Adds every launch option to ``parser``."""
    for option in OPTIONS:
        if option.convert is None:
            parser.add_argument(option.flag, dest=option.dest, action="store_true", help=option.help)
        else:
            parser.add_argument(option.flag, dest=option.dest, type=option.convert, default=option.default,
                                metavar=option.metavar, help=option.help)


def read_launch(arguments: list[str]) -> argparse.Namespace | None:
    """The options of a launch, as `qiao`'s parser would read them; None for anything it might read otherwise."""
    values = {option.dest: option.default if option.convert else False for option in OPTIONS}
    position = 0
    while position < len(arguments):
        name, equals, value = arguments[position].partition("=")
        option = _BY_FLAG.get(name)
        if option is None:  # help, a command, a word, or an option only argparse knows (or can guess)
            return None
        if option.convert is None:
            if equals:
                return None
            values[option.dest] = True
        else:
            if not equals:
                position += 1
                if position == len(arguments) or arguments[position].startswith("-"):
                    return None  # no value, or one argparse may take for an option
                value = arguments[position]
            try:
                values[option.dest] = option.convert(value)
            except (argparse.ArgumentTypeError, TypeError, ValueError):
                return None
        position += 1
    return argparse.Namespace(**values, command=None)
