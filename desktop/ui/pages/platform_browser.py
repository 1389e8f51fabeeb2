"""The platform browser: every platform as a card, filtered by kind and by task, chosen for a side-by-side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.core.comparison import HISTORICAL, KIND_FILTERS, filter_platforms, is_historical, works_on_both_sides
from desktop.core.content_store import ContentStore
from desktop.core.records import Platform
from desktop.core.targets import MAX_COMPARED, Target
from desktop.i18n import N_, _
from desktop.ui.card import Card
from desktop.ui.labels import KIND_LABELS, code_label
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import heading

FILTER_LABELS = {**KIND_LABELS, HISTORICAL: N_("Closed or historical")}
COLUMNS = 2


def _chip(text: str, checked: bool = False) -> QPushButton:
    chip = QPushButton(text)
    chip.setObjectName("Chip")
    chip.setCheckable(True)
    chip.setChecked(checked)
    chip.setCursor(Qt.CursorShape.PointingHandCursor)
    return chip


def badges(platform: Platform) -> str:
    """One line of badges, each a symbol and words: never colour alone."""
    parts = []
    if works_on_both_sides(platform):
        parts.append("⇄ " + _("Works on both sides"))
    if is_historical(platform):
        label = code_label("status", platform.facts["status"].code)
        parts.append(f"{label[0]} {label[1]}")
    e2ee = platform.facts.get("e2ee")
    if e2ee is not None and e2ee.code == "yes":
        parts.append("✓ " + _("Encrypted end to end by default"))
    return "   ".join(parts)


class PlatformBrowser(QWidget):
    def __init__(self, store: ContentStore, router: LinkRouter, language: str) -> None:
        super().__init__()
        self._router = router
        self._language = language
        self._platforms = store.all_platforms()
        self._tasks = store.tasks()
        self._kind: str | None = None
        self._task: tuple[str, ...] | None = None
        self.selected: list[str] = []
        self.cards: dict[str, Card] = {}
        self.toggles: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        for label in heading(_("Compare platforms"), _("Who runs each app, where it works, and how private it is")):
            layout.addWidget(label)
        layout.addLayout(self._views_row(router))
        layout.addLayout(self._chips_row(_("Kind:"), [(None, _("All"))] + [(kind, _(FILTER_LABELS[kind]))
                                                                             for kind in KIND_FILTERS], self._set_kind))
        tasks = [(platforms, title.get(language)) for _task_id, title, platforms in self._tasks]
        layout.addLayout(self._chips_row(_("For:"), [(None, _("Any task"))] + tasks, self._set_task))
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._compare_bar())
        self._build_cards()
        self.refresh()
        self.setAccessibleName(_("Compare platforms"))

    def _views_row(self, router: LinkRouter) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, target in ((_("Counterparts on each side"), Target("counterparts")),
                             (_("Then and now"), Target("then-and-now"))):
            button = QPushButton(text)
            button.setObjectName("LinkButton")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, target=target: router.go(target))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _chips_row(self, label: str, choices: list, on_choose) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(label)
        title.setObjectName("ChipsLabel")
        row.addWidget(title)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for index, (value, text) in enumerate(choices):
            chip = _chip(text, checked=index == 0)
            chip.clicked.connect(lambda _checked=False, value=value: on_choose(value))
            group.addButton(chip)
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def _compare_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.selection_label = QLabel()
        self.selection_label.setObjectName("PageSubtitle")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("PrimaryButton")
        self.compare_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.compare_button.clicked.connect(self.compare)
        row.addWidget(self.selection_label, 1)
        row.addWidget(self.compare_button)
        return row

    def _build_cards(self) -> None:
        for platform in self._platforms:
            detail = " · ".join((_(KIND_LABELS[platform.kind]), platform.summary.get(self._language)))
            card = Card(platform.name.get(self._language), detail)
            card.setProperty("target", f"platform/{platform.id}")
            card.activated.connect(lambda platform_id=platform.id: self._router.go(Target("platform", (platform_id,))))
            badge_text = badges(platform)
            if badge_text:
                badge = QLabel(badge_text)
                badge.setObjectName("Badge")
                badge.setWordWrap(True)
                badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
                card.add_widget(badge)
            toggle = QPushButton()
            toggle.setObjectName("CompareToggle")
            toggle.setCheckable(True)
            toggle.setCursor(Qt.CursorShape.PointingHandCursor)
            toggle.toggled.connect(lambda checked, platform_id=platform.id: self.choose(platform_id, checked))
            card.add_widget(toggle)
            self.cards[platform.id] = card
            self.toggles[platform.id] = toggle

    def _set_kind(self, kind: str | None) -> None:
        self._kind = kind
        self.refresh()

    def _set_task(self, platforms: tuple[str, ...] | None) -> None:
        self._task = platforms
        self.refresh()

    def visible_ids(self) -> list[str]:
        return [platform.id for platform in filter_platforms(self._platforms, self._kind, self._task)]

    def refresh(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        for card in self.cards.values():
            card.hide()
        for index, platform_id in enumerate(self.visible_ids()):
            self._grid.addWidget(self.cards[platform_id], index // COLUMNS, index % COLUMNS)
            self.cards[platform_id].show()
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        self._update_selection()

    def choose(self, platform_id: str, chosen: bool) -> None:
        if chosen and platform_id not in self.selected and len(self.selected) < MAX_COMPARED:
            self.selected.append(platform_id)
        elif not chosen and platform_id in self.selected:
            self.selected.remove(platform_id)
        self._update_selection()

    def _update_selection(self) -> None:
        full = len(self.selected) >= MAX_COMPARED
        for platform_id, toggle in self.toggles.items():
            chosen = platform_id in self.selected
            toggle.blockSignals(True)
            toggle.setChecked(chosen)
            toggle.blockSignals(False)
            toggle.setText("✓ " + _("Chosen for comparison") if chosen else "+ " + _("Add to comparison"))
            toggle.setEnabled(chosen or not full)
        count = len(self.selected)
        self.selection_label.setText(_("Choose two to four platforms to compare side by side.") if count < 2
                                     else _("{count} chosen").format(count=count))
        self.compare_button.setText(_("Compare side by side ({count})").format(count=count))
        self.compare_button.setEnabled(count >= 2)

    def compare(self) -> None:
        if len(self.selected) >= 2:
            self._router.go(Target("compare", tuple(self.selected)))
