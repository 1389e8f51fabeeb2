"""Publishing: a TUF repository whose keys live elsewhere, versions that go up, keys that can be replaced."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from desktop import __version__
from desktop.content.pack_repository import PublishError, init_repository, publish
from desktop.content.pack_update import TAMPERED
from desktop.content.signing_keys import SigningKeyError
from desktop.core.content_store import SCHEMA_VERSION
from desktop.core.installed_packs import open_content_store, read_state
from tests.packs.conftest import CONTENT_DATE, GUIDE, retitled


def _signed(path):
    return json.loads(path.read_text())["signed"]


def test_init_makes_the_four_roles_with_keys_outside_the_repository(publisher):
    root = _signed(publisher.root)
    assert set(root["roles"]) == {"root", "targets", "snapshot", "timestamp"}
    assert root["consistent_snapshot"] is True and root["x-qiao-publisher"] == "Test maintainers"
    assert all(key["keytype"] == "ed25519" for key in root["keys"].values())
    keys = sorted(path.name.split("-")[0] for path in publisher.keys.glob("*.pem"))
    assert keys == ["root", "snapshot", "targets", "timestamp"]
    assert not list(publisher.repo.rglob("*.pem"))
    assert all(oct(path.stat().st_mode)[-3:] == "600" for path in publisher.keys.glob("*.pem"))
    assert b"PRIVATE KEY" not in b"".join(path.read_bytes() for path in publisher.repo.rglob("*") if path.is_file())


def test_keys_inside_the_repository_are_refused(tmp_path):
    with pytest.raises(SigningKeyError, match="inside the repository"):
        init_repository(tmp_path / "repo", tmp_path / "repo" / "keys", "Somebody")


def test_a_repository_is_not_created_twice(publisher):
    with pytest.raises(PublishError, match="already holds a repository"):
        init_repository(publisher.repo, publisher.keys.parent / "other-keys", "Somebody")


def test_each_publish_is_the_next_version_described_in_the_target_and_the_database(publisher, tmp_path):
    publisher.publish(retitled(tmp_path, "one", "First"))
    published = publisher.publish(retitled(tmp_path, "two", "Second"), min_app_version="0.1.0")
    assert published.version == 2 and published.content_date == CONTENT_DATE
    metadata = publisher.repo / "metadata"
    assert sorted(path.name for path in metadata.iterdir()) == [
        "1.root.json", "3.snapshot.json", "3.targets.json", "root.json", "timestamp.json"]
    target = _signed(metadata / "3.targets.json")["targets"]["content.sqlite3"]
    assert target["custom"]["pack_version"] == 2 and target["custom"]["schema_version"] == SCHEMA_VERSION
    assert target["custom"]["min_app_version"] == "0.1.0" and target["custom"]["content_date"] == CONTENT_DATE
    files = list((publisher.repo / "targets").iterdir())
    assert [path.name for path in files] == [f"{target['hashes']['sha256']}.content.sqlite3"]
    with sqlite3.connect(files[0]) as connection:
        meta = dict(connection.execute("SELECT key, value FROM meta WHERE key NOT LIKE 'traditional%' "
                                       "AND key != 'pinyin_syllables'"))
    assert meta == {"schema_version": SCHEMA_VERSION, "pack_kind": "content", "pack_version": "2",
                    "content_date": CONTENT_DATE, "min_app_version": "0.1.0"}
    timestamp = _signed(metadata / "timestamp.json")
    expires = dt.datetime.fromisoformat(timestamp["expires"].replace("Z", "+00:00"))
    assert 170 < (expires - dt.datetime.now(dt.UTC)).days <= 180  # months, for a USB stick in a drawer


def test_publishing_needs_the_keys(publisher, tmp_path):
    elsewhere = tmp_path / "no-keys"
    elsewhere.mkdir()
    with pytest.raises(SigningKeyError, match="the targets key .* is not in"):
        publish(publisher.repo, elsewhere, retitled(tmp_path, "one", "First"), "content", __version__)


def test_keys_can_be_encrypted_with_a_passphrase(tmp_path, monkeypatch, run_qiao):
    monkeypatch.setenv("QIAO_KEY_PASSPHRASE", "correct horse")
    code, _, err = run_qiao("content", "pack", "init", tmp_path / "repo", "--keys", tmp_path / "keys")
    assert code == 0, err
    assert all(b"ENCRYPTED PRIVATE KEY" in path.read_bytes() for path in (tmp_path / "keys").glob("*.pem"))
    database = retitled(tmp_path, "one", "First")
    monkeypatch.delenv("QIAO_KEY_PASSPHRASE")
    code, _, err = run_qiao("content", "pack", "publish", tmp_path / "repo", "--keys", tmp_path / "keys",
                            "--database", database)
    assert code == 1 and "is encrypted: set QIAO_KEY_PASSPHRASE" in err
    monkeypatch.setenv("QIAO_KEY_PASSPHRASE", "correct horse")
    code, out, err = run_qiao("content", "pack", "publish", tmp_path / "repo", "--keys", tmp_path / "keys",
                              "--database", database)
    assert code == 0 and "Published content pack version 1" in out, err


def test_the_whole_cycle_from_the_command_line(tmp_path, monkeypatch, run_qiao, packs_dir):
    """What a maintainer and a center's IT person type, with the content built from the sources."""
    from desktop import paths

    repo, keys = tmp_path / "repository", tmp_path / "keys"
    code, out, err = run_qiao("content", "pack", "init", repo, "--keys", keys, "--name", "Qiao maintainers")
    assert code == 0 and "Created the pack repository" in out, err
    monkeypatch.setattr(paths, "trusted_pack_root", lambda: repo / "metadata" / "1.root.json")
    code, out, err = run_qiao("content", "pack", "publish", repo, "--keys", keys)
    assert code == 0 and f"Published content pack version 1 (content of {CONTENT_DATE}" in out, err
    code, out, err = run_qiao("content", "update", "--from", repo)
    assert code == 0 and "signed by Qiao maintainers" in out, err
    code, out, _ = run_qiao("content", "status")
    assert f"content pack: version 1 (content of {CONTENT_DATE}), signed by Qiao maintainers" in out
    assert code == 0 and "Trusts Qiao maintainers" in out


