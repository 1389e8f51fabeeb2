"""Small pieces of rich text for the content pages, escaped and sized for the current zoom."""

from __future__ import annotations

import datetime as dt
from html import escape

from desktop.core.records import Text

INTERNAL_SCHEME = "qiao"


def document_style(point_size: float) -> str:
    """A stylesheet for QTextDocument: sizes in points, so zoom scales everything."""
    return (
        f"body {{ font-size: {point_size:.1f}pt; line-height: 150%; }}"
        f"h1 {{ font-size: {point_size * 1.7:.1f}pt; color: #24445c; margin-bottom: 4px; }}"
        f"h2 {{ font-size: {point_size * 1.3:.1f}pt; color: #24445c; margin-top: 18px; }}"
        f"h3 {{ font-size: {point_size * 1.1:.1f}pt; margin-top: 12px; }}"
        "a { color: #1f5f8b; }"
        f".meta {{ color: #55626e; font-size: {point_size * 0.85:.1f}pt; }}"
        ".stale { color: #8a4b00; font-weight: bold; }"
        ".unknown { color: #55626e; font-style: italic; }"
        "td { padding: 6px 10px; vertical-align: top; }"
        "th { padding: 6px 10px; text-align: left; vertical-align: top; }"
    )


def text(value: Text | None, language: str) -> str:
    return escape(value.get(language)) if value else ""


def paragraphs(value: Text | None, language: str) -> str:
    """A text with blank lines between paragraphs, as <p> elements."""
    if not value:
        return ""
    return "".join(f"<p>{escape(part.strip())}</p>" for part in value.get(language).split("\n\n") if part.strip())


def internal_link(target: str, label: str) -> str:
    return f'<a href="{INTERNAL_SCHEME}:{escape(target, quote=True)}">{escape(label)}</a>'


def external_link(url: str, label: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(label)}</a>'


def items(entries: list[str], ordered: bool = False) -> str:
    if not entries:
        return ""
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{entry}</li>" for entry in entries) + f"</{tag}>"


def date_text(value: dt.date | None, language: str) -> str:
    from desktop.core.formatting import format_date

    return escape(format_date(value, language)) if value else ""


def heading(level: int, label: str) -> str:
    return f"<h{level}>{escape(label)}</h{level}>"


def span(css_class: str, content: str) -> str:
    """``content`` must already be escaped."""
    return f'<span class="{css_class}">{content}</span>'
