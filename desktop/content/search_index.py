"""The search tables, built with the content: documents, an FTS5 index of folded and segmented text, pinyin
for Chinese titles, the Traditional-to-Simplified folding table and the glossary's words for query expansion.
"""

from __future__ import annotations

import json

from desktop.core.text_folding import Folding, segment

LANGUAGES = ("en", "zh_Hans", "zh_Hant")


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


def pinyin_keys(title: str) -> str:
    """'weixin wx' for 微信: the full pinyin without tones and the initials, for typing without an input method."""
    from pypinyin import lazy_pinyin

    if not any("\u4e00" <= character <= "\u9fff" for character in title):
        return ""
    syllables = [part.lower() for syllable in lazy_pinyin(title) for part in syllable.split() if part.isalnum()]
    initials = [syllable[0] for syllable in syllables if syllable[:1].isalpha()]
    return f"{''.join(syllables)} {''.join(initials)}"


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


def _documents(tables: dict[str, list[dict]]) -> list[tuple[str, str, dict, dict, str]]:
    """(kind, id, titles, bodies, extra pinyin) for every searchable record."""
    documents = []
    facts_by_platform: dict[str, list[dict]] = {}
    for fact in tables["facts"]:
        facts_by_platform.setdefault(fact["platform_id"], []).append(fact)
    for platform in tables["platforms"]:
        facts = facts_by_platform.get(platform["id"], [])
        documents.append(("platform", platform["id"], {lang: platform[f"name_{lang}"] for lang in LANGUAGES},
                          {lang: _join(platform["name_en"], platform[f"summary_{lang}"],
                                       *(fact[f"value_{lang}"] for fact in facts)) for lang in LANGUAGES}, ""))
    items: dict[str, list[dict]] = {}
    for item in tables["guide_items"]:
        items.setdefault(item["guide_id"], []).append(item)
    for guide in tables["guides"]:
        documents.append(("guide", guide["id"], {lang: guide[f"title_{lang}"] for lang in LANGUAGES},
                          {lang: _join(guide[f"audience_{lang}"],
                                       *(_join(item[f"text_{lang}"], item[f"solution_{lang}"])
                                         for item in items.get(guide["id"], [])))
                           for lang in LANGUAGES}, ""))
    actions: dict[str, list[dict]] = {}
    for action in tables["caution_actions"]:
        actions.setdefault(action["caution_id"], []).append(action)
    for caution in tables["cautions"]:
        documents.append(("caution", caution["id"], {lang: caution[f"title_{lang}"] for lang in LANGUAGES},
                          {lang: _join(caution[f"summary_{lang}"], caution[f"what_happens_{lang}"],
                                       caution[f"who_it_matters_for_{lang}"],
                                       *(action[f"text_{lang}"] for action in actions.get(caution["id"], [])))
                           for lang in LANGUAGES}, ""))
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        documents.append(("term", term["id"], {lang: term[f"word_{lang}"] for lang in LANGUAGES},
                          {lang: _join(term["word_en"], term[f"word_{lang}"], term[f"definition_{lang}"],
                                       " ".join(synonyms.get(lang, [])), " ".join(synonyms.get("en", [])))
                           for lang in LANGUAGES},
                          " ".join(term["pinyin"].split())))
    return documents


def search_tables(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows for search_documents, search_index (FTS5), term_words and the folding table in meta."""
    documents = _documents(tables)
    table = folding_table([text for _, _, titles, bodies, _ in documents
                           for text in (titles["zh_Hant"] or "", bodies["zh_Hant"] or "")])
    folding = Folding(table)
    document_rows, index_rows = [], []
    for kind, record_id, titles, bodies, extra_pinyin in documents:
        pinyin = pinyin_keys(titles["zh_Hans"] or "")
        if extra_pinyin:
            pinyin = f"{pinyin} {_strip_tones(extra_pinyin).lower().replace(' ', '')}".strip()
        for lang in LANGUAGES:
            rowid = len(document_rows) + 1
            title, body = titles[lang] or "", bodies[lang] or ""
            document_rows.append({"rowid": rowid, "kind": kind, "id": record_id, "lang": lang, "title": title,
                                  "pinyin": pinyin, "text": body})
            index_rows.append({"rowid": rowid, "title": segment(folding(title)), "body": segment(folding(body)),
                               "pinyin": pinyin if lang == "zh_Hans" else ""})
    word_rows = []
    for term in tables["terms"]:
        synonyms = json.loads(term["synonyms"])
        words = {term["word_en"], term["word_zh_Hans"], term["word_zh_Hant"],
                 *(word for values in synonyms.values() for word in values)}
        for word in sorted({folding(word) for word in words if word}):
            word_rows.append({"term_id": term["id"], "word": word})
    return {"search_documents": document_rows, "search_index": index_rows, "term_words": word_rows,
            "folding": [{"key": "traditional_to_simplified", "value": json.dumps(table, ensure_ascii=False,
                                                                                   sort_keys=True)}]}


def _strip_tones(pinyin: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", pinyin)
    return "".join(character for character in decomposed if unicodedata.category(character) != "Mn")

