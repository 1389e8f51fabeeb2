"""Where a printout goes: through the print dialog on a laptop, or (desktop/modes/kiosk/printing_policy.py) straight
to a kiosk's printer. Every printer of Qiao's (comparisons, documents, pictures, lesson handouts) asks one of these
for its QPrinter, so no printout can reach a dialog the setting does not allow."""

from __future__ import annotations

from collections.abc import Callable


def letter_printer():
    """A high-resolution printer on US Letter, the paper of the country Qiao's readers live in."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    return printer


class DialogDestination:
    """A laptop's: the system's print dialog, where the owner picks the printer (or cancels)."""

    def printer(self, parent, prepare: Callable[[object], None] | None = None):
        """A QPrinter to paint on, or None when the owner cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = letter_printer()
        if prepare is not None:
            prepare(printer)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def sent(self) -> None:
        """After the pages are painted: the print system has them (the dialog told the owner enough)."""
