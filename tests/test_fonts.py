"""The bundled fonts cover every character the app can show in every weight, and honour the font licence."""

from __future__ import annotations

import sqlite3
from functools import cache

import pytest
from fontTools.ttLib import TTFont

from desktop import paths
from desktop.content.font_subset import WEIGHTS, style_names
from desktop.ui.fonts import FACE_FILES, STYLES

# (file, family, style, weight class) for every bundled face.
FACES = [(name, f"Qiao Sans {variant}", style, weight)
         for variant, names in FACE_FILES.items()
         for name, (weight, style) in zip(names, WEIGHTS.items())]
FACE_NAMES = [face[0] for face in FACES]


@cache
def _cmap(name: str) -> frozenset[int]:
    return frozenset(TTFont(paths.fonts_dir() / name).getBestCmap())


@cache
def _database_characters() -> frozenset[str]:
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
    return frozenset(characters)


@cache
def _needed_characters() -> frozenset[str]:
    """What the app can show: the built database, and the content sources, their Traditional conversion and the
    catalogs read afresh (so a source edited but not yet built is checked too)."""
    from desktop.content.font_subset import app_characters

    return frozenset(character for character in _database_characters() | app_characters()
                     if character.isprintable() and not character.isspace())


def test_every_weight_of_both_variants_is_bundled():
    assert STYLES == ("Regular", "Medium", "Bold")
    assert len(FACE_NAMES) == 6
    assert all((paths.fonts_dir() / name).is_file() for name in FACE_NAMES)


@pytest.mark.parametrize("name", FACE_NAMES)
def test_every_character_of_the_content_and_catalogs_has_a_glyph(name):
    cmap = _cmap(name)
    missing = sorted(character for character in _needed_characters() if ord(character) not in cmap)
    assert missing == [], f"run 'qiao fonts subset' with every weight: {name} lacks {''.join(missing)}"


@pytest.mark.parametrize("name", FACE_NAMES)
def test_common_typed_characters_are_covered(name):
    cmap = _cmap(name)
    # Every GB2312 hanzi and every Big5 level-1 hanzi is in every face.
    from desktop.content.font_subset import typed_hanzi

    hanzi = typed_hanzi()
    assert len(hanzi) > 8500
    missing = [character for character in hanzi if ord(character) not in cmap]
    assert missing == []


@pytest.mark.parametrize("name", FACE_NAMES)
def test_every_weight_covers_the_same_characters_as_the_regular_face(name):
    """A heading in Bold must never lack a glyph that the body text in Regular has, or the reverse."""
    regular = _cmap(name.rsplit("-", 1)[0] + "-Regular.otf")
    assert _cmap(name) == regular


@pytest.mark.parametrize("name, family, style, weight", FACES)
def test_the_subset_is_renamed_as_the_licence_asks_and_keeps_its_copyright(name, family, style, weight):
    font = TTFont(paths.fonts_dir() / name)
    names = font["name"]
    # The typographic family (16) where there is one, else the legacy family (1): what Qt groups weights by.
    assert (names.getDebugName(16) or names.getDebugName(1)) == family
    assert (names.getDebugName(17) or names.getDebugName(2)) == style
    for name_id, expected in style_names(family, style).items():
        assert names.getDebugName(name_id) == expected, name_id
    shown = [record.toUnicode() for record in names.names if record.nameID in (1, 3, 4, 6, 16, 17)]
    top = font["CFF "].cff.topDictIndex[0]
    shown += [top.FamilyName, top.FullName, *font["CFF "].cff.fontNames]
    assert not [text for text in shown if "Noto" in text or "Source" in text]
    assert "Adobe" in (names.getDebugName(0) or "")
    assert (paths.fonts_dir() / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


@pytest.mark.parametrize("name, family, style, weight", FACES)
def test_each_face_declares_its_weight(name, family, style, weight):
    font = TTFont(paths.fonts_dir() / name)
    assert font["OS/2"].usWeightClass == weight
    bold = style == "Bold"
    assert bool(font["OS/2"].fsSelection & 0x20) == bold
    assert bool(font["OS/2"].fsSelection & 0x40) == (style == "Regular")
    assert bool(font["head"].macStyle & 0x01) == bold


@pytest.mark.parametrize("name", FACE_NAMES)
def test_every_symbol_the_code_shows_has_a_glyph(name):
    """Symbols written in the code (✓, ×, ◐, ⇄ …) must not depend on a system font for their glyphs."""
    import desktop

    cmap = _cmap(name)
    package = paths.project_root() / "desktop"
    assert package == __import__("pathlib").Path(desktop.__file__).parent
    used = {character for path in package.rglob("*.py") for character in path.read_text(encoding="utf-8")
            if ord(character) > 127 and character.isprintable()}
    assert sorted(character for character in used if ord(character) not in cmap) == []


@pytest.mark.parametrize("source, message", [
    ("no-such-file.ttc", "no such font file"),
    ("QiaoSansSC-Bold.otf", "not a font collection"),
])
def test_subsetting_a_wrong_source_says_why_and_writes_nothing(source, message, capsys):
    from desktop.content.font_subset import run_subset

    before = {name: (paths.fonts_dir() / name).stat().st_mtime_ns for name in FACE_NAMES}
    assert run_subset([paths.fonts_dir() / source]) == 2
    assert message in capsys.readouterr().err
    assert {name: (paths.fonts_dir() / name).stat().st_mtime_ns for name in FACE_NAMES} == before
