"""Citations of sites not good enough to cite: content farms, encyclopedia copies, personal blogs, mirrors.

The list lives in ``weak_sources.yaml`` beside the content. Every ``source`` and ``url`` in every content file
is matched against it by domain. A citation the maintainers have looked at and kept, because no better source
exists, is listed there by URL with the reason; it is counted by `qiao content stats` but not warned about.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop.content import fields
from desktop.content.sources import Mapping, Sequence, SourceFile

CITATION_KEYS = ("source", "url")  # the keys under which content files cite a web page


@dataclass(frozen=True)
class WeakCitation:
    path: str
    line: int
    url: str
    domain: str
    reason: str  # why the domain is weak
    kept: str | None  # why this citation stays anyway, or None when it still needs replacing


@dataclass
class WeakSources:
    domains: dict[str, str]  # domain -> why pages there are not good enough to cite
    kept: dict[str, str]  # exact URL -> why no better source exists

    def domain_of(self, url: str) -> str | None:
        """The listed domain ``url`` belongs to (the host itself or a parent domain), or None."""
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
        while host:
            if host in self.domains:
                return host
            host = host.partition(".")[2]
        return None


def weak_sources_path(content_dir: Path) -> Path:
    return content_dir / "weak_sources.yaml"


def read_weak_sources(source: SourceFile) -> WeakSources:
    """``domains``: each with a ``domain`` and a ``reason``; ``kept``: each with a ``url`` and a ``reason``."""
    data = source.data if isinstance(source.data, dict) else {}
    if source.data is not None and not isinstance(source.data, dict):
        source.error(1, "weak_sources.yaml must be a mapping with 'domains' and 'kept' lists")
    fields.unknown_keys(source, data, ("domains", "kept"))
    weak = WeakSources({}, {})
    for key, target, name in (("domains", weak.domains, "domain"), ("kept", weak.kept, "url")):
        for item, line in fields.items(source, data, key, required=key == "domains", minimum=0):
            if not isinstance(item, dict):
                source.error(line, f"each entry of '{key}' needs a '{name}' and a 'reason'")
                continue
            fields.unknown_keys(source, item, (name, "reason"))
            value = fields.string(source, item, name)
            reason = fields.string(source, item, "reason")
            if value is None or reason is None:
                continue
            value = value if key == "kept" else value.lower()
            if value in target:
                source.error(line, f"'{value}' is listed twice")
            target[value] = reason
    for url in weak.kept:
        if weak.domain_of(url) is None:
            source.error(data.line_of("kept") if isinstance(data, Mapping) else 1,
                         f"'kept' lists a URL on no listed domain: {url}")
    return weak


def _citations(node, found: list[tuple[int, str]]) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key in CITATION_KEYS and isinstance(value, str):
                found.append((node.line_of(key), value.strip()))
            else:
                _citations(value, found)
    elif isinstance(node, Sequence):
        for value in node:
            _citations(value, found)


def check_citations(source: SourceFile, weak: WeakSources) -> list[WeakCitation]:
    """Every citation in ``source`` on a weak domain; warns on each one not kept on purpose."""
    found: list[tuple[int, str]] = []
    _citations(source.data, found)
    result = []
    for line, url in found:
        domain = weak.domain_of(url)
        if domain is None:
            continue
        kept = weak.kept.get(url)
        result.append(WeakCitation(source.display_path, line, url, domain, weak.domains[domain], kept))
        if kept is None:
            source.warn(line, f"cites a weak source ({domain}: {weak.domains[domain]}); "
                              f"cite the primary source, or list the URL under 'kept' in weak_sources.yaml")
    return result
