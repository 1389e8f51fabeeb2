"""Updating a computer from a pack folder: what it installs, what it reports, and every pack it refuses."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.content.pack_update import EXPIRED, FOREIGN, INCOMPLETE, NEWER_APP, ROLLBACK, TAMPERED, UNREADABLE
from desktop.core.installed_packs import content_database, open_content_store, read_state
from tests.packs.conftest import CONTENT_DATE, GUIDE, guide_title, edited_database, retitled


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_publish_update_and_read_the_new_content(publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "new", "Video-call your parents, step by step"))
    code, out, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == 0, err
    assert f"version 1, content of {CONTENT_DATE}, signed by Test maintainers" in out
    assert "guides             0 added    1 changed    0 removed" in out
    assert "platforms          0 added    0 changed    0 removed" in out
    assert content_database() == packs_dir / "content" / read_state(packs_dir / "content").current.file
    assert guide_title() == "Video-call your parents, step by step"


def test_a_second_version_replaces_the_first_and_keeps_it_for_rollback(publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    publisher.publish(edited_database(tmp_path, "two", f"DELETE FROM guides WHERE id = '{GUIDE}'",
                                      f"DELETE FROM guide_items WHERE guide_id = '{GUIDE}'"))
    code, out, _ = run_qiao("content", "update", "--from", publisher.repo)
    assert code == 0 and "version 2" in out
    assert "guides             0 added    0 changed    1 removed" in out
    assert f"No longer in the content: guide/{GUIDE}" in out
    assert open_content_store().guide(GUIDE) is None

    code, out, _ = run_qiao("content", "rollback")
    assert code == 0 and "now version 1" in out
    assert guide_title() == "First title"
    code, out, _ = run_qiao("content", "rollback")  # a second rollback undoes the first
    assert code == 0 and "now version 2" in out
    assert open_content_store().guide(GUIDE) is None


def test_rolling_back_the_first_pack_returns_to_the_bundled_content(publisher, packs_dir, run_qiao, tmp_path, store):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    run_qiao("content", "update", "--from", publisher.repo)
    code, out, _ = run_qiao("content", "rollback")
    assert code == 0 and "now the content bundled with Qiao" in out
    assert content_database() == paths.content_database()
    assert guide_title() == store.guide(GUIDE).title.en


def test_rollback_with_nothing_installed_says_so(packs_dir, run_qiao):
    code, _, err = run_qiao("content", "rollback")
    assert code == 1 and "no content pack is installed" in err


def test_the_same_version_twice_is_nothing_to_do(publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    run_qiao("content", "update", "--from", publisher.repo)
    code, out, _ = run_qiao("content", "update", "--from", publisher.repo)
    assert code == 0 and "version 1 is already installed; nothing to do" in out


def _flip_a_byte(repo: Path) -> None:
    target = next((repo / "targets").glob("*.content.sqlite3"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))


def _cut_short(repo: Path) -> None:
    target = next((repo / "targets").glob("*.content.sqlite3"))
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 3])


def _edit_timestamp(repo: Path) -> None:
    path = repo / "metadata" / "timestamp.json"
    path.write_text(path.read_text().replace('"version": ', '"version": 1'), encoding="utf-8")


@pytest.mark.parametrize("damage, code, message", [
    (_flip_a_byte, TAMPERED, "do not match their signatures"),
    (_cut_short, INCOMPLETE, "the pack is incomplete"),
    (_edit_timestamp, TAMPERED, "changed after signing"),
    (lambda repo: (repo / "metadata" / "timestamp.json").unlink(), INCOMPLETE, "timestamp.json is missing"),
])
def test_a_damaged_pack_is_refused_and_nothing_changes(publisher, packs_dir, run_qiao, tmp_path, damage, code,
                                                       message):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    run_qiao("content", "update", "--from", publisher.repo)
    publisher.publish(retitled(tmp_path, "two", "Second title"))
    before = _files(packs_dir)
    damage(publisher.repo)
    result, out, err = run_qiao("content", "update", "--from", publisher.repo)
    assert result == code, err
    assert message in err and "Nothing was changed: this computer keeps version 1" in err
    assert "Traceback" not in err and out == ""
    assert _files(packs_dir) == before
    assert guide_title() == "First title"


def test_an_older_pack_is_refused(publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    old_stick = publisher.snapshot(tmp_path / "old-stick")
    publisher.publish(retitled(tmp_path, "two", "Second title"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    before = _files(packs_dir)
    code, _, err = run_qiao("content", "update", "--from", old_stick)
    assert code == ROLLBACK
    assert "older than the one this computer has already verified" in err
    assert _files(packs_dir) == before and guide_title() == "Second title"


def test_an_older_pack_is_refused_even_when_the_verified_metadata_is_lost(publisher, packs_dir, run_qiao, tmp_path):
    """Beside TUF's own checks against the metadata it verified last, the installed version is compared too."""
    publisher.publish(retitled(tmp_path, "one", "First title"))
    old_stick = publisher.snapshot(tmp_path / "old-stick")
    publisher.publish(retitled(tmp_path, "two", "Second title"))
    run_qiao("content", "update", "--from", publisher.repo)
    state = read_state(packs_dir / "content")
    for role in ("timestamp", "snapshot", "targets"):
        for entry in (packs_dir / "content").glob(f"trust-*/{role}.json"):
            entry.unlink()  # only the root is left
    code, _, err = run_qiao("content", "update", "--from", old_stick)
    assert code == ROLLBACK and "older than the installed version 2" in err
    assert read_state(packs_dir / "content").current == state.current


