"""Saved and recently viewed pages: kept across restarts, safe from a kill, exported and imported, erasable."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from desktop.core.local_data import describe_local_data, erase_local_data
from desktop.core.reading_list import DisabledReadingList, ReadingList, reading_list_for
from desktop.core.reading_list_file import (
    ReadingListFileError, export_reading_list, import_reading_list, read_reading_list,
)
from desktop.core.targets import TargetError
from desktop.core.user_store import FILE_NAME, UserStore


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "user"


def open_list(folder, **options) -> ReadingList:
    return ReadingList(UserStore(folder), **options)


def test_saved_pages_survive_a_restart(folder):
    first = open_list(folder)
    first.save("guide/time-zones")
    first.save("platform/wechat")
    first.record_view("caution/group-chats")
    del first  # a new store object on the same folder, as the next start of the app builds one
    again = open_list(folder)
    assert again.saved() == ["platform/wechat", "guide/time-zones"]
    assert again.recent() == ["caution/group-chats"]
    assert again.is_saved("guide/time-zones") and not again.is_saved("guide/share-photos")


def test_lists_are_most_recent_first_without_duplicates(folder):
    reading = open_list(folder, recent_limit=3)
    for target in ("guide/a", "guide/b", "guide/a", "platform/qq", "term/vpn", "guide/b"):
        reading.record_view(target)
    assert reading.recent() == ["guide/b", "term/vpn", "platform/qq"]
    reading.save("guide/a")
    reading.save("guide/b")
    reading.save("GUIDE/a ")  # the same page, written differently: moves to the top, once
    assert reading.saved() == ["guide/a", "guide/b"]
    assert reading.toggle("guide/a") is False and reading.saved() == ["guide/b"]
    assert reading.toggle("guide/a") is True and reading.saved() == ["guide/a", "guide/b"]


def test_only_pages_with_a_star_are_kept(folder):
    reading = open_list(folder)
    with pytest.raises(TargetError):
        reading.save("search/微信")
    assert reading.record_view("home") is False and reading.recent() == []


def test_a_kill_loses_nothing_committed(folder):
    """A second Python saves pages in a loop and says which are done; it is killed mid-run."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.core.reading_list import ReadingList\n"
        "from desktop.core.user_store import UserStore\n"
        "reading = ReadingList(UserStore(Path(sys.argv[1])))\n"
        "index = 0\n"
        "while True:\n"
        "    reading.save(f'guide/g{index}')\n"
        "    reading.record_view(f'platform/p{index}')\n"
        "    print(index, flush=True)\n"
        "    index += 1\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True)
    done = [int(child.stdout.readline()) for _ in range(150)]
    child.kill()  # SIGKILL on POSIX: no handler, no cleanup
    child.wait()
    child.stdout.close()
    with sqlite3.connect(folder / FILE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reading = open_list(folder)
    saved = set(reading.saved())
    assert {f"guide/g{index}" for index in done} <= saved
    assert f"platform/p{done[-1]}" in reading.recent()[:2]


def test_export_and_import_round_trip(folder, tmp_path):
    source = open_list(folder)
    for target in ("term/vpn", "guide/time-zones", "platform/wechat"):
        source.save(target)
    source.record_view("caution/group-chats")
    path = tmp_path / "saved.json"
    export_reading_list(source, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"format": "qiao-reading-list", "version": 1,
                    "saved": ["platform/wechat", "guide/time-zones", "term/vpn"], "recent": ["caution/group-chats"]}
    other = open_list(tmp_path / "other")
    other.save("guide/share-photos")
    summary = import_reading_list(other, path)
    assert (summary.saved_added, summary.recent_added) == (3, 1)
    assert other.saved() == ["platform/wechat", "guide/time-zones", "term/vpn", "guide/share-photos"]
    assert import_reading_list(other, path).saved_added == 0  # importing twice adds nothing twice


@pytest.mark.parametrize("content, reason", [
    (b"", "not-json"),
    (b"{\n  \"format\": ", "not-json"),
    (b"\xff\xfe not text", "not-a-reading-list"),
    (b"[1, 2]", "not-a-reading-list"),
    (b'{"format": "something-else", "version": 1}', "not-a-reading-list"),
    (b'{"format": "qiao-reading-list", "version": 9, "saved": []}', "newer-version"),
    (b'{"format": "qiao-reading-list", "version": 1, "saved": ["compare/a,b"]}', "bad-entry"),
    (b'{"format": "qiao-reading-list", "version": 1, "saved": [3]}', "bad-entry"),
    (b'{"format": "qiao-reading-list", "version": 1, "recent": "guide/a"}', "bad-entry"),
])
def test_a_bad_file_gives_a_clear_message_and_changes_nothing(folder, tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    reading = open_list(folder)
    reading.save("guide/time-zones")
    with pytest.raises(ReadingListFileError) as caught:
        import_reading_list(reading, path)
    assert caught.value.reason == reason
    assert "bad.json" in caught.value.message and "{" not in caught.value.message.replace("{\n", "")
    assert reading.saved() == ["guide/time-zones"]


def test_a_missing_or_huge_file_is_a_clear_error(tmp_path):
    with pytest.raises(ReadingListFileError) as missing:
        read_reading_list(tmp_path / "nowhere.json")
    assert missing.value.reason == "unreadable" and "nowhere.json" in missing.value.message
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 1_000_001)
    with pytest.raises(ReadingListFileError, match="too-large"):
        read_reading_list(huge)
    with pytest.raises(ReadingListFileError) as unwritable:
        export_reading_list(DisabledReadingList(), tmp_path / "no-folder" / "saved.json")
    assert unwritable.value.reason == "unwritable"


def test_the_kiosk_list_keeps_nothing(tmp_path):
    reading = reading_list_for(UserStore(None), kiosk=False)
    assert isinstance(reading, DisabledReadingList) and not reading.enabled
    kiosk = reading_list_for(UserStore(tmp_path), kiosk=True)
    assert not kiosk.save("guide/time-zones") and kiosk.saved() == [] and kiosk.recent() == []
    kiosk.record_view("guide/time-zones")
    assert kiosk.recent() == [] and not any(tmp_path.glob("**/*saved*"))
    assert isinstance(reading_list_for(UserStore(tmp_path), kiosk=False), ReadingList)


def test_what_is_stored_where_and_erasing_all_of_it(folder, tmp_path):
    store = UserStore(folder)
    store.set("language", "zh_Hant")
    reading = ReadingList(store)
    reading.save("guide/time-zones")
    reading.record_view("guide/time-zones")
    reading.record_view("platform/wechat")
    described = {item.kind: item for item in describe_local_data(store)}
    assert set(described) == {"settings", "saved", "recent"}
    assert described["settings"].names == ("language",) and described["settings"].location == folder / FILE_NAME
    assert described["saved"].count == 1 and described["recent"].count == 2

    assert erase_local_data(store) == []
    assert describe_local_data(store) == []
    assert reading.saved() == [] and store.get("language") is None
    assert b"guide/time-zones" not in (folder / FILE_NAME).read_bytes()  # not left in free pages either


def test_nothing_is_described_on_a_kiosk():
    assert describe_local_data(UserStore(None)) == []


def test_the_message_is_in_the_readers_language(tmp_path):
    from desktop import paths
    from desktop.i18n import Catalogs, activate

    path = tmp_path / "photos.json"
    path.write_text('{"format": "qiao-reading-list", "version": 7}', encoding="utf-8")
    with pytest.raises(ReadingListFileError) as caught:
        read_reading_list(path)
    catalogs = Catalogs(paths.translations_dir())
    try:
        activate(catalogs, "zh_Hant")
        assert caught.value.message == "檔案 photos.json 來自較新版本的「橋」，請先更新「橋」再打開。"
    finally:
        activate(catalogs, "en")
    assert caught.value.message.startswith("The file photos.json comes from a newer version")
