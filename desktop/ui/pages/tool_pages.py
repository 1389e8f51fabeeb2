"""The tools and the owner's own pages: which page each target opens, the Tools list, and a licence's text.

Each page module is imported when its page is first built, as the factory does for the others.
"""

from __future__ import annotations

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from desktop import paths
from desktop.core import number_choice, privacy_checkup
from desktop.core.targets import Target
from desktop.i18n import _
from desktop.ui.keyboard import enable_kinetic_scrolling_soon
from desktop.ui.pages.base import ColumnPage, card, heading
from desktop.ui.pages.factory import PageContext

LICENSE_TITLES = {"code": "MIT License", "fonts": "SIL Open Font License 1.1", "icons": "ISC License (Lucide)"}


def build_tool_page(target: Target, context: PageContext) -> QWidget | None:
    kind = target.kind
    if kind == "tools":
        return tools_page(context)
    if kind == "call-planner":
        from desktop.ui.pages.call_planner_page import CallPlannerPage

        return CallPlannerPage(context)
    if kind == "number-choice":
        from desktop.ui.pages.number_choice_page import NumberChoicePage

        return NumberChoicePage(context)
    if kind == "privacy-checkup":
        from desktop.ui.pages.checkup_page import CheckupPage

        return CheckupPage(context)
    if kind == "saved":
        from desktop.ui.pages.saved_page import SavedPage

        return SavedPage(context)
    if kind == "about":
        from desktop.ui.pages.about_page import AboutPage

        return AboutPage(context)
    if kind == "license":
        return license_page(target.ids[0])
    return None


def tool_titles(context: PageContext) -> dict[str, str]:
    """The tools' names, as the Tools list and the guides' links write them."""
    store, language = context.store, context.language
    return {"call-planner": _("Call planner"),
            "number-choice": store.tool_content(number_choice.TOOL_ID).text("title").get(language),
            "privacy-checkup": store.tool_content(privacy_checkup.TOOL_ID).text("title").get(language)}


def tools_page(context: PageContext) -> ColumnPage:
    titles = tool_titles(context)
    details = {"call-planner": _("Your time beside Beijing's, today's good hours to call, and the next clock change"),
               "number-choice": _("Five questions on which phone number fits your WeChat account, and why"),
               "privacy-checkup": _("Ten questions on your own habits, and the cautions that matter most to you")}
    cards = [card(titles[kind], details[kind], Target(kind), context.router) for kind in titles]
    page = ColumnPage([*heading(_("Tools"), _("Things to use, not only to read: plan a call, choose a number, "
                                              "check your privacy")), *cards])
    page.setAccessibleName(_("Tools"))
    return page


class LicensePage(QWidget):
    """A licence's full text, as it ships with Qiao (in English, as licences are), in a read-only box that wraps
    anywhere: licences have rules of dashes and long addresses no line could hold."""

    def __init__(self, name: str) -> None:
        super().__init__()
        try:
            text = paths.license_file(name).read_text(encoding="utf-8")
        except OSError:
            text = _("The license text is missing from this installation.")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        for widget in heading(LICENSE_TITLES[name]):
            column.addWidget(widget)
        self.text_box = QPlainTextEdit()
        self.text_box.setReadOnly(True)
        self.text_box.setPlainText(text)
        self.text_box.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_box.setAccessibleName(LICENSE_TITLES[name])
        column.addWidget(self.text_box, 1)
        enable_kinetic_scrolling_soon(self.text_box)
        self.setAccessibleName(LICENSE_TITLES[name])

    def text(self) -> str:
        return self.text_box.toPlainText()

    def focus_first(self) -> None:
        self.text_box.setFocus()


def license_page(name: str) -> LicensePage:
    return LicensePage(name)
