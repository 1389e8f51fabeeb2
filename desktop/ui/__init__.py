"""Qiao's Qt layer: the main window, its pages and widgets, fonts and theme."""
