"""The owner's own small database: language, zoom, bookmarks and lesson quiz scores. Never the bundled content.

When the data folder cannot be written, or another program holds the file locked, the store keeps everything
in memory for this run and says so in ``problem``, so the app can tell the user instead of failing. A file
that is damaged, or of a shape this version does not know, is moved aside (``set_aside``) and a fresh one
started in its place.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from urllib.parse import quote

FILE_NAME = "user.sqlite3"
# The tables this store reads and writes, with the columns it needs. Other modules may add tables of their own.
TABLES = {
    "settings": ("key", "value"),
    "bookmarks": ("target", "added"),
}
WRITE_WAIT_MS = 1000  # how long a write waits for another Qiao holding the file; opening never waits


class _UnusableError(Exception):
    """The file is a database of another shape, or not a database at all."""


def _check_shape(connection: sqlite3.Connection) -> None:
    for table, columns in TABLES.items():
        present = {row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (table,))}
        if present and not set(columns) <= present:
            raise _UnusableError(f"the {table} table has other columns: {', '.join(sorted(present))}")


def read_setting(folder: Path | None, key: str) -> str | None:
    """One saved setting, read without creating, changing or waiting for anything; None when it cannot be read."""
    if folder is None:
        return None
    path = folder / FILE_NAME
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return None
    return row[0] if row and isinstance(row[0], str) else None


class UserStore:
    def __init__(self, folder: Path | None) -> None:
        """``folder=None`` keeps nothing on disk (a kiosk, a screenshot)."""
        self.problem: str | None = None
        self.path: Path | None = None
        self.set_aside: Path | None = None  # where an unreadable file was moved, if one was
        connection = None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                try:
                    connection = self._open(folder / FILE_NAME)
                except _UnusableError:
                    self.set_aside = self._move_aside(folder / FILE_NAME)
                    connection = self._open(folder / FILE_NAME)
                self.path = folder / FILE_NAME
            except (OSError, sqlite3.Error, _UnusableError) as error:
                self.problem = f"{folder}: {getattr(error, 'strerror', None) or error}"
                connection = None
        if connection is None:
            connection = sqlite3.connect(":memory:")
            self._create(connection)
        self._connection = connection

    def _open(self, path: Path) -> sqlite3.Connection:
        # timeout=0: a file another program holds locked must not delay the start (SQLite would wait 5 s).
        connection = sqlite3.connect(path, timeout=0)
        try:
            _check_shape(connection)
            self._create(connection)
        except sqlite3.OperationalError:
            connection.close()
            raise  # locked, read-only, out of space: keep the file as it is and work in memory
        except (sqlite3.DatabaseError, _UnusableError) as error:
            connection.close()
            raise _UnusableError(str(error)) from error
        connection.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        return connection

    @staticmethod
    def _move_aside(path: Path) -> Path:
        """Renames an unreadable settings file out of the way, keeping it for whoever wants to look at it."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.unreadable-{stamp}")
        path.replace(target)
        for suffix in ("-journal", "-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.replace(target.with_name(target.name + suffix))
        return target

    @staticmethod
    def _create(connection: sqlite3.Connection) -> None:
        with connection:
            connection.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.execute("CREATE TABLE IF NOT EXISTS bookmarks (target TEXT PRIMARY KEY, "
                               "added TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
            connection.execute("CREATE TABLE IF NOT EXISTS quiz_scores (lesson_id TEXT NOT NULL, "
                               "correct INTEGER NOT NULL, total INTEGER NOT NULL, "
                               "taken TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")

    @property
    def persistent(self) -> bool:
        return self.path is not None

    @property
    def connection(self) -> sqlite3.Connection:
        """The open database, for modules that keep their own tables in it (the reading list)."""
        return self._connection

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        try:
            with self._connection:
                self._connection.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
        except sqlite3.Error as error:
            self.problem = str(error)

    def bookmarks(self) -> list[str]:
        return [row[0] for row in self._connection.execute("SELECT target FROM bookmarks ORDER BY added, target")]

    def set_bookmark(self, target: str, on: bool) -> None:
        try:
            with self._connection:
                if on:
                    self._connection.execute("INSERT OR IGNORE INTO bookmarks (target) VALUES (?)", (target,))
                else:
                    self._connection.execute("DELETE FROM bookmarks WHERE target = ?", (target,))
        except sqlite3.Error as error:
            self.problem = str(error)

    def add_quiz_score(self, lesson_id: str, right: int, total: int) -> None:
        """Keeps a learner's finished quiz: how many of how many were right."""
        try:
            with self._connection:
                self._connection.execute("INSERT INTO quiz_scores (lesson_id, correct, total) VALUES (?, ?, ?)",
                                         (lesson_id, right, total))
        except sqlite3.Error as error:
            self.problem = str(error)

    def quiz_scores(self, lesson_id: str) -> list[tuple[int, int]]:
        """(right, total) of every finished quiz of a lesson, oldest first."""
        return [(row[0], row[1]) for row in self._connection.execute(
            "SELECT correct, total FROM quiz_scores WHERE lesson_id = ? ORDER BY rowid", (lesson_id,))]

    def close(self) -> None:
        self._connection.close()
