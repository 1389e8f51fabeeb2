"""What the README promises: two commands, the CI running the same test command, every CLI command documented."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import paths
from desktop.cli import build_parser

README = (paths.project_root() / "README.md").read_text(encoding="utf-8")


def _block(name: str) -> list[str]:
    match = re.search(rf"<!-- {name} -->\n```\n(.*?)\n```\n<!-- /{name} -->", README, re.S)
    assert match, f"README has no {name} block"
    return match.group(1).splitlines()


def test_exactly_one_run_command_and_one_test_command():
    run, test = _block("run-command"), _block("test-command")
    assert len(run) == 1 and len(test) == 1
    assert "pip install -e ." in run[0] and run[0].endswith("qiao")
    assert "pip install -e '.[test]'" in test[0] and "pytest" in test[0]


def test_ci_runs_the_readme_test_command():
    ci = (paths.project_root() / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci and "bash -c" in ci


def test_every_command_and_option_is_documented():
    parser = build_parser()
    options = [option for action in parser._actions for option in action.option_strings
               if option.startswith("--") and option != "--help"]
    for option in options:
        assert f"`qiao {option}" in README or f"{option} " in README, option
    for command in ("content check", "content build", "content stats", "content export platforms --json",
                    "content export lessons --json",
                    "content export guides --json", "content export cautions --json", "content export terms --json",
                    "translations update", "fonts subset"):
        assert f"qiao {command}" in README, command


def test_readme_screenshots_exist():
    for name in re.findall(r"\((docs/screenshots/[^)]+\.png)\)", README):
        assert (paths.project_root() / name).is_file(), name


def test_dependencies_in_pyproject_are_explained():
    pyproject = (paths.project_root() / "pyproject.toml").read_text(encoding="utf-8")
    for name in re.findall(r'^\s+"([A-Za-z0-9_-]+)[><=]', pyproject, re.M):
        assert name.lower() in README.lower(), name


def test_content_maintainer_guide_exists():
    assert Path(paths.content_sources_dir() / "README.md").is_file()


def test_the_installed_qiao_command_runs():
    """The run command ends in `.venv/bin/qiao`: the console script must exist beside this Python and start."""
    import subprocess
    import sys

    script = Path(sys.executable).with_name("qiao")
    assert script.exists(), "pip install -e . did not install the qiao command"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("qiao ")
