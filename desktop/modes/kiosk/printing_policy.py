"""What a kiosk may print: straight to the center's own printer with no dialog, or nothing at all.

Qt's print dialog leads to a file chooser ("Print to file"), and a save dialog to the whole file system: a
visitor must reach neither. So a kiosk offers "Print…" only when its center file names a local printer, sends the
job there at once under a generic title (the print system logs titles), and never offers "Save as PDF…".
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.modes.kiosk.center_file import CenterFile

JOB_TITLE = "Qiao"  # never the platforms' names: the print system keeps job titles in its logs


def kiosk_features(center: CenterFile) -> frozenset[str]:
    """The page features a kiosk allows: printing where the center set a printer; saving files never."""
    return frozenset({"print"}) if center.printing and center.printer else frozenset()


class DirectDestination:
    """Where a kiosk's printouts go: straight to ``printer_name``, with no dialog, under a generic title. Every
    printout (a comparison, a guide, a picture, a handout) comes here through desktop/printers.py."""

    def __init__(self, printer_name: str, notify: Callable[[str], None]) -> None:
        self._printer_name = printer_name
        self._notify = notify

    def printer(self, _parent, prepare: Callable[[object], None] | None = None):
        """The center's printer, or None (and a notice for the visitor) when it is not there."""
        from desktop.i18n import _
        from desktop.ui.print_destination import letter_printer

        printer = letter_printer()
        if prepare is not None:
            prepare(printer)
        printer.setPrinterName(self._printer_name)
        printer.setDocName(JOB_TITLE)
        if not printer.isValid():
            self._notify(_("The printer is not available right now. Please ask at the front desk."))
            return None
        return printer

    def sent(self) -> None:
        from desktop.i18n import _

        self._notify(_("Sent to the printer. Please collect your page at the printer."))
