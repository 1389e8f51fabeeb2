"""What a new content database adds, changes and removes, record by record, compared with the one in use.

Ids are stable across packs, so saved pages, bookmarks and lessons keep pointing at the same guide or platform;
the ids a new pack removes are listed so an update can say which saved items will find nothing.

A record is a row of a table with an ``id`` column (platforms, guides, cautions, terms, ...) together with the
rows that belong to it (``facts`` by ``platform_id``, ``guide_items`` by ``guide_id``, ``links`` by owner). The
tables are found from the database itself, so new kinds of content are compared without changes here.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

DERIVED_TABLES = ("meta", "search_documents", "search_index", "term_words")


@dataclass(frozen=True)
class KindChanges:
    kind: str  # singular, as in a page address: "guide", "platform", "caution", "term" ...
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    count: int  # how many the new database has

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _singular(table: str) -> str:
    return table[:-1] if table.endswith("s") else table


def _fingerprints(path: Path) -> dict[str, dict[str, str]]:
    """{kind: {id: digest of the record and everything that belongs to it}}."""
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%'")]
        columns = {name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
                   for name in names if name not in DERIVED_TABLES}
        found: dict[str, dict[str, str]] = {}
        for table, table_columns in columns.items():
            if "id" not in table_columns:
                continue
            kind = _singular(table)
            parts: dict[str, list[str]] = defaultdict(list)
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                parts[row[table_columns.index("id")]].append(repr((table, row)))
            for child, child_columns in columns.items():
                if child != table and f"{kind}_id" in child_columns:
                    position = child_columns.index(f"{kind}_id")
                    for row in connection.execute(f'SELECT * FROM "{child}"'):
                        if row[position] in parts:
                            parts[row[position]].append(repr((child, row)))
                elif {"owner_kind", "owner_id"} <= set(child_columns):
                    for row in connection.execute(f'SELECT * FROM "{child}" WHERE owner_kind = ?', (kind,)):
                        owner = row[child_columns.index("owner_id")]
                        if owner in parts:
                            parts[owner].append(repr((child, row)))
            found[kind] = {record_id: hashlib.sha256("\n".join(sorted(texts)).encode()).hexdigest()
                           for record_id, texts in parts.items()}
        return found
    finally:
        connection.close()


def compare_databases(old: Path | None, new: Path) -> list[KindChanges]:
    """Per kind of record, the ids ``new`` adds, changes and removes compared with ``old`` (None: nothing)."""
    before = _fingerprints(old) if old is not None else {}
    after = _fingerprints(new)
    changes = []
    for kind in sorted(set(before) | set(after)):
        old_records, new_records = before.get(kind, {}), after.get(kind, {})
        changes.append(KindChanges(
            kind,
            added=tuple(sorted(set(new_records) - set(old_records))),
            changed=tuple(sorted(record_id for record_id in set(new_records) & set(old_records)
                                 if new_records[record_id] != old_records[record_id])),
            removed=tuple(sorted(set(old_records) - set(new_records))),
            count=len(new_records),
        ))
    return changes


def removed_ids(old: Path | None, new: Path) -> dict[str, list[str]]:
    """The ids, by kind, that ``new`` no longer has: saved pages and lessons pointing at them will find nothing."""
    return {change.kind: list(change.removed) for change in compare_databases(old, new) if change.removed}
