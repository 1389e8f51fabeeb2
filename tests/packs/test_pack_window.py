"""A pack installed from a folder is what the real window shows."""

from __future__ import annotations

import pytest

from desktop.core.installed_packs import open_content_store
from desktop.core.targets import Target
from tests.packs.conftest import retitled

NEW_TITLE = "Video-call your parents, step by step"


@pytest.fixture
def store(publisher, packs_dir, run_qiao, tmp_path):
    """The content the app opens after an update from a folder (make_window builds its window on it)."""
    publisher.publish(retitled(tmp_path, "new", NEW_TITLE))
    code, _, err = run_qiao("content", "update", "--from", publisher.repo)
    assert code == 0, err
    content = open_content_store()
    yield content
    content.close()


def test_the_window_shows_the_updated_guide_title(make_window):
    window = make_window(target=Target("guides"))
    titles = [entry.title for entry in window.page.list_view.model().entries()]
    assert NEW_TITLE in titles
