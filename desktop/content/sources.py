"""Reading the human-editable YAML sources, keeping the line of every key for error messages."""

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


class DuplicateKeyError(yaml.YAMLError):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"the key {key!r} appears twice")
        self.line = line


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
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


def read_source(path: Path, root: Path) -> SourceFile:
    """Parse one YAML file; a syntax error becomes a Problem with its line, never an exception."""
    display = str(path)
    for base in (Path.cwd(), root.parent):
        try:
            display = str(path.resolve().relative_to(base.resolve()))
            break
        except ValueError:
            continue
    source = SourceFile(path, display)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        source.error(line, "the file is not valid UTF-8 text")
        return source
    except OSError as error:
        source.error(1, f"cannot be read: {error.strerror}")
        return source
    try:
        source.data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except DuplicateKeyError as error:
        source.error(error.line, str(error))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        source.error(line, f"not valid YAML: {error.problem or error.context}")
    except yaml.YAMLError as error:
        source.error(1, f"not valid YAML: {error}")
    return source
