"""The accessibility factory behind the widgets of ``desktop.ui.accessibility``: Qt interfaces that announce a
heading as a heading, a link as a link and an exclusive choice as a radio button."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget

from desktop.ui.accessibility import ChoiceButton, HeadingLabel, LinkButton


class _Named(QAccessibleWidget):
    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or widget.text()
        if kind == QAccessible.Text.Description:
            return widget.accessibleDescription()
        return super().text(kind)


class _Heading(_Named):
    def __init__(self, widget: HeadingLabel) -> None:
        super().__init__(widget, QAccessible.Role.Heading)


class _Pressable(_Named):
    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: N802
        if name == QAccessibleActionInterface.pressAction() and self.widget().isEnabled():
            self.widget().click()


class _Link(_Pressable):
    def __init__(self, widget: LinkButton) -> None:
        super().__init__(widget, QAccessible.Role.Link)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.linked = True
        return state


class _Choice(_Pressable):
    def __init__(self, widget: QAbstractButton) -> None:
        super().__init__(widget, QAccessible.Role.RadioButton)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self.widget().isChecked()
        return state


_ROLES = ((HeadingLabel, _Heading), (LinkButton, _Link), (ChoiceButton, _Choice))
# Qt's accessibility cache keeps each interface and deletes it with its widget. The Python side must stay referenced
# until then (dropping it earlier would delete an interface Qt still holds). When the widget goes, its wrapper is
# invalidated and released: otherwise a new interface Qt later makes at the same address would be taken for the old
# one, and a screen reader's next question would reach freed memory.
_alive: dict[int, QAccessibleWidget] = {}


def _forget(key: int, _destroyed=None) -> None:
    interface = _alive.pop(key, None)
    if interface is not None:
        shiboken6.invalidate(interface)


def _factory(key: str, obj) -> QAccessibleWidget | None:
    for widget_class, interface_class in _ROLES:
        if isinstance(obj, widget_class):
            interface = interface_class(obj)
            key = id(interface)
            _alive[key] = interface
            obj.destroyed.connect(partial(_forget, key))
            return interface
    return None


_installed = False


def install() -> None:
    """Installs the factory once per process."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
