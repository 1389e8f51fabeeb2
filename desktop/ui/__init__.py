"""Qiao's Qt layer: the main window, its pages and widgets, fonts and theme."""

from desktop.ui import import_scan

import_scan.install()  # before any other module of this package is imported: PySide checks each as it is
