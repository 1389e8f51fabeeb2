"""The bundled fonts cover every character the app can show, and honour the font licence."""

from __future__ import annotations

import sqlite3

import pytest
from fontTools.ttLib import TTFont

from desktop import paths
from desktop.ui.fonts import SIMPLIFIED_FILE, TRADITIONAL_FILE

FONT_FILES = (SIMPLIFIED_FILE, TRADITIONAL_FILE)


def _cmap(name):
    return set(TTFont(paths.fonts_dir() / name).getBestCmap())


def _database_characters() -> set[str]:
    characters = set()
    with sqlite3.connect(f"file:{paths.content_database()}?mode=ro", uri=True) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        # Shown to people: everything but the search machinery, whose folded text is never displayed.
        shown = [table for table in tables
                 if table not in ("meta", "term_words") and not table.startswith("search_index")]
        for table in shown:
            for row in connection.execute(f"SELECT * FROM {table}"):  # noqa: S608 - our own table names
                for value in row:
                    if isinstance(value, str):
                        characters.update(value)
    return characters


def _catalog_characters() -> set[str]:
    characters = set()
    for path in paths.translations_dir().rglob("*.po"):
        characters.update(path.read_text(encoding="utf-8"))
    return characters


@pytest.mark.parametrize("name", FONT_FILES)
def test_every_character_of_the_content_and_catalogs_has_a_glyph(name):
    cmap = _cmap(name)
    needed = {character for character in _database_characters() | _catalog_characters()
              if character.isprintable() and not character.isspace()}
    missing = sorted(character for character in needed if ord(character) not in cmap)
    assert missing == [], f"run 'qiao fonts subset': {''.join(missing)}"


@pytest.mark.parametrize("name", FONT_FILES)
def test_common_typed_characters_are_covered(name):
    cmap = _cmap(name)
    # Every GB2312 hanzi and every Big5 level-1 hanzi is in both subsets.
    from desktop.content.font_subset import typed_hanzi

    hanzi = typed_hanzi()
    assert len(hanzi) > 8500
    missing = [character for character in hanzi if ord(character) not in cmap]
    assert missing == []


@pytest.mark.parametrize("name, family", [(SIMPLIFIED_FILE, "Qiao Sans SC"), (TRADITIONAL_FILE, "Qiao Sans TC")])
def test_the_subset_is_renamed_as_the_licence_asks_and_keeps_its_copyright(name, family):
    font = TTFont(paths.fonts_dir() / name)
    assert font["name"].getDebugName(1) == family
    assert "Noto" not in font["name"].getDebugName(1)
    assert "Adobe" in (font["name"].getDebugName(0) or "")
    assert (paths.fonts_dir() / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


@pytest.mark.parametrize("name", FONT_FILES)
def test_every_symbol_the_code_shows_has_a_glyph(name):
    """Symbols written in the code (✓, ×, ◐, ⇄ …) must not depend on a system font for their glyphs."""
    import desktop

    cmap = _cmap(name)
    package = paths.project_root() / "desktop"
    assert package == __import__("pathlib").Path(desktop.__file__).parent
    used = {character for path in package.rglob("*.py") for character in path.read_text(encoding="utf-8")
            if ord(character) > 127 and character.isprintable()}
    assert sorted(character for character in used if ord(character) not in cmap) == []
