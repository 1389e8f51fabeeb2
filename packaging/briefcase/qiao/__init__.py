"""Briefcase's entry package for Qiao: the app itself is the `desktop` package, installed from this project."""
