"""What docs/content-packs.md and the README promise about packs exists: each command, option and exit code."""

from __future__ import annotations

import re
import shlex

import pytest

from desktop import paths
from desktop.cli import build_parser
from desktop.content import pack_update

GUIDE = (paths.project_root() / "docs" / "content-packs.md").read_text(encoding="utf-8")
README = (paths.project_root() / "README.md").read_text(encoding="utf-8")


def _documented_commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)```", GUIDE, re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line.removeprefix("sudo ") for line in lines if line.startswith(("qiao ", "sudo qiao "))]


def test_the_guide_shows_the_commands_a_center_needs():
    commands = " ".join(_documented_commands())
    for command in ("content update --from", "content rollback", "content status", "content trust-center",
                    "content check --center", "content build --center", "content pack init", "content pack publish"):
        assert f"qiao {command}" in commands, command


@pytest.mark.parametrize("command", _documented_commands())
def test_every_command_in_the_guide_is_one_qiao_accepts(command):
    try:
        build_parser().parse_args(shlex.split(command)[1:])
    except SystemExit as error:
        pytest.fail(f"`{command}` is not accepted (exit {error.code})")


def _pack_options() -> set[str]:
    parser = build_parser()
    content = next(action for action in parser._subparsers._group_actions[0].choices["content"]._actions
                   if action.dest == "content_command")
    found = {"--center", "--out"}  # added to check and build
    for name in ("update", "rollback", "status", "trust-center"):
        found |= {option for action in content.choices[name]._actions for option in action.option_strings}
    pack = next(action for action in content.choices["pack"]._actions if action.dest == "pack_command")
    for sub in pack.choices.values():
        found |= {option for action in sub._actions for option in action.option_strings}
    return {option for option in found if option.startswith("--") and option != "--help"}


def test_every_pack_option_is_documented():
    for option in _pack_options():
        assert f"{option} " in README + GUIDE or f"{option}`" in README + GUIDE, option


def test_the_readme_lists_every_pack_command():
    for command in ("content check --center", "content build --center", "content update --from", "content rollback",
                    "content status", "content trust-center", "content pack init", "content pack publish",
                    "content pack rotate"):
        assert f"`qiao {command}" in README, command


def test_every_exit_code_is_explained():
    for name in ("ERROR", "TAMPERED", "INCOMPLETE", "EXPIRED", "ROLLBACK", "FOREIGN", "NEWER_APP", "UNREADABLE"):
        assert re.search(rf"^\| {getattr(pack_update, name)} \|", GUIDE, re.M), name
