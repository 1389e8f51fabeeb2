"""Citations worth their name, and as-of dates that say when each fact was checked."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml

from desktop import paths
from desktop.content.bundle import load_content
from desktop.content.sources import read_source
from desktop.content.weak_sources import read_weak_sources


def _stats(content_dir) -> str:
    result = subprocess.run([sys.executable, "-m", "desktop", "content", "stats", "--sources", str(content_dir)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _cite(path, old_prefix: str, url: str) -> int:
    """Points the first citation starting with ``old_prefix`` in ``path`` at ``url``; returns its line."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(old_prefix):
            key = line.split(":", 1)[0]
            lines[number - 1] = f"{key}: {url}\n"
            path.write_text("".join(lines), encoding="utf-8")
            return number
    raise AssertionError(old_prefix)


def test_the_shipped_content_cites_no_weak_source_left_unexplained():
    bundle = load_content(paths.content_sources_dir())
    left = [f"{citation.path}:{citation.line}: {citation.url}" for citation in bundle.weak_citations
            if citation.kept is None]
    assert left == []
    assert not [problem for problem in bundle.warnings if "weak source" in problem.message]


def test_every_weak_domain_and_every_kept_citation_gives_its_reason():
    source = read_source(paths.content_sources_dir() / "weak_sources.yaml", paths.content_sources_dir())
    weak = read_weak_sources(source)
    assert source.problems == []
    assert len(weak.domains) >= 20 and all(reason.strip() for reason in weak.domains.values())
    assert all(len(reason.split()) >= 4 for reason in weak.kept.values())


def test_a_fact_citing_a_weak_site_warns_at_its_line(content_copy):
    platform = content_copy / "platforms" / "signal.yaml"
    line = _cite(platform, "source:", "https://en.wikipedia.org/wiki/Signal_(software)")
    bundle = load_content(content_copy)
    warnings = [str(problem) for problem in bundle.warnings]
    assert f"content/platforms/signal.yaml:{line}: warning: cites a weak source (wikipedia.org:" in "\n".join(warnings)
    assert not bundle.errors
    assert re.search(rf"signal\.yaml:{line}: wikipedia\.org", _stats(content_copy))


def test_guide_sources_and_findings_are_checked_too_and_lookalike_domains_are_not(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    line = _cite(guide, "url:", "https://www.hangkangcm.com/article/1.html")
    caution = content_copy / "cautions" / "group-chats.yaml"
    _cite(caution, "url:", "https://notwikipedia.org/page")  # not on the list: a different domain
    warnings = [str(problem) for problem in load_content(content_copy).warnings if "weak source" in problem.message]
    assert any(f"time-zones.yaml:{line}:" in warning for warning in warnings), warnings
    assert not any("group-chats.yaml" in warning for warning in warnings), warnings


def test_a_kept_citation_is_counted_with_its_reason_but_not_warned(content_copy):
    url = "https://www.hangkangcm.com/article/2.html"
    line = _cite(content_copy / "guides" / "time-zones.yaml", "url:", url)
    weak_file = content_copy / "weak_sources.yaml"
    data = yaml.safe_load(weak_file.read_text(encoding="utf-8"))
    data["kept"] = [{"url": url, "reason": "the only page that shows this screen"}]
    weak_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    bundle = load_content(content_copy)
    assert not [problem for problem in bundle.warnings if problem.line == line and "time-zones" in problem.path]
    stats = _stats(content_copy)
    assert f"time-zones.yaml:{line}: hangkangcm.com: kept: the only page that shows this screen" in stats
    assert re.search(r"weak sources cited: \d+ \(\d+ to replace, 1 kept with a reason\)", stats), stats


def test_a_kept_url_on_no_listed_domain_is_an_error(content_copy):
    weak_file = content_copy / "weak_sources.yaml"
    data = yaml.safe_load(weak_file.read_text(encoding="utf-8"))
    data["kept"] = [{"url": "https://www.sec.gov/filing.htm", "reason": "not weak at all, so listed by mistake"}]
    weak_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    errors = [str(problem) for problem in load_content(content_copy).errors]
    assert any("weak_sources.yaml" in error and "on no listed domain" in error for error in errors), errors


def test_stats_shows_how_the_as_of_dates_are_spread(content_copy):
    platform = content_copy / "platforms" / "signal.yaml"
    text = platform.read_text(encoding="utf-8")
    platform.write_text(re.sub(r"as_of: \d{4}-\d\d-\d\d", "as_of: 2024-01-15", text, count=1), encoding="utf-8")
    stats = _stats(content_copy)
    spread = stats.split("as-of dates of the facts, by ")[1].split("\n\n")[0]
    rows = dict(line.split() for line in spread.splitlines()[1:])
    assert rows.get("2024-01-15", rows.get("2024-01")) == "1", spread
    total = len(load_content(content_copy).platforms) * 12
    assert sum(int(count) for count in rows.values()) == total
    assert "signal." in stats.split("stale facts")[1].split("\n\n")[0]
