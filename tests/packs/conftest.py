"""Fixtures for content packs: a publisher with its own repository and keys, trusted as Qiao's maintainers are,
edited copies of the content database, and the `qiao` command run in this process or in a child one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__, paths
from desktop.cli import main
from desktop.content.pack_repository import Expiry, Published, init_repository, publish

GUIDE = "video-call-parents"


def bundled_content_date() -> str:
    """The date the bundled content carries (its newest review or as-of date), as a pack built from it has."""
    from desktop import paths
    from desktop.core.content_store import ContentStore

    store = ContentStore(paths.content_database())
    try:
        return store.content_date().isoformat()
    finally:
        store.close()


CONTENT_DATE = bundled_content_date()


@dataclass
class Publisher:
    repo: Path
    keys: Path
    name: str

    @property
    def root(self) -> Path:
        return self.repo / "metadata" / "1.root.json"

    def publish(self, database: Path, kind: str = "content", now: dt.datetime | None = None,
                min_app_version: str = __version__, timestamp_days: int = 180) -> Published:
        return publish(self.repo, self.keys, database, kind, min_app_version, now=now,
                       expiry=Expiry(timestamp_days=timestamp_days))

    def snapshot(self, where: Path) -> Path:
        """A copy of the repository as it is now, as a USB stick made today would hold it."""
        shutil.copytree(self.repo, where)
        return where


def make_publisher(folder: Path, name: str, now: dt.datetime | None = None) -> Publisher:
    publisher = Publisher(folder / "repository", folder / "keys", name)
    init_repository(publisher.repo, publisher.keys, name, now=now)
    return publisher


@pytest.fixture
def packs_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "packs"
    monkeypatch.setenv("QIAO_PACKS_DIR", str(folder))
    return folder


@pytest.fixture
def publisher(tmp_path, monkeypatch, packs_dir) -> Publisher:
    """A publisher whose root this computer trusts as Qiao's own (the shipped root.json, in real life)."""
    made = make_publisher(tmp_path / "maintainers", "Test maintainers")
    monkeypatch.setattr(paths, "trusted_pack_root", lambda: made.root)
    return made


@pytest.fixture
def stranger(tmp_path) -> Publisher:
    """Somebody else, with keys and a root of their own."""
    return make_publisher(tmp_path / "stranger", "Somebody else")


def edited_database(folder: Path, name: str, *statements: str) -> Path:
    """A copy of the bundled content database with some SQL applied, as new content would differ."""
    target = folder / f"{name}.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(paths.content_database(), target)
    connection = sqlite3.connect(target)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return target


def guide_title() -> str:
    """The English title of the test guide, as the app reads it now."""
    from desktop.core.installed_packs import open_content_store

    store = open_content_store()
    try:
        return store.guide(GUIDE).title.en
    finally:
        store.close()


def retitled(folder: Path, name: str, title: str) -> Path:
    quoted = title.replace("'", "''")
    return edited_database(folder, name, f"UPDATE guides SET title_en = '{quoted}' WHERE id = '{GUIDE}'")


@pytest.fixture
def run_qiao(capsys):
    """Runs `qiao ARGS` in this process; returns (exit code, stdout, stderr)."""
    def run(*arguments: str) -> tuple[int, str, str]:
        code = main([str(argument) for argument in arguments])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


RUNNER = '''
import os, sys
from pathlib import Path
{prelude}
from desktop import paths
paths.trusted_pack_root = lambda: Path({root!r})
{patch}
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
'''


def run_child(tmp_path: Path, root: Path, arguments: list, patch: str = "", prelude: str = "",
              wrapper: list[str] | None = None) -> subprocess.CompletedProcess:
    """Runs `qiao ARGS` in a child Python that trusts ``root``, after ``patch`` (code run before main)."""
    script = tmp_path / "run_qiao.py"
    script.write_text(RUNNER.format(prelude=prelude, root=str(root), patch=patch), encoding="utf-8")
    command = [*(wrapper or []), sys.executable, str(script), *map(str, arguments)]
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ}, timeout=300)
