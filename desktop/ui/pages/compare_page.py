"""The side-by-side page: a grid readable at a glance, each cell's full text and source on demand, 'show only
differences', and printing or saving as PDF.

When the window is too narrow for every platform (a projector at zoom 2, a portrait kiosk), the grid shows as many
as fit and a row of toggles picks which ones; nothing is ever cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.comparison import differing_criteria
from desktop.core.criteria import CRITERIA
from desktop.core.document import Item, Link
from desktop.core.fact_text import detail_lines, freshness_text
from desktop.core.labels import criterion_label
from desktop.core.records import Platform
from desktop.i18n import _
from desktop.ui.document_view import PartWriter, text_label
from desktop.ui.keyboard import enable_kinetic_scrolling
from desktop.ui.layouts import FlowLayout, grows_with_width
from desktop.ui.pages.base import heading
from desktop.ui.pages.compare_grid import CompareGrid, checked_line, date_span
from desktop.ui.pages.factory import PageContext
from desktop.ui.scroll_page import ScrollPage

LABEL_EM = 10  # the criteria column
CELL_EM = 9.5  # a platform's column, at its narrowest


class ComparePage(QWidget):
    def __init__(self, platforms: list[Platform], context: PageContext) -> None:
        super().__init__()
        self.platforms = platforms
        self._context = context
        self._only_differences = False
        self.shown: list[str] = [platform.id for platform in platforms]
        self.grid: CompareGrid | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = ScrollPage(max_em=110, margin=24, spacing=12)
        outer.addWidget(self.scroll, 1)
        self._title, self._subtitle = heading(" ", " ")
        self.scroll.add(self._title)
        self.scroll.add(self._subtitle)
        self.scroll.add(self._toolbar())
        self._checked = text_label("", "Meta")
        self.scroll.add(self._checked)
        self._switcher_host = QWidget()
        self._switcher = FlowLayout(self._switcher_host, spacing=6)
        grows_with_width(self._switcher_host)
        self.scroll.add(self._switcher_host)
        self._grid_slot = QVBoxLayout()
        slot = QWidget()
        slot.setLayout(self._grid_slot)
        self._grid_slot.setContentsMargins(0, 0, 0, 0)
        self.scroll.add(slot)
        outer.addWidget(self._detail_panel())
        self._capacity = len(platforms)
        self.retranslate(context)

    # Building

    def _toolbar(self) -> QWidget:
        bar = QWidget()
        flow = FlowLayout(bar, spacing=8)
        self.differences = QPushButton()
        self.differences.setObjectName("Chip")
        self.differences.setCheckable(True)
        self.differences.toggled.connect(self.set_only_differences)
        flow.addWidget(self.differences)
        self.print_language = None
        self._print_buttons: list[QPushButton] = []
        features = self._context.features
        if self._context.printer is not None and features & {"print", "save_pdf"}:
            self.print_language = QComboBox()
            self.print_language.addItem("", False)
            self.print_language.addItem("", True)
            flow.addWidget(self.print_language)
            for feature, slot in (("print", self._print), ("save_pdf", self._save_pdf)):
                if feature in features:
                    button = QPushButton()
                    button.setObjectName("ToolButton")
                    button.setProperty("feature", feature)
                    button.clicked.connect(slot)
                    flow.addWidget(button)
                    self._print_buttons.append(button)
        grows_with_width(bar)
        return bar

    def _detail_panel(self) -> QWidget:
        self.detail_area = QScrollArea()
        enable_kinetic_scrolling(self.detail_area)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail = QWidget()
        self.detail.setObjectName("CellDetail")
        self._detail_layout = QVBoxLayout(self.detail)
        self.detail_area.setWidget(self.detail)
        self.detail_area.hide()
        return self.detail_area

    def _build_grid(self) -> None:
        if self.grid is not None:
            self._grid_slot.removeWidget(self.grid)
            self.grid.hide()
            self.grid.deleteLater()
        language, today = self._context.language, self._context.today
        differing = set(differing_criteria(self.platforms))
        criteria = [criterion.key for criterion in CRITERIA if not self._only_differences
                    or criterion.key in differing]
        shown = [platform for platform in self.platforms if platform.id in self.shown]
        facts = [platform.facts.get(key) for platform in shown for key in criteria]
        self._checked.setText(checked_line(date_span(facts), language))
        self.grid = CompareGrid(shown, criteria, language, today, differing if not self._only_differences else set())
        self.grid.cell_opened.connect(self.show_cell)
        self._grid_slot.addWidget(self.grid)
        self.grid.show()

    def _build_switcher(self) -> None:
        while self._switcher.count():
            item = self._switcher.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._switcher_host.setVisible(self._capacity < len(self.platforms))
        if self._capacity >= len(self.platforms):
            return
        label = text_label(_("Showing {shown} of {count}:").format(shown=len(self.shown), count=len(self.platforms)),
                           "ChipsLabel")
        self._switcher.addWidget(label)
        for platform in self.platforms:
            toggle = QPushButton(platform.name.get(self._context.language))
            toggle.setObjectName("Chip")
            toggle.setCheckable(True)
            toggle.setChecked(platform.id in self.shown)
            name = platform.name.get(self._context.language)
            toggle.setAccessibleName(_("Show {name} in the grid").format(name=name))
            toggle.toggled.connect(lambda checked, platform_id=platform.id: self._show_platform(platform_id, checked))
            self._switcher.addWidget(toggle)

    def _show_platform(self, platform_id: str, shown: bool) -> None:
        if shown and platform_id not in self.shown:
            self.shown.append(platform_id)
            if len(self.shown) > self._capacity:
                self.shown.pop(0)
        elif not shown and platform_id in self.shown and len(self.shown) > 1:
            self.shown.remove(platform_id)
        order = [platform.id for platform in self.platforms]
        self.shown.sort(key=order.index)
        self._build_switcher()
        self._build_grid()

    def _fit(self) -> None:
        """As many platform columns as the width allows (at least one)."""
        em = max(8, self.scroll.fontInfoPixelSize())
        available = self.width() - 48 - self.scroll.verticalScrollBar().sizeHint().width()
        capacity = max(1, int((available - LABEL_EM * em) // (CELL_EM * em)))
        capacity = min(capacity, len(self.platforms))
        if capacity == self._capacity and len(self.shown) <= capacity:
            return
        self._capacity = capacity
        self.shown = self.shown[:capacity] if len(self.shown) > capacity else self.shown
        if len(self.shown) < capacity:
            self.shown += [p.id for p in self.platforms if p.id not in self.shown][: capacity - len(self.shown)]
        order = [platform.id for platform in self.platforms]
        self.shown.sort(key=order.index)
        self._build_switcher()
        self._build_grid()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    # What the reader does

    def set_only_differences(self, only: bool) -> None:
        self._only_differences = only
        if self.differences.isChecked() != only:
            self.differences.setChecked(only)
        self._build_grid()

    def criteria(self) -> list[str]:
        return list(self.grid.criteria) if self.grid else []

    def show_cell(self, row: int, column: int) -> None:
        """The full text, date and source of a cell, below the grid."""
        if self.grid is None:
            return
        platform = self.grid.platforms[column]
        key = self.grid.criteria[row]
        fact = platform.facts.get(key)
        language, today = self._context.language, self._context.today
        while self._detail_layout.count():
            item = self._detail_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = text_label(f"{platform.name.get(language)} · {criterion_label(key)}", "Strong")
        self._detail_layout.addWidget(title)
        lines = detail_lines(fact, language, today) if fact else [_("Not confirmed: we could not verify this.")]
        for line in lines:
            self._detail_layout.addWidget(text_label(line, "Paragraph"))
        writer = PartWriter(self._context.router.open_href)
        meta = Item(freshness_text(fact, language, today)[0] if fact and fact.as_of else "",
                    links=(Link(_("Source"), fact.source),) if fact and fact.source else (), style="meta")
        self._detail_layout.addWidget(writer.item(meta))
        close = QPushButton(_("Close"))
        close.setObjectName("ToolButton")
        close.clicked.connect(self.hide_detail)
        self._detail_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail_area.setMaximumHeight(max(160, self.height() * 2 // 5))
        self.detail_area.show()
        self.detail_links = writer.links_made()

    def hide_detail(self) -> None:
        self.detail_area.hide()
        if self.grid is not None:
            self.grid.focus_current()

    # Language, place and focus

    def retranslate(self, context: PageContext) -> bool:
        self._context = context
        language = context.language
        names = " · ".join(platform.name.get(language) for platform in self.platforms)
        self._title.setText(_("Side by side"))
        self._subtitle.setText(names)
        self.differences.setText(_("Show only differences"))
        if self.print_language is not None:
            self.print_language.setItemText(0, _("In this language"))
            self.print_language.setItemText(1, _("Bilingual, English and Chinese"))
            self.print_language.setAccessibleName(_("Language of the printout"))
        for button in self._print_buttons:
            button.setText(_("Print…") if button.property("feature") == "print" else _("Save as PDF…"))
        self.setAccessibleName(_("Side by side") + ": " + names)
        self._build_switcher()
        if self.grid is None:
            self._build_grid()
        else:  # the same grid, its words in the new language: the reader's cell and place stay
            self.grid.retranslate(language)
            shown = [platform for platform in self.platforms if platform.id in self.shown]
            self._checked.setText(checked_line(date_span([platform.facts.get(key) for platform in shown
                                                          for key in self.grid.criteria]), language))
        if self.detail_area.isVisible() and self.grid is not None:
            self.show_cell(*self.grid.current)
        return True

    def save_state(self) -> dict:
        return {"only_differences": self._only_differences, "shown": list(self.shown),
                "cell": list(self.grid.current) if self.grid else [0, 0], "place": self.scroll.place()}

    def restore_state(self, state: dict) -> None:
        self.shown = [pid for pid in state.get("shown", self.shown) if pid in {p.id for p in self.platforms}]
        self._only_differences = bool(state.get("only_differences"))
        self.differences.blockSignals(True)
        self.differences.setChecked(self._only_differences)
        self.differences.blockSignals(False)
        self._build_switcher()
        self._build_grid()
        cell = state.get("cell")
        if cell and self.grid and self.grid.cells:
            row = min(cell[0], len(self.grid.cells) - 1)
            self.grid.current = (row, min(cell[1], len(self.grid.cells[row]) - 1))
            self.grid._rove()
        self.scroll.restore_place(state.get("place"))

    def focus_first(self) -> None:
        self._title.setFocus()

    # Printing

    def _print(self) -> None:
        self._context.printer.print_with_dialog(self, self.platforms, bool(self.print_language.currentData()),
                                                self._only_differences)

    def _save_pdf(self) -> None:
        self._context.printer.save_with_dialog(self, self.platforms, bool(self.print_language.currentData()),
                                               self._only_differences)

