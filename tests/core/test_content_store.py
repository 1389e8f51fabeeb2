import sqlite3

import pytest

from desktop.core.content_store import ContentError, ContentStore
from desktop.core.criteria import CRITERIA


def test_every_platform_has_every_criterion(store):
    platforms = store.platforms()
    assert len(platforms) >= 28
    for summary in platforms:
        platform = store.platform(summary.id)
        assert set(platform.facts) == {criterion.key for criterion in CRITERIA}, summary.id
        for fact in platform.facts.values():
            assert fact.as_of is not None, (summary.id, fact.criterion)
            if not fact.unknown:
                assert fact.source and fact.source.startswith("http"), (summary.id, fact.criterion)


def test_wechat_reads_in_three_languages(store):
    wechat = store.platform("wechat")
    assert wechat.name.get("en") == "WeChat"
    assert wechat.name.get("zh_Hans") == "微信"
    assert wechat.facts["e2ee"].code == "no"
    assert wechat.facts["china_access"].code == "yes"
    assert "whatsapp" in wechat.counterparts


def test_guides_have_ordered_steps_and_sources(store):
    guide = store.guide("video-call-parents")
    assert store.guides()[0].id == "video-call-parents"  # order.yaml puts it first
    assert len(guide.steps) >= 2
    assert guide.sources and all(url.startswith("http") for _, url in guide.sources)
    assert all(step.zh_Hant and step.zh_Hans != step.en for step in guide.steps)


def test_unknown_ids_give_none(store):
    assert store.platform("myspace") is None
    assert store.guide("nope") is None


def test_a_missing_database_says_so(tmp_path):
    with pytest.raises(ContentError) as error:
        ContentStore(tmp_path / "absent.sqlite3")
    assert error.value.reason == "missing"


def test_a_damaged_database_says_so(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    with pytest.raises(ContentError) as error:
        ContentStore(damaged)
    assert error.value.reason == "damaged"


def test_a_database_of_another_version_says_so(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('schema_version', '999')")
    with pytest.raises(ContentError) as error:
        ContentStore(other)
    assert error.value.reason == "incompatible"


def test_the_app_never_writes_the_bundled_database(store):
    with pytest.raises(sqlite3.OperationalError):
        store._connection.execute("CREATE TABLE intruder (x)")
