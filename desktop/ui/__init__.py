"""Qiao's Qt layer: the main window, its pages and widgets, fonts and theme."""

import PySide6

from desktop.ui import import_scan

import_scan.install()  # before the modules below are imported: each is read once by PySide as it is
del PySide6
