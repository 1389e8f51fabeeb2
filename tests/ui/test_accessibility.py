"""What a screen reader finds on every page: every control named in the active language, links as links, headings
as headings, page names that are titles rather than ids."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible

from desktop.ui.accessibility import LinkButton
from tests.ui.screens import LANGUAGES, PAGES

Role = QAccessible.Role
INTERACTIVE = {Role.Button, Role.CheckBox, Role.RadioButton, Role.Link, Role.EditableText, Role.ComboBox,
               Role.ListItem, Role.Cell, Role.PageTab, Role.MenuItem}
ID_LIKE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")  # 'video-call-parents'


def walk(interface, found: list) -> list:
    if interface is None or not interface.isValid():
        return found
    state = interface.state()
    if not state.invisible:
        found.append(interface)
    for index in range(interface.childCount()):
        walk(interface.child(index), found)
    return found


def accessible_objects(window) -> list:
    QAccessible.setActive(True)
    return walk(QAccessible.queryAccessibleInterface(window), [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_has_a_name_and_links_are_links(make_window, qtbot, language):
    window = make_window(language=language)
    counts = {"interactive": 0, "links": 0}
    unnamed, id_names = [], []
    for target in PAGES:
        window.open(target)
        qtbot.wait(1)
        objects = accessible_objects(window)
        for interface in objects:
            role = interface.role()
            name = interface.text(QAccessible.Text.Name).strip()
            if role in INTERACTIVE:
                counts["interactive"] += 1
                if not name:
                    unnamed.append(f"{target}: {role.name} {interface.object()}")
            if role == Role.Link:
                counts["links"] += 1
        links_on_page = [link for link in window.page.findChildren(LinkButton) if link.isVisibleTo(window)]
        exposed = [interface for interface in objects if interface.role() == Role.Link]
        assert len(exposed) >= len(links_on_page), f"{target}: {len(links_on_page)} links, {len(exposed)} exposed"
        page_name = window.page.accessibleName()
        if ID_LIKE.match(page_name) or not page_name:
            id_names.append(f"{target}: {page_name!r}")
        assert page_name in window.windowTitle()
    assert unnamed == []
    assert id_names == []
    assert counts["links"] > 50  # guides, cautions and platform pages are full of sources


def test_headings_are_announced_as_headings(make_window):
    from desktop.core.targets import Target

    window = make_window(language="zh_Hant", target=Target("guide", ("video-call-parents",)))
    headings = [interface.text(QAccessible.Text.Name) for interface in accessible_objects(window)
                if interface.role() == Role.Heading]
    assert headings[0] == window.page.document.title
    assert "步驟" in headings


def test_each_comparison_toggle_names_its_platform(make_window):
    from desktop.core.targets import Target

    window = make_window(language="en", target=Target("platforms"))
    names = [interface.text(QAccessible.Text.Name) for interface in accessible_objects(window)
             if interface.role() in (Role.Button, Role.CheckBox)
             and "comparison" in interface.text(QAccessible.Text.Name)]
    assert "Add WeChat to the comparison" in names
    assert len(names) == len(set(names)) == len(window.page.tiles)


def test_language_buttons_and_filters_are_radio_buttons(make_window):
    from desktop.core.targets import Target

    window = make_window(language="en", target=Target("platforms"))
    radios = {interface.text(QAccessible.Text.Name): interface.state().checked
              for interface in accessible_objects(window) if interface.role() == Role.RadioButton}
    assert radios["English"] and not radios["简体中文"]
    assert radios["All"] and not radios["Messaging"]


def test_a_screen_readers_interfaces_go_with_their_pages(make_window, qtbot):
    """Interfaces of widgets that are gone are released, so Qt can never mistake a new one for an old one (which
    crashed a screen reader walking a list page) and memory does not grow page after page."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.core.targets import Target
    from desktop.ui import accessible_roles

    window = make_window(language="en")
    counts = []
    for _round in range(4):
        for target in (Target("guide", ("video-call-parents",)), Target("glossary"), Target("privacy")):
            window.open(target)
            accessible_objects(window)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        counts.append(len(accessible_roles._alive))
    assert counts[-1] <= counts[0]
