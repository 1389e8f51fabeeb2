"""`qiao --open guide/<id> --image PATH [--lang L]` and `--pdf PATH [--bilingual]`: a guide or a caution written to
files without opening a window, each path written printed on its own line.

The picture is in the language asked (Simplified Chinese when none is: it is for family in China); the PDF in the
language asked, or English and Chinese side by side. Both are drawn from the same structured document as the
page, with the labels in the document's own language.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from desktop import paths
from desktop.core.content_store import ContentError
from desktop.core.targets import TargetError, parse_target

EXPORTED_KINDS = ("guide", "caution")


def _fail(message: str, code: int = 2) -> int:
    print(f"qiao: {message}", file=sys.stderr)
    return code


def export_document(options: argparse.Namespace) -> int:
    """Writes the picture's parts or the PDF for ``--open TARGET``; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        target = parse_target(options.target or "")
    except TargetError as error:
        return _fail(str(error))
    if target.kind not in EXPORTED_KINDS:
        return _fail("--image and --pdf of a page need --open guide/<id> or caution/<id>")
    from desktop.core import document_builders
    from desktop.core.installed_packs import open_content_store

    try:
        store = open_content_store()
        build = document_builders.guide_document if target.kind == "guide" else document_builders.caution_document
        if build(store, target.ids[0], "en") is None:
            return _fail(f"no {target.kind} with the id {target.ids[0]}")
    except ContentError as error:
        return _fail(f"the content cannot be read ({error.detail})", 1)


    from desktop.i18n import Catalogs, activate, translate_in
    from desktop.ui.fonts import load_fonts

    from desktop.app import application

    app = application()
    del app  # kept alive by Qt until the process ends
    catalogs = Catalogs(paths.translations_dir())
    fonts = load_fonts(paths.fonts_dir())

    def document(language: str):
        return build(store, target.ids[0], language, lambda message: translate_in(catalogs, language, message))

    today = dt.date.today()
    written: list[Path] = []
    try:
        if options.image:
            from desktop.core.picture import picture
            from desktop.ui.long_image import LongImage, save_parts

            language = options.lang or "zh_Hans"
            activate(catalogs, language)
            shown = picture(document(language), today, lambda message: translate_in(catalogs, language, message))
            written += save_parts(LongImage(fonts).render(shown), options.image)
        if options.pdf:
            from desktop.core.picture import printout_languages
            from desktop.ui.document_printer import DocumentPrinter

            languages = printout_languages(options.lang or "en", options.bilingual)
            DocumentPrinter(fonts, catalogs, lambda: today).write_pdf(options.pdf, [document(code) for code in
                                                                                   languages])
            written.append(options.pdf)
    except OSError as error:
        return _fail(f"cannot write {error.filename or error}: {error.strerror or error}", 1)
    for path in written:
        print(path)
    return 0
