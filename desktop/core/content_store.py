"""Read-only access to the bundled content database, with the standard sqlite3 module.

The database is opened ``immutable``: the app never writes to it, and SQLite then takes no locks and reads no
journal. sqlite-utils is kept out of here on purpose; it costs as much start-up time as Qt itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from desktop.core.content_schema import SCHEMA_VERSION, TABLES, ContentError, missing_columns  # noqa: F401 - re-exported
from desktop.core.lesson_store import LessonReading
from desktop.core.word_store import WordReading
from desktop.core.text import Text

if TYPE_CHECKING:  # the records are built when a page first reads them, not at start-up, which shows none
    from desktop.core.records import (
        Caution, CautionSummary, ContextFigure, Fact, Finding, Guide, GuideSummary, Platform, PlatformSummary, Term,
    )
    from desktop.core.tool_records import TimeZoneChoice, ToolContent

def _toneless(pinyin: str) -> str:
    """'shìpín tōnghuà' → 'shipin tonghua', for sorting Chinese words as a dictionary does."""
    decomposed = unicodedata.normalize("NFD", pinyin.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError) as error:
        raise ContentError("damaged", f"a stored date is not a date: {value!r}") from error


def _label(row: sqlite3.Row, prefix: str) -> Text:
    """A name or title, which every record has: a missing one means the database is damaged."""
    text = Text.from_row(row, prefix)
    if text is None or not text.en:
        raise ContentError("damaged", f"a {prefix} is missing for {row['id']!r}")
    return text


def _finding(row) -> Finding:
    from desktop.core.records import Finding
    return Finding(Text.from_row(row, "who"), row["year"], Text.from_row(row, "summary"), row["url"])


class ContentStore(LessonReading, WordReading):
    """Everything the app shows, read from one immutable database file."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise ContentError("missing", str(path))
        uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
        try:
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._connection.row_factory = sqlite3.Row
            row = self._connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or row["value"] != SCHEMA_VERSION:
                raise ContentError("incompatible", f"{path}: schema {row['value'] if row else 'none'}")
            missing = missing_columns(self._connection)
        except sqlite3.DatabaseError as error:
            raise ContentError("damaged", f"{path}: {error}") from error
        if missing:
            raise ContentError("damaged", f"{path}: missing {', '.join(missing[:5])}")
        self.path = path
        self._folding = None  # a text_folding.Folding, built on first search
        self._chinese_words: frozenset[str] | None = None
        self._syllables: frozenset[str] | None = None

    @classmethod
    def from_bytes(cls, data: bytes, name: str) -> ContentStore:
        """A store on a database held only in memory (a kiosk builds a center's pages so: nothing on disk)."""
        store = cls.__new__(cls)
        try:
            connection = sqlite3.connect(":memory:", check_same_thread=False)
            connection.deserialize(data)
            connection.row_factory = sqlite3.Row
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as error:
            raise ContentError("damaged", f"{name}: {error}") from error
        if row is None or row["value"] != SCHEMA_VERSION:
            raise ContentError("incompatible", f"{name}: schema {row['value'] if row else 'none'}")
        store._connection, store.path = connection, Path(name)
        store._folding = store._chinese_words = store._syllables = None
        return store

    def folding(self):
        """The search folding (a ``text_folding.Folding``), loaded on first use: the first screen needs none."""
        if self._folding is None:
            from desktop.core.text_folding import Folding

            self._folding = Folding(self.folding_table())
        return self._folding

    def close(self) -> None:
        self._connection.close()

    def meta(self, key: str) -> str | None:
        """One value of the database's ``meta`` table: ``schema_version``, and for a content pack ``pack_kind``,
        ``pack_version``, ``content_date`` and ``min_app_version``."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", key)
        return rows[0]["value"] if rows else None

    def content_date(self) -> dt.date | None:
        """The day this content was last checked: a pack's own date, else the newest review or as-of date."""
        stamped = self.meta("content_date")
        if stamped:
            return _date(stamped)
        tables = {row["name"] for row in self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        dates = [self._rows(f"SELECT max({column}) AS day FROM {table}")[0]["day"]
                 for table, column in (("guides", "reviewed"), ("cautions", "reviewed"), ("facts", "as_of"))
                 if table in tables]
        return _date(max((day for day in dates if day), default=None))

    def _rows(self, sql: str, *parameters) -> list[sqlite3.Row]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise ContentError("damaged", f"{self.path}: {error}") from error

    # Platforms

    def platforms(self) -> list[PlatformSummary]:
        from desktop.core.records import PlatformSummary
        return [PlatformSummary(row["id"], row["kind"], row["side"], _label(row, "name"),
                                Text.from_row(row, "summary"))
                for row in self._rows("SELECT * FROM platforms ORDER BY lower(name_en)")]

    def platform_ids(self) -> set[str]:
        return {row["id"] for row in self._rows("SELECT id FROM platforms")}

    def platform(self, platform_id: str) -> Platform | None:
        from desktop.core.records import Platform
        rows = self._rows("SELECT * FROM platforms WHERE id = ?", platform_id)
        if not rows:
            return None
        row = rows[0]
        facts = {fact.criterion: fact for fact in map(self._fact, self._rows(
            "SELECT * FROM facts WHERE platform_id = ?", platform_id))}
        findings = tuple(_finding(item) for item in self._rows(
            "SELECT * FROM findings WHERE platform_id = ? ORDER BY position", platform_id))
        counterparts = tuple(item["counterpart_id"] for item in self._rows(
            "SELECT counterpart_id FROM counterparts WHERE platform_id = ? ORDER BY rowid", platform_id))
        return Platform(row["id"], row["kind"], row["side"], _label(row, "name"),
                        Text.from_row(row, "summary"), facts, findings, counterparts)

    @staticmethod
    def _fact(row: sqlite3.Row) -> Fact:
        import json

        from desktop.core.records import Fact, Figure
        figure = Figure(row["count"], row["count_kind"], _date(row["count_date"])) if row["count"] else None
        history = (Figure(row["history_count"], row["history_kind"], _date(row["history_date"]))
                   if row["history_count"] else None)
        try:
            codes = tuple(json.loads(row["codes"] or "[]"))
        except (TypeError, ValueError) as error:
            raise ContentError("damaged", f"the codes of a fact are not JSON: {row['codes']!r}") from error
        return Fact(row["criterion"], row["code"], codes,
                    Text.from_row(row, "value"), row["source"], _date(row["as_of"]), row["year"], figure, history,
                    Text.from_row(row, "history_value"), row["history_source"])

    # Guides and cautions

    def _links(self, kind: str, owner_id: str, target_kind: str) -> tuple[str, ...]:
        return tuple(row["target_id"] for row in self._rows(
            "SELECT target_id FROM links WHERE owner_kind = ? AND owner_id = ? AND target_kind = ? ORDER BY position",
            kind, owner_id, target_kind))

    def guides(self) -> list[GuideSummary]:
        from desktop.core.records import GuideSummary
        return [GuideSummary(row["id"], _label(row, "title"), Text.from_row(row, "audience"))
                for row in self._rows("SELECT * FROM guides ORDER BY position, id")]

    def guide(self, guide_id: str) -> Guide | None:
        from desktop.core.records import Guide
        rows = self._rows("SELECT * FROM guides WHERE id = ?", guide_id)
        if not rows:
            return None
        row = rows[0]
        items = self._rows("SELECT * FROM guide_items WHERE guide_id = ? ORDER BY position", guide_id)
        sources = self._rows("SELECT title, url FROM guide_sources WHERE guide_id = ? ORDER BY position", guide_id)
        return Guide(
            row["id"], _label(row, "title"), Text.from_row(row, "audience"),
            before=tuple(Text.from_row(item, "text") for item in items if item["section"] == "before"),
            steps=tuple(Text.from_row(item, "text") for item in items if item["section"] == "step"),
            problems=tuple((Text.from_row(item, "text"), Text.from_row(item, "solution"))
                           for item in items if item["section"] == "problem"),
            sources=tuple((item["title"], item["url"]) for item in sources),
            platforms=self._links("guide", guide_id, "platform"), terms=self._links("guide", guide_id, "term"),
            reviewed=_date(row["reviewed"]),
        )

    def cautions(self) -> list[CautionSummary]:
        from desktop.core.records import CautionSummary
        return [CautionSummary(row["id"], _label(row, "title"), Text.from_row(row, "summary"))
                for row in self._rows("SELECT * FROM cautions ORDER BY position, id")]

    def caution(self, caution_id: str) -> Caution | None:
        from desktop.core.records import Caution
        rows = self._rows("SELECT * FROM cautions WHERE id = ?", caution_id)
        if not rows:
            return None
        row = rows[0]
        actions = self._rows("SELECT * FROM caution_actions WHERE caution_id = ? ORDER BY position", caution_id)
        findings = self._rows("SELECT * FROM caution_findings WHERE caution_id = ? ORDER BY position", caution_id)
        return Caution(
            row["id"], _label(row, "title"), Text.from_row(row, "summary"),
            what_happens=Text.from_row(row, "what_happens"),
            who_it_matters_for=Text.from_row(row, "who_it_matters_for"),
            actions=tuple(Text.from_row(item, "text") for item in actions),
            findings=tuple(_finding(item) for item in findings),
            platforms=self._links("caution", caution_id, "platform"), terms=self._links("caution", caution_id, "term"),
            reviewed=_date(row["reviewed"]),
        )

    def linked_to(self, target_kind: str, target_id: str) -> list[tuple[str, str, Text]]:
        """The guides and cautions that link ``target_id``: (kind, id, title)."""
        rows = self._rows(
            "SELECT l.owner_kind AS kind, l.owner_id AS id, coalesce(g.title_en, c.title_en) AS title_en, "
            "coalesce(g.title_zh_Hans, c.title_zh_Hans) AS title_zh_Hans, "
            "coalesce(g.title_zh_Hant, c.title_zh_Hant) AS title_zh_Hant FROM links l "
            "LEFT JOIN guides g ON l.owner_kind = 'guide' AND g.id = l.owner_id "
            "LEFT JOIN cautions c ON l.owner_kind = 'caution' AND c.id = l.owner_id "
            "WHERE l.target_kind = ? AND l.target_id = ? ORDER BY l.owner_kind DESC, l.owner_id",
            target_kind, target_id)
        return [(row["kind"], row["id"], _label(row, "title")) for row in rows]

    def tasks(self) -> list[tuple[str, Text, tuple[str, ...]]]:
        """(id, title, platform ids) of each task people compare platforms for, in editorial order."""
        tasks = []
        for row in self._rows("SELECT * FROM tasks ORDER BY position"):
            platform_ids = tuple(item["platform_id"] for item in self._rows(
                "SELECT platform_id FROM task_platforms WHERE task_id = ? ORDER BY rowid", row["id"]))
            tasks.append((row["id"], _label(row, "title"), platform_ids))
        return tasks

    def figures(self) -> list[ContextFigure]:
        from desktop.core.records import ContextFigure, DatedFigure
        figures = []
        for row in self._rows("SELECT * FROM figures ORDER BY position"):
            then, now = (DatedFigure(row[f"{moment}_count"], _date(row[f"{moment}_date"]),
                                     Text.from_row(row, f"{moment}_value"), row[f"{moment}_source"])
                         for moment in ("then", "now"))
            figures.append(ContextFigure(row["id"], _label(row, "title"), then, now, _date(row["now_as_of"])))
        return figures

    def all_platforms(self) -> list[Platform]:
        """Every platform with all its facts, in the order of ``platforms()``."""
        return [self.platform(summary.id) for summary in self.platforms()]

    # Glossary

    def terms(self, term_ids: tuple[str, ...] | None = None) -> list[Term]:
        from desktop.core.records import Term
        rows = self._rows("SELECT * FROM terms ORDER BY lower(word_en)")
        if term_ids is not None:
            order = {term_id: index for index, term_id in enumerate(term_ids)}
            rows = sorted((row for row in rows if row["id"] in order), key=lambda row: order[row["id"]])
        characters = self.term_characters()
        return [Term(row["id"], _label(row, "word"), row["pinyin"], Text.from_row(row, "definition"),
                     Text.from_row(row, "example"), *characters.get(row["id"], ((), ())), row["pinyin_zh_Hant"])
                for row in rows]

    def glossary_lines(self, language: str) -> list[tuple[str, str, str, str, str]]:
        """(id, word, English word, Chinese word, definition) of every term in ``language``, in its alphabetical
        order (by pinyin in Chinese, as a Chinese dictionary is): only what a list of the glossary shows, so that
        a long glossary lists quickly."""
        if language not in ("en", "zh_Hans", "zh_Hant"):
            raise ValueError(f"unknown language {language!r}")
        chinese = "zh_Hant" if language == "zh_Hant" else "zh_Hans"
        rows = self._rows(f"SELECT id, coalesce(nullif(word_{language}, ''), word_en), word_en, "
                          f"coalesce(nullif(word_{chinese}, ''), word_en), "
                          f"coalesce(nullif(definition_{language}, ''), definition_en, ''), pinyin FROM terms")
        if language == "en":
            keyed = [(row[1].lower(), tuple(row)[:5]) for row in rows]
        else:
            keyed = [(_toneless(row[5] or row[1]), tuple(row)[:5]) for row in rows]
        keyed.sort(key=lambda item: item[0])
        return [line for _, line in keyed]

    def folding_table(self) -> dict[str, str]:
        """Traditional → Simplified characters, as the search index was folded with them."""
        import json

        rows = self._rows("SELECT value FROM meta WHERE key = 'traditional_to_simplified'")
        try:
            table = json.loads(rows[0]["value"]) if rows else {}
        except (TypeError, ValueError) as error:
            raise ContentError("damaged", f"{self.path}: the search folding table is not JSON") from error
        if not isinstance(table, dict) or not all(isinstance(key, str) and isinstance(value, str)
                                                  and len(key) == len(value) == 1 for key, value in table.items()):
            raise ContentError("damaged", f"{self.path}: the search folding table is not character to character")
        return table

    def search_index(self, match: str, limit: int, ranked: bool = True) -> list[sqlite3.Row]:
        """(kind, id, lang, rank) of the documents matching an FTS5 expression, best first when ``ranked``;
        unranked, it stops at the first ``limit`` matches (rank 0), which is much cheaper on a large index."""
        rank, order = ("bm25(search_index, 10.0, 1.0, 8.0)", "ORDER BY rank") if ranked else ("0.0", "")
        try:
            return self._connection.execute(
                f"SELECT d.kind, d.id, d.lang, {rank} AS rank FROM search_index "
                f"JOIN search_documents d ON d.rowid = search_index.rowid WHERE search_index MATCH ? "
                f"{order} LIMIT ?", (match, limit)).fetchall()
        except sqlite3.OperationalError as error:
            if "malformed" in str(error) or "corrupt" in str(error):
                raise ContentError("damaged", f"{self.path}: {error}") from error
            return []  # an expression FTS5 cannot parse finds nothing; the query builder should not produce one
        except sqlite3.DatabaseError as error:
            raise ContentError("damaged", f"{self.path}: {error}") from error

    def search_documents(self, keys: list[tuple[str, str]], language: str,
                         with_text: bool = True) -> dict[tuple[str, str], sqlite3.Row]:
        """The title, pinyin keys, names in every language and (if asked) text of each (kind, id) in
        ``language``."""
        sql = (f"SELECT kind, id, title, pinyin, names, {'text' if with_text else 'NULL AS text'} "
               "FROM search_documents WHERE kind = ? AND id = ? AND lang = ?")
        found: dict[tuple[str, str], sqlite3.Row] = {}
        try:
            for kind, record_id in keys:  # point lookups on the (kind, id, lang) index: fast at any size
                row = self._connection.execute(sql, (kind, record_id, language)).fetchone()
                if row is not None:
                    found[(kind, record_id)] = row
        except sqlite3.DatabaseError as error:
            raise ContentError("damaged", f"{self.path}: {error}") from error
        return found

    # Tools

    def tool_content(self, tool_id: str) -> ToolContent | None:
        """The texts, links and sources of a tool (call-planner, number-choice, privacy-checkup)."""
        from desktop.core.tool_records import ToolContent, ToolSource
        rows = self._rows("SELECT * FROM tools WHERE id = ?", tool_id)
        if not rows:
            return None
        texts = {row["key"]: Text.from_row(row, "text")
                 for row in self._rows("SELECT * FROM tool_texts WHERE tool = ? ORDER BY key", tool_id)}
        links: dict[str, tuple[str, ...]] = {}
        for row in self._rows("SELECT key, target FROM tool_links WHERE tool = ? ORDER BY key, position", tool_id):
            links[row["key"]] = (*links.get(row["key"], ()), row["target"])
        sources = tuple(ToolSource(row["title"], row["url"], _date(row["as_of"])) for row in self._rows(
            "SELECT * FROM tool_sources WHERE tool = ? ORDER BY position", tool_id))
        return ToolContent(tool_id, texts, sources, links, _date(rows[0]["reviewed"]))

    def time_zones(self) -> list[TimeZoneChoice]:
        """The US zones the call planner offers, east to west, each with a few cities."""
        from desktop.core.tool_records import TimeZoneChoice
        cities: dict[str, list[Text]] = {}
        for row in self._rows("SELECT * FROM time_zone_cities ORDER BY zone_id, position"):
            cities.setdefault(row["zone_id"], []).append(Text.from_row(row, "name"))
        return [TimeZoneChoice(row["id"], row["key"], Text.from_row(row, "name"), tuple(cities.get(row["id"], ())))
                for row in self._rows("SELECT * FROM time_zones ORDER BY position")]
