"""Reading the words behind search: glossary words, pinyin spellings and the Latin words of the index.

A mixin of ``ContentStore``: it uses the store's ``_rows`` and lives apart so the store stays small.
"""

from __future__ import annotations


class WordReading:
    """The search's word lookups: ``terms_with_word``, ``pinyin_words``, ``chinese_words`` and the rest."""

    _chinese_words: frozenset[str] | None  # set by ContentStore, which caches these two
    _syllables: frozenset[str] | None

    def _rows(self, sql: str, *parameters):  # provided by ContentStore
        raise NotImplementedError

    def terms_with_word(self, folded_word: str, prefix: bool) -> list[str]:
        """Glossary terms one of whose words (folded) is ``folded_word``, or starts with it."""
        if prefix:
            # A range on the index rather than substr(), which would read every word.
            rows = self._rows("SELECT DISTINCT term_id FROM term_words WHERE word >= ? AND word < ? LIMIT 20",
                              folded_word, folded_word + "\U0010ffff")
        else:
            rows = self._rows("SELECT DISTINCT term_id FROM term_words WHERE word = ?", folded_word)
        return [row["term_id"] for row in rows]

    def term_words(self, term_ids: list[str]) -> list[str]:
        placeholders = ", ".join("?" for _ in term_ids)
        return [row["word"] for row in self._rows(
            f"SELECT word FROM term_words WHERE term_id IN ({placeholders}) ORDER BY term_id, word", *term_ids)]

    def search_texts(self, key: tuple[str, str]) -> dict[str, str]:
        """The text a snippet may quote, in every language, of one (kind, id)."""
        return {row["lang"]: row["text"] for row in self._rows(
            "SELECT lang, text FROM search_documents WHERE kind = ? AND id = ?", *key)}

    def pinyin_words(self, key: str, by_initials: bool, prefix: bool = False, min_weight: int = 0,
                     limit: int = 6) -> list[str]:
        """Chinese words of the content spelt ``key`` in toneless pinyin (or its initials, or starting with it),
        the likeliest first: names, then glossary words, titles and other words; more documents first."""
        if prefix:
            condition, parameters = "key >= ? AND key < ?", (key, key + "{")  # "{" sorts just after "z"
        else:
            condition, parameters = "key = ?", (key,)
        return [row["word"] for row in self._rows(
            f"SELECT word FROM pinyin_words WHERE {condition} AND initials = ? AND weight >= ? "
            "GROUP BY word ORDER BY max(weight) DESC, max(documents) DESC, word LIMIT ?",
            *parameters, int(by_initials), min_weight, limit)]

    def chinese_words(self) -> frozenset[str]:
        """Every Chinese word the pinyin table knows, for splitting a long Chinese query into words."""
        if self._chinese_words is None:
            self._chinese_words = frozenset(row["word"] for row in self._rows("SELECT DISTINCT word FROM pinyin_words"))
        return self._chinese_words

    def pinyin_syllables(self) -> frozenset[str]:
        """The toneless syllables of Mandarin, as the content was built with them."""
        if self._syllables is None:
            rows = self._rows("SELECT value FROM meta WHERE key = 'pinyin_syllables'")
            self._syllables = frozenset(rows[0]["value"].split()) if rows else frozenset()
        return self._syllables

    def known_words(self, words: list[str]) -> list[str]:
        """Those of ``words`` that the index holds as Latin words, the most widely used first."""
        found: list[tuple[int, str]] = []
        for start in range(0, len(words), 500):  # well under SQLite's limit on bound parameters
            chunk = words[start:start + 500]
            placeholders = ", ".join("?" for _ in chunk)
            found += [(row["documents"], row["word"]) for row in self._rows(
                f"SELECT word, documents FROM search_words WHERE word IN ({placeholders})", *chunk)]
        return [word for _, word in sorted(found, key=lambda item: (-item[0], item[1]))]
