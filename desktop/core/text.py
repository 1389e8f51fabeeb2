"""One text in Qiao's three languages: the smallest record, read by every page and the first screen alike.

It lives apart from ``records`` so that start-up, which shows no record, never builds the record classes.
"""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """One text in the three variants."""

    en: str
    zh_Hans: str
    zh_Hant: str

    def get(self, language: str) -> str:
        return getattr(self, language, None) or self.en

    @classmethod
    def from_row(cls, row, prefix: str) -> Text | None:
        values = [row[f"{prefix}_{language}"] for language in cls._fields]
        if all(value is None for value in values):
            return None
        return cls(*(value or "" for value in values))
