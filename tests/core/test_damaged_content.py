"""A damaged content database is refused when it is opened, or gives a ContentError where it is read: never
another exception, which would leave a dead click in the window or a traceback on the command line."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desktop import paths
from desktop.core.content_store import TABLES, ContentError, ContentStore
from desktop.core.search import search


def _damaged(tmp_path, *statements: str):
    copy = tmp_path / "qiao.sqlite3"
    shutil.copyfile(paths.content_database(), copy)
    with sqlite3.connect(copy) as connection:
        for statement in statements:
            connection.execute(statement)
    return copy


def read_everything(store: ContentStore) -> None:
    """Everything a walk through every page reads."""
    for summary in store.platforms():
        store.platform(summary.id)
        store.linked_to("platform", summary.id)
    for summary in store.guides():
        store.guide(summary.id)
    for summary in store.cautions():
        store.caution(summary.id)
    store.terms()
    store.tasks()
    store.figures()
    for query in ("微信", "監控", "wx", "encrypt"):
        search(store, query, "zh_Hant")


@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_missing_table_is_refused_at_open(tmp_path, table):
    with pytest.raises(ContentError) as error:
        ContentStore(_damaged(tmp_path, f"DROP TABLE {table}"))
    assert error.value.reason == "damaged"
    assert table in error.value.detail or table == "meta"  # without meta, the version cannot even be read


@pytest.mark.parametrize("table, column", [("guides", "audience_en"), ("platforms", "name_zh_Hant"),
                                           ("facts", "as_of"), ("terms", "example_zh_Hans"),
                                           ("tasks", "position")])
def test_a_missing_column_is_refused_at_open(tmp_path, table, column):
    with pytest.raises(ContentError) as error:
        ContentStore(_damaged(tmp_path, f"ALTER TABLE {table} DROP COLUMN {column}"))
    assert error.value.reason == "damaged" and f"{table}.{column}" in error.value.detail


@pytest.mark.parametrize("statement", [
    "UPDATE platforms SET name_en = NULL, name_zh_Hans = NULL, name_zh_Hant = NULL",
    "UPDATE facts SET as_of = 'yesterday'",
    "UPDATE guides SET reviewed = '2026-13-45'",
    "UPDATE facts SET codes = '{not json'",
    "UPDATE meta SET value = '{not json' WHERE key = 'traditional_to_simplified'",
    "UPDATE meta SET value = '[1, 2]' WHERE key = 'traditional_to_simplified'",
    "UPDATE terms SET word_en = NULL, word_zh_Hans = NULL, word_zh_Hant = NULL",
    "UPDATE figures SET now_date = 'soon'",
])
def test_damaged_rows_give_a_content_error_and_nothing_else(tmp_path, statement):
    store = ContentStore(_damaged(tmp_path, statement))
    with pytest.raises(ContentError) as error:
        read_everything(store)
    assert error.value.reason == "damaged"


def test_the_shipped_database_reads_whole(store):
    read_everything(store)


def test_the_links_table_is_indexed_by_target(store):
    """The platform and term pages ask what links them; without the index that scans every link."""
    plan = " ".join(row[3] for row in store._connection.execute(
        "EXPLAIN QUERY PLAN SELECT owner_id FROM links WHERE target_kind = 'platform' AND target_id = 'wechat'"))
    assert "USING INDEX" in plan and "SCAN" not in plan


def test_the_declared_tables_are_exactly_what_the_build_writes():
    """The open-time check reads TABLES; a table or column the build adds must be declared there too."""
    import sqlite3

    from desktop import paths

    with sqlite3.connect(f"file:{paths.content_database()}?mode=ro&immutable=1", uri=True) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%'")]
        built = {name: {row[1] for row in connection.execute(f"PRAGMA table_info('{name}')")} - {"rowid"}
                 for name in names}
    assert {name: set(columns) for name, columns in TABLES.items()} == built
