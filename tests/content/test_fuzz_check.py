"""Malformed content sources, generated: the check never raises and reports every one as `file:line: message`.

Each example starts from a real platform, guide, caution or glossary file (texts shortened, so a thousand files
check in seconds) and breaks it in one of the ways the reliability audit listed: YAML syntax, wrong types,
missing or unknown keys, bad texts, dates, numbers, addresses and lists, hostile YAML (complex keys, deep
nesting, tags, aliases, merges) and bad bytes (other encodings, binary, NUL, empty, oversized). Every mutation
here makes the file wrong, so each must give at least one error.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.content.bundle import check_file
from desktop.content.traditional import TraditionalConverter

TODAY = dt.date(2026, 12, 2)
BASES = {"platform": "platforms/facetime.yaml", "guide": "guides/share-photos.yaml",
         "caution": "cautions/think-before-posting.yaml", "glossary": "glossary/online-safety.yaml"}
REQUIRED = {
    "platform": ("id", "name", "kind", "side", "summary", "facts"),
    "guide": ("id", "title", "audience", "before_you_start", "steps", "problems", "sources", "reviewed"),
    "caution": ("id", "title", "summary", "what_happens", "who_it_matters_for", "what_you_can_do", "reviewed"),
    "glossary": ("set", "terms"),
}
KEEP = {"id", "source", "url", "as_of", "reviewed", "count_date", "date", "code", "codes", "kind", "side", "set",
        "ids", "platforms", "terms", "pinyin", "count_kind"}
CONVERTER = TraditionalConverter()


def _shorten(value, key=None):
    """The same structure with short texts: parsing time grows with every character."""
    if isinstance(value, dict):
        return {name: _shorten(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_shorten(item, key) for item in value]
    if isinstance(value, str) and key not in KEEP:
        return value[:8]
    return value


def _base(kind: str):
    data = yaml.safe_load((paths.content_sources_dir() / BASES[kind]).read_text(encoding="utf-8"))
    if kind == "glossary":
        data["terms"] = data["terms"][:3]
    return _shorten(data)


BASE_DATA = {kind: _base(kind) for kind in BASES}


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, where PyYAML has it: much faster


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)


def _texts(value, found=None):
    """Every mapping that holds a text in each language, anywhere in the document."""
    found = [] if found is None else found
    if isinstance(value, dict):
        if isinstance(value.get("en"), str) and isinstance(value.get("zh_Hans"), str):
            found.append(value)
        for item in value.values():
            _texts(item, found)
    elif isinstance(value, list):
        for item in value:
            _texts(item, found)
    return found


def _copy(data):
    return copy.deepcopy(data)


BASE_TEXT = {kind: _dump(data) for kind, data in BASE_DATA.items()}


# Mutations: each takes (draw, kind) and returns the bytes of a broken file.

def _missing_key(draw, kind):
    data = _copy(BASE_DATA[kind])
    del data[draw(st.sampled_from(REQUIRED[kind]))]
    return _dump(data).encode()


def _wrong_type(draw, kind):
    data = _copy(BASE_DATA[kind])
    data[draw(st.sampled_from(REQUIRED[kind]))] = draw(st.sampled_from(
        [True, 3.5, {"x": {"y": 1}}, "plain words", [None]]))
    return _dump(data).encode()


def _unknown_key(draw, kind):
    data = _copy(BASE_DATA[kind])
    name = draw(st.from_regex(r"\A[a-z_]{3,12}\Z")).strip("_") or "extra"
    holder = data["terms"][0] if kind == "glossary" else data
    if name in holder or name in REQUIRED[kind] or name in ("zh_Hant", "synonyms", "example", "definition",
                                                             "documented", "platforms", "terms"):
        name = f"unknown_{name}"
    holder[name] = draw(st.sampled_from(["x", 1, [1, 2], {"a": "b"}]))
    return _dump(data).encode()


def _bad_text(draw, kind):
    data = _copy(BASE_DATA[kind])
    texts = _texts(data)
    text = texts[draw(st.integers(0, len(texts) - 1))]
    language = draw(st.sampled_from(["en", "zh_Hans"]))
    bad = draw(st.sampled_from([True, False, 12345, 1.5, "", "   ", "x" * 12_000, "正\u202e文", "正\u200b文",
                                dt.date(2026, 1, 1), None]))
    if bad is None:
        del text[language]
    else:
        text[language] = bad
    return _dump(data).encode()


def _replace_value(text: str, keys: tuple[str, ...], value: str) -> str | None:
    pattern = re.compile(rf"^(\s*(?:- )?(?:{'|'.join(keys)}): ).*$", re.M)
    return pattern.sub(lambda match: match.group(1) + value, text, count=1) if pattern.search(text) else None


def _bad_value(draw, kind):
    text = BASE_TEXT[kind]
    choices = [
        (("as_of", "reviewed", "count_date", "date"), ["2026-02-30", "2026-13-01", "last week", "2099-01-01", "7"]),
        (("source", "url"), ["javascript:alert(1)", "https://a.example/ b", "https://signal.org@evil.example/",
                             "ftp://x.example/", "'https://x.example/\"><a href=x>'", "'https://x.example/\u202e'"]),
        (("count", "year"), ["1000000000000000000000000000000", "-5", "1.5", "1e309", "abc"]),
        (("id",), ["Bad_ID", "has space", "'-x-'", "[a]", "{}", "yes"]),
    ]
    keys, values = draw(st.sampled_from([choice for choice in choices if _replace_value(text, choice[0], "x")]))
    return _replace_value(text, keys, draw(st.sampled_from(values))).encode()


def _bad_list(draw, kind):
    data = _copy(BASE_DATA[kind])
    key = {"platform": None, "guide": "steps", "caution": "what_you_can_do", "glossary": "terms"}[kind]
    if key is None:  # a platform's lists are inside its facts: break the facts mapping instead
        data["facts"] = draw(st.sampled_from([[], "none", [{"x": 1}]]))
        return _dump(data).encode()
    items = data[key]
    data[key] = draw(st.sampled_from([["s"] * 201, items + [None], "a single text", []]))
    if data[key] == [] and kind == "glossary":
        data[key] = None
    return _dump(data).encode()


def _bad_yaml(draw, kind):
    text = BASE_TEXT[kind]
    depth = draw(st.integers(17, 600))
    tail = draw(st.sampled_from([
        "\tindented: with a tab\n", 'broken: "unclosed\n', "id: twice\n" if kind != "glossary" else "set: twice\n",
        "? [a, b]\n: c\n", f"extra: {'[' * depth}{']' * depth}\n", "x: !!python/object/apply:os.system ['true']\n",
        "x: !!int abc\n", "x: !!float xyz\n", "x: !!binary '@@@'\n", "x: !!timestamp 2026-99-99\n",
        "a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
        "<<: 5\n", "? !!set {a, b}\n: c\n", "- a list after a mapping\n", "...\n---\nsecond: document\n",
    ]))
    return (text + tail).encode()


def _bad_bytes(draw, kind):
    text = BASE_TEXT[kind]
    how = draw(st.sampled_from(["utf16", "gb18030", "binary", "nul", "empty", "huge", "list", "scalar"]))
    if how == "utf16":
        return text.encode("utf-16")
    if how == "gb18030":
        return text.encode("gb18030")
    if how == "binary":
        return b"\xff\xfe\x00" + draw(st.binary(min_size=16, max_size=512))
    if how == "nul":
        position = draw(st.integers(0, len(text)))
        return (text[:position] + "\x00" + text[position:]).encode()
    if how == "empty":
        return draw(st.sampled_from([b"", b"\n", b"# only a comment\n", b"~\n"]))
    if how == "huge":
        return text.encode() + b"# " + b"x" * 600_000 + b"\n"
    return b"- just\n- a list\n" if how == "list" else b"just words\n"


CHECKED: list[str] = []  # one entry per generated file, to count them
MUTATIONS = [_missing_key, _wrong_type, _unknown_key, _bad_text, _bad_value, _bad_list, _bad_yaml, _bad_bytes]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    for name in BASES.values():
        (root / Path(name).parent).mkdir(parents=True)
    return root


def test_the_fuzzing_bases_are_valid(folder):
    for kind, name in BASES.items():
        path = folder / name
        path.write_text(BASE_TEXT[kind], encoding="utf-8")
        assert [str(problem) for problem in check_file(path, folder, kind, TODAY, CONVERTER).problems
                if problem.severity == "error"] == []


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(data=st.data(), kind=st.sampled_from(sorted(BASES)), mutation=st.sampled_from(MUTATIONS))
def test_every_malformed_file_is_reported_at_a_line(folder, data, kind, mutation):
    path = folder / BASES[kind]
    path.write_bytes(mutation(data.draw, kind))
    CHECKED.append(mutation.__name__)
    source = check_file(path, folder, kind, TODAY, CONVERTER)
    errors = [str(problem) for problem in source.problems if problem.severity == "error"]
    assert errors, f"{mutation.__name__} was accepted"
    location = re.compile(rf"^{re.escape(source.display_path)}:[1-9][0-9]*: \S")
    assert all(location.match(str(problem)) for problem in source.problems), source.problems


def test_a_thousand_malformed_files_were_checked():
    if not CHECKED:
        pytest.skip("the fuzzing test did not run in this session")
    assert len(CHECKED) >= 1000 and set(CHECKED) == {mutation.__name__ for mutation in MUTATIONS}
