import os
import sqlite3

import pytest

from desktop.core.session import MAX_ZOOM, VisitorSession
from desktop.core.targets import HOME, Target
from desktop.core.user_store import UserStore


def test_session_history_goes_back_in_order():
    session = VisitorSession()
    session.navigate(Target("guides"))
    session.navigate(Target("guide", ("time-zones",)))
    assert session.back() == Target("guides")
    assert session.back() == HOME
    assert session.back() is None


def test_zoom_is_clamped():
    assert VisitorSession().set_zoom(10) == MAX_ZOOM


def test_user_store_remembers_across_opens(tmp_path):
    first = UserStore(tmp_path)
    first.set("language", "zh_Hant")
    first.close()
    assert UserStore(tmp_path).get("language") == "zh_Hant"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root can write anywhere; the read-only case is covered by a file in the way")
def test_user_store_in_a_read_only_folder_keeps_working_in_memory(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    store = UserStore(folder / "qiao")
    store.set("language", "en")
    assert store.get("language") == "en" and not store.persistent and store.problem


def test_user_store_where_a_file_blocks_the_folder_keeps_working_in_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = UserStore(blocker / "qiao")
    store.set("language", "zh_Hans")
    assert store.get("language") == "zh_Hans"
    assert not store.persistent
    assert store.problem


def test_kiosk_store_keeps_nothing_on_disk(tmp_path):
    store = UserStore(None)
    store.set("language", "en")
    assert not store.persistent and store.problem is None


def test_a_damaged_settings_file_is_set_aside_and_a_fresh_one_started(tmp_path):
    damaged = tmp_path / "user.sqlite3"
    garbage = os.urandom(20480)
    damaged.write_bytes(garbage)
    store = UserStore(tmp_path)
    assert store.persistent and store.set_aside is not None and store.problem is None
    assert store.set_aside.read_bytes() == garbage  # kept, not overwritten
    store.set("language", "zh_Hans")
    store.close()
    assert UserStore(tmp_path).get("language") == "zh_Hans"


def test_a_settings_table_of_another_shape_is_set_aside(tmp_path):
    with sqlite3.connect(tmp_path / "user.sqlite3") as connection:
        connection.execute("CREATE TABLE settings (k TEXT, v TEXT)")
    store = UserStore(tmp_path)
    assert store.set_aside is not None and store.persistent
    store.set("zoom", "1.5")
    assert store.get("zoom") == "1.5"


def test_a_locked_settings_file_does_not_hold_up_the_start(tmp_path, monkeypatch):
    UserStore(tmp_path).set("language", "zh_Hant")
    locker = sqlite3.connect(tmp_path / "user.sqlite3", isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    waits = []
    real_connect = sqlite3.connect

    def spy(*args, **kwargs):
        waits.append(kwargs.get("timeout", 5.0))
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", spy)
    store = UserStore(tmp_path)
    assert waits[0] == 0  # SQLite's default would wait 5 s for the other program before giving up
    assert not store.persistent and "locked" in store.problem and store.set_aside is None
    locker.rollback()
    locker.close()
    assert UserStore(tmp_path).get("language") == "zh_Hant"  # the file was left as it was


def test_a_saved_setting_is_read_without_creating_anything(tmp_path):
    from desktop.core.user_store import read_setting

    assert read_setting(tmp_path / "none", "language") is None and not (tmp_path / "none").exists()
    UserStore(tmp_path).set("language", "zh_Hant")
    assert read_setting(tmp_path, "language") == "zh_Hant"