def test_replacing_a_key_keeps_computers_updating(publisher, packs_dir, run_qiao, tmp_path):
    from desktop.content.pack_repository import rotate

    publisher.publish(retitled(tmp_path, "one", "First"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    old_root_key = read_state(packs_dir / "content").current.signer_key
    assert rotate(publisher.repo, publisher.keys, "targets") == 2
    publisher.publish(retitled(tmp_path, "two", "Second"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    assert rotate(publisher.repo, publisher.keys, "root") == 3
    publisher.publish(retitled(tmp_path, "three", "Third"))
    code, out, err = run_qiao("content", "update", "--from", publisher.repo)  # trusts root 1, follows to 3
    assert code == 0 and "version 3" in out, err
    assert read_state(packs_dir / "content").current.signer_key != old_root_key
    assert open_content_store().guide(GUIDE).title.en == "Third"


def test_a_replaced_key_signs_nothing_any_more(publisher, packs_dir, run_qiao, tmp_path):
    from tuf.api.metadata import Metadata

    from desktop.content import signing_keys
    from desktop.content.pack_repository import rotate

    publisher.publish(retitled(tmp_path, "one", "First"))
    run_qiao("content", "update", "--from", publisher.repo)
    old = _signed(publisher.root)["roles"]["targets"]["keyids"][0]
    rotate(publisher.repo, publisher.keys, "targets")
    publisher.publish(retitled(tmp_path, "two", "Second"))
    targets_file = max((publisher.repo / "metadata").glob("*.targets.json"))
    forged = Metadata.from_file(str(targets_file))
    old_root = Metadata.from_file(str(publisher.root)).signed
    forged.sign(signing_keys.load(publisher.keys, old, old_root.keys[old], "targets"))  # the old key, stolen
    targets_file.write_bytes(forged.to_bytes())
    code, _, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == TAMPERED and "signatures do not match" in err
    assert open_content_store().guide(GUIDE).title.en == "First"


def test_publishing_warns_when_the_root_expires_before_the_release(tmp_path):
    from tests.packs.conftest import make_publisher

    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3 * 365 - 30)
    publisher = make_publisher(tmp_path, "Old maintainers", now=long_ago)
    published = publisher.publish(retitled(tmp_path, "one", "First"))
    assert "rotate the root key" in published.warnings[0]
