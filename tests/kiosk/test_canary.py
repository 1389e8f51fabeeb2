"""The canary test, as ChromiumOS proves a guest session leaves nothing: plant a unique string through every path a
visitor has, reset, then look for it everywhere the next visitor (or anyone at the kiosk) could."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QAccessible, QClipboard, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QMessageBox, QWidget

from desktop.core.targets import Target
from desktop.ui.accessibility import LinkButton

PATHS_PLANTED = ("search text", "search history and Back", "clipboard", "selection", "opened guide, comparison and "
                 "search results", "on-screen keyboard input and its learned-words file", "a library's temporary file",
                 "an open dialog", "a QR code shown", "language zh_Hant and zoom 2.5")


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.windowTitle(),
             widget.statusTip(), widget.whatsThis()]
    for method in ("text", "placeholderText", "title"):
        value = getattr(widget, method, None)
        if callable(value):
            try:
                result = value()
            except TypeError:
                continue
            texts.append(result if isinstance(result, str) else "")
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]
    return texts


def _accessible_texts(interface, depth: int = 0) -> list[str]:
    if interface is None or not interface.isValid() or depth > 60:
        return []
    texts = [interface.text(role) for role in (QAccessible.Text.Name, QAccessible.Text.Value,
                                               QAccessible.Text.Description)]
    for index in range(interface.childCount()):
        texts += _accessible_texts(interface.child(index), depth + 1)
    return texts


def _files_with(folders: list[Path], canary: str) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and (canary.encode() in path.read_bytes() or canary in path.name):
                found.append(str(path))
    return found


def traces(kiosk, canary: str, folders: list[Path]) -> list[str]:
    """Every place the canary still shows."""
    places = []
    for widget in QApplication.allWidgets():
        if any(canary in text for text in _widget_texts(widget) if text):
            places.append(f"widget {type(widget).__name__} {widget.objectName()}")
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if canary in clipboard.text(mode):
            places.append(f"clipboard {mode.name}")
    if canary in repr(kiosk.window.session):
        places.append("session")
    rows = kiosk.services.user_store.connection.execute("SELECT key, value FROM settings").fetchall()
    if any(canary in str(row) for row in rows):
        places.append("settings in memory")
    if any(canary in text for text in _accessible_texts(QAccessible.queryAccessibleInterface(kiosk.frame))):
        places.append("accessibility tree")
    places += [f"file {path}" for path in _files_with(folders, canary)]
    return places


def test_nothing_of_a_visitor_survives_the_reset(make_kiosk, qtbot, private_folders):
    canary = f"canary{uuid.uuid4().hex[:12]}"
    kiosk = make_kiosk()
    kiosk.start_visit("zh_Hans")
    window = kiosk.window
    window.open(Target("guide", ("video-call-parents",)))
    window.open(Target("compare", ("wechat", "whatsapp", "signal")))
    field = window.header.search_field
    qtbot.keyClicks(field, canary)  # search text, and its undo history
    window._run_search()
    window.open(Target("guides"))  # the search is now in the history: Back would show it
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(canary)
    if clipboard.supportsSelection():
        clipboard.setText(canary, QClipboard.Mode.Selection)
    field.setFocus()
    QApplication.sendEvent(field, QInputMethodEvent("", []))  # what an on-screen keyboard sends
    commit = QInputMethodEvent()
    commit.setCommitString(f"{canary}键盘")
    QApplication.sendEvent(field, commit)
    learned = kiosk.folder.keyboard_data() / "pinyin" / "usr_dict.dat"
    learned.parent.mkdir(parents=True)
    learned.write_text(canary, encoding="utf-8")  # where the keyboard keeps learned words during this visit
    (kiosk.folder.path / "cache" / f"{canary}.tmp").write_text(canary, encoding="utf-8")
    dialog = QMessageBox(QMessageBox.Icon.Information, "Qiao", canary)
    dialog.show()
    window.set_language("zh_Hant", persist=False)
    window.set_zoom(2.5)
    window.open(Target("guide", ("video-call-parents",)))
    link = next(button for button in window.page.findChildren(LinkButton) if "://" in button.href)
    link.click()
    assert kiosk.qr.isVisible()
    field.setText(canary)
    field.selectAll()  # the selection (X11's PRIMARY where the platform has one)
    folders = list(private_folders.values())
    before = traces(kiosk, canary, folders)
    assert "session" in before and "clipboard Clipboard" in before and any("file" in place for place in before)
    assert any("widget" in place for place in before) and any("SearchField" in place for place in before)

    kiosk.reset()

    assert traces(kiosk, canary, folders) == []
    new_field = kiosk.window.header.search_field
    assert new_field is not field and not new_field.isUndoAvailable() and new_field.text() == ""
    new_field.undo()
    assert canary not in new_field.text()
    session = kiosk.window.session
    assert (session.language, session.zoom, session.history, session.opened, session.search_text) == \
        ("en", 1.5, [], [], "")
    assert not kiosk.qr.isVisible() and kiosk.qr.url == ""
    assert not learned.exists() and (_deleted(dialog) or not dialog.isVisible())
    assert kiosk.frame.stack.currentWidget() is kiosk.start_screen
    assert all(widget.isHidden() or not isinstance(widget, QMessageBox) for widget in QApplication.topLevelWidgets())
    assert QApplication.focusWidget() is None or kiosk.frame.isAncestorOf(QApplication.focusWidget())
    assert [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and canary in w.text()] == []


def _deleted(widget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)
