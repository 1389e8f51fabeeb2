"""Reading the human-editable YAML sources, keeping the line of every key for error messages.

Whatever a file holds, reading it never raises: an impossible date, a key that is not plain text, nesting
deeper than any content needs, a file too large or a symbolic link that loops each becomes a Problem with its
line. The limits are far above what real content uses (a few kilobytes, six levels) and far below what would
make the check or the app hang.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class Mapping(dict):
    """A YAML mapping that remembers the line of the mapping and of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML sequence that remembers its line and the line of each item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


MAX_FILE_BYTES = 512 * 1024  # the largest source today is 14 KB
MAX_DEPTH = 16  # levels of mappings and lists; content uses 6


class SourceError(yaml.YAMLError):
    """Something in a file that YAML allows but a content source must not hold, at a line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


class DuplicateKeyError(SourceError):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"the key {key!r} appears twice", line)


class _LineLoader(yaml.SafeLoader):
    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        # The composer recurses once per level: stop long before Python's recursion limit.
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise SourceError(f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode):
    """A date YAML recognises by its shape but that does not exist (2026-02-30) stays text, so the date check
    reports it with its line instead of PyYAML raising."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise SourceError("a key must be a plain word, not a list or a mapping", key_node.start_mark.line + 1)
        key = loader.construct_object(key_node, deep=True)
        if key in mapping.key_lines:
            raise DuplicateKeyError(str(key), key_node.start_mark.line + 1)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> Sequence:
    sequence = Sequence(loader.construct_object(item, deep=True) for item in node.value)
    sequence.line = node.start_mark.line + 1
    sequence.item_lines = [item.start_mark.line + 1 for item in node.value]
    return sequence


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a content source, reported as ``file:line: message``."""

    path: str
    line: int
    message: str
    severity: str = "error"  # "error" fails the check; "warning" is reported only

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


@dataclass
class SourceFile:
    path: Path
    display_path: str  # relative to the content folder's parent, as maintainers see it
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    texts: list[tuple[int, dict]] = field(default_factory=list)  # every text read, with its (zh_Hant) line

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display_path, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display_path, line, message, "warning"))


def display_path(path: Path, root: Path) -> str:
    for base in (Path.cwd(), root.parent):
        try:
            return str(path.resolve().relative_to(base.resolve()))
        except (ValueError, OSError, RuntimeError):  # elsewhere, or a symbolic link that loops
            continue
    return str(path)


def read_source(path: Path, root: Path) -> SourceFile:
    """Parse one YAML file; a syntax error becomes a Problem with its line, never an exception."""
    source = SourceFile(path, display_path(path, root))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            source.error(1, f"the file is {size / 1024:.0f} KB; a content file holds at most "
                            f"{MAX_FILE_BYTES // 1024} KB: split it")
            return source
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        source.error(line, "the file is not valid UTF-8 text")
        return source
    except OSError as error:
        source.error(1, f"cannot be read: {error.strerror or error}")
        return source
    try:
        source.data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except SourceError as error:
        source.error(error.line, str(error))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        source.error(line, f"not valid YAML: {error.problem or error.context}")
    except yaml.YAMLError as error:
        source.error(1, f"not valid YAML: {error}")
    except (ValueError, TypeError, OverflowError, RecursionError) as error:  # e.g. an explicit `!!int abc`
        source.error(1, f"not valid YAML: {error}")
    return source
