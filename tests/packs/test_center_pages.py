"""A center's own pages: checked like guides, built apart, published and trusted under the center's own root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.content.pack_update import FOREIGN, INCOMPLETE
from desktop.core.content_store import ContentStore
from desktop.core.installed_packs import center_pages_database, content_database
from tests.packs.conftest import make_publisher, retitled

EXAMPLE = paths.project_root() / "docs" / "kiosk" / "example-center"
PAGES = ["english-classes", "food-pantry", "legal-aid", "phone-numbers"]


@pytest.fixture
def center_copy(tmp_path) -> Path:
    target = tmp_path / "my-center"
    shutil.copytree(EXAMPLE, target)
    return target


def test_the_example_center_checks_clean(run_qiao):
    code, out, err = run_qiao("content", "check", "--center", EXAMPLE)
    assert code == 0 and "4 pages; 0 error(s), 0 warning(s)" in out, err


def test_the_example_center_is_marked_as_fictional():
    assert "fictional" in (EXAMPLE / "README.md").read_text(encoding="utf-8")
    for page in (EXAMPLE / "pages").glob("*.yaml"):
        text = page.read_text(encoding="utf-8")
        assert "a fictional center" in text and "虚构的示例中心" in text and "(example center)" in text, page.name


def test_built_pages_open_in_the_content_store_in_three_languages(run_qiao, tmp_path):
    target = tmp_path / "center.sqlite3"
    code, out, err = run_qiao("content", "build", "--center", EXAMPLE, "--out", target)
    assert code == 0 and "4 pages" in out, err
    store = ContentStore(target)
    assert [page.id for page in store.guides()] == PAGES
    legal = store.guide("legal-aid")
    assert legal.title.en == "Free legal help (example center)"
    assert legal.title.zh_Hans == "免费法律咨询（示例中心）" and legal.title.zh_Hant == "免費法律諮詢（示例中心）"
    assert "櫃檯" in legal.steps[1].zh_Hant  # the center's own Traditional words
    assert store.platforms() == [] and store.content_date().isoformat() == "2026-12-02"
    assert content_database() == paths.content_database()  # the bundled content is untouched


def test_a_broken_page_is_reported_with_file_and_line(center_copy, run_qiao):
    page = center_copy / "pages" / "food-pantry.yaml"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("reviewed: 2026-12-02", "reviewed: next week").replace(
        "sources:", "platforms: [myspace]\nsources:"), encoding="utf-8")
    (center_copy / "pages" / "empty.yaml").write_text("id: empty\ntitle: {en: Empty}\n", encoding="utf-8")
    code, _, err = run_qiao("content", "check", "--center", center_copy)
    assert code == 1
    assert "my-center/pages/food-pantry.yaml:" in err and "links a platform that does not exist: 'myspace'" in err
    assert "'reviewed'" in err and "my-center/pages/empty.yaml:" in err
    assert "Traceback" not in err


def test_building_pages_needs_a_file_of_their_own(run_qiao):
    code, _, err = run_qiao("content", "build", "--center", EXAMPLE)
    assert code == 2 and "--center needs --out FILE" in err


def test_a_folder_without_pages_says_so(run_qiao, tmp_path):
    code, _, err = run_qiao("content", "check", "--center", tmp_path)
    assert code == 1 and "no pages: write one YAML file per page in pages/" in err


@pytest.fixture
def center(tmp_path):
    return make_publisher(tmp_path / "center", "Maple Street Community Center")


def test_a_center_publishes_its_pages_and_its_computers_trust_them_once_pinned(center, publisher, packs_dir,
                                                                                run_qiao):
    code, out, err = run_qiao("content", "pack", "publish", center.repo, "--keys", center.keys, "--center", EXAMPLE)
    assert code == 0 and "Published center pack version 1 (content of 2026-12-02" in out, err
    code, _, err = run_qiao("content", "update", "--from", center.repo)
    assert code == FOREIGN and "trust-center" in err
    code, out, _ = run_qiao("content", "trust-center", center.repo / "metadata" / "root.json")
    assert code == 0 and "now trusts Maple Street Community Center" in out
    code, out, err = run_qiao("content", "update", "--from", center.repo)
    assert code == 0, err
    assert "pages              4 added    0 changed    0 removed" in out and "cautions" not in out
    assert [page.id for page in ContentStore(center_pages_database()).guides()] == PAGES
    assert content_database() == paths.content_database()


def test_one_stick_holds_the_content_and_the_centers_pages(center, publisher, packs_dir, run_qiao, tmp_path):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    run_qiao("content", "pack", "publish", center.repo, "--keys", center.keys, "--center", EXAMPLE)
    run_qiao("content", "trust-center", center.repo / "metadata" / "root.json")
    stick = tmp_path / "usb"
    shutil.copytree(publisher.repo, stick / "qiao-content")
    shutil.copytree(center.repo, stick / "center-pages")
    code, out, err = run_qiao("content", "update", "--from", stick)
    assert code == 0, err
    assert "Verified the content pack" in out and "Verified the center's pages" in out
    assert center_pages_database() is not None and content_database() != paths.content_database()


def test_a_centers_keys_cannot_replace_the_content(center, publisher, packs_dir, run_qiao, tmp_path):
    run_qiao("content", "trust-center", center.repo / "metadata" / "root.json")
    center.publish(retitled(tmp_path, "forged", "A center's own facts"))  # a content target, under the center
    code, _, err = run_qiao("content", "update", "--from", center.repo)
    assert code == INCOMPLETE and "holds no center pack" in err
    assert content_database() == paths.content_database()


def test_qiaos_own_root_is_not_a_centers(publisher, packs_dir, run_qiao):
    code, _, err = run_qiao("content", "trust-center", publisher.root)
    assert code == 1 and "is Qiao's own root" in err
