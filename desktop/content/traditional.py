"""Traditional Chinese from Simplified: OpenCC's s2tw conversion plus a reviewed list of overrides.

s2tw gives the standard Traditional characters read in Taiwan, Hong Kong and by overseas Cantonese and Taishanese
families (為, 裡, 著), but it converts characters only: the vocabulary stays mainland (視頻, 信息, 服務器). The
overrides give the words Hong Kong and Taiwan share, or Hong Kong's where they differ; resources/content/README.md
explains the rule, and mainland_vocabulary.yaml lists what must not survive.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.content import fields
from desktop.content.sources import SourceFile

OPENCC_CONFIG = "s2tw.json"
# Traditional Chinese quotes with corner brackets; Simplified with curly quotes.
_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


_EDGE = re.compile("(?<=(.))([\ue002\ue003]+)(?=(.))", re.DOTALL)  # where a replaced word meets its neighbours


def _is_latin_or_digit(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _space_at_edge(match: re.Match) -> str:
    """One space where a replaced word puts Latin letters or digits beside Chinese (谷歌账号 → Google 帳號)."""
    before, after = match.group(1), match.group(3)
    if (fields.has_chinese(before) and _is_latin_or_digit(after)) or \
            (_is_latin_or_digit(before) and fields.has_chinese(after)):
        return " "
    return ""


class TraditionalConverter:
    """Converts Simplified text; overrides replace whole words before and after OpenCC."""

    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        import opencc

        self._opencc = opencc.OpenCC(OPENCC_CONFIG)
        self._to_simplified = opencc.OpenCC("t2s.json")
        # Longest first, so 账号密码 is replaced before 账号.
        self._overrides = sorted((overrides or {}).items(), key=lambda pair: -len(pair[0]))

    def convert(self, simplified: str) -> str:
        text = simplified
        placeholders: dict[str, str] = {}
        for index, (source_word, target_word) in enumerate(self._overrides):
            if source_word in text:
                marker = f"\ue000{index}\ue001"  # private-use marks that OpenCC leaves alone
                placeholders[marker] = target_word
                text = text.replace(source_word, marker)
        text = self._opencc.convert(text)
        text = text.translate(_QUOTES)
        for marker, target_word in placeholders.items():
            text = text.replace(marker, f"\ue002{target_word}\ue003")
        return _EDGE.sub(_space_at_edge, text).replace("\ue002", "").replace("\ue003", "")

    def localize(self, text: dict | None) -> dict | None:
        """Fills in ``zh_Hant`` from ``zh_Hans`` unless the source gave it by hand."""
        if text is None:
            return None
        if "zh_Hant" not in text and "zh_Hans" in text:
            return {**text, "zh_Hant": self.convert(text["zh_Hans"])}
        return text

    def to_simplified(self, traditional: str) -> str:
        return self._to_simplified.convert(traditional)

    def simplified_only(self, traditional: str) -> list[str]:
        """Characters of ``traditional`` that exist only in Simplified writing (这, 们, 说 …)."""
        found = []
        for character in traditional:
            if not fields.has_chinese(character) or character in found:
                continue
            try:
                character.encode("cp950")
                continue  # part of Big5, the Traditional character set
            except UnicodeEncodeError:
                pass
            if self._opencc.convert(character) != character:
                found.append(character)
        return found


def read_overrides(source: SourceFile) -> dict[str, str]:
    """The overrides file: a mapping of Simplified words to their reviewed Traditional forms."""
    data = source.data
    if data is None:
        return {}
    if not isinstance(data, dict):
        source.error(1, "the overrides file must map Simplified words to Traditional words")
        return {}
    overrides = {}
    for simplified, traditional in data.items():
        if not isinstance(simplified, str) or not isinstance(traditional, str) or not traditional.strip():
            source.error(data.line_of(simplified), "each override maps a Simplified word to a Traditional word")
            continue
        overrides[simplified] = traditional.strip()
    return overrides


def overrides_path(content_dir: Path) -> Path:
    return content_dir / "zh_hant_overrides.yaml"
