"""Saved pages and recently viewed ones, kept in the owner's user database.

Targets are the strings of ``desktop/core/targets.py`` (``guide/time-zones``, ``platform/wechat`` …), written
in their canonical form so one page is never listed twice. Every change is one SQLite transaction: once a call
returns, the change is on disk, and a crash or a kill a moment later loses nothing. On a kiosk the app uses
``DisabledReadingList`` instead, which keeps nothing at all, not even in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from desktop.core.targets import Target, TargetError, parse_target
from desktop.core.user_store import UserStore

KINDS = ("guide", "platform", "caution", "term")  # the pages that carry a star
RECENT_LIMIT = 30
_TABLES = ("saved", "recently_viewed")


def canonical(target: str | Target) -> str:
    """``target`` as the reading list stores it; TargetError for anything that is not a starrable page."""
    parsed = target if isinstance(target, Target) else parse_target(str(target))
    if parsed.kind not in KINDS:
        raise TargetError(f"only guides, platforms, cautions and terms can be saved, not '{parsed}'")
    return str(parsed)


class ReadingList:
    """The owner's Saved list and Recently viewed list, most recent first."""

    enabled = True

    def __init__(self, store: UserStore, recent_limit: int = RECENT_LIMIT) -> None:
        self._connection = store.connection
        self.recent_limit = recent_limit
        self.problem: str | None = None
        try:
            with self._connection:
                for table in _TABLES:
                    # position grows with each change, so the newest row is the highest; no clock is stored.
                    self._connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (target TEXT PRIMARY KEY, "
                                             "position INTEGER NOT NULL)")
        except sqlite3.Error as error:
            self.problem = str(error)

    def _write(self, statements: Iterable[tuple[str, tuple]]) -> bool:
        try:
            with self._connection:  # one transaction: all of it is committed, or none of it
                for sql, parameters in statements:
                    self._connection.execute(sql, parameters)
        except sqlite3.Error as error:
            self.problem = str(error)
            return False
        return True

    def _targets(self, table: str, limit: int | None = None) -> list[str]:
        sql = f"SELECT target FROM {table} ORDER BY position DESC"
        try:
            rows = self._connection.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
            return [row[0] for row in rows]
        except sqlite3.Error as error:
            self.problem = str(error)
            return []

    @staticmethod
    def _upsert(table: str, target: str) -> tuple[str, tuple]:
        return (f"INSERT INTO {table} (target, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM "
                f"{table})) ON CONFLICT(target) DO UPDATE SET position = excluded.position", (target,))

    def _trim_recent(self) -> tuple[str, tuple]:
        return ("DELETE FROM recently_viewed WHERE target NOT IN (SELECT target FROM recently_viewed "
                "ORDER BY position DESC LIMIT ?)", (self.recent_limit,))

    # Saved

    def saved(self) -> list[str]:
        return self._targets("saved")

    def is_saved(self, target: str | Target) -> bool:
        try:
            return self._connection.execute("SELECT 1 FROM saved WHERE target = ?",
                                            (canonical(target),)).fetchone() is not None
        except sqlite3.Error:
            return False

    def save(self, target: str | Target) -> bool:
        """Stars ``target`` (moving it to the top if it already was); False if it could not be stored."""
        return self._write([self._upsert("saved", canonical(target))])

    def unsave(self, target: str | Target) -> bool:
        return self._write([("DELETE FROM saved WHERE target = ?", (canonical(target),))])

    def toggle(self, target: str | Target) -> bool:
        """Flips the star; returns whether the page is saved afterwards."""
        if self.is_saved(target):
            self.unsave(target)
        else:
            self.save(target)
        return self.is_saved(target)

    # Recently viewed

    def recent(self) -> list[str]:
        return self._targets("recently_viewed", self.recent_limit)

    def record_view(self, target: str | Target) -> bool:
        """Puts ``target`` first in Recently viewed, keeping at most ``recent_limit`` pages. Pages that carry no
        star (home, lists, search) are not recorded, so a page may call this on every visit."""
        try:
            target = canonical(target)
        except TargetError:
            return False
        return self._write([self._upsert("recently_viewed", target), self._trim_recent()])

    def clear_recent(self) -> bool:
        return self._write([("DELETE FROM recently_viewed", ())])

    # Whole lists, for export and import

    def merge(self, saved: list[str], recent: list[str]) -> tuple[int, int]:
        """Adds pages from another list (given most recent first) in one transaction. Pages already here keep
        their place; new ones go on top in their own order. Returns how many of each were new."""
        have_saved, have_recent = set(self.saved()), set(self.recent())
        new_saved = [target for target in dict.fromkeys(map(canonical, saved)) if target not in have_saved]
        new_recent = [target for target in dict.fromkeys(map(canonical, recent)) if target not in have_recent]
        statements = [self._upsert("saved", target) for target in reversed(new_saved)]
        statements += [self._upsert("recently_viewed", target) for target in reversed(new_recent)]
        if not self._write([*statements, self._trim_recent()]):
            return 0, 0
        return len(new_saved), len(set(new_recent) & set(self.recent()))

    def counts(self) -> dict[str, int]:
        return {"saved": len(self.saved()), "recent": len(self.recent())}

    def erase(self) -> bool:
        return self._write([(f"DELETE FROM {table}", ()) for table in _TABLES])


class DisabledReadingList:
    """The kiosk's reading list: stars are hidden and nothing a visitor opens is kept anywhere."""

    enabled = False
    problem: str | None = None
    recent_limit = 0

    def saved(self) -> list[str]:
        return []

    def is_saved(self, target: str | Target) -> bool:
        return False

    def save(self, target: str | Target) -> bool:
        return False

    def unsave(self, target: str | Target) -> bool:
        return False

    def toggle(self, target: str | Target) -> bool:
        return False

    def recent(self) -> list[str]:
        return []

    def record_view(self, target: str | Target) -> bool:
        return False

    def clear_recent(self) -> bool:
        return False

    def merge(self, saved: list[str], recent: list[str]) -> tuple[int, int]:
        return 0, 0

    def counts(self) -> dict[str, int]:
        return {"saved": 0, "recent": 0}

    def erase(self) -> bool:
        return True


def reading_list_for(store: UserStore, kiosk: bool) -> ReadingList | DisabledReadingList:
    """The reading list the app should use: none at all on a kiosk or when nothing is kept on disk."""
    return DisabledReadingList() if kiosk or not store.persistent else ReadingList(store)
