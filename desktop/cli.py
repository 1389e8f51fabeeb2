"""The `qiao` command line: launch options for the app and maintainer commands for content and catalogs.

Qt is imported only when the app is launched, so maintainer commands stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own: usage and exit 2, never a traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"qiao: {message}\n")


class _NotALaunchError(Exception):
    pass


class _LaunchParser(_Parser):
    """Only the options that start the app: what nearly every run needs, without the maintainers' commands."""

    def error(self, message: str) -> None:
        raise _NotALaunchError(message)  # the whole parser reads it again and says what is wrong


COMMANDS = ("content", "search", "kiosk", "translations", "fonts")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1280x800: {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size must be between 320x240 and 7680x4320: {text!r}")
    return width, height


def _png_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a file name, e.g. shot.png")
    path = Path(text)
    if path.suffix.lower() not in ("", ".png"):
        raise argparse.ArgumentTypeError(f"saves a PNG image: name the file .png, not {path.suffix}: {text!r}")
    return path


def _folder(text: str) -> Path:
    return Path(text).expanduser()  # a .desktop file or a service passes '~/…' without a shell to expand it


def _valid_text(text: str) -> str:
    """Command-line bytes that are not UTF-8 reach Python as lone surrogates; show them as U+FFFD instead of
    letting them reach SQLite, which refuses them with a traceback."""
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes as they were given
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _language(text: str) -> str:
    from desktop.i18n import LANGUAGE_CODES, parse_language

    code = parse_language(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"language must be one of {', '.join(LANGUAGE_CODES)}: {text!r}")
    return code


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The `qiao` command line; without ``commands``, only the options that launch the app."""
    parser = (_Parser if commands else _LaunchParser)(
        prog="qiao",
        description="Qiao 桥: staying in touch with family in China, comparing platforms, privacy and safety.",
        allow_abbrev=commands,  # an abbreviation (--hel) goes to the whole parser, which reads it as ever
    )
    parser.add_argument("--version", action="version", version=f"qiao {__version__}")
    parser.add_argument("--lang", type=_language, metavar="LANG",
                        help="language: en, zh_Hans (简体中文) or zh_Hant (繁體中文)")
    parser.add_argument("--open", dest="target", type=_valid_text, metavar="TARGET",
                        help="open a page: home, guides, platforms, privacy, guide/<id>, platform/<id>, "
                             "caution/<id>, compare/<id>,<id>[,...], search/<words>, lessons, lesson/<id>")
    parser.add_argument("--screenshot", type=_png_path, metavar="PATH",
                        help="render the opened page off screen, save it as a PNG and exit")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH",
                        help="window size, e.g. 1280x800 (the default) or 1920x1080")
    parser.add_argument("--pdf", type=Path, metavar="PATH",
                        help="with --open compare/..., guide/<id>, caution/<id> or lesson/<id>: save it (a lesson's "
                             "handout) as a US Letter PDF and exit")
    parser.add_argument("--teacher", action="store_true",
                        help="with --pdf of a lesson: add the teacher's page (answers and notes)")
    parser.add_argument("--class", dest="classroom", action="store_true",
                        help="classroom mode: present a lesson on a projector, clicker keys, the teacher's view")
    parser.add_argument("--bilingual", action="store_true",
                        help="with --pdf: English and Chinese side by side")
    parser.add_argument("--zoom", type=float, default=None, metavar="FACTOR",
                        help="text and control size, from 0.75 to 3 (e.g. 1.5 on a projector)")
    parser.add_argument("--high-contrast", action="store_true",
                        help="white on black with yellow links, for low vision or a bright room")
    parser.add_argument("--image", type=Path, metavar="PATH",
                        help="with --open guide/<id> or caution/<id>: save it as a tall picture to send home "
                             "(1080 px wide, in parts PATH-1.png, PATH-2.png … when long), print each path and exit")
    parser.add_argument("--data-dir", type=_folder, metavar="DIR",
                        help="where to keep the language choice and text size (default: the user's data folder)")
    parser.add_argument("--kiosk", action="store_true",
                        help="a community center's kiosk: full screen, forgets every visitor, links as QR codes")
    parser.add_argument("--center", dest="center_file", type=Path, metavar="FILE",
                        help="with --kiosk: the center's TOML file (name, logo, idle time, PIN, printer, pages)")
    if commands:
        _add_commands(parser)
    else:
        parser.set_defaults(command=None)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    from desktop.content.pack_commands import add_center_options, add_pack_commands
    from desktop.modes.kiosk.commands import add_kiosk_commands

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    content = commands.add_parser("content", help="check, build, export or count the content (maintainers)")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    subs = {}
    for name, text in (("check", "validate every content source; problems as file:line: message"),
                       ("build", "rebuild the bundled database from the sources"),
                       ("stats", "counts per kind and language, sources, stale and unknown facts")):
        sub = subs[name] = content_commands.add_parser(name, help=text, description=text)
        sub.add_argument("--sources", type=Path, metavar="DIR", help="content folder (default: the bundled one)")
        if name == "build":
            sub.add_argument("--output", "--out", type=Path, metavar="PATH",
                             help="database to write (default: bundled)")
    add_center_options(subs["check"], subs["build"])
    add_pack_commands(content_commands)
    export = content_commands.add_parser("export", help="print content from the bundled database")
    export.add_argument("what", choices=["platforms", "guides", "cautions", "terms", "lessons"],
                        help="what to export: every record with all its texts in the three variants")
    export.add_argument("--json", action="store_true", required=True, help="as JSON")

    search = commands.add_parser("search", help="print ranked search results (maintainers and checks)")
    search.add_argument("query", type=_valid_text, help="what to look for, as a user would type it")
    search.add_argument("--lang", type=_language, default="en", metavar="LANG", help="language of titles and snippets")
    search.add_argument("--json", action="store_true", required=True, help="as JSON")

    add_kiosk_commands(commands)

    translations = commands.add_parser("translations", help="extract and update message catalogs (maintainers)")
    translations.add_argument("action", choices=["update"], help="re-extract messages.pot and merge the catalogs")

    fonts = commands.add_parser("fonts", help="rebuild the bundled font subsets (maintainers)")
    fonts.add_argument("action", choices=["subset"], help="subset Noto Sans CJK to what Qiao needs")
    fonts.add_argument("source", type=Path, nargs="+",
                       help="NotoSansCJK-Regular.ttc, NotoSansCJK-Medium.ttc and NotoSansCJK-Bold.ttc")


def _search(options: argparse.Namespace) -> int:
    from desktop.content.commands import print_json
    from desktop.core.search import search

    return print_json(lambda store: [{"kind": hit.kind, "id": hit.id, "title": hit.title, "snippet": hit.snippet}
                                     for hit in search(store, options.query, options.lang)])


def _mistake(options: argparse.Namespace) -> str | None:
    """What is wrong with a combination of options, if anything."""
    if options.zoom is not None and not 0.75 <= options.zoom <= 3:
        return "--zoom must be between 0.75 and 3"
    if options.pdf and options.screenshot:
        return "--pdf and --screenshot each save one file: choose one"
    if options.bilingual and not options.pdf:
        return "--bilingual goes with --pdf PATH"
    if options.center_file is not None and not options.kiosk:
        return "--center needs --kiosk"
    return None


def _maintainer_command(options: argparse.Namespace) -> int:
    if options.command == "content":
        from desktop.content.commands import run_content_command

        return run_content_command(options)
    if options.command == "search":
        return _search(options)
    if options.command == "translations":
        from desktop.catalogs import update_catalogs

        return update_catalogs()
    from desktop.content.font_subset import run_subset

    return run_subset(options.source)


ONE_SHOT_OPTIONS = ("--screenshot", "--pdf", "--image")


def console_main() -> int:
    """The `qiao` program. A one-shot run (a screenshot, a PDF, an image) leaves as soon as its file is written and
    flushed: tearing down the window and the interpreter would only make the user wait."""
    if not _is_command() and not _given("--pdf", "--image"):
        from desktop import cycle_collector

        cycle_collector.pause()  # until the first frame is up (desktop.app resumes it); exports draw no frame
    code = main()
    if _given(*ONE_SHOT_OPTIONS) and not _is_command():
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _given(*names: str) -> bool:
    """Whether the command line has one of these options (``--pdf PATH`` or ``--pdf=PATH``)."""
    return any(argument.split("=")[0] in names for argument in sys.argv[1:])


def _is_command() -> bool:
    """True for maintainer commands (content, search …), which end the usual way."""
    return any(argument in COMMANDS for argument in sys.argv[1:2])


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # e.g. `qiao content stats | head`: the reader left; nothing is wrong
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The options; the maintainers' commands are set up only when one is named (or help, or a mistake)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not any(argument in (*COMMANDS, "-h", "--help") for argument in arguments):
        try:
            return build_parser(commands=False).parse_args(arguments)
        except _NotALaunchError:
            pass
    return build_parser().parse_args(arguments)


def _main(argv: list[str] | None) -> int:
    options = _parse(argv)
    mistake = _mistake(options)
    if mistake:
        build_parser().error(mistake)
    if options.command == "kiosk":
        from desktop.modes.kiosk.commands import run_kiosk_command

        return run_kiosk_command(options)
    if options.command:
        try:
            return _maintainer_command(options)
        except ModuleNotFoundError as error:  # e.g. the frozen app leaves the content-building libraries out
            print(f"qiao: '{options.command}' needs {error.name}, which this installation of Qiao does not include; "
                  "use Qiao's Python package (pip install .) for the maintainers' commands", file=sys.stderr)
            return 2
    from desktop.app import run

    return run(options)
