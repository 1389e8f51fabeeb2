"""Two views for teachers and the curious: counterparts on each side of the firewall, and then and now."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel

from desktop.core.comparison import counterpart_pairs, then_and_now
from desktop.core.content_store import ContentStore
from desktop.core.formatting import format_count, format_month
from desktop.core.records import ContextFigure
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui import html
from desktop.ui.labels import code_label, parenthesized
from desktop.ui.link_router import LinkRouter
from desktop.ui.pages.base import ColumnPage, card, heading
from desktop.ui.pages.platform_document import figure_text


def counterparts_page(store: ContentStore, router: LinkRouter, language: str) -> ColumnPage:
    cards = []
    for pair in counterpart_pairs(store.all_platforms()):
        western = " · ".join(platform.name.get(language) for platform in pair.western)
        title = f"{pair.chinese.name.get(language)}  ⇄  {western}"
        detail = pair.chinese.facts["counterparts"].value.get(language) if pair.chinese.facts["counterparts"].value \
            else ""
        widget = card(title, detail, Target("compare", pair.ids), router)
        widget.setAccessibleDescription(_("Compare side by side") + ": " + title)
        cards.append(widget)
    page = ColumnPage([*heading(_("Counterparts on each side"),
                                _("Apps in China and in the West that play the same role. Choose a pair to compare "
                                  "them side by side.")), *cards])
    page.setAccessibleName(_("Counterparts on each side"))
    return page


def _figure_box(figure: ContextFigure, router: LinkRouter, language: str) -> QLabel:
    """A figure about China's internet as a whole: then and now, each with its source link."""
    lines = [f"<b>{html.text(figure.title, language)}</b>"]
    for label, point in ((_("Then: {figure}"), figure.then), (_("Now: {status}"), figure.now)):
        amount = format_count(point.count, language) + (parenthesized(format_month(point.date, language), language)
                                                        if point.date else "")
        text = label.format(figure=amount, status=amount)
        source = html.external_link(point.source, _("Source")) if point.source else ""
        lines.append(f"<b>{html.escape(text)}</b> {html.text(point.value, language)} {source}")
    box = QLabel("<br/>".join(lines))
    box.setObjectName("FigureBox")
    box.setWordWrap(True)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.linkActivated.connect(lambda link: router.activate(QUrl(link)))
    return box


def then_and_now_page(store: ContentStore, router: LinkRouter, language: str) -> ColumnPage:
    widgets = heading(_("Then and now"), _("The platforms described around 2012, and what became of them"))
    widgets += [_figure_box(figure, router, language) for figure in store.figures()]
    for entry in then_and_now(store.all_platforms()):
        platform = entry.platform
        lines = []
        if entry.then and entry.then.history:
            lines.append("<b>" + html.escape(_("Then: {figure}").format(
                figure=figure_text(entry.then.history, language))) + "</b>")
            if entry.then.history_value:
                lines.append(html.text(entry.then.history_value, language))
        if entry.status is not None:
            label = code_label("status", entry.status.code)
            now = f"{label[0]} {label[1]}" if label else ""
            lines.append("<b>" + html.escape(_("Now: {status}").format(status=now)) + "</b><br/>"
                         + html.text(entry.status.value, language))
        if entry.now and entry.now.figure and entry.status and entry.status.code == "active":
            lines.append(html.escape(figure_text(entry.now.figure, language)))
        widgets.append(card(platform.name.get(language), "", Target("platform", (platform.id,)), router,
                            detail_html="<br/>".join(lines)))
    page = ColumnPage(widgets)
    page.setAccessibleName(_("Then and now"))
    return page
