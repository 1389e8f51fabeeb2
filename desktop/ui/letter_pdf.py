"""Printouts: a PDF on US Letter paper, as US users expect, and plain text laid out for the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument


def plain_document(text: str, font: QFont, width: float, device: QPagedPaintDevice, margin: float) -> QTextDocument:
    """``text`` (content, never markup) laid out for ``device``'s resolution, ``width`` and ``margin`` in device
    pixels, wrapping at word boundaries, or anywhere in a long address."""
    from desktop.ui.text_blocks import empty_document

    document = empty_document(font, device, margin)
    document.setPlainText(text)
    document.setTextWidth(width)
    return document


def write_letter_pdf(path: Path, title: str, margin_mm: float, paint: Callable[[QPdfWriter], int]) -> int:
    """Paints on a 300 dpi Letter PDF at ``path`` and returns ``paint``'s page count; raises OSError when the file
    cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        raise OSError(f"{path} is not a file")
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Qiao")
    pages = paint(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return pages
