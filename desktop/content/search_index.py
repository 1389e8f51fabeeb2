"""The search tables, built with the content.

What is searched and what is shown are kept apart. ``search_documents`` holds, per record and language, the
title and the text a snippet may quote (never the index's keyword lists); the FTS5 table ``search_index`` holds
the folded, segmented title, that text, the keywords (glossary synonyms, names in other languages) and the
pinyin of the title. Beside them:

- ``pinyin_words``: the content's Chinese words by toneless pinyin and initials (see chinese_words.py);
- ``search_words``: the index's vocabulary of Latin words, to correct a one-letter typo;
- ``term_words``: every word of each glossary term, for carrying a query across languages;
- the Traditional-to-Simplified folding table and the pinyin syllables, in ``meta``.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.content.chinese_words import GLOSSARY, NAME, TITLE, WordCollector, chinese_runs, pinyin_rows, \
    pinyin_syllables
from desktop.core.text_folding import Folding, segment

LANGUAGES = ("en", "zh_Hans", "zh_Hant")
# bm25 weights of the index's columns: a word in the title counts most, then the title's pinyin, then keywords.
COLUMNS = ("title", "body", "keywords", "pinyin")


def folding_table(texts: list[str]) -> dict[str, str]:
    """Traditional → Simplified for every Big5 character and every character of ``texts`` that OpenCC changes."""
    import opencc

    to_simplified = opencc.OpenCC("t2s.json")
    characters = set("".join(texts))
    for lead in range(0xA1, 0xFA):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                characters.add(bytes((lead, trail)).decode("cp950"))
            except UnicodeDecodeError:
                continue
    table = {}
    for character in sorted(characters):
        if "\u3400" <= character <= "\u9fff":
            simplified = to_simplified.convert(character)
            if len(simplified) == 1 and simplified != character:
                table[character] = simplified
    return table


def title_pinyin(title: str) -> str:
    """'weixin wx' for 微信: the full pinyin without tones and the initials, for typing without an input method."""
    from pypinyin import lazy_pinyin

    if not any("\u4e00" <= character <= "\u9fff" for character in title):
        return ""
    syllables = [part.lower() for syllable in lazy_pinyin(title) for part in syllable.split() if part.isalnum()]
    initials = [syllable[0] for syllable in syllables if syllable[:1].isalpha()]
    return f"{''.join(syllables)} {''.join(initials)}"


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


class _Document:
    """One searchable record: its titles, shown texts and keywords per language, and extra pinyin."""

    def __init__(self, kind: str, record_id: str, titles: dict, texts: dict, keywords: dict | None = None,
                 pinyin: str = "") -> None:
        self.kind, self.id, self.titles, self.texts = kind, record_id, titles, texts
        self.keywords = keywords or {}
        self.pinyin = pinyin


def _platform_documents(tables: dict[str, list[dict]]) -> list[_Document]:
    facts_by_platform: dict[str, list[dict]] = {}
    for fact in tables["facts"]:
        facts_by_platform.setdefault(fact["platform_id"], []).append(fact)
    documents = []
    for platform in tables["platforms"]:
        facts = facts_by_platform.get(platform["id"], [])
        names = " ".join(dict.fromkeys(platform[f"name_{lang}"] for lang in LANGUAGES))
        documents.append(_Document(
            "platform", platform["id"], {lang: platform[f"name_{lang}"] for lang in LANGUAGES},
            {lang: _join(platform[f"summary_{lang}"], *(fact[f"value_{lang}"] for fact in facts))
             for lang in LANGUAGES},
            {lang: names for lang in LANGUAGES}))
    return documents


def _documents(tables: dict[str, list[dict]]) -> list[_Document]:
    """Every searchable record, platforms first."""
    documents = _platform_documents(tables)
    items: dict[str, list[dict]] = {}
    for item in tables["guide_items"]:
        items.setdefault(item["guide_id"], []).append(item)
    for guide in tables["guides"]:
        documents.append(_Document("guide", guide["id"], {lang: guide[f"title_{lang}"] for lang in LANGUAGES},
                                   {lang: _join(guide[f"audience_{lang}"],
                                                *(_join(item[f"text_{lang}"], item[f"solution_{lang}"])
                                                  for item in items.get(guide["id"], [])))
                                    for lang in LANGUAGES}))
    actions: dict[str, list[dict]] = {}
    for action in tables["caution_actions"]:
        actions.setdefault(action["caution_id"], []).append(action)
    for caution in tables["cautions"]:
        documents.append(_Document("caution", caution["id"], {lang: caution[f"title_{lang}"] for lang in LANGUAGES},
                                   {lang: _join(caution[f"summary_{lang}"], caution[f"what_happens_{lang}"],
                                                caution[f"who_it_matters_for_{lang}"],
                                                *(action[f"text_{lang}"]
                                                  for action in actions.get(caution["id"], [])))
                                    for lang in LANGUAGES}))
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        documents.append(_Document(
            "term", term["id"], {lang: term[f"word_{lang}"] for lang in LANGUAGES},
            {lang: term[f"definition_{lang}"] for lang in LANGUAGES},
            {lang: _join(term["word_en"], term[f"word_{lang}"], " ".join(synonyms.get(lang, [])),
                         " ".join(synonyms.get("en", []))) for lang in LANGUAGES},
            " ".join(term["pinyin"].split())))
    return documents


def _chinese_words(documents: list[_Document], tables: dict[str, list[dict]], folding: Folding) -> WordCollector:
    collector = WordCollector()
    for platform in tables["platforms"]:
        for lang in ("zh_Hans", "zh_Hant"):
            for run in chinese_runs(folding(platform[f"name_{lang}"] or "")):
                collector.add(run, NAME)
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        for word in [term["word_zh_Hans"], term["word_zh_Hant"], *synonyms.get("zh_Hans", []),
                     *synonyms.get("zh_Hant", [])]:
            for run in chinese_runs(folding(word or "")):
                collector.add(run, GLOSSARY)
    for document in documents:
        key = (document.kind, document.id)
        for lang in ("zh_Hans", "zh_Hant"):
            collector.add_text(key, folding(document.titles[lang] or ""), TITLE)
            collector.add_text(key, folding(document.texts[lang] or ""))
    return collector


def search_tables(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows for search_documents, search_index (FTS5), pinyin_words, term_words and meta."""
    documents = _documents(tables)
    table = folding_table([text for document in documents
                           for text in (document.titles["zh_Hant"] or "", document.texts["zh_Hant"] or "")])
    folding = Folding(table)
    document_rows, index_rows = [], []
    for document in documents:
        pinyin = title_pinyin(document.titles["zh_Hans"] or "")
        if document.pinyin:
            pinyin = f"{pinyin} {_strip_tones(document.pinyin).lower().replace(' ', '')}".strip()
        names = {folding(title).replace(" ", "") for title in document.titles.values() if title}
        for lang in LANGUAGES:
            rowid = len(document_rows) + 1
            title, text = document.titles[lang] or "", document.texts[lang] or ""
            document_rows.append({"rowid": rowid, "kind": document.kind, "id": document.id, "lang": lang,
                                  "title": title, "pinyin": pinyin, "names": "\n".join(sorted(names)),
                                  "text": text})
            index_rows.append({"rowid": rowid, "title": segment(folding(title)), "body": segment(folding(text)),
                               "keywords": segment(folding(document.keywords.get(lang, ""))),
                               "pinyin": pinyin if lang == "zh_Hans" else ""})
    word_rows = []
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        words = {term["word_en"], term["word_zh_Hans"], term["word_zh_Hant"],
                 *(word for values in synonyms.values() for word in values)}
        for word in sorted({folding(word) for word in words if word}):
            word_rows.append({"term_id": term["id"], "word": word})
    meta = [{"key": "traditional_to_simplified", "value": json.dumps(table, ensure_ascii=False, sort_keys=True)},
            {"key": "pinyin_syllables", "value": " ".join(pinyin_syllables())}]
    return {"search_documents": document_rows, "search_index": index_rows, "term_words": word_rows,
            "pinyin_words": pinyin_rows(_chinese_words(documents, tables, folding)), "folding": meta}


