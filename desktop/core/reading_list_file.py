"""Exporting the reading list to a JSON file and importing one back, with a clear message for a bad file.

The file is small and readable, so an owner can see what it holds::

    {"format": "qiao-reading-list", "version": 1,
     "saved": ["guide/time-zones", "platform/wechat"], "recent": ["caution/group-chats"]}

Lists run most recent first. An import adds to what is already saved; it never removes anything.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.reading_list import KINDS, DisabledReadingList, ReadingList, canonical
from desktop.core.targets import TargetError
from desktop.i18n import N_, _

FORMAT = "qiao-reading-list"
VERSION = 1
MAX_BYTES = 1_000_000  # a list of every page in Qiao is a few kilobytes; anything this big is not ours
MAX_ENTRIES = 5_000

# Messages for the reader, translated when shown; each takes the values of ReadingListFileError.values.
MESSAGES = {
    "unreadable": N_("The file {name} could not be opened: {detail}"),
    "too-large": N_("The file {name} is too large to be a list of saved pages."),
    "not-json": N_("The file {name} is not a saved-pages file (it is not valid JSON, line {line})."),
    "not-a-reading-list": N_("The file {name} is not a saved-pages file from Qiao."),
    "newer-version": N_("The file {name} comes from a newer version of Qiao. Update Qiao to open it."),
    "bad-entry": N_("The file {name} has an entry Qiao does not recognize: {detail}"),
    "unwritable": N_("The list could not be saved to {name}: {detail}"),
}


class ReadingListFileError(Exception):
    """A file that could not be read or written; ``reason`` is a key of MESSAGES."""

    def __init__(self, reason: str, path: Path, **values: object) -> None:
        self.reason = reason
        self.values = {"name": path.name, "detail": "", "line": 0, **values}
        super().__init__(f"{path}: {reason}: {self.values['detail'] or self.values['line']}")

    @property
    def message(self) -> str:
        """The message in the active language."""
        return _(MESSAGES[self.reason]).format(**self.values)


@dataclass(frozen=True)
class ImportSummary:
    saved_added: int
    recent_added: int


def reading_list_json(reading_list: ReadingList | DisabledReadingList) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "saved": reading_list.saved(),
                       "recent": reading_list.recent()}, ensure_ascii=False, indent=2) + "\n"


def export_reading_list(reading_list: ReadingList | DisabledReadingList, path: Path) -> None:
    """Writes the lists to ``path``, replacing it only once the new file is complete."""
    text = reading_list_json(reading_list)
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".qiao-", suffix=".json", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise ReadingListFileError("unwritable", path, detail=error.strerror or str(error)) from error


def _entries(data: dict, key: str, path: Path) -> list[str]:
    values = data.get(key, [])
    if not isinstance(values, list) or len(values) > MAX_ENTRIES:
        raise ReadingListFileError("bad-entry", path, detail=f"'{key}' must be a list of pages")
    clean = []
    for value in values:
        try:
            if not isinstance(value, str):
                raise TargetError(repr(value))
            clean.append(canonical(value))
        except TargetError:
            raise ReadingListFileError("bad-entry", path, detail=f"{value!r} (expected one of "
                                       + ", ".join(f"{kind}/…" for kind in KINDS) + ")") from None
    return clean


def read_reading_list(path: Path) -> tuple[list[str], list[str]]:
    """(saved, recent) from a file, checked; ReadingListFileError says what is wrong."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadingListFileError("too-large", path)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ReadingListFileError("not-a-reading-list", path) from None
    except OSError as error:
        raise ReadingListFileError("unreadable", path, detail=error.strerror or str(error)) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadingListFileError("not-json", path, line=error.lineno) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReadingListFileError("not-a-reading-list", path)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReadingListFileError("not-a-reading-list", path)
    if version > VERSION:
        raise ReadingListFileError("newer-version", path)
    return _entries(data, "saved", path), _entries(data, "recent", path)


def import_reading_list(reading_list: ReadingList | DisabledReadingList, path: Path) -> ImportSummary:
    """Adds the pages in ``path`` to the lists; nothing is added unless the whole file is good."""
    saved, recent = read_reading_list(path)
    return ImportSummary(*reading_list.merge(saved, recent))
