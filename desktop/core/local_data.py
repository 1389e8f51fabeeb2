"""Exactly what Qiao keeps on this computer, and erasing all of it: the facts behind the About page.

Qiao writes two things outside its own install folder: the owner's user database (settings, saved pages,
recently viewed pages, and check-up answers if the owner chose to keep them) and, only when the translations
folder cannot be written, compiled copies of the translation catalogs in the user's cache folder. On a kiosk,
or when the data folder cannot be written, nothing is kept on disk and the description is empty.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.privacy_checkup import ANSWERS_SETTING as CHECKUP_ANSWERS_SETTING
from desktop.core.user_store import UserStore


@dataclass(frozen=True)
class StoredItem:
    """One kind of thing kept on disk: ``kind`` is settings, saved, recent or checkup-answers; ``names`` lists the
    setting names it covers."""

    kind: str
    location: Path
    count: int
    names: tuple[str, ...] = ()


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:  # a table the reading list has not created yet
        return 0


def describe_local_data(store: UserStore) -> list[StoredItem]:
    """Everything Qiao has stored for this owner, where, and how much of it."""
    items: list[StoredItem] = []
    if store.persistent and store.path is not None:
        connection = store.connection
        try:
            keys = [row[0] for row in connection.execute("SELECT key FROM settings ORDER BY key")]
        except sqlite3.Error:
            keys = []
        settings = tuple(key for key in keys if key != CHECKUP_ANSWERS_SETTING)
        if settings:
            items.append(StoredItem("settings", store.path, len(settings), settings))
        for kind, table in (("saved", "saved"), ("recent", "recently_viewed")):
            if count := _count(connection, table):
                items.append(StoredItem(kind, store.path, count))
        if CHECKUP_ANSWERS_SETTING in keys:
            items.append(StoredItem("checkup-answers", store.path, 1))
    return items


def erase_local_data(store: UserStore) -> list[str]:
    """Erases all of it: every row of every table in the user database, in one transaction, then compacts the
    file so the old pages do not linger in it. Returns what could not be erased (empty when everything was)."""
    problems = []
    connection = store.connection
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        with connection:
            for table in tables:
                connection.execute(f'DELETE FROM "{table}"')
        connection.execute("VACUUM")
    except sqlite3.Error as error:
        problems.append(f"{store.path or 'memory'}: {error}")
    return problems
