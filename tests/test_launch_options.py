"""An everyday launch is read without building argparse's parser, and read exactly as that parser reads it."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import build_parser
from desktop.launch_options import OPTIONS, read_launch

FLAGS = [option.flag for option in OPTIONS] + ["--lan", "--zo", "--no-such", "-h", "--help", "--version", "--",
                                                "content", "search", "home", "-"]
VALUES = ["en", "zh_Hant", "zh-TW", "fr", "", "1280x800", "1080X1920", "big", "100x100", "1.5", "2", "-1", "nan",
          "x.png", "shot.jpg", " ", "~/qiao", "compare/wechat,signal", "search/a=b", "guide/\udcff", "-", "--kiosk",
          "c.toml", "微信"]


def _comparable(options) -> str:
    return repr(sorted(vars(options).items()))  # as text, so that a zoom of nan equals itself


def _argparse(arguments: list[str]):
    """What `qiao`'s own parser makes of ``arguments``, or None when it stops (a mistake, help, version)."""
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            return _comparable(build_parser().parse_args(arguments))
    except SystemExit:
        return None


@st.composite
def command_lines(draw):
    arguments = []
    for _ in range(draw(st.integers(0, 6))):
        flag = draw(st.sampled_from(FLAGS))
        form = draw(st.sampled_from(["alone", "spaced", "joined"]))
        value = draw(st.sampled_from(VALUES))
        arguments += {"alone": [flag], "spaced": [flag, value], "joined": [f"{flag}={value}"]}[form]
    return arguments


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_lines())
def test_what_is_read_is_what_argparse_reads(arguments):
    options = read_launch(arguments)
    if options is not None:
        assert _comparable(options) == _argparse(arguments)


@pytest.mark.parametrize("arguments", [
    [], ["--lang", "zh_Hant"], ["--screenshot", "x.png", "--lang", "en"], ["--lang=zh-TW", "--high-contrast"],
    ["--open", "compare/wechat,signal", "--size=1920x1080", "--zoom", "2"], ["--kiosk", "--center", "c.toml"],
    ["--class", "--open", "lesson/scams-and-family"], ["--data-dir", "~/qiao-data", "--open", "search/a=b"],
])
def test_everyday_launches_need_no_parser(arguments):
    options = read_launch(arguments)
    assert options is not None
    assert _comparable(options) == _argparse(arguments)


@pytest.mark.parametrize("arguments", [
    ["--help"], ["--version"], ["content", "check"], ["--lan", "en"], ["--lang", "fr"], ["--zoom", "-1"],
    ["--kiosk=yes"], ["--open"], ["home"],
])
def test_anything_else_is_left_to_argparse(arguments):
    assert read_launch(arguments) is None
