"""What docs/kiosk.md and the deployment files promise: every center-file key documented, the unit as the anchors
run it, the files the install steps copy present."""

from __future__ import annotations

import re

from desktop import paths
from desktop.modes.kiosk.center_file import FIELDS

DOC = (paths.project_root() / "docs" / "kiosk.md").read_text(encoding="utf-8")
DEPLOY = paths.project_root() / "docs" / "kiosk" / "deploy"


def test_every_table_and_key_of_the_center_file_is_documented():
    for table, keys in FIELDS.items():
        assert f"### `[{table}]`" in DOC, table
        for key in keys:
            assert f"| `{key}` |" in DOC, f"[{table}] {key}"


def test_the_files_the_install_copies_exist():
    for name in re.findall(r"docs/kiosk/deploy/([\w.-]+)", DOC):
        assert (DEPLOY / name).is_file(), name
    for name in ("example-center.toml", "example-center-logo.svg"):
        assert name in DOC and (paths.project_root() / "docs" / "kiosk" / name).is_file()


def test_the_unit_runs_cage_as_an_unprivileged_user_and_always_comes_back():
    unit = (DEPLOY / "qiao-kiosk.service").read_text(encoding="utf-8")
    assert "User=qiao" in unit and "Restart=always" in unit and "StartLimitIntervalSec=0" in unit
    assert re.search(r"^ExecStart=/usr/bin/cage -- /opt/qiao/bin/qiao --kiosk --center /etc/qiao/center.toml$", unit,
                     re.M)
    assert "RestartPreventExitStatus=3" in unit and "Requires=home-qiao.mount" in unit
    mount = (DEPLOY / "home-qiao.mount").read_text(encoding="utf-8")
    assert "Type=tmpfs" in mount and "Where=/home/qiao" in mount
    timer = (DEPLOY / "qiao-kiosk-reboot.timer").read_text(encoding="utf-8")
    assert "OnCalendar=" in timer and "reboot" in (DEPLOY / "qiao-kiosk-reboot.service").read_text(encoding="utf-8")
    cups = (DEPLOY / "cupsd-kiosk.conf").read_text(encoding="utf-8")
    assert "PreserveJobHistory No" in cups and "PreserveJobFiles No" in cups


def test_the_exit_code_of_the_pin_is_the_one_the_unit_keeps_stopped():
    from desktop.modes.kiosk.assembly import EXIT_ADMIN

    assert f"RestartPreventExitStatus={EXIT_ADMIN}" in (DEPLOY / "qiao-kiosk.service").read_text(encoding="utf-8")
    assert f"exit code {EXIT_ADMIN}" in DOC


def test_the_docs_commands_exist():
    from desktop.cli import build_parser

    parser = build_parser()
    for command in (["kiosk", "check", "x.toml"], ["kiosk", "hash-pin"], ["--kiosk", "--center", "x.toml"]):
        parser.parse_args(command)
    assert "qiao kiosk hash-pin" in DOC and "qiao kiosk check" in DOC and "Ctrl+Alt+Shift+Q" in DOC