def create_search_index(connection: sqlite3.Connection, index_rows: list[dict]) -> None:
    """The FTS5 table over folded, segmented text (rowids match search_documents), and its Latin vocabulary."""
    connection.execute(f"CREATE VIRTUAL TABLE search_index USING fts5({', '.join(COLUMNS)}, "
                       "tokenize = 'unicode61 remove_diacritics 2')")
    connection.executemany(f"INSERT INTO search_index (rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
                           [(row["rowid"], *(row[column] for column in COLUMNS)) for row in index_rows])
    connection.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    # Whole Latin words: the typo check looks among them for words one edit away, and they tell whole words from

    # prefixes still being typed); the pinyin column's keys (wx, weixin) are not words.
    connection.execute("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_index, col)")
    connection.execute("CREATE TABLE search_words (word TEXT PRIMARY KEY, documents INTEGER) WITHOUT ROWID")
    connection.execute("INSERT INTO search_words SELECT term, max(doc) FROM temp.search_vocabulary "
                       "WHERE col != 'pinyin' AND length(term) >= 2 AND term NOT GLOB '*[^a-z]*' "
                       "GROUP BY term ORDER BY term")
    connection.execute("DROP TABLE temp.search_vocabulary")


def _strip_tones(pinyin: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", pinyin)
    return "".join(character for character in decomposed if unicodedata.category(character) != "Mn")
