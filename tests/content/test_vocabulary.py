"""Traditional Chinese that Hong Kong and Taiwan families read as their own: the mainland-only word list."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop import paths
from desktop.content.bundle import load_content
from desktop.content.sources import read_source
from desktop.content.vocabulary import mainland_words_in, read_vocabulary, vocabulary_path

TODAY = dt.date(2026, 12, 2)
# The words the Chinese-language review counted in the Traditional content (about 750 uses before the rework).
REVIEWED_WORDS = ("視頻", "郵箱", "運營", "信息", "谷歌", "服務器", "登錄", "短信", "鏈接", "攝像頭", "座機", "單位",
                  "博客", "手機號", "支持", "首席執行官", "流量", "充值", "夏令時", "小程序", "程序", "文件夾", "窗口",
                  "粘貼", "文檔", "菜單", "計算機", "領英", "易貝", "公交", "相冊", "打印", "屏幕", "應用")


@pytest.fixture(scope="module")
def vocabulary():
    content_dir = paths.content_sources_dir()
    return read_vocabulary(read_source(vocabulary_path(content_dir), content_dir))


def test_the_list_covers_the_reviewed_words_and_says_what_to_write(vocabulary):
    listed = {entry.word: entry for entry in vocabulary}
    assert set(REVIEWED_WORDS) <= set(listed)
    assert listed["服務器"].hong_kong == listed["服務器"].taiwan == "伺服器"
    assert "QQ郵箱" in listed["郵箱"].exceptions
    # Words Hong Kong writes stay allowed, by the rule.
    assert not {"軟件", "網絡", "用戶", "二維碼"} & set(listed)


def test_exceptions_excuse_only_the_names_they_spell(vocabulary):
    assert mainland_words_in("用 QQ郵箱 收信", vocabulary) == []
    assert [entry.word for entry in mainland_words_in("QQ郵箱和別的郵箱", vocabulary)] == ["郵箱"]
    assert mainland_words_in("國家互聯網信息辦公室發佈規定", vocabulary) == []
    assert mainland_words_in("請填手機號碼", vocabulary) == []


def _planted(content_copy, old, new):
    guide = content_copy / "guides" / "time-zones.yaml"
    text = guide.read_text(encoding="utf-8")
    assert old in text
    guide.write_text(text.replace(old, new, 1), encoding="utf-8")
    return [str(problem) for problem in load_content(content_copy, TODAY).errors], guide


def test_the_check_fails_on_a_mainland_word_in_hand_written_traditional(content_copy):
    errors, guide = _planted(content_copy, "  zh_Hans: 跨时区约通话",
                             "  zh_Hant: 用視頻通話跨時區約通話\n  zh_Hans: 跨时区约通话")
    line = next(number for number, text in enumerate(guide.read_text(encoding="utf-8").splitlines(), start=1)
                if "zh_Hant: 用視頻通話" in text)
    assert f"guides/time-zones.yaml:{line}: Traditional text uses the mainland word 視頻: write 影片" \
           in "\n".join(errors), errors


def test_the_check_passes_a_listed_exception(content_copy):
    errors, _ = _planted(content_copy, "  zh_Hans: 跨时区约通话",
                         "  zh_Hant: 用 QQ 郵箱跨時區約通話\n  zh_Hans: 跨时区约通话")
    assert errors == []


def test_generated_traditional_gets_the_shared_words_not_the_mainland_ones(content_copy):
    errors, _ = _planted(content_copy, "  zh_Hans: 跨时区约通话", "  zh_Hans: 用谷歌账号登录服务器，发视频链接")
    assert errors == []
    bundle = load_content(content_copy, TODAY)
    converted = [guide["title"]["zh_Hant"] for guide in bundle.guides if guide["id"] == "time-zones"]
    assert converted == ["用 Google 帳號登入伺服器，發影片連結"]


def _traditional_texts(database):
    connection = sqlite3.connect(f"file:{database}?mode=ro&immutable=1", uri=True)
    try:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if table.startswith("search"):
                continue
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
                       if row[1].endswith("_zh_Hant")]
            for column in columns:
                for (value,) in connection.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
                    yield f"{table}.{column}", value
    finally:
        connection.close()


def test_no_traditional_text_in_the_built_database_uses_a_reviewed_word(vocabulary):
    reviewed = [entry for entry in vocabulary if entry.word in REVIEWED_WORDS]
    texts = list(_traditional_texts(paths.content_database()))
    assert len(texts) > 1400
    hits = [(where, entry.word) for where, text in texts for entry in reviewed if entry.found_in(text)]
    assert hits == []


def test_the_traditional_ui_catalog_uses_the_same_words_as_the_content(vocabulary):
    from babel.messages.pofile import read_po

    with (paths.translations_dir() / "zh_Hant" / "LC_MESSAGES" / "messages.po").open("rb") as catalog_file:
        catalog = read_po(catalog_file)
    hits = []
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            hits += [(message.id, entry.word) for entry in mainland_words_in(text or "", vocabulary)]
    assert hits == []


def test_a_traditional_glossary_word_that_is_another_word_must_give_its_reading(content_copy):
    glossary = content_copy / "glossary" / "accounts.yaml"
    text = glossary.read_text(encoding="utf-8")
    assert "    pinyin_zh_Hant: dēngrù\n" in text
    glossary.write_text(text.replace("    pinyin_zh_Hant: dēngrù\n", ""), encoding="utf-8")
    errors = [str(problem) for problem in load_content(content_copy, TODAY).errors]
    assert any("accounts.yaml:" in error and "登入" in error and "pinyin_zh_Hant" in error for error in errors), errors
