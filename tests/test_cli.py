"""The `qiao` command line, run as a user or maintainer would run it."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop import __version__


def qiao(*arguments, env=None, **kwargs):
    import os

    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *arguments], capture_output=True, text=True,
                          env=environment, timeout=300, **kwargs)


def test_version():
    result = qiao("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"qiao {__version__}"


@pytest.mark.parametrize("arguments, message", [
    (["--lang", "fr"], "language must be one of"),
    (["--open", "nowhere"], "unknown page"),
    (["--open", "platform/myspace"], "no platform with the id myspace"),
    (["--open", "lesson/knitting"], "no lesson with the id knitting"),
    (["--open", "compare/wechat"], "two to 4 platform ids"),
    (["--size", "big"], "size must be WIDTHxHEIGHT"),
    (["--zoom", "9"], "--zoom must be between"),
    (["--no-such-option"], "unrecognized arguments"),
])
def test_bad_arguments_exit_2_with_a_message_and_no_traceback(arguments, message):
    result = qiao(*arguments, "--screenshot", "/dev/null") if "--open" in arguments else qiao(*arguments)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("language", ["en", "zh_Hans", "zh_Hant"])
def test_screenshot_writes_a_png_of_the_asked_size(tmp_path, language):
    target = tmp_path / f"home-{language}.png"
    result = qiao("--screenshot", str(target), "--lang", language, "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 700)
    assert result.stderr == ""


def test_screenshot_of_a_deep_link(tmp_path):
    target = tmp_path / "compare.png"
    result = qiao("--screenshot", str(target), "--open", "compare/wechat,whatsapp,signal")
    assert result.returncode == 0 and target.stat().st_size > 10_000


def test_screenshot_into_an_unwritable_place_fails_cleanly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = qiao("--screenshot", str(blocker / "shot.png"))
    assert result.returncode == 1 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_a_damaged_database_gives_a_clear_message_in_the_users_language(tmp_path):
    damaged = tmp_path / "qiao.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    result = qiao("--screenshot", str(tmp_path / "x.png"), "--lang", "zh_Hans",
                  env={"QIAO_CONTENT_DATABASE": str(damaged)})
    assert result.returncode == 1
    assert "内容已损坏" in result.stderr and "Traceback" not in result.stderr


def test_export_platforms_json_has_three_names_and_sourced_facts():
    result = qiao("content", "export", "platforms", "--json")
    assert result.returncode == 0
    platforms = json.loads(result.stdout)
    assert len(platforms) >= 28
    wechat = next(platform for platform in platforms if platform["id"] == "wechat")
    assert wechat["name"] == {"en": "WeChat", "zh_Hans": "微信", "zh_Hant": "微信"}
    fact = wechat["facts"]["e2ee"]
    assert fact["code"] == "no" and fact["source"].startswith("http") and fact["as_of"]
    assert set(fact["value"]) == {"en", "zh_Hans", "zh_Hant"}


@pytest.mark.parametrize("what, text_keys", [
    ("guides", ("title", "audience")),
    ("cautions", ("title", "summary", "what_happens", "who_it_matters_for")),
    ("terms", ("word", "definition", "example")),
])
def test_export_guides_cautions_and_terms_give_every_record_in_three_variants(what, text_keys):
    result = qiao("content", "export", what, "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    stats = qiao("content", "stats").stdout
    count = {"guides": "guides", "cautions": "cautions", "terms": "glossary terms"}[what]
    assert len(records) == int(re.search(rf"^{count}\s+(\d+)", stats, re.M).group(1))
    for record in records:
        for key in text_keys:
            assert set(record[key]) == {"en", "zh_Hans", "zh_Hant"}, (record["id"], key)
            assert all(record[key].values()), (record["id"], key)
    if what == "guides":
        guide = next(record for record in records if record["id"] == "keep-chinese-number")
        assert guide["steps"] and all(set(step) == {"en", "zh_Hans", "zh_Hant"} for step in guide["steps"])
        assert {"problem", "solution"} == set(guide["problems"][0])
        assert guide["sources"][0]["url"].startswith("http") and guide["reviewed"]
    if what == "cautions":
        caution = next(record for record in records if record["id"] == "virtual-kidnapping")
        assert caution["actions"] and caution["findings"][0]["url"].startswith("http")


def test_content_check_and_stats_pass_on_the_shipped_content():
    check = qiao("content", "check")
    assert check.returncode == 0 and "0 error(s)" in check.stdout
    stats = qiao("content", "stats")
    assert stats.returncode == 0 and "(100%)" in stats.stdout


def test_export_lessons_json_resolves_steps_with_pinyin_and_quiz():
    result = qiao("content", "export", "lessons", "--json")
    assert result.returncode == 0, result.stderr
    lessons = json.loads(result.stdout)
    assert len(lessons) >= 6
    lesson = next(item for item in lessons if item["id"] == "video-call-family")
    steps = {}
    for step in lesson["steps"]:
        steps.setdefault(step["kind"], step)  # the first step of each kind
    assert steps["guide"]["text"]["en"].startswith("On your parents' phone") and steps["guide"]["guide_title"]
    assert [platform["name"]["en"] for platform in steps["compare"]["platforms"]] == ["WeChat", "FaceTime", "WhatsApp"]
    scams = next(item for item in lessons if item["id"] == "scams-and-family")
    caution = next(step for step in scams["steps"] if step["kind"] == "caution")
    assert caution["caution_title"]["en"] and caution["what_you_can_do"][0]["zh_Hant"]
    word = lesson["vocabulary"][0]
    assert word["id"] == "video-call" and word["characters"]["zh_Hans"][0] == ["视", "shì"]
    question = lesson["quiz"][0]
    assert question["choices"][question["answer"] - 1]["en"] == "WeChat" and question["explanation"]["zh_Hant"]
@pytest.mark.parametrize("statement", ["DROP TABLE facts", "DROP TABLE search_index",
                                       "ALTER TABLE guides DROP COLUMN audience_en"])
@pytest.mark.parametrize("target", ["home", "guides", "search/微信"])
def test_a_database_missing_what_the_app_reads_is_refused_whatever_the_page(tmp_path, statement, target):
    import shutil
    import sqlite3

    from desktop import paths

    damaged = tmp_path / "qiao.sqlite3"
    shutil.copyfile(paths.content_database(), damaged)
    with sqlite3.connect(damaged) as connection:
        connection.execute(statement)
    result = qiao("--screenshot", str(tmp_path / "x.png"), "--open", target, "--lang", "zh_Hant",
                  env={"QIAO_CONTENT_DATABASE": str(damaged)})
    assert result.returncode == 1 and "「橋」的內容已損壞" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("arguments, message", [
    (["--open", "", "--screenshot", "x.png"], "unknown page ''"),
    (["--screenshot", "x.jpg"], "saves a PNG image"),
    (["--screenshot", ""], "needs a file name"),
    (["--open", "compare/wechat,signal", "--pdf", "x.pdf", "--screenshot", "x.png"], "choose one"),
    (["--bilingual", "--screenshot", "x.png"], "--bilingual goes with --pdf"),
    (["--open", "compare/wechat,nosuch", "--screenshot", "x.png"], "no platform with the id nosuch"),
])
def test_small_command_line_mistakes_are_named(tmp_path, arguments, message):
    result = qiao(*arguments, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())  # nothing was written


def test_bytes_that_are_not_utf8_give_a_message_not_a_traceback(tmp_path):
    import os

    result = subprocess.run([sys.executable, "-m", "desktop", "--open", os.fsdecode(b"guide/\xff"), "--screenshot",
                             str(tmp_path / "x.png")], capture_output=True, timeout=300)
    assert result.returncode == 2 and b"no guide with the id" in result.stderr and b"Traceback" not in result.stderr


def test_fonts_subset_on_a_file_that_is_no_font_says_so(tmp_path):
    fake = tmp_path / "NotoSansCJK-Regular.ttc"
    fake.write_bytes(b"\x00\x01" * 4000)
    result = qiao("fonts", "subset", str(fake))
    assert result.returncode == 2 and "not a font collection" in result.stderr
    assert "Traceback" not in result.stderr


def test_content_damaged_where_a_page_reads_it_fails_the_screenshot_cleanly(tmp_path):
    import shutil
    import sqlite3

    from desktop import paths

    damaged = tmp_path / "qiao.sqlite3"
    shutil.copyfile(paths.content_database(), damaged)
    with sqlite3.connect(damaged) as connection:
        connection.execute("UPDATE facts SET as_of = 'yesterday'")
        connection.execute("UPDATE guides SET reviewed = '2026-13-45'")
    for arguments in (["--screenshot", "x.png", "--open", "platform/wechat"],
                      ["--screenshot", "x.png", "--open", "compare/wechat,signal"],
                      ["--screenshot", "x.png", "--open", "guide/time-zones"],
                      ["--pdf", "x.pdf", "--open", "compare/wechat,signal"]):
        result = qiao(*arguments, cwd=tmp_path, env={"QIAO_CONTENT_DATABASE": str(damaged)})
        assert result.returncode == 1 and "content is damaged" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    export = qiao("content", "export", "platforms", "--json", env={"QIAO_CONTENT_DATABASE": str(damaged)})
    assert export.returncode == 1 and "damaged" in export.stderr and "Traceback" not in export.stderr


def test_ctrl_c_stops_the_running_app(tmp_path):
    """SIGINT reaches Python only between bytecodes; while Qt waits in its loop, the app must still hear it."""
    import os
    import signal
    import time

    data = tmp_path / "data"
    process = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "--lang", "en"],
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        while not (data / "user.sqlite3").exists() and process.poll() is None:
            time.sleep(0.1)
        time.sleep(1.5)  # well inside the event loop by now
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)  # before the fix it never ended
    finally:
        process.kill()
    assert process.returncode == 130 and b"Traceback" not in stderr


def test_a_data_folder_given_with_a_tilde_is_the_home_folder():
    """A desktop entry or a service passes '~/…' as it is, with no shell to expand it."""
    from pathlib import Path

    from desktop.cli import build_parser

    assert build_parser().parse_args(["--data-dir", "~/qiao-data"]).data_dir == Path.home() / "qiao-data"


def test_a_lesson_handout_as_pdf(tmp_path):
    from pypdf import PdfReader

    student, teacher = tmp_path / "handout.pdf", tmp_path / "teacher.pdf"
    result = qiao("--open", "lesson/time-zones", "--pdf", str(student), "--lang", "zh_Hant")
    assert result.returncode == 0, result.stderr
    assert qiao("--open", "lesson/time-zones", "--pdf", str(teacher), "--teacher").returncode == 0
    assert len(PdfReader(str(student)).pages) <= 2 < len(PdfReader(str(teacher)).pages)
    assert "時區" in "".join(page.extract_text() for page in PdfReader(str(student)).pages)


def test_pdf_of_a_page_that_is_neither_a_comparison_nor_a_lesson(tmp_path):
    result = qiao("--open", "guides", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "lesson/<id>" in result.stderr


def test_class_screenshot_shows_the_lesson_and_the_teachers_view(tmp_path):
    target = tmp_path / "class.png"
    result = qiao("--class", "--open", "lesson/finding-work", "--screenshot", str(target), "--size", "1920x1080")
    assert result.returncode == 0, result.stderr
    assert QImage(str(target)).width() == 1920
    assert QImage(str(tmp_path / "class-teacher.png")).width() == 1920
