"""Building the bundled content database from a checked bundle, deterministically, with sqlite-utils."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path

from desktop.content import lesson_rows
from desktop.content.bundle import ContentBundle
from desktop.core.content_store import TABLES

SCHEMA_VERSION = "6"
LANGUAGES = ("en", "zh_Hans", "zh_Hant")


class BuildError(Exception):
    """The database could not be written."""


def _localized(prefix: str, text: dict | None) -> dict:
    text = text or {}
    return {f"{prefix}_{language}": text.get(language) for language in LANGUAGES}


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _platform_rows(bundle: ContentBundle) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"platforms": [], "facts": [], "findings": [], "counterparts": []}
    for platform in sorted(bundle.platforms, key=lambda item: item["id"]):
        rows["platforms"].append({
            "id": platform["id"], "kind": platform["kind"], "side": platform["side"],
            **_localized("name", platform["name"]), **_localized("summary", platform["summary"]),
        })
        for fact in platform["facts"]:
            history = fact.get("history") or {}
            rows["facts"].append({
                "platform_id": platform["id"], "criterion": fact["criterion"], "code": fact["code"],
                "codes": json.dumps(fact["codes"]), **_localized("value", fact.get("value")),
                "source": fact.get("source"), "as_of": _iso(fact.get("as_of")), "year": fact.get("year"),
                "count": fact.get("count"), "count_kind": fact.get("count_kind"),
                "count_date": _iso(fact.get("count_date")),
                "history_count": history.get("count"), "history_kind": history.get("count_kind"),
                "history_date": _iso(history.get("count_date")), **_localized("history_value", history.get("value")),
                "history_source": history.get("source"),
            })
            for position, finding in enumerate(fact.get("findings", [])):
                rows["findings"].append({
                    "platform_id": platform["id"], "position": position, **_localized("who", finding["who"]),
                    "year": finding["year"], **_localized("summary", finding["summary"]), "url": finding["url"],
                })
            for other in fact.get("ids", []):
                rows["counterparts"].append({"platform_id": platform["id"], "counterpart_id": other})
    return rows


def _guide_rows(bundle: ContentBundle) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"guides": [], "guide_items": [], "guide_sources": [], "links": []}
    for guide in sorted(bundle.guides, key=lambda item: (item.get("position", 0), item["id"])):
        rows["guides"].append({
            "id": guide["id"], "position": guide.get("position", 0), **_localized("title", guide["title"]),
            **_localized("audience", guide["audience"]),
            "reviewed": _iso(guide["reviewed"]),
        })
        sections = [("before", text, None) for text in guide["before"]]
        sections += [("step", text, None) for text in guide["steps"]]
        sections += [("problem", item["problem"], item["solution"]) for item in guide["problems"]]
        for position, (section, text, solution) in enumerate(sections):
            rows["guide_items"].append({
                "guide_id": guide["id"], "section": section, "position": position,
                **_localized("text", text), **_localized("solution", solution),
            })
        for position, item in enumerate(guide["sources"]):
            rows["guide_sources"].append({"guide_id": guide["id"], "position": position, **item})
    return rows


def _caution_rows(bundle: ContentBundle) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"cautions": [], "caution_actions": [], "caution_findings": []}
    for caution in sorted(bundle.cautions, key=lambda item: (item.get("position", 0), item["id"])):
        rows["cautions"].append({
            "id": caution["id"], "position": caution.get("position", 0), **_localized("title", caution["title"]),
            **_localized("summary", caution["summary"]),
            **_localized("what_happens", caution["what_happens"]),
            **_localized("who_it_matters_for", caution["who_it_matters_for"]), "reviewed": _iso(caution["reviewed"]),
        })
        for position, action in enumerate(caution["actions"]):
            rows["caution_actions"].append({"caution_id": caution["id"], "position": position,
                                            **_localized("text", action)})
        for position, finding in enumerate(caution["documented"]):
            rows["caution_findings"].append({
                "caution_id": caution["id"], "position": position, **_localized("who", finding["who"]),
                "year": finding["year"], **_localized("summary", finding["summary"]), "url": finding["url"],
            })
    return rows


def _link_rows(bundle: ContentBundle) -> list[dict]:
    rows = []
    for kind, records in (("guide", bundle.guides), ("caution", bundle.cautions)):
        for record in sorted(records, key=lambda item: item["id"]):
            for target_kind, key in (("platform", "platforms"), ("term", "terms")):
                for position, target in enumerate(record[key]):
                    rows.append({"owner_kind": kind, "owner_id": record["id"], "target_kind": target_kind,
                                 "target_id": target, "position": position})
    return rows


def _figure_row(figure: dict) -> dict:
    row = {"id": figure["id"], "position": figure["position"], **_localized("title", figure["title"])}
    for moment in ("then", "now"):
        point = figure[moment] or {}
        row.update({f"{moment}_count": point.get("count"), f"{moment}_date": _iso(point.get("date")),
                    **_localized(f"{moment}_value", point.get("value")), f"{moment}_source": point.get("source")})
    row["now_as_of"] = _iso((figure["now"] or {}).get("as_of"))
    return row


def _term_rows(bundle: ContentBundle) -> list[dict]:
    return [{
        "id": term["id"], "set_name": term["set"], **_localized("word", term["word"]), "pinyin": term["pinyin"],
        "pinyin_zh_Hant": term.get("pinyin_zh_Hant") or term["pinyin"],
        **_localized("definition", term["definition"]), **_localized("example", term["example"]),
        "synonyms": json.dumps(term["synonyms"], ensure_ascii=False, sort_keys=True),
    } for term in sorted(bundle.terms, key=lambda item: item["id"])]


def _tool_rows(bundle: ContentBundle) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"tools": [], "tool_texts": [], "tool_links": [], "tool_sources": [],
                                   "time_zones": [], "time_zone_cities": []}
    for tool in sorted(bundle.tools, key=lambda item: item["id"]):
        rows["tools"].append({"id": tool["id"], "reviewed": _iso(tool["reviewed"])})
        rows["tool_texts"] += [{"tool": tool["id"], "key": key, **_localized("text", text)}
                               for key, text in sorted(tool["texts"].items())]
        rows["tool_links"] += [{"tool": tool["id"], "key": key, "position": position, "target": f"guide/{guide_id}"}
                               for key, ids in sorted(tool["links"].items()) for position, guide_id in enumerate(ids)]
        rows["tool_sources"] += [{"tool": tool["id"], "position": position, "title": item["title"], "url": item["url"],
                                  "as_of": _iso(item["as_of"])} for position, item in enumerate(tool["sources"])]
        for zone in tool["zones"]:
            rows["time_zones"].append({"id": zone["id"], "position": zone["position"], "key": zone["key"],
                                       **_localized("name", zone["name"])})
            rows["time_zone_cities"] += [{"zone_id": zone["id"], "position": position, **_localized("name", city)}
                                         for position, city in enumerate(zone["cities"])]
    return rows


PRIMARY_KEYS = {
    "platforms": "id", "facts": ("platform_id", "criterion"), "findings": ("platform_id", "position"),
    "counterparts": ("platform_id", "counterpart_id"), "guides": "id", "guide_items": ("guide_id", "position"),
    "guide_sources": ("guide_id", "position"), "links": ("owner_kind", "owner_id", "target_kind", "position"),
    "cautions": "id", "caution_actions": ("caution_id", "position"), "caution_findings": ("caution_id", "position"),
    "terms": "id", "meta": "key", "search_documents": "rowid", "term_words": ("term_id", "word"),
    "pinyin_words": ("key", "word"),
    "tasks": "id", "task_platforms": ("task_id", "platform_id"), "figures": "id",
    "tools": "id", "tool_texts": ("tool", "key"), "tool_links": ("tool", "key", "position"),
    "tool_sources": ("tool", "position"), "time_zones": "id", "time_zone_cities": ("zone_id", "position"),
}
# Declared where the first rows may hold NULL, so sqlite-utils does not guess TEXT for them.
COLUMN_TYPES = {
    "facts": {"year": int, "count": int, "history_count": int, "code": str, "source": str, "count_kind": str,
              "count_date": str, "history_kind": str, "history_date": str, "history_source": str,
              **{f"{prefix}_{language}": str for prefix in ("value", "history_value") for language in LANGUAGES}},
    "findings": {"year": int},
    "caution_findings": {"year": int},
    "guide_items": {f"solution_{language}": str for language in LANGUAGES},
}
PRIMARY_KEYS.update(lesson_rows.PRIMARY_KEYS)
COLUMN_TYPES.update(lesson_rows.COLUMN_TYPES)


def database_rows(bundle: ContentBundle) -> dict[str, list[dict]]:
    """Every table's rows, in a fixed order, as the database will hold them."""
    tables: dict[str, list[dict]] = {}
    tables.update(_platform_rows(bundle))
    tables.update(_guide_rows(bundle))
    tables.update(_caution_rows(bundle))
    tables["links"] = _link_rows(bundle)
    tables["terms"] = _term_rows(bundle)
    tables["tasks"] = [{"id": task["id"], "position": task["position"], **_localized("title", task["title"])}
                       for task in bundle.tasks]
    tables["figures"] = [_figure_row(figure) for figure in bundle.figures]
    tables["task_platforms"] = [{"task_id": task["id"], "platform_id": platform_id}
                                for task in bundle.tasks for platform_id in task["platforms"]]
    tables.update(lesson_rows.lesson_tables(bundle.lessons))
    tables["term_characters"] = lesson_rows.term_character_rows(bundle.terms)
    tables.update(_tool_rows(bundle))
    tables["meta"] = [{"key": "schema_version", "value": SCHEMA_VERSION}]
    return tables


