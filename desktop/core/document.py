"""A document as structured parts: headings, paragraphs, numbered steps, lists, links and facts. No Qt here.

Guides, cautions, glossary terms and platforms are built into these parts once, and every view draws the same
parts its own way: the screen as widgets (each link a real, focusable link), print and PDF as rich text, the
presenter one step at a time, the long image as a picture. A document built in two languages has the same parts
in the same order, so a bilingual view can set them side by side, part by part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EXTERNAL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class Link:
    """A link to a page inside Qiao (a target such as ``platform/wechat``) or to a web page."""

    label: str
    href: str

    @property
    def external(self) -> bool:
        return self.href.startswith(EXTERNAL_PREFIXES)


@dataclass(frozen=True)
class Item:
    """One entry of a list or one paragraph: an optional bold lead, the text, and links before or after it."""

    text: str = ""
    strong: str = ""  # a bold lead such as "Who this is for:" or a term's Chinese word
    lead: tuple[Link, ...] = ()  # links written before the text (a glossary word)
    links: tuple[Link, ...] = ()  # links written after it (read the report)
    style: str = ""  # "", "meta" (quieter), "stale" (past its review date) or "unknown"

    def plain(self) -> str:
        parts = [link.label for link in self.lead] + [self.strong, self.text] + [link.label for link in self.links]
        return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is the page title


@dataclass(frozen=True)
class Paragraph:
    item: Item


@dataclass(frozen=True)
class ItemList:
    items: tuple[Item, ...]
    ordered: bool = False  # numbered steps

    @property
    def steps(self) -> bool:
        return self.ordered


@dataclass(frozen=True)
class LinkRow:
    """Links that belong together on one wrapping row: the apps in a guide, a platform's counterparts."""

    links: tuple[Link, ...]
    label: str = ""


@dataclass(frozen=True)
class FactRow:
    """One criterion of a platform: its label and the fact written out, with date and source."""

    label: str
    lines: tuple[Item, ...]


@dataclass(frozen=True)
class FactTable:
    rows: tuple[FactRow, ...]


Block = Heading | Paragraph | ItemList | LinkRow | FactTable


@dataclass(frozen=True)
class Document:
    """A page's content in one language; ``title`` names the page for window titles and screen readers."""

    title: str
    language: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def plain_text(self) -> str:
        """Every word of the document as plain text, one part a line (for copying, tests and the alt text)."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Heading):
                lines.append(block.text)
            elif isinstance(block, Paragraph):
                lines.append(block.item.plain())
            elif isinstance(block, ItemList):
                for number, item in enumerate(block.items, 1):
                    lines.append(f"{number}. {item.plain()}" if block.ordered else f"• {item.plain()}")
            elif isinstance(block, LinkRow):
                lines.append(" ".join(filter(None, [block.label, *(link.label for link in block.links)])))
            elif isinstance(block, FactTable):
                for row in block.rows:
                    lines.append(row.label)
                    lines += [line.plain() for line in row.lines]
        return "\n".join(lines)

    def links(self) -> list[Link]:
        """Every link in reading order."""
        found: list[Link] = []
        for block in self.blocks:
            items: list[Item] = []
            if isinstance(block, Paragraph):
                items = [block.item]
            elif isinstance(block, ItemList):
                items = list(block.items)
            elif isinstance(block, LinkRow):
                found += block.links
            elif isinstance(block, FactTable):
                items = [line for row in block.rows for line in row.lines]
            for item in items:
                found += [*item.lead, *item.links]
        return found

    def same_shape(self, other: Document) -> bool:
        """True when ``other`` has the same parts in the same order (so a view can swap the words in place)."""
        return [_shape(block) for block in self.blocks] == [_shape(block) for block in other.blocks]


def _item_shape(item: Item) -> tuple:
    return (bool(item.strong), len(item.lead), len(item.links), item.style)


def _shape(block: Block) -> tuple:
    if isinstance(block, Heading):
        return ("heading", block.level)
    if isinstance(block, Paragraph):
        return ("paragraph", _item_shape(block.item))
    if isinstance(block, ItemList):
        return ("list", block.ordered, tuple(_item_shape(item) for item in block.items))
    if isinstance(block, LinkRow):
        return ("links", len(block.links), bool(block.label))
    return ("facts", tuple((len(row.lines), tuple(_item_shape(line) for line in row.lines)) for row in block.rows))
