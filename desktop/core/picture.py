"""A document made ready to send home as a picture (长图): what it keeps, what it leaves out, where it may split.

Family in mainland China reads the picture in a chat app, where a link does nothing and many sites are blocked.
So the picture keeps every word of the document but no link: web addresses are left out (one line at the end says
the sources are in the app), and links inside Qiao ("Read the report", "Source") are navigation and go too. The
names of apps and glossary words that are written as links stay, as plain words.

The picture is cut into parts only between units: a unit is one step, one paragraph or one list entry, with the
headings above it kept on it, so no step is ever split across two images. No Qt here: the renderer in
``desktop/ui/long_image.py`` draws the lines; tests read them as data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.document import Block, Document, FactTable, Heading, Item, ItemList, LinkRow, Paragraph
from desktop.core.formatting import after_label, format_date
from desktop.core.targets import TOOL_PAGES
from desktop.i18n import _, brand_name

Translate = Callable[[str], str]
KINDS = ("title", "heading", "subheading", "text", "meta", "step", "bullet")
HEADINGS = ("title", "heading", "subheading")
_COLONS = (":", "：")


@dataclass(frozen=True)
class PictureLine:
    """One thing the picture draws: ``kind`` is one of KINDS; a step has its ``number``; ``strong`` is a bold
    lead ('Who this is for:') written before the text."""

    kind: str
    text: str
    strong: str = ""
    number: int = 0

    @property
    def lead_inline(self) -> bool:
        """A lead ending in a colon ('Who this is for:') runs into its text; any other (a caution's title, a
        glossary word) stands on a line of its own above it."""
        return self.strong.endswith(_COLONS)

    def words(self) -> str:
        """The bold lead and the text, as the picture writes them."""
        if not self.strong or not self.text:
            return self.strong or self.text
        return after_label(self.strong) + self.text if self.lead_inline else f"{self.strong}\n{self.text}"

    def plain(self) -> str:
        words = self.words()
        return f"{self.number}. {words}" if self.kind == "step" else f"• {words}" if self.kind == "bullet" else words


Unit = tuple[PictureLine, ...]


@dataclass(frozen=True)
class Picture:
    """What the picture says, as units to place whole, with its footer and the note that replaced the links."""

    title: str
    language: str
    units: tuple[Unit, ...]
    footer: str  # 'From 桥 Qiao · December 2, 2026'
    continued: str  # the title as later parts show it: 'Video calls with parents (continued)'
    dropped_links: int  # how many web links were left out (the note at the end says where the sources are)

    def plain_text(self) -> str:
        """The same words as the picture, for the copyable text beside it."""
        lines = [line.plain() for unit in self.units for line in unit]
        return "\n".join([*lines, self.footer])


def _list_separator(language: str) -> str:
    return ", " if language == "en" else "、"


def _item_line(item: Item, kind: str, number: int, language: str) -> tuple[PictureLine | None, int]:
    """The line for an item, and how many web links it lost (links inside Qiao go silently). A word written as a
    link (a glossary word before its meaning) stays, in bold, as the line's lead."""
    dropped = sum(1 for link in (*item.lead, *item.links) if link.external)
    lead = _list_separator(language).join(link.label for link in item.lead if not link.external)
    strong = " ".join(part for part in (lead, item.strong) if part)
    if not item.text and not strong:
        return None, dropped
    if item.style in ("meta", "stale") and kind == "text":
        kind = "meta"
    return PictureLine(kind, item.text, strong, number), dropped


def _block_lines(block: Block, language: str) -> tuple[list[PictureLine], int]:
    if isinstance(block, Heading):
        kind = "title" if block.level == 1 else "heading" if block.level == 2 else "subheading"
        return [PictureLine(kind, block.text)], 0
    if isinstance(block, Paragraph):
        line, dropped = _item_line(block.item, "text", 0, language)
        return ([line] if line else []), dropped
    if isinstance(block, ItemList):
        lines, dropped = [], 0
        for number, item in enumerate(block.items, 1):
            line, lost = _item_line(item, "step" if block.ordered else "bullet", number if block.ordered else 0,
                                    language)
            dropped += lost
            if line:
                lines.append(line)
        return lines, dropped
    if isinstance(block, LinkRow):  # app names stay as words; a tool of Qiao's means nothing in a picture
        names = [link.label for link in block.links if not link.external and link.href not in TOOL_PAGES]
        dropped = sum(1 for link in block.links if link.external)
        return ([PictureLine("text", _list_separator(language).join(names), block.label)] if names else []), dropped
    if isinstance(block, FactTable):
        lines, dropped = [], 0
        for row in block.rows:
            lines.append(PictureLine("subheading", row.label))
            for item in row.lines:
                line, lost = _item_line(item, "text", 0, language)
                dropped += lost
                if line:
                    lines.append(line)
        return lines, dropped
    return [], 0


def _units(lines: Sequence[PictureLine]) -> list[Unit]:
    """Each line its own unit, with the title and headings carried onto the line after them."""
    units: list[Unit] = []
    waiting: list[PictureLine] = []
    for line in lines:
        if line.kind in HEADINGS:
            waiting.append(line)
            continue
        units.append((*waiting, line))
        waiting = []
    return units  # headings left at the very end, with nothing under them, are dropped


def picture(document: Document, today: dt.date, translate: Translate = _) -> Picture:
    """``document`` as a picture says it: its words without links, in units, with the footer."""
    lines: list[PictureLine] = []
    dropped = 0
    for block in document.blocks:
        found, lost = _block_lines(block, document.language)
        if not found and not isinstance(block, Heading) and lines and lines[-1].kind in HEADINGS[1:]:
            lines.pop()  # a section whose every line went (Sources, all links) goes with its heading
        lines += found
        dropped += lost
    brand = brand_name(document.language)
    if dropped:
        lines.append(PictureLine("meta", translate("The sources for all of this are in the {brand} app.").format(
            brand=brand)))
    footer = translate("From {brand} · {date}").format(brand=brand, date=format_date(today, document.language))
    continued = translate("{title} (continued)").format(title=document.title)
    return Picture(document.title, document.language, tuple(_units(lines)), footer, continued, dropped)


def printout_languages(language: str, bilingual: bool) -> list[str]:
    """The languages of a printout: the reader's, or English beside the reader's Chinese (Simplified from an
    English screen)."""
    return ["en", language if language != "en" else "zh_Hans"] if bilingual else [language]


def part_label(number: int, count: int) -> str:
    """'1/3': the same in every language, as chat apps show it."""
    return f"{number}/{count}"


def part_file_names(stem: str, suffix: str, count: int) -> list[str]:
    """``out.png`` for one part; ``out-1.png``, ``out-2.png`` … for several."""
    if count == 1:
        return [f"{stem}{suffix}"]
    return [f"{stem}-{number}{suffix}" for number in range(1, count + 1)]
