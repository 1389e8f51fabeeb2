"""What the person in front of the screen sees when something is wrong at start: saved settings this version cannot
read, content too damaged to show, or no content at all. The app keeps going where it can and says so plainly."""

from __future__ import annotations

import argparse
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from desktop import paths
from desktop.app import Launch, build_window
from desktop.core.content_store import ContentStore
from desktop.core.targets import Target
from desktop.core.user_store import UserStore
from desktop.ui.card import Card


def _window(qtbot, store, data_dir, **kwargs):
    window = build_window(QApplication.instance(), Launch(data_dir=data_dir, **kwargs), store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _save(folder, **settings):
    store = UserStore(folder)
    for key, value in settings.items():
        store.set(key, value)
    store.close()


@pytest.mark.parametrize("zoom", ["abc", "nan", "inf"])
def test_an_unreadable_saved_zoom_starts_at_normal_size_with_a_notice(qtbot, store, tmp_path, zoom):
    _save(tmp_path, language="en", zoom=zoom)
    window = _window(qtbot, store, tmp_path)
    assert window.session.zoom == 1.0
    assert window.notice.isVisible() and "another version" in window.notice.text()


def test_a_language_this_version_does_not_know_asks_again(qtbot, store, tmp_path):
    _save(tmp_path, language="klingon")
    window = _window(qtbot, store, tmp_path)
    choices = [button.property("language") for button in window.page.findChildren(QPushButton)]
    assert choices == ["zh_Hans", "zh_Hant", "en"]  # the first-start language choice
    assert window.notice.isVisible()


def test_a_damaged_settings_file_is_set_aside_with_a_notice(qtbot, store, tmp_path):
    (tmp_path / "user.sqlite3").write_bytes(b"\x13" * 9000)
    window = _window(qtbot, store, tmp_path, language="zh_Hans")
    assert "无法读取你保存的设置" in window.notice.text()
    assert list(tmp_path.glob("user.sqlite3.unreadable-*"))


@pytest.fixture
def damaged_store(tmp_path):
    copy = tmp_path / "damaged.sqlite3"
    shutil.copyfile(paths.content_database(), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE platforms SET name_en = NULL, name_zh_Hans = NULL, name_zh_Hant = NULL")
    store = ContentStore(copy)
    yield store
    store.close()


def test_a_page_the_damaged_content_cannot_build_says_so_and_the_app_goes_on(qtbot, damaged_store, tmp_path):
    window = _window(qtbot, damaged_store, tmp_path / "user", language="en")
    platforms_card = next(card for card in window.page.findChildren(Card) if card.property("target") == "platforms")
    platforms_card.click()  # before, the click raised inside Qt and nothing happened
    titles = [label.text() for label in window.page.findChildren(QLabel) if label.objectName() == "PageTitle"]
    assert titles == ["Qiao's content is damaged. Please reinstall Qiao."]
    window.go_back()
    window.open(Target("guides"))  # the rest of the content still works
    assert window.page.list_view.model().rowCount() > 0


def test_the_start_up_error_dialog_uses_the_bundled_font_and_the_saved_language(qtbot, tmp_path, monkeypatch):
    import desktop.app as app_module
    from desktop.cli import build_parser

    _save(tmp_path / "user", language="zh_Hant")
    monkeypatch.setenv("QIAO_CONTENT_DATABASE", str(tmp_path / "absent.sqlite3"))
    shown = []
    monkeypatch.setattr(app_module, "_show_failure", shown.append)
    options: argparse.Namespace = build_parser().parse_args(["--data-dir", str(tmp_path / "user")])
    assert app_module.run(options) == 1
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert dialog.text() == "找不到「橋」的內容，請重新安裝「橋」。"
    assert "Qiao Sans TC" in QApplication.instance().font().families()
    assert dialog.button(QMessageBox.StandardButton.Ok).text() != "OK"  # Qt's own button, translated too
