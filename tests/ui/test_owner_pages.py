"""The owner's pages on a laptop: stars that survive a restart, Recently viewed, export and import, About with what
is kept and the button that erases it; and on a kiosk, none of it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop.core.targets import Target
from desktop.core.user_store import UserStore
from desktop.ui.card import Card
from desktop.ui.document_actions import StarButton
from desktop.ui.pages.about_page import AboutPage
from desktop.ui.pages.saved_page import SavedPage

KIOSK = frozenset({"print"})


def saved_titles(page: SavedPage) -> list[str]:
    return [entry.title for entry in page.entries]


def test_a_saved_page_survives_a_restart(make_window, tmp_path, qtbot, store):
    folder = tmp_path / "owner"
    window = make_window(language="en", target=Target("platform", ("wechat",)), data_dir=folder)
    star = window.page.page_actions.star
    assert isinstance(star, StarButton) and star.accessibleName() == "Save WeChat" and not star.isChecked()
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert star.isChecked() and star.text() == "Saved"
    window.open(Target("guide", ("time-zones",)))
    window.close()

    again = make_window(language="zh_Hans", data_dir=folder)  # a new window on the same data folder
    doors = {card.property("target"): card for card in again.page.findChildren(Card)}
    qtbot.mouseClick(doors["saved"], Qt.MouseButton.LeftButton)
    page = again.page
    assert isinstance(page, SavedPage)
    titles = saved_titles(page)
    assert titles[:2] == ["收藏", "微信"]  # the Saved heading, then WeChat
    recent = titles[titles.index("最近浏览") + 1:]
    assert recent[:2] == [store.guide("time-zones").title.zh_Hans, "微信"]  # most recent first
    again.open(Target("platform", ("wechat",)))
    assert again.page.page_actions.star.isChecked()
    assert again.page.page_actions.star.accessibleName() == "收藏“微信”"


def test_every_kind_of_record_page_has_a_star_named_for_it(make_window):
    window = make_window(language="en")
    for target, name in ((Target("guide", ("video-call-parents",)), "Save Video-call your parents in China"),
                         (Target("caution", ("group-chats",)), None), (Target("term", ("vpn",)), "Save VPN")):
        window.open(target)
        star = window.page.page_actions.star
        assert star is not None and star.isCheckable()
        assert star.accessibleName() == (name or f"Save {window.page.document.title}")


def test_the_star_follows_a_language_switch(make_window):
    window = make_window(language="en", target=Target("platform", ("wechat",)))
    window.set_language("zh_Hant")
    assert window.page.page_actions.star.accessibleName() == "收藏「微信」"
    assert window.page.page_actions.star.text() == "收藏"


def test_export_and_import_of_the_saved_list(make_window, tmp_path):
    window = make_window(language="en", data_dir=tmp_path / "first", target=Target("guide", ("share-photos",)))
    window.page.page_actions.star.click()
    window.open(Target("saved"))
    exported = tmp_path / "saved.json"
    assert window.page.export_to(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "qiao-reading-list" and data["saved"] == ["guide/share-photos"]

    other = make_window(language="en", data_dir=tmp_path / "second", target=Target("saved"))
    assert other.page.import_from(exported)
    assert store_title_in(other.page, "share-photos")
    assert other.page.status.text().startswith("Added 1 saved page")
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert not other.page.import_from(broken)
    assert other.page.status.text() == "The file broken.json is not a saved-pages file (it is not valid JSON, line 1)."


def store_title_in(page: SavedPage, guide_id: str) -> bool:
    return any(entry.target == Target("guide", (guide_id,)) for entry in page.entries)


def test_clear_recently_viewed(make_window, tmp_path):
    window = make_window(language="en", data_dir=tmp_path / "owner")
    window.open(Target("term", ("vpn",)))
    window.open(Target("saved"))
    assert window.page.targets()[1] == ["term/vpn"]
    window.page.clear_button.click()
    assert window.page.targets()[1] == []
    assert "Nothing viewed yet" in saved_titles(window.page)


def test_a_kiosk_shows_no_star_and_keeps_no_page(make_window, tmp_path):
    folder = tmp_path / "kiosk"
    window = make_window(language="en", data_dir=folder)
    window.services.features = KIOSK
    window.render()
    assert "saved" not in {card.property("target") for card in window.page.findChildren(Card)}
    window.open(Target("guide", ("time-zones",)))
    assert window.page.page_actions is None or window.page.page_actions.star is None
    actions = window.page.page_actions
    assert actions is not None and actions.pdf_button is None and actions.print_button is not None
    window.open(Target("saved"))
    assert window.page.export_button is None and window.page.entries == []
    store = UserStore(folder)
    assert store.connection.execute("SELECT count(*) FROM recently_viewed").fetchone()[0] == 0


# About

def test_about_says_what_is_kept_and_erases_it_after_asking(make_window, tmp_path, store):
    folder = tmp_path / "owner"
    window = make_window(language="en", data_dir=folder, target=Target("platform", ("signal",)))
    window.page.page_actions.star.click()
    window.open(Target("about"))
    page = window.page
    assert isinstance(page, AboutPage)
    kinds = {item.kind for item in page.stored_items()}
    assert {"settings", "saved", "recent"} <= kinds
    lines = page.stored_lines()
    assert any(line.startswith("• Your settings (the language") and str(folder) in line for line in lines)
    assert any(line.startswith("• 1 saved page: in ") for line in lines)
    page.confirm_erase = lambda: False
    page.erase_button.click()
    assert {item.kind for item in page.stored_items()} == kinds  # asked, and the owner said no
    page.confirm_erase = lambda: True
    page.erase_button.click()
    assert page.stored_items() == [] and page.status.text().startswith("Erased.")
    assert page.stored_lines() == ["Nothing yet."]
    assert UserStore(folder).get("language") is None
    assert not page.erase_button.isEnabled()


def test_about_names_the_versions_and_the_licences(make_window, qtbot):
    from desktop import __version__

    window = make_window(language="zh_Hant", target=Target("about"))
    text = [label.text() for label in window.page.findChildren(type(window.page.status))]
    assert f"「橋」版本 {__version__}" in text
    assert any(line.startswith("內容：隨這個版本安裝，更新於 ") for line in text)
    licence = next(link for link in window.page.links if link.href == "license/fonts")
    assert licence.text() == "閱讀授權全文"
    qtbot.mouseClick(licence, Qt.MouseButton.LeftButton)
    assert window.session.current == Target("license", ("fonts",))
    assert window.page.accessibleName() == "SIL Open Font License 1.1"


@pytest.mark.parametrize("name, phrase", [("code", "Permission is hereby granted"), ("fonts", "SIL OPEN FONT LICENSE"),
                                          ("icons", "ISC License")])
def test_each_licence_text_is_reachable(make_window, name, phrase):
    window = make_window(language="en", target=Target("license", (name,)))
    assert phrase in window.page.text()


def test_a_kiosks_about_page_keeps_nothing_and_erases_nothing(make_window, tmp_path):
    window = make_window(language="en", data_dir=tmp_path / "kiosk")
    window.services.features = KIOSK
    window.open(Target("about"))
    assert window.page.erase_button is None and window.page.stored_items() == []
    lines = window.page.stored_lines()
    assert lines[0].startswith("Nothing. On this computer Qiao keeps nothing of your visit")
