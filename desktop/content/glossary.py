"""Validating a glossary set into plain data."""

from __future__ import annotations

from desktop.content import fields
from desktop.content.sources import SourceFile


def read_glossary(source: SourceFile) -> list[dict]:
    data = source.data
    if not isinstance(data, dict):
        source.error(1, "a glossary file must be a mapping with 'set' and 'terms'")
        return []
    fields.unknown_keys(source, data, ("set", "terms"))
    set_name = fields.identifier(source, data, "set")
    terms = []
    for item, line in fields.items(source, data, "terms"):
        if not isinstance(item, dict):
            source.error(line, "each term needs id, en, zh_Hans, pinyin, definition and example")
            continue
        fields.unknown_keys(source, item, ("id", "en", "zh_Hans", "zh_Hant", "pinyin", "pinyin_zh_Hant", "definition",
                                           "example", "synonyms"))
        word = fields.text_from_keys(source, item, "term")
        synonyms = fields.field(source, item, "synonyms", required=False) or {}
        clean_synonyms: dict[str, list[str]] = {}
        if isinstance(synonyms, dict):
            for language, words in synonyms.items():
                if language not in fields.ALL_LANGUAGES or not isinstance(words, list):
                    source.error(fields.line_of(item, "synonyms"), "'synonyms' maps en/zh_Hans to lists of words")
                    continue
                clean_synonyms[language] = [str(word_item) for word_item in words if str(word_item).strip()]
        else:
            source.error(fields.line_of(item, "synonyms"), "'synonyms' maps en/zh_Hans to lists of words")
        terms.append({
            "id": fields.identifier(source, item, "id"),
            "set": set_name,
            "word": word,
            "pinyin": fields.string(source, item, "pinyin"),
            # Where the Traditional word is another word (登入 for 登录), it has its own reading.
            "pinyin_zh_Hant": fields.string(source, item, "pinyin_zh_Hant", required=False),
            "definition": fields.text(source, item, "definition"),
            "example": fields.text(source, item, "example"),
            "synonyms": clean_synonyms,
            "line": line,
        })
    return terms
