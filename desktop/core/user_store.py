"""The owner's own small database: language, zoom, bookmarks and lesson quiz scores. Never the bundled content.

When the data folder cannot be written, the store keeps everything in memory for this run and says so in
``problem``, so the app can tell the user instead of failing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

FILE_NAME = "user.sqlite3"


class UserStore:
    def __init__(self, folder: Path | None) -> None:
        """``folder=None`` keeps nothing on disk (a kiosk, a screenshot)."""
        self.problem: str | None = None
        self.path: Path | None = None
        connection = None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(folder / FILE_NAME)
                self._create(connection)
                self.path = folder / FILE_NAME
            except (OSError, sqlite3.Error) as error:
                self.problem = f"{folder}: {getattr(error, 'strerror', None) or error}"
                if connection is not None:
                    connection.close()
                connection = None
        if connection is None:
            connection = sqlite3.connect(":memory:")
            self._create(connection)
        self._connection = connection

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
