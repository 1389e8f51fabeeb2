import os

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
