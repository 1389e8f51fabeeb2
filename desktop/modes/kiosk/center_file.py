"""The center file: one TOML file that sets up a kiosk for a community center (docs/kiosk.md, field by field).

Read with the standard ``tomllib``. Every problem is a ``CenterFileError`` whose text is ``file:line: message``;
unknown tables and keys are errors too, so a misspelt key never silently keeps its default. Paths in the file are
relative to the file's own folder. No Qt here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop.core.records import Text
from desktop.i18n import LANGUAGE_CODES
from desktop.modes.kiosk.admin_pin import PinHash, PinHashError, parse_pin_hash

CHOOSE = "choose"
LOGO_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "center": {"name": dict, "logo": str, "time_zone": str},
    "visit": {"language": str, "zoom": (int, float), "idle_seconds": int, "countdown_seconds": int},
    "admin": {"pin_hash": str},
    "printing": {"allowed": bool, "printer": str},
    "keyboard": {"on_screen": bool},
    "pages": {"folder": str, "database": str, "center_root": str},
}
TYPE_NAMES = {dict: "a table such as { en = \"…\", zh_Hans = \"…\", zh_Hant = \"…\" }", str: "text in quotes",
              bool: "true or false", int: "a whole number", (int, float): "a number"}


class CenterFileError(Exception):
    """A center file that cannot be used; ``str()`` is ``file:line: message``."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True)
class CenterFile:
    path: Path
    name: Text
    logo: Path | None = None
    time_zone: str | None = None
    language: str = CHOOSE  # a language code, or CHOOSE: the visitor picks one on the start screen
    zoom: float = 1.5
    idle_seconds: int = 120
    countdown_seconds: int = 30
    pin_hash: PinHash | None = None  # None: no PIN exits the kiosk (staff stop it from a terminal)
    printing: bool = False
    printer: str | None = None
    on_screen_keyboard: bool = False
    pages_folder: Path | None = None  # the center's pages as YAML, built in memory at start
    pages_database: Path | None = None  # or built with `qiao content build --center DIR --out FILE`
    center_root: Path | None = None  # the center's root.json: only a pack signed by it is shown

    @property
    def start_language(self) -> str:
        """The language a visitor starts in when they touch the screen rather than a language button."""
        return "en" if self.language == CHOOSE else self.language


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.lines = path, text.splitlines()

    def line_of(self, table: str, key: str | None = None) -> int:
        """The line where ``key`` is set in ``[table]`` (or the table's header), for the message."""
        current, header = "", 0
        for number, line in enumerate(self.lines, 1):
            match = re.match(r"\s*\[([^\[\]]+)\]", line)
            if match:
                current = match.group(1).strip()
                if current == table:
                    header = number
                continue
            if key is not None and re.match(rf"\s*{re.escape(key)}\s*[.=]", line):
                if current == table or (not current and table == ""):
                    return number
        return header or 1

    def error(self, table: str, key: str | None, message: str) -> CenterFileError:
        return CenterFileError(self.path, self.line_of(table, key), message)