def _add_missing_tables(connection: sqlite3.Connection, reference: Path) -> None:
    """Creates, empty, each table of the database ``reference`` that this one lacks: a center's own pages are
    guides only, and still read like the whole content."""
    from urllib.parse import quote

    source = sqlite3.connect(f"file:{quote(str(reference.resolve()))}?mode=ro&immutable=1", uri=True)
    schema = source.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
                            "AND name NOT LIKE 'search_index%' AND name != 'search_words'").fetchall()
    source.close()
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, sql in schema:
        if table not in present:
            connection.execute(sql)


def build_database(bundle: ContentBundle, target: Path, tables_like: Path | None = None) -> None:
    """Writes the database for ``bundle`` to ``target``, replacing it only once the new file is complete.
    ``tables_like``: a database whose tables are all created, empty where ``bundle`` has nothing for them."""
    import sqlite_utils

    tables, index_rows = _tables(bundle)
    if target.is_dir():
        raise BuildError(f"cannot write {target}: it is a folder; name the database file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".qiao-build-", suffix=".sqlite3", dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise BuildError(f"cannot write to {target.parent}: {error.strerror}") from error
    try:
        connection = sqlite3.connect(temporary)
        _fill(connection, tables, index_rows, tables_like)
        sqlite_utils.Database(connection).vacuum()
        connection.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        Path(temporary).unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise BuildError(f"cannot write {target}: {reason}") from error


def _tables(bundle: ContentBundle) -> tuple[dict[str, list[dict]], list]:
    from desktop.content.search_index import search_tables

    if bundle.errors:
        raise BuildError(f"the content has {len(bundle.errors)} error(s); run 'qiao content check'")
    tables = database_rows(bundle)
    search = search_tables(tables)
    index_rows = search.pop("search_index")
    tables["meta"] += search.pop("folding")
    tables.update(search)
    return tables, index_rows


def build_in_memory(bundle: ContentBundle, tables_like: Path | None = None) -> bytes:
    """The database for ``bundle`` as bytes, never written to disk (a kiosk showing a center's folder of pages)."""
    tables, index_rows = _tables(bundle)
    connection = sqlite3.connect(":memory:")
    try:
        _fill(connection, tables, index_rows, tables_like)
        return connection.serialize()
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, tables: dict[str, list[dict]], index_rows: list,
          tables_like: Path | None) -> None:
    import sqlite_utils

    from desktop.content.search_index import create_search_index

    database = sqlite_utils.Database(connection)
    for name, rows in tables.items():
        if rows:
            database[name].insert_all(rows, pk=PRIMARY_KEYS.get(name), columns=COLUMN_TYPES.get(name))
        elif name in lesson_rows.COLUMNS:  # the app reads these tables even when no lesson fills them
            database[name].create(lesson_rows.COLUMNS[name], pk=PRIMARY_KEYS[name])
        elif name in TABLES:  # an empty table still exists: the app checks every table it reads at open
            database[name].create({column: str for column in TABLES[name]}, pk=PRIMARY_KEYS.get(name))
    if tables_like is not None:
        _add_missing_tables(connection, tables_like)
    database["facts"].create_index(["criterion"])
    database["links"].create_index(["target_kind", "target_id"])  # what links a platform or term
    database["term_words"].create_index(["word"])
    database["search_documents"].create_index(["kind", "id", "lang"], unique=True)
    create_search_index(connection, index_rows)  # FTS5 over folded, segmented text, and its vocabulary
    database.execute("PRAGMA journal_mode=DELETE")  # an immutable open ignores a WAL
    connection.commit()
