"""Two views for teachers and the curious: counterparts on each side of the firewall, and then and now."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.comparison import counterpart_pairs, then_and_now
from desktop.core.document import Item, Link
from desktop.core.fact_text import figure_text
from desktop.core.formatting import format_count, format_month
from desktop.core.labels import code_label, parenthesized
from desktop.core.records import ContextFigure
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.document_view import PartWriter
from desktop.ui.pages.base import ColumnPage, card, heading
from desktop.ui.pages.factory import PageContext


def counterparts_page(context: PageContext) -> ColumnPage:
    language, router = context.language, context.router
    cards = []
    for pair in counterpart_pairs(context.store.all_platforms()):
        western = " · ".join(platform.name.get(language) for platform in pair.western)
        title = f"{pair.chinese.name.get(language)}  ⇄  {western}"
        fact = pair.chinese.facts.get("counterparts")
        detail = fact.value.get(language) if fact is not None and fact.value else ""
        widget = card(title, detail, Target("compare", pair.ids), router)
        widget.setAccessibleDescription(_("Compare side by side") + ": " + title)
        cards.append(widget)
    page = ColumnPage([*heading(_("Counterparts on each side"),
                                _("Apps in China and in the West that play the same role. Choose a pair to compare "
                                  "them side by side.")), *cards])
    page.setAccessibleName(_("Counterparts on each side"))
    return page


def _figure_box(figure: ContextFigure, writer: PartWriter, language: str) -> QWidget:
    """A figure about China's internet as a whole: then and now, each with its source as a real link."""
    box = QWidget()
    box.setObjectName("FigureBox")
    column = QVBoxLayout(box)
    column.addWidget(writer.item(Item(strong=figure.title.get(language))))
    for label, point in ((_("Then: {figure}"), figure.then), (_("Now: {status}"), figure.now)):
        amount = format_count(point.count, language) + (parenthesized(format_month(point.date, language), language)
                                                        if point.date else "")
        links = (Link(_("Source"), point.source),) if point.source else ()
        column.addWidget(writer.item(Item(point.value.get(language) if point.value else "",
                                          strong=label.format(figure=amount, status=amount), links=links)))
    return box


def then_and_now_page(context: PageContext) -> ColumnPage:
    language, router = context.language, context.router
    writer = PartWriter(router.open_href)
    widgets: list[QWidget] = heading(_("Then and now"),
                                     _("The platforms described around 2012, and what became of them"))
    widgets += [_figure_box(figure, writer, language) for figure in context.store.figures()]
    for entry in then_and_now(context.store.all_platforms()):
        platform = entry.platform
        lines = []
        if entry.then and entry.then.history:
            lines.append(_("Then: {figure}").format(figure=figure_text(entry.then.history, language)))
            if entry.then.history_value:
                lines.append(entry.then.history_value.get(language))
        if entry.status is not None:
            label = code_label("status", entry.status.code)
            now = f"{label[0]} {label[1]}" if label else ""
            lines.append(_("Now: {status}").format(status=now))
            if entry.status.value:
                lines.append(entry.status.value.get(language))
        if entry.now and entry.now.figure and entry.status and entry.status.code == "active":
            lines.append(figure_text(entry.now.figure, language))
        widgets.append(card(platform.name.get(language), "\n".join(lines), Target("platform", (platform.id,)),
                            router))
    page = ColumnPage(widgets)
    page.setAccessibleName(_("Then and now"))
    return page
