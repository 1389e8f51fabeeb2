"""The platform browser: every platform as a tile, filtered by kind and by task, chosen for a side-by-side.

Everything scrolls together (heading, filters, tiles) in as many columns as fit; only the bar with the chosen
count and the Compare button stays at the bottom, in sight. Filters and choices survive a language switch, a zoom
change and a return by Back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.comparison import HISTORICAL, KIND_FILTERS, filter_platforms
from desktop.core.labels import KIND_LABELS
from desktop.core.targets import MAX_COMPARED, Target
from desktop.i18n import N_, _
from desktop.ui.accessibility import LinkButton
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.layouts import ColumnsLayout, FlowLayout, grows_with_width
from desktop.ui.pages.base import heading
from desktop.ui.pages.factory import PageContext
from desktop.ui.pages.platform_tile import PlatformTile
from desktop.ui.scroll_page import ScrollPage

FILTER_LABELS = {**KIND_LABELS, HISTORICAL: N_("Closed or historical")}
TILE_EM = 17  # a tile's narrowest, in body-text ems


class PlatformBrowser(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self._router = context.router
        self._language = context.language
        self._platforms = context.store.all_platforms()
        self._tasks = context.store.tasks()
        self.selected: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = ScrollPage(max_em=80, margin=24, spacing=16)
        outer.addWidget(self.scroll, 1)
        self._title, self._subtitle = heading("", " ")
        self.scroll.add(self._title)
        self.scroll.add(self._subtitle)
        self.scroll.add(self._views_row())
        self.kind_chips = ChoiceGroup("", [(None, "")] + [(kind, "") for kind in KIND_FILTERS], "kind")
        self.task_chips = ChoiceGroup("", [(None, "")] + [(platforms, "") for _id, _t, platforms in self._tasks],
                                      "task")
        self.kind_chips.chosen.connect(lambda _value: self.refresh())
        self.task_chips.chosen.connect(lambda _value: self.refresh())
        self.scroll.add(self.kind_chips)
        self.scroll.add(self.task_chips)
        self.tiles: dict[str, PlatformTile] = {}
        grid_host = QWidget()
        em = max(8, self.scroll.fontInfoPixelSize())
        self._grid = ColumnsLayout(grid_host, spacing=12, min_column=TILE_EM * em, max_columns=4)
        grows_with_width(grid_host)
        for platform in self._platforms:
            tile = PlatformTile(platform, self._language)
            tile.toggled.connect(self.choose)
            tile.opened.connect(lambda platform_id: self._router.go(Target("platform", (platform_id,))))
            self.tiles[platform.id] = tile
            self._grid.addWidget(tile)
        self.scroll.add(grid_host)
        outer.addWidget(self._compare_bar())
        self.retranslate(context)
        self.refresh()

    @property
    def toggles(self) -> dict[str, QPushButton]:
        return {platform_id: tile.toggle for platform_id, tile in self.tiles.items()}

    @property
    def cards(self) -> dict[str, QWidget]:
        return {platform_id: tile.card for platform_id, tile in self.tiles.items()}

    def _views_row(self) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=8)
        self._view_links = []
        for target in (Target("counterparts"), Target("then-and-now")):
            link = LinkButton("", str(target))
            link.setObjectName("LinkButton")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _checked=False, target=target: self._router.go(target))
            flow.addWidget(link)
            self._view_links.append(link)
        grows_with_width(row)
        return row

    def _compare_bar(self) -> QWidget:
        """One line at the bottom, always in sight: the chosen names (cut short when narrow) and the button."""
        bar = QWidget()
        bar.setObjectName("CompareBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 8, 24, 12)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("PageSubtitle")
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("PrimaryButton")
        self.compare_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.compare_button.clicked.connect(self.compare)
        row.addWidget(self.selection_label, 1)
        row.addWidget(self.compare_button)
        return bar

    def retranslate(self, context: PageContext) -> bool:
        """The same page in ``context.language``, in place: choices, filters and place are kept."""
        self._language = context.language
        self._title.setText(_("Compare platforms"))
        self._subtitle.setText(_("Who runs each app, where it works, and how private it is") + "\n"
                               + _("Choose two to four platforms to compare side by side."))
        for link, text in zip(self._view_links, (_("Counterparts on each side"), _("Then and now"))):
            link.setText(text)
        self.kind_chips.set_texts(_("Kind:"), [_("All")] + [_(FILTER_LABELS[kind]) for kind in KIND_FILTERS])
        self.task_chips.set_texts(_("For:"), [_("Any task")] + [title.get(self._language)
                                                                for _id, title, _p in self._tasks])
        for tile in self.tiles.values():
            tile.retranslate(self._language)
        self._update_selection()
        self.setAccessibleName(_("Compare platforms"))
        return True

    def visible_ids(self) -> list[str]:
        return [platform.id for platform in filter_platforms(self._platforms, self.kind_chips.value,
                                                              self.task_chips.value)]

    def refresh(self) -> None:
        visible = self.visible_ids()
        while self._grid.count():
            self._grid.takeAt(0)
        for tile in self.tiles.values():
            tile.hide()
        for platform_id in visible:
            self._grid.addWidget(self.tiles[platform_id])
            self.tiles[platform_id].show()
        self._grid.invalidate()
        self._update_selection()

    def choose(self, platform_id: str, chosen: bool) -> None:
        if chosen and platform_id not in self.selected and len(self.selected) < MAX_COMPARED:
            self.selected.append(platform_id)
        elif not chosen and platform_id in self.selected:
            self.selected.remove(platform_id)
        self._update_selection()

    def _update_selection(self) -> None:
        full = len(self.selected) >= MAX_COMPARED
        for platform_id, tile in self.tiles.items():
            chosen = platform_id in self.selected
            tile.show_chosen(chosen, chosen or not full)
        count = len(self.selected)
        names = [self.tiles[platform_id].platform.name.get(self._language) for platform_id in self.selected]
        self.selection_label.setText(" · ".join(names))
        self.selection_label.setToolTip(" · ".join(names))
        self.compare_button.setText(_("Compare side by side ({count})").format(count=count))
        self.compare_button.setEnabled(count >= 2)

    def compare(self) -> None:
        if len(self.selected) >= 2:
            self._router.go(Target("compare", tuple(self.selected)))

    # The reader's place

    def save_state(self) -> dict:
        return {"kind": self.kind_chips.current_index, "task": self.task_chips.current_index,
                "selected": list(self.selected), "place": self.scroll.place()}

    def restore_state(self, state: dict) -> None:
        self.kind_chips.choose_index(state.get("kind", 0), notify=False)
        self.task_chips.choose_index(state.get("task", 0), notify=False)
        self.selected = [platform_id for platform_id in state.get("selected", []) if platform_id in self.tiles]
        self.selected = self.selected[:MAX_COMPARED]
        self.refresh()
        self.scroll.restore_place(state.get("place"))

    def focus_first(self) -> None:
        self._title.setFocus()
