"""The shipped database is exactly what the sources say, and building it is deterministic."""

from __future__ import annotations

import re

import sqlite3

import pytest

from desktop import paths
from desktop.content.build import BuildError, build_database
from desktop.content.bundle import load_content


def _dump(path):
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_the_shipped_database_matches_the_sources(tmp_path):
    fresh = tmp_path / "fresh.sqlite3"
    build_database(load_content(paths.content_sources_dir()), fresh)
    shipped, rebuilt = _dump(paths.content_database()), _dump(fresh)
    assert shipped == rebuilt, "resources/qiao.sqlite3 is out of date: run 'qiao content build'"


def test_two_builds_are_byte_identical(tmp_path):
    bundle = load_content(paths.content_sources_dir())
    build_database(bundle, tmp_path / "one.sqlite3")
    build_database(bundle, tmp_path / "two.sqlite3")
    assert (tmp_path / "one.sqlite3").read_bytes() == (tmp_path / "two.sqlite3").read_bytes()


def test_the_database_ships_without_a_write_ahead_log(tmp_path):
    target = tmp_path / "qiao.sqlite3"
    build_database(load_content(paths.content_sources_dir()), target)
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_content_with_errors_is_not_built(content_copy, tmp_path):
    (content_copy / "platforms" / "signal.yaml").write_text("id: signal\n", encoding="utf-8")
    target = tmp_path / "qiao.sqlite3"
    with pytest.raises(BuildError):
        build_database(load_content(content_copy), target)
    assert not target.exists()


def test_a_drifted_source_is_noticed(content_copy, tmp_path):
    guide = content_copy / "guides" / "time-zones.yaml"
    guide.write_text(re.sub(r"reviewed: \S+", "reviewed: 2026-01-01", guide.read_text(encoding="utf-8")),
                     encoding="utf-8")
    build_database(load_content(content_copy), tmp_path / "drifted.sqlite3")
    assert _dump(tmp_path / "drifted.sqlite3") != _dump(paths.content_database())


def test_an_unwritable_target_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BuildError, match="cannot write"):
        build_database(load_content(paths.content_sources_dir()), blocker / "qiao.sqlite3")
