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


class DirectPrinter:
    """The comparison printer's ``print_with_dialog``, without the dialog: the job goes to ``printer_name``."""

    def __init__(self, make_painter: Callable[[], object], printer_name: str, notify: Callable[[str], None]) -> None:
        self._make_painter = make_painter  # () -> a ComparisonPrinter, built when first used
        self._painter = None
        self._printer_name = printer_name
        self._notify = notify

    def print_with_dialog(self, parent, platforms, bilingual: bool, only_differences: bool = False) -> None:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from desktop.i18n import _, active_language

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(self._printer_name)
        printer.setDocName(JOB_TITLE)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        if not printer.isValid():
            self._notify(_("The printer is not available right now. Please ask at the front desk."))
            return
        if self._painter is None:
            self._painter = self._make_painter()
        self._painter.paint(printer, platforms, active_language(), bilingual, only_differences)
        self._notify(_("Sent to the printer. Please collect your page at the printer."))

    def save_with_dialog(self, *_arguments, **_keywords) -> None:
        """Never on a kiosk: there is no place a visitor's file may go."""
        return None
