"""Catalogs: complete, not fuzzy, up to date with the code, shipped compiled and only read at run time."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import desktop
from desktop import paths
from desktop.catalogs import POT_NAME, compiled_bytes, extract_arguments
from desktop.i18n import LANGUAGES, Catalogs, catalog_source, compiled_catalog, parse_language, translate_in

CHINESE = ("zh_Hans", "zh_Hant")


def _catalog(code):
    with catalog_source(paths.translations_dir(), code).open("rb") as po_file:
        return read_po(po_file, locale=code)


@pytest.mark.parametrize("code", CHINESE)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    catalog = _catalog(code)
    untranslated = [message.id for message in catalog if message.id and not message.string]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("code", CHINESE)
def test_catalog_matches_the_template(code):
    with (paths.translations_dir() / POT_NAME).open("rb") as pot_file:
        template = {message.id for message in read_po(pot_file) if message.id}
    assert {message.id for message in _catalog(code) if message.id} == template


def test_the_template_is_not_stale(tmp_path):
    from babel.messages.frontend import CommandLineInterface

    fresh = tmp_path / "fresh.pot"
    CommandLineInterface().run(extract_arguments(str(fresh)))
    with fresh.open("rb") as fresh_file, (paths.translations_dir() / POT_NAME).open("rb") as pot_file:
        extracted = {message.id for message in read_po(fresh_file) if message.id}
        shipped = {message.id for message in read_po(pot_file) if message.id}
    assert extracted == shipped, "run 'qiao translations update'"


def _literal_messages() -> set[str]:
    """Every string literal passed to _() anywhere in the package, including inside f-strings."""
    found = set()
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_", "translate") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_no_message_hides_where_the_extractor_cannot_see_it():
    with (paths.translations_dir() / POT_NAME).open("rb") as pot_file:
        shipped = {message.id for message in read_po(pot_file) if message.id}
    assert _literal_messages() - shipped == set()


def test_placeholders_survive_translation():
    for code in CHINESE:
        for message in _catalog(code):
            if message.id and "{" in message.id:
                names = sorted(part.split("}")[0] for part in message.id.split("{")[1:])
                assert sorted(part.split("}")[0] for part in message.string.split("{")[1:]) == names, message.id


def test_traditional_catalog_has_no_simplified_only_characters():
    from desktop.content.traditional import TraditionalConverter

    converter = TraditionalConverter()
    leftovers = {message.id: converter.simplified_only(message.string)
                 for message in _catalog("zh_Hant") if message.id and converter.simplified_only(message.string)}
    assert leftovers == {}


@pytest.mark.parametrize("code", CHINESE)
def test_the_shipped_mo_matches_its_po(code):
    """The compiled catalogs are committed; one that differs from its .po would show stale or English text."""
    po_path = catalog_source(paths.translations_dir(), code)
    mo_path = compiled_catalog(paths.translations_dir(), code)
    assert mo_path.is_file(), "run 'qiao translations update'"
    assert mo_path.read_bytes() == compiled_bytes(po_path, code), "run 'qiao translations update'"


def test_loading_catalogs_writes_nothing(tmp_path):
    """A kiosk writes nothing to disk: loading every language leaves the translations folder as it was."""
    translations = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), translations)
    before = sorted((path.relative_to(translations), path.stat().st_mtime_ns) for path in translations.rglob("*"))
    catalogs = Catalogs(translations)
    assert translate_in(catalogs, "zh_Hans", "Home") == "首页"
    assert translate_in(catalogs, "zh_Hant", "Home") != "Home"
    after = sorted((path.relative_to(translations), path.stat().st_mtime_ns) for path in translations.rglob("*"))
    assert before == after


@pytest.mark.parametrize("damage", [b"", b"\x00" * 10, b"\xde\x12\x04\x95" + b"\xff" * 4000])
def test_a_broken_catalog_falls_back_to_english_instead_of_stopping(tmp_path, damage):
    translations = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), translations)
    compiled_catalog(translations, "zh_Hant").write_bytes(damage)
    catalogs = Catalogs(translations)
    assert translate_in(catalogs, "zh_Hant", "Home") == "Home"
    assert catalogs.problems


def test_compiling_replaces_each_catalog_in_one_step(tmp_path, monkeypatch):
    """A compile interrupted mid-write leaves the old catalog whole: the new one is written beside it first."""
    import desktop.catalogs as catalogs_module

    translations = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), translations)
    target = compiled_catalog(translations, "zh_Hans")
    shipped = target.read_bytes()

    def killed(*_arguments):
        raise KeyboardInterrupt  # stands in for a kill between the write and the rename

    monkeypatch.setattr(catalogs_module.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        catalogs_module.compile_catalogs(translations)
    assert target.read_bytes() == shipped
    assert sorted(path.name for path in target.parent.iterdir()) == ["messages.mo", "messages.po"]


def test_two_catalogs_can_be_used_side_by_side():
    catalogs = Catalogs(paths.translations_dir())
    assert translate_in(catalogs, "zh_Hans", "Home") != translate_in(catalogs, "zh_Hant", "Home")
    assert translate_in(catalogs, "en", "Home") == "Home"


@pytest.mark.parametrize("name, code", [("zh_TW", "zh_Hant"), ("zh-Hant", "zh_Hant"), ("zh_HK", "zh_Hant"),
                                         ("zh_CN.UTF-8", "zh_Hans"), ("en_US", "en"), ("fr_FR", None)])
def test_locale_names_map_to_our_three_languages(name, code):
    assert parse_language(name) == code


def test_locale_table_uses_taiwan_cldr_for_traditional():
    assert LANGUAGES["zh_Hant"].babel_locale == "zh_Hant_TW"
    assert LANGUAGES["zh_Hant"].qt_locale == "zh_TW"
