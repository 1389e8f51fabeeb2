"""The center's own pages: the home page's fourth door on its kiosk, listed and read like guides, in three languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.targets import Target
from desktop.ui.pages.center_pages import CenterRecordPage


def test_the_fourth_door_leads_to_the_centers_pages(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hans")
    home = kiosk.window.page
    door = home.doors[0]
    assert len(home.doors) == 4 and door.title() == "枫树街社区中心" and door.property("target") == "center"
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    titles = [entry.title for entry in kiosk.window.page.list_view.model().entries()]
    pages = kiosk.services.center.pages.guides()
    assert titles == [page.title.zh_Hans for page in pages] and [page.id for page in pages] == [
        "english-classes", "food-pantry", "legal-aid", "phone-numbers"]


def test_a_centers_page_reads_as_a_guide_and_switches_language_in_place(make_kiosk):
    kiosk = make_kiosk()
    kiosk.start_visit("en")
    kiosk.window.open(Target("center-page", ("legal-aid",)))
    page = kiosk.window.page
    assert isinstance(page, CenterRecordPage)
    assert page.accessibleName() == "Free legal help (example center)"
    kiosk.window.set_language("zh_Hant", persist=False)
    assert kiosk.window.page is page and page.accessibleName() == "免費法律諮詢（示例中心）"


def test_a_laptop_has_no_center_door(make_window):
    window = make_window()
    assert len(window.page.doors) == 3 and all(door.property("target") != "center" for door in window.page.doors)
    window.open(Target("center"))
    assert window.notice.isVisible() and window.session.current.kind == "home"
