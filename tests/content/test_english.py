"""English for US readers: cautions at a middle-school reading level, short sentences, American spelling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from reading_level import grade as reading_grade  # beside this file

from desktop import paths
from desktop.content.bundle import load_content

MAX_GRADE = 8.0  # Flesch–Kincaid grade level (tests/content/reading_level.py)
MAX_WORDS = 24  # every sentence under 25 words
# British forms, with the American form a US reader expects (organization, center, license …).
BRITISH_FORMS = (
    r"organis\w*", r"centres?", r"colours?", r"favour\w*", r"neighbour\w*", r"licences?", r"analys(?:e|ed|es|ing)",
    r"recognis\w*", r"realis(?:e|ed|es|ing)", r"behaviour\w*", r"honour\w*", r"programmes?", r"catalogue",
    r"travell(?:ed|ing|er)", r"cancell(?:ed|ing)", r"practis\w*", r"labour", r"defence", r"offence", r"grey",
    r"apologis\w*", r"authoris\w*", r"minimis\w*", r"prioritis\w*", r"customis\w*", r"summaris\w*",
    r"criticis(?:e|ed|es|ing)", r"specialis\w*", r"personalis\w*", r"rumours?", r"adverts?", r"modell(?:ed|ing)",
    r"labell(?:ed|ing)", r"dialled", r"dialling", r"enquir\w*", r"whilst", r"learnt", r"tops? up", r"topping up",
)
BRITISH = re.compile(r"\b(" + "|".join(BRITISH_FORMS) + r")\b", re.I)
_ABBREVIATION = re.compile(r"\b(Pte|Ltd|Inc|Co|Corp|B\.V|U\.S|Mr|Ms|Dr|St|No|vs|e\.g|i\.e|etc)\.", re.I)


def sentences(text: str) -> list[str]:
    """The sentences of a text: paragraphs and list lines split, then sentence ends, keeping abbreviations whole."""
    text = _ABBREVIATION.sub(lambda match: match.group(0).replace(".", "\0"), text)
    found = []
    for paragraph in text.split("\n"):
        found += [part.replace("\0", ".") for part in re.split(r"(?<=[.!?])[\"”'’)]*\s+(?=[\"“'(]?[A-Z0-9])", paragraph)
                  if part.strip()]
    return found


def word_count(sentence: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,%+-]*", sentence))


def caution_texts(caution: dict) -> list[str]:
    texts = [caution["title"], caution["summary"], caution["what_happens"], caution["who_it_matters_for"]]
    texts += caution["actions"] + [finding["summary"] for finding in caution["documented"]]
    return [text["en"] for text in texts]


CAUTIONS = {caution["id"]: caution for caution in load_content(paths.content_sources_dir()).cautions}


def test_the_sentence_splitter_and_the_grade_can_fail():
    assert sentences("Call us. It is 5 p.m.\n- Then go (or not). Next one") == [
        "Call us.", "It is 5 p.m.", "- Then go (or not).", "Next one"]
    long = ("Under the applicable regulatory framework, telecommunications operators are obliged to re-verify "
            "the registered identity of every subscriber whose communication behaviour is algorithmically "
            "classified as anomalous by the monitoring infrastructure.")
    assert word_count(long) >= 25 and reading_grade([long]) > MAX_GRADE


@pytest.mark.parametrize("caution_id", sorted(CAUTIONS))
def test_each_caution_reads_at_grade_8_or_below(caution_id):
    grade = reading_grade(list(caution_texts(CAUTIONS[caution_id])))
    assert grade <= MAX_GRADE, f"{caution_id}: Flesch–Kincaid grade {grade}"


@pytest.mark.parametrize("caution_id", sorted(CAUTIONS))
def test_every_caution_sentence_is_under_25_words(caution_id):
    long = [sentence for text in caution_texts(CAUTIONS[caution_id]) for sentence in sentences(text)
            if word_count(sentence) > MAX_WORDS]
    assert long == [], long


def _english(node, where: str):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "synonyms":  # search words people may type, British ones included
                continue
            if key == "en" and isinstance(value, str):
                yield where, value
            else:
                yield from _english(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _english(value, f"{where}[{index}]")


def test_content_english_uses_american_spelling():
    found = []
    for path in sorted(Path(paths.content_sources_dir()).rglob("*.yaml")):
        for where, text in _english(yaml.safe_load(path.read_text(encoding="utf-8")), path.name):
            found += [f"{where}: {match.group(0)}" for match in BRITISH.finditer(text)]
    assert found == []


def test_ui_strings_use_american_spelling():
    catalog = (paths.project_root() / "translations" / "messages.pot").read_text(encoding="utf-8")
    msgids = re.findall(r'^msgid "(.*)"', catalog, re.M)
    assert msgids and [msgid for msgid in msgids if BRITISH.search(msgid)] == []


def test_the_spelling_check_catches_british_forms():
    assert all(BRITISH.search(word) for word in ("organisation", "centre", "licence", "analysed", "neighbour",
                                                  "colour", "rumours", "top up", "cancelled", "behaviour"))
    assert not any(BRITISH.search(word) for word in ("organization", "center", "license", "analyzed", "color",
                                                      "canceled", "criticism", "country", "encyclopedia"))
