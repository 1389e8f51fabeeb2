"""Which content the app reads: the newest verified pack it can read, or else the bundled database."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop import __version__, paths
from desktop.core.content_changes import compare_databases, removed_ids
from desktop.core.installed_packs import (
    content_database, describe_content, open_content_store, packs_dirs, read_state, system_packs_dir,
)
from tests.packs.conftest import CONTENT_DATE, GUIDE, edited_database, retitled


@pytest.fixture
def installed(publisher, packs_dir, run_qiao, tmp_path):
    """A pack installed the way an update installs it, with a changed guide title."""
    publisher.publish(retitled(tmp_path, "one", "Pack title"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    return packs_dir / "content"


def _edit_state(folder, **changes):
    data = json.loads((folder / "state.json").read_text())
    data["current"].update(changes)
    (folder / "state.json").write_text(json.dumps(data))


def test_without_packs_the_app_reads_the_bundled_database(packs_dir):
    assert content_database() == paths.content_database()


def test_the_installed_pack_is_read(installed):
    assert content_database() == installed / read_state(installed).current.file
    assert open_content_store().guide(GUIDE).title.en == "Pack title"


@pytest.mark.parametrize("changes", [
    {"content_date": "2000-01-01"},  # the app was updated since, and brought newer content of its own
    {"min_app_version": "99.0"},
    {"schema_version": "1"},
    {"length": 1},  # the file is not the one that was verified
])
def test_a_pack_the_app_should_not_read_leaves_the_bundled_database(installed, changes):
    _edit_state(installed, **changes)
    assert content_database() == paths.content_database()


def test_a_pack_damaged_after_it_was_installed_falls_back_to_the_bundled_database(installed, store):
    pack = installed / read_state(installed).current.file
    pack.write_bytes(b"\0" * pack.stat().st_size)
    assert content_database() == pack  # same size: only opening it shows the damage
    assert open_content_store().guide(GUIDE).title.en == store.guide(GUIDE).title.en


def test_the_about_facts_of_the_bundled_content(store, packs_dir):
    about = describe_content(store)
    assert about.bundled and about.version is None and about.signer is None
    assert about.content_date == store.content_date() and about.app_version == __version__


def test_the_about_facts_of_a_pack(installed):
    about = describe_content(open_content_store())
    assert not about.bundled and about.version == 1 and about.signer == "Test maintainers"
    assert about.content_date.isoformat() == CONTENT_DATE and len(about.signer_key) == 16


def test_the_app_looks_in_the_users_and_the_systems_packs_folders(monkeypatch):
    monkeypatch.delenv("QIAO_PACKS_DIR")
    assert packs_dirs() == [paths.user_data_dir() / "packs", system_packs_dir()]


def test_the_ids_a_new_pack_removes_are_listed(tmp_path):
    new = edited_database(tmp_path, "smaller", f"DELETE FROM guides WHERE id = '{GUIDE}'",
                          "DELETE FROM terms WHERE id = 'encryption'",
                          "UPDATE platforms SET summary_en = 'Changed.' WHERE id = 'signal'")
    assert removed_ids(paths.content_database(), new) == {"guide": [GUIDE], "term": ["encryption"]}
    changes = {change.kind: change for change in compare_databases(paths.content_database(), new)}
    assert changes["platform"].changed == ("signal",) and changes["platform"].removed == ()
    assert changes["caution"].unchanged


def test_the_app_and_the_maintainer_commands_read_the_pack(installed, tmp_path, publisher, run_qiao):
    """`qiao` itself, not only the tests' window, reads the pack: what the pack removed is gone, what it renamed
    is renamed."""
    publisher.publish(edited_database(tmp_path, "two", f"DELETE FROM guides WHERE id = '{GUIDE}'",
                                      "UPDATE platforms SET name_en = 'Signal (from the pack)' WHERE id = 'signal'"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    result = subprocess.run([sys.executable, "-m", "desktop", "--open", f"guide/{GUIDE}", "--screenshot",
                             str(tmp_path / "shot.png")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and f"no guide with the id {GUIDE}" in result.stderr
    exported = subprocess.run([sys.executable, "-m", "desktop", "content", "export", "platforms", "--json"],
                              capture_output=True, text=True, timeout=300)
    assert "Signal (from the pack)" in exported.stdout