def _parse(path: Path) -> tuple[_Reader, dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CenterFileError(path, 1, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CenterFileError(path, 1, f"cannot read it: {getattr(error, 'strerror', None) or error}") from None
    reader = _Reader(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        line = int(found.group(1)) if found else 1
        raise CenterFileError(path, line, f"not valid TOML: {message}"
                              + (f" (column {found.group(2)})" if found else "")) from None
    return reader, data


def _check_shape(reader: _Reader, data: dict) -> None:
    for table, values in data.items():
        if table not in FIELDS or not isinstance(values, dict):
            known = ", ".join(f"[{name}]" for name in FIELDS)
            raise reader.error(table, None, f"unknown table '{table}': a center file has {known}")
        for key, value in values.items():
            if key not in FIELDS[table]:
                raise reader.error(table, key, f"unknown key '{key}' in [{table}]: it has "
                                   + ", ".join(FIELDS[table]))
            wanted = FIELDS[table][key]
            if isinstance(value, bool) and wanted is not bool or not isinstance(value, wanted):
                raise reader.error(table, key, f"[{table}] {key} must be {TYPE_NAMES[wanted]}")
    if "center" not in data or "name" not in data["center"]:
        raise reader.error("center", None, "[center] needs name = { en = \"…\", zh_Hans = \"…\", zh_Hant = \"…\" }")


def _name(reader: _Reader, value: dict) -> Text:
    texts = {}
    for code in LANGUAGE_CODES:
        text = value.get(code)
        if not isinstance(text, str) or not text.strip():
            raise reader.error("center", "name", f"[center] name needs {code} = \"…\": the center's name in each of "
                               "en, zh_Hans and zh_Hant")
        texts[code] = text.strip()
    extra = set(value) - set(LANGUAGE_CODES)
    if extra:
        raise reader.error("center", "name", f"[center] name has unknown languages: {', '.join(sorted(extra))}")
    return Text(**texts)


def _existing(reader: _Reader, table: str, key: str, text: str, folder: bool = False) -> Path:
    path = (reader.path.parent / text).resolve() if not Path(text).is_absolute() else Path(text)
    if not (path.is_dir() if folder else path.is_file()):
        raise reader.error(table, key, f"[{table}] {key}: no such {'folder' if folder else 'file'}: {path}")
    return path


def _time_zone(reader: _Reader, zone: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise reader.error("center", "time_zone", f"[center] time_zone '{zone}' is not a time zone: use a name such "
                           "as America/New_York or America/Los_Angeles") from None
    return zone


def _number(reader: _Reader, table: str, key: str, value, low: float, high: float, why: str):
    if not low <= value <= high:
        raise reader.error(table, key, f"[{table}] {key} must be from {low:g} to {high:g} ({why})")
    return value


def load_center_file(path: Path) -> CenterFile:
    """The center file at ``path``, checked whole; raises CenterFileError (``file:line: message``)."""
    reader, data = _parse(path)
    _check_shape(reader, data)
    center, visit = data["center"], data.get("visit", {})
    admin, printing = data.get("admin", {}), data.get("printing", {})
    pages, keyboard = data.get("pages", {}), data.get("keyboard", {})
    language = visit.get("language", CHOOSE)
    if language != CHOOSE and language not in LANGUAGE_CODES:
        raise reader.error("visit", "language", f"[visit] language must be \"{CHOOSE}\" (the visitor picks) or one "
                           f"of {', '.join(LANGUAGE_CODES)}")
    pin_hash = None
    if "pin_hash" in admin:
        try:
            pin_hash = parse_pin_hash(admin["pin_hash"])
        except PinHashError as error:
            raise reader.error("admin", "pin_hash", str(error)) from None
    allowed = printing.get("allowed", False)
    printer = printing.get("printer", "").strip() or None
    if allowed and printer is None:
        raise reader.error("printing", "allowed", "[printing] allowed = true needs printer = \"…\": the name of a "
                           "local printer (lpstat -e lists them); Qiao never shows a print dialog")
    if "folder" in pages and "database" in pages:
        raise reader.error("pages", "database", "[pages] has both folder and database: give one")
    logo = center.get("logo")
    return CenterFile(
        path=path, name=_name(reader, center["name"]),
        logo=_logo(reader, logo) if logo else None,
        time_zone=_time_zone(reader, center["time_zone"]) if "time_zone" in center else None,
        language=language,
        zoom=float(_number(reader, "visit", "zoom", visit.get("zoom", 1.5), 0.75, 3, "text size")),
        idle_seconds=_number(reader, "visit", "idle_seconds", visit.get("idle_seconds", 120), 30, 3600,
                             "seconds without a touch before the countdown"),
        countdown_seconds=_number(reader, "visit", "countdown_seconds", visit.get("countdown_seconds", 30), 20,
                                  300, "at least 20 s to answer, as WCAG 2.2.1 asks"),
        pin_hash=pin_hash, printing=allowed, printer=printer if allowed else None,
        on_screen_keyboard=keyboard.get("on_screen", False),
        pages_folder=_existing(reader, "pages", "folder", pages["folder"], folder=True) if "folder" in pages else None,
        pages_database=_existing(reader, "pages", "database", pages["database"]) if "database" in pages else None,
        center_root=_existing(reader, "pages", "center_root", pages["center_root"]) if "center_root" in pages
        else None,
    )


def _logo(reader: _Reader, text: str) -> Path:
    path = _existing(reader, "center", "logo", text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise reader.error("center", "logo", f"[center] logo must be an SVG, PNG or JPEG file, not {path.name}")
    return path
