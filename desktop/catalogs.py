"""`qiao translations update`: re-extract messages.pot from the code, merge it into each catalog and compile it.

The compiled ``.mo`` files are committed and shipped: the app only reads them. Each is written to a temporary
file and moved into place, so a kill mid-write can never leave a broken catalog behind.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

from desktop import paths
from desktop.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE, catalog_source, compiled_catalog

POT_NAME = "messages.pot"


def extract_arguments(output: str, root: Path | None = None) -> list[str]:
    """pybabel's arguments to extract every marked message of the package (mapping read from pyproject)."""
    root = root or paths.source_checkout() or paths.project_root()
    return ["pybabel", "-q", "extract", "-F", str(root / "pyproject.toml"), "--no-location", "--sort-output",
            "--omit-header", "--no-wrap", "-o", output, str(root / "desktop")]


def compiled_bytes(po_path: Path, code: str) -> bytes:
    """The ``.mo`` that ``po_path`` compiles to; fuzzy entries are left out, as gettext expects."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def write_atomically(target: Path, data: bytes) -> None:
    """Writes ``data`` to a temporary file beside ``target``, flushes it to disk, then renames it over."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def compile_catalogs(translations: Path) -> list[Path]:
    """Compiles every ``.po`` under ``translations`` to its ``.mo``; returns the files written."""
    written = []
    for code in LANGUAGE_CODES:
        po_path = catalog_source(translations, code)
        if code == SOURCE_LANGUAGE or not po_path.is_file():
            continue
        mo_path = compiled_catalog(translations, code)
        write_atomically(mo_path, compiled_bytes(po_path, code))
        written.append(mo_path)
    return written


def update_catalogs() -> int:
    from babel.messages.frontend import CommandLineInterface

    root = paths.source_checkout()
    if root is None:
        print("qiao: translations update works in a clone of Qiao's repository, where the code and catalogs are",
              file=sys.stderr)
        return 2
    translations = root / "translations"
    pot = translations / POT_NAME
    interface = CommandLineInterface()
    interface.run(extract_arguments(str(pot), root))
    for code in LANGUAGE_CODES:
        if code == SOURCE_LANGUAGE:
            continue
        po_path = catalog_source(translations, code)
        command = "update" if po_path.exists() else "init"
        arguments = ["pybabel", "-q", command, "-i", str(pot), "-d", str(translations), "-l", code]
        if command == "update":
            arguments += ["--no-fuzzy-matching", "--ignore-obsolete", "--no-wrap"]
        interface.run(arguments)
        print(f"{po_path}: {command}d", file=sys.stderr)
    for mo_path in compile_catalogs(translations):
        print(f"{mo_path}: compiled", file=sys.stderr)
    return 0
