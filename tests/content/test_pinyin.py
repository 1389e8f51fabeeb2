"""Per-character pinyin: the glossary's hand-written syllables where they fit, pypinyin's where they do not."""

from __future__ import annotations

from desktop import paths
from desktop.content.bundle import load_content
from desktop.content.pinyin import pinyin_disagreements, read_word


def test_hand_written_syllables_win_where_they_fit_the_characters():
    reading = read_word("重置密码", "chóngzhì mìmǎ")
    assert reading.pairs == (("重", "chóng"), ("置", "zhì"), ("密", "mì"), ("码", "mǎ"))
    assert reading.guessed[0] == "zhòng" and reading.disagrees  # pypinyin misreads 重 here


def test_pypinyin_reads_a_word_without_a_fitting_field():
    assert read_word("时差").pairs == (("时", "shí"), ("差", "chà"))
    assert read_word("时差", "shíchā").pairs == (("时", "shí"), ("差", "chā"))
    assert read_word("时差", "nonsense").written is None


def test_latin_runs_spaces_apostrophes_and_umlauts():
    assert read_word("公共 Wi-Fi", "gōnggòng Wi-Fi").pairs == (("公", "gōng"), ("共", "gòng"), ("Wi-Fi", ""))
    assert read_word("西安", "Xī'ān").pairs == (("西", "xī"), ("安", "ān"))
    assert read_word("绿卡", "lǜkǎ").pairs == (("绿", "lǜ"), ("卡", "kǎ"))
    assert read_word("App", "App").pairs == (("App", ""),)


def test_the_shipped_glossary_disagreements_are_listed_for_review():
    found = {term_id for term_id, *_ in pinyin_disagreements(load_content(paths.content_sources_dir()).terms)}
    assert {"moments", "reset-password"} <= found
    assert "video-call" not in found
