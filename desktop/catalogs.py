"""`qiao translations update`: re-extract messages.pot from the code and merge it into each catalog."""

from __future__ import annotations

import sys

from desktop import paths
from desktop.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE, catalog_source

POT_NAME = "messages.pot"


def extract_arguments(output: str) -> list[str]:
    """pybabel's arguments to extract every marked message of the package (mapping read from pyproject)."""
    root = paths.project_root()
    return ["pybabel", "-q", "extract", "-F", str(root / "pyproject.toml"), "--no-location", "--sort-output",
            "--omit-header", "-o", output, str(root / "desktop")]


def update_catalogs() -> int:
    from babel.messages.frontend import CommandLineInterface

    translations = paths.translations_dir()
    pot = translations / POT_NAME
    interface = CommandLineInterface()
    interface.run(extract_arguments(str(pot)))
    for code in LANGUAGE_CODES:
        if code == SOURCE_LANGUAGE:
            continue
        po_path = catalog_source(translations, code)
        command = "update" if po_path.exists() else "init"
        arguments = ["pybabel", "-q", command, "-i", str(pot), "-d", str(translations), "-l", code]
        if command == "update":
            arguments += ["--no-fuzzy-matching", "--ignore-obsolete"]
        interface.run(arguments)
        print(f"{po_path}: {command}d", file=sys.stderr)
    return 0
