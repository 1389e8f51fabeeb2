"""PySide's check of each imported module gets the same answer as before, without reading sources through
`inspect` (which kept every module's source in memory)."""

from __future__ import annotations

import importlib.util
import linecache
import sys

import pytest

import desktop.ui  # noqa: F401 - installs the quicker check
from desktop.ui import import_scan

feature = sys.modules["shibokensupport.feature"]


def _original():
    check = feature._mod_uses_pyside
    assert getattr(check, "reads_bytes", False), "desktop.ui did not install the quicker check"
    return check.pysides_own  # PySide's own check, which the quicker one falls back on


def _module_from(path):
    spec = importlib.util.spec_from_file_location(f"probe_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["desktop.ui.main_window", "desktop.core.content_store", "desktop.ui.card",
                                  "typing", "datetime", "json.decoder", "PySide6", "sys"])
def test_the_answer_is_pysides_own(name):
    module = importlib.import_module(name)
    assert feature._mod_uses_pyside(module) == _original()(module)


def test_a_file_that_names_pyside_in_any_encoding_is_found(tmp_path):
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\n# caf\xe9 with PySide6\nVALUE = 1\n")
    plain = tmp_path / "plain.py"
    plain.write_text("VALUE = 2\n", encoding="utf-8")
    for path in (latin, plain):
        module = _module_from(path)
        assert feature._mod_uses_pyside(module) == _original()(module) == ("PySide6" in path.read_text("latin-1"))


def test_installing_twice_changes_nothing():
    check = feature._mod_uses_pyside
    assert import_scan.install() is False and feature._mod_uses_pyside is check


def test_sources_are_not_kept_in_memory_for_the_check():
    import desktop.ui.pages.home as home

    linecache.clearcache()
    feature.pyside_feature_dict.pop(home.__name__, None)
    feature.feature_imported(home)
    assert home.__file__ not in linecache.cache
