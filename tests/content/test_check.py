"""`qiao content check`: the real content is clean, and each kind of mistake is reported at its line."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import yaml

from desktop import paths
from desktop.content.bundle import load_content

TODAY = dt.date(2026, 12, 2)


def _errors(content_dir, today=TODAY):
    return [str(problem) for problem in load_content(content_dir, today).errors]


def _replace(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path, needle):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_shipped_content_has_no_errors_and_meets_the_counts():
    bundle = load_content(paths.content_sources_dir())
    assert [str(problem) for problem in bundle.errors] == []
    assert len(bundle.platforms) >= 28
    assert len(bundle.guides) >= 14
    assert len(bundle.cautions) >= 10
    assert len(bundle.terms) >= 120


def test_broken_yaml_is_reported_with_file_and_line(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nsteps: [unclosed\n", encoding="utf-8")
    errors = _errors(content_copy)
    assert any(re.search(r"guides/time-zones\.yaml:\d+: not valid YAML", error) for error in errors), errors


def test_a_missing_language_is_reported_at_its_line(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    line = _line_of(guide, "zh_Hans:")
    text = guide.read_text(encoding="utf-8").splitlines(keepends=True)
    del text[line - 1]
    guide.write_text("".join(text), encoding="utf-8")
    errors = _errors(content_copy)
    assert any("time-zones.yaml:" in error and "no zh_Hans text" in error for error in errors), errors


def test_a_fact_without_a_source_or_with_a_future_date_fails(content_copy):
    platform = content_copy / "platforms" / "signal.yaml"
    text = platform.read_text(encoding="utf-8")
    first_source = re.search(r"\n(\s+)source: \S+", text)
    platform.write_text(text.replace(first_source.group(0), "", 1).replace("as_of: 2026-", "as_of: 2031-", 1),
                        encoding="utf-8")
    errors = _errors(content_copy)
    assert any("signal.yaml:" in error and "'source' is missing" in error for error in errors), errors
    assert any("signal.yaml:" in error and "in the future: 2031-" in error for error in errors), errors


def test_links_to_missing_platforms_and_terms_fail(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    data = yaml.safe_load(guide.read_text(encoding="utf-8"))
    data["platforms"].insert(0, "myspace")
    data["terms"].insert(0, "flux-capacitor")
    guide.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    errors = _errors(content_copy)
    assert any("time-zones.yaml:" in error and "'myspace'" in error for error in errors), errors
    assert any("time-zones.yaml:" in error and "'flux-capacitor'" in error for error in errors), errors


def test_wrong_script_in_a_field_fails(content_copy):
    caution = content_copy / "cautions" / "group-chats.yaml"
    text = caution.read_text(encoding="utf-8")
    english = re.search(r"\n  en: (.+)", text).group(1)
    chinese = re.search(r"\n  zh_Hans: (.+)", text).group(1)
    text = text.replace(f"en: {english}", "en: 群聊里的消息", 1)
    text = text.replace(f"zh_Hans: {chinese}", "zh_Hans: Anyone in the group can take a screenshot of it", 1)
    caution.write_text(text, encoding="utf-8")
    errors = _errors(content_copy)
    assert any("group-chats.yaml:" in error and "English text contains Chinese" in error for error in errors), errors
    assert any("group-chats.yaml:" in error and "zh_Hans text is not in Chinese" in error for error in errors), errors


def test_simplified_characters_left_in_traditional_fail(content_copy):
    platform = content_copy / "platforms" / "wechat.yaml"
    _replace(platform, "  zh_Hant: 微信", "  zh_Hant: 微信这们")
    errors = _errors(content_copy)
    assert any("wechat.yaml:" in error and "Simplified-only characters" in error for error in errors), errors


def test_stale_facts_are_warnings_not_errors():
    later = TODAY + dt.timedelta(days=400)
    bundle = load_content(paths.content_sources_dir(), later)
    assert not bundle.errors
    stale = {criterion for _, criterion, _ in bundle.stale}
    assert {"china_access", "e2ee", "users"} <= stale
    assert "launched" not in stale  # history never goes stale


def test_the_command_reports_file_and_line_and_fails(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    _replace(guide, "reviewed: ", "reviewed: not-a-date # ")
    result = subprocess.run([sys.executable, "-m", "desktop", "content", "check", "--sources", str(content_copy)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert re.search(r"time-zones\.yaml:\d+: 'reviewed' must be a date", result.stderr), result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_utf8_is_reported_not_raised(content_copy):
    (content_copy / "guides" / "latin1.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    errors = _errors(content_copy)
    assert any("latin1.yaml:1: the file is not valid UTF-8" in error for error in errors), errors


# What the check must refuse, each at its line, and never with a traceback (the malformed sources of the
# reliability audit that crashed the check or slipped through).

def _errors_in(content_dir, name):
    return [error for error in _errors(content_dir) if name in error]


def test_an_impossible_date_is_reported_not_raised(content_copy):
    signal = content_copy / "platforms" / "signal.yaml"
    _replace(signal, "as_of: 2026-11-24", "as_of: 2026-02-30")
    assert any(f"signal.yaml:{_line_of(signal, '2026-02-30')}: 'as_of' must be a date" in error
               for error in _errors_in(content_copy, "signal.yaml"))


def test_a_complex_key_is_reported_not_raised(content_copy):
    signal = content_copy / "platforms" / "signal.yaml"
    signal.write_text(signal.read_text(encoding="utf-8") + "? [a, b]\n: c\n", encoding="utf-8")
    assert any("a key must be a plain word" in error for error in _errors_in(content_copy, "signal.yaml"))


def test_deep_nesting_is_reported_not_raised(content_copy):
    signal = content_copy / "platforms" / "signal.yaml"
    signal.write_text(signal.read_text(encoding="utf-8") + "extra: " + "[" * 5000 + "]" * 5000 + "\n",
                      encoding="utf-8")
    assert any("nested more than" in error for error in _errors_in(content_copy, "signal.yaml"))


def test_a_symlink_loop_is_reported_not_raised(content_copy):
    loop = content_copy / "platforms" / "zz-loop.yaml"
    loop.symlink_to(loop.name)
    assert any("zz-loop.yaml:1: cannot be read" in error for error in _errors(content_copy))


def test_a_huge_count_is_refused_before_it_breaks_the_build(content_copy):
    wechat = content_copy / "platforms" / "wechat.yaml"
    _replace(wechat, "count: 1414000000", "count: 1000000000000000000000000000000")
    assert any(f"wechat.yaml:{_line_of(wechat, 'count: 1000')}: 'count' must be a whole number" in error
               for error in _errors(content_copy))


def test_a_guide_with_too_many_steps_or_too_large_a_file_is_refused(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    step = "- en: Wait.\n  zh_Hans: 等一下。\n"
    _replace(guide, "steps:\n", "steps:\n" + step * 300)
    assert any("'steps' has 3" in error and "at most" in error for error in _errors_in(content_copy, "time-zones"))
    _replace(guide, "steps:\n", "steps:\n" + step * 20_000)
    assert any("time-zones.yaml:1: the file is" in error for error in _errors(content_copy))


def test_a_very_long_text_is_refused(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    _replace(guide, "  zh_Hans: 跨时区约通话", "  zh_Hans: " + "长" * 20_000)
    assert any("characters long" in error for error in _errors_in(content_copy, "time-zones"))


def test_files_named_yml_are_not_silently_skipped(content_copy):
    for name in ("newapp.yml", "other.YAML"):
        (content_copy / "platforms" / name).write_text("id: x\n", encoding="utf-8")
    errors = _errors(content_copy)
    assert any("platforms/newapp.yml:1: content files end in .yaml" in error for error in errors), errors
    assert any("platforms/other.YAML:1: content files end in .yaml" in error for error in errors), errors


def test_a_missing_folder_is_named(content_copy):
    import shutil

    shutil.rmtree(content_copy / "glossary")
    assert any(error.endswith("glossary:1: the glossary folder is missing") for error in _errors(content_copy))


def test_yes_and_numbers_are_not_accepted_as_text(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    _replace(guide, "  zh_Hans: 跨时区约通话", "  zh_Hans: yes")
    line = _line_of(guide, "zh_Hans: yes")
    assert any(f"time-zones.yaml:{line}: 'title' zh_Hans text is read as bool, not text" in error
               for error in _errors(content_copy))
    _replace(guide, "  zh_Hans: yes", "  zh_Hans: 12345")
    assert any("zh_Hans text is read as int" in error for error in _errors_in(content_copy, "time-zones"))


def test_a_null_step_is_named_as_an_empty_item(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    _replace(guide, "steps:\n", "steps:\n- ~\n")
    assert any("an item of 'steps' is empty" in error for error in _errors_in(content_copy, "time-zones"))


def test_invisible_characters_and_disguised_addresses_are_refused(content_copy):
    guide = content_copy / "guides" / "time-zones.yaml"
    _replace(guide, "  en: Plan calls across time zones", "  en: Plan calls \u202eacross time zones")
    signal = content_copy / "platforms" / "signal.yaml"
    _replace(signal, "source: https://signal.org/blog/signal-foundation", "source: https://signal.org@evil.example/")
    errors = _errors(content_copy)
    assert any("invisible character U+202E" in error for error in errors)
    assert any("'source' is not a web address: 'https://signal.org@evil.example/'" in error for error in errors)


def _check_cli(*arguments):
    return subprocess.run([sys.executable, "-m", "desktop", "content", *arguments], capture_output=True, text=True,
                          timeout=300)


def test_a_wrong_sources_folder_is_refused(tmp_path):
    for folder in (tmp_path / "absent", paths.project_root() / "README.md"):
        result = _check_cli("check", "--sources", str(folder))
        assert result.returncode == 2 and "no content folder" in result.stderr and "Traceback" not in result.stderr


def test_build_into_a_folder_says_so_plainly(tmp_path):
    result = _check_cli("build", "--output", str(tmp_path))
    assert result.returncode == 1
    assert "it is a folder" in result.stderr and "Errno" not in result.stderr and "->" not in result.stderr
