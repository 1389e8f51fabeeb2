"""The center file: the example reads whole; every mistake is `file:line: message` and exit 2, never a traceback."""

from __future__ import annotations

import pytest

from desktop.modes.kiosk.center_file import CHOOSE, CenterFileError, load_center_file
from tests.kiosk.conftest import EXAMPLE_CENTER, EXAMPLE_PIN

GOOD = """\
[center]
name = { en = "Oak Hall", zh_Hans = "橡树厅", zh_Hant = "橡樹廳" }

[visit]
language = "zh_Hant"
idle_seconds = 90
"""


def test_the_example_center_file_reads_whole():
    center = load_center_file(EXAMPLE_CENTER)
    assert center.name.zh_Hant == "楓樹街社區中心" and center.logo.name == "example-center-logo.svg"
    assert (center.language, center.zoom, center.idle_seconds, center.countdown_seconds) == (CHOOSE, 1.5, 120, 30)
    assert center.pin_hash.matches(EXAMPLE_PIN) and not center.printing and center.printer is None
    assert center.time_zone == "America/New_York" and center.pages_folder.name == "example-center"


def test_defaults_fill_what_a_short_file_leaves_out(tmp_path):
    path = tmp_path / "center.toml"
    path.write_text(GOOD, encoding="utf-8")
    center = load_center_file(path)
    assert (center.language, center.start_language, center.idle_seconds, center.countdown_seconds) == \
        ("zh_Hant", "zh_Hant", 90, 30)
    assert center.pin_hash is None and center.pages_folder is None and not center.on_screen_keyboard


@pytest.mark.parametrize(("change", "line", "message"), [
    (("idle_seconds = 90", "idle_seconds = 90 90"), 6, "not valid TOML"),
    (("idle_seconds = 90", "idle_secs = 90"), 6, "unknown key 'idle_secs' in [visit]"),
    (("idle_seconds = 90", "idle_seconds = \"90\""), 6, "[visit] idle_seconds must be a whole number"),
    (("idle_seconds = 90", "idle_seconds = 5"), 6, "from 30 to 3600"),
    (("language = \"zh_Hant\"", "language = \"zh_TW\""), 5, "[visit] language must be \"choose\""),
    ((", zh_Hant = \"橡樹廳\"", ""), 2, "needs zh_Hant"),
    (("[visit]", "[visits]"), 4, "unknown table 'visits'"),
    (("idle_seconds = 90", "idle_seconds = 90\ncountdown_seconds = 10"), 7, "at least 20 s"),
    (("idle_seconds = 90", "idle_seconds = 90\n[admin]\npin_hash = \"2468\""), 8, "pin_hash must read scrypt$"),
    (("idle_seconds = 90", "idle_seconds = 90\n[printing]\nallowed = true"), 8, "needs printer"),
    (("idle_seconds = 90", "idle_seconds = 90\n[pages]\nfolder = \"no-such-folder\""), 8, "no such folder"),
    (("name =", "time_zone = \"Mars/Olympus\"\nname ="), 2, "not a time zone"),
    (("name =", "logo = \"center.toml\"\nname ="), 2, "logo must be an SVG, PNG or JPEG"),
])
def test_each_mistake_names_its_line(tmp_path, change, line, message):
    path = tmp_path / "center.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(CenterFileError) as caught:
        load_center_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: ") and message in str(caught.value), str(caught.value)


def test_a_bad_center_file_exits_2_with_file_and_line(run_kiosk_command, tmp_path):
    path = tmp_path / "center.toml"
    path.write_text(GOOD.replace("idle_seconds = 90", "idle_seconds = true"), encoding="utf-8")
    for arguments in (["--kiosk", "--center", str(path)], ["kiosk", "check", str(path)]):
        code, _out, err = run_kiosk_command(*arguments)
        assert code == 2 and f"{path}:6: [visit] idle_seconds must be a whole number" in err
        assert "Traceback" not in err


def test_a_missing_center_file_says_so(run_kiosk_command, tmp_path):
    code, _out, err = run_kiosk_command("--kiosk", "--center", str(tmp_path / "none.toml"))
    assert code == 2 and "none.toml:1: no such file" in err


def test_center_needs_kiosk(run_kiosk_command):
    code, _out, err = run_kiosk_command("--center", str(EXAMPLE_CENTER))
    assert code == 2 and "--center needs --kiosk" in err


def test_kiosk_check_describes_the_example(run_kiosk_command):
    code, out, err = run_kiosk_command("kiosk", "check", str(EXAMPLE_CENTER))
    assert code == 0, err
    assert "Maple Street Community Center · 枫树街社区中心 · 楓樹街社區中心" in out and "pages: 4" in out


def test_hash_pin_prints_a_line_for_the_center_file(run_kiosk_command):
    from desktop.modes.kiosk.admin_pin import parse_pin_hash

    code, out, _err = run_kiosk_command("kiosk", "hash-pin", "--stdin", stdin="802415\n")
    assert code == 0 and out.startswith('pin_hash = "scrypt$') and "802415" not in out
    assert parse_pin_hash(out.split('"')[1]).matches("802415")
    code, _out, err = run_kiosk_command("kiosk", "hash-pin", "--stdin", stdin="12ab\n")
    assert code == 2 and "digits only" in err
