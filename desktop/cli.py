"""The `qiao` command line: launch options for the app and maintainer commands for content and catalogs.

Qt is imported only when the app is launched, so maintainer commands stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__, launch_options


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own: usage and exit 2, never a traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"qiao: {message}\n")


COMMANDS = ("content", "search", "kiosk", "translations", "fonts")


def build_parser() -> argparse.ArgumentParser:
    """The `qiao` command line: the launch options and the maintainers' commands."""
    parser = _Parser(prog="qiao",
                     description="Qiao 桥: staying in touch with family in China, comparing platforms, privacy and "
                                 "safety.")
    parser.add_argument("--version", action="version", version=f"qiao {__version__}")
    launch_options.add_to(parser)
    _add_commands(parser)
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
    search.add_argument("query", type=launch_options.valid_text, help="what to look for, as a user would type it")
    search.add_argument("--lang", type=launch_options.language, default="en", metavar="LANG",
                        help="language of titles and snippets")
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
    """The options; the parser (with the maintainers' commands) is built only when the launch options alone cannot
    be read for certain: a command, help, the version, or a mistake."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = launch_options.read_launch(arguments)
    return options if options is not None else build_parser().parse_args(arguments)


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