def test_expired_signatures_are_refused(publisher, packs_dir, run_qiao, tmp_path):
    a_year_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
    publisher.publish(retitled(tmp_path, "old", "Old title"), now=a_year_ago, timestamp_days=180)
    code, out, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == EXPIRED
    assert "the pack's signatures have expired (valid until" in err and "this computer's clock says" in err
    assert content_database() == paths.content_database()


def test_a_pack_signed_by_another_root_is_refused(publisher, stranger, packs_dir, run_qiao, tmp_path):
    stranger.publish(retitled(tmp_path, "forged", "Forged title"))
    code, _, err = run_qiao("content", "update", "--from", stranger.repo)
    assert code == FOREIGN
    assert "signed by a root this computer does not trust; it trusts Test maintainers" in err
    assert not (packs_dir / "content" / "state.json").exists()


def test_another_publisher_cannot_pass_off_its_metadata_under_the_trusted_root(publisher, stranger, packs_dir,
                                                                               run_qiao, tmp_path):
    stranger.publish(retitled(tmp_path, "forged", "Forged title"))
    shutil.copyfile(publisher.root, stranger.repo / "metadata" / "1.root.json")
    code, _, err = run_qiao("content", "update", "--from", stranger.repo)
    assert code == TAMPERED and "signatures do not match" in err
    assert content_database() == paths.content_database()


def test_a_pack_for_a_newer_app_is_refused(publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "future", "Future title"), min_app_version="99.0")
    code, _, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == NEWER_APP and "the pack needs Qiao 99.0 or newer" in err
    assert content_database() == paths.content_database()


def test_a_pack_whose_database_fails_the_schema_check_is_refused(publisher, packs_dir, run_qiao, tmp_path,
                                                                monkeypatch):
    from desktop.core import content_store

    with monkeypatch.context() as older_publisher:  # a publisher whose Qiao did not read guide_items yet
        older_publisher.delitem(content_store.TABLES, "guide_items")
        publisher.publish(edited_database(tmp_path, "broken", "DROP TABLE guide_items"))
    code, _, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == UNREADABLE and "cannot be read by this Qiao" in err and "guide_items" in err
    assert content_database() == paths.content_database()
    assert [path.name for path in (packs_dir / "content").iterdir() if path.name.startswith(".staging")] == []


def test_a_folder_without_a_pack_is_a_clear_error(packs_dir, run_qiao, tmp_path):
    code, _, err = run_qiao("content", "update", "--from", tmp_path)
    assert code == 1 and "holds no pack" in err
