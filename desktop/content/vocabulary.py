"""The mainland-only words that Traditional Chinese text must not use, read from mainland_vocabulary.yaml.

Qiao's Traditional readers are Hong Kong, Guangdong and Taiwan families. OpenCC converts characters, not words,
so a Traditional text can still say 視頻 or 服務器, which neither Hong Kong nor Taiwan writes. Each entry of the
list gives the word as it appears in Traditional characters, what Hong Kong and Taiwan write instead, and the
phrases where the word is right after all (product and official names such as QQ郵箱 or 國家互聯網信息辦公室).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.content import fields
from desktop.content.sources import SourceFile

ENTRY_KEYS = ("word", "hong_kong", "taiwan", "use", "note", "except")


@dataclass(frozen=True)
class MainlandWord:
    word: str
    hong_kong: str
    taiwan: str
    use: str  # what Qiao writes instead, by the rule: the shared word, or Hong Kong's
    note: str
    exceptions: tuple[str, ...] = ()

    def found_in(self, text: str) -> int:
        """How many times ``text`` uses the word outside its exceptions."""
        excused: set[int] = set()
        for phrase in self.exceptions:
            offset = phrase.find(self.word)
            start = text.find(phrase)
            while start >= 0:
                excused.add(start + offset)
                start = text.find(phrase, start + 1)
        count = 0
        position = text.find(self.word)
        while position >= 0:
            if position not in excused:
                count += 1
            position = text.find(self.word, position + 1)
        return count

    def problem(self) -> str:
        return f"Traditional text uses the mainland word {self.word}: write {self.use}"


def mainland_words_in(text: str, vocabulary: list[MainlandWord]) -> list[MainlandWord]:
    """The listed words that ``text`` uses outside their exceptions."""
    return [entry for entry in vocabulary if entry.found_in(text)]


def read_vocabulary(source: SourceFile) -> list[MainlandWord]:
    """The list: a mapping with ``words``, each entry with its Hong Kong and Taiwan forms."""
    data = source.data
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("words"), list):
        source.error(1, "the vocabulary file must have a list of 'words'")
        return []
    vocabulary: list[MainlandWord] = []
    seen: set[str] = set()
    for item, line in fields.items(source, data, "words"):
        if not isinstance(item, dict):
            source.error(line, "each entry needs word, hong_kong, taiwan, use and note")
            continue
        fields.unknown_keys(source, item, ENTRY_KEYS)
        values = {key: fields.string(source, item, key) for key in ("word", "hong_kong", "taiwan", "use")}
        values["note"] = fields.string(source, item, "note", required=False) or ""
        exceptions = fields.string_list(source, item, "except", required=False) or []
        word = values["word"]
        if word is None or None in values.values():
            continue
        if word in seen:
            source.error(line, f"'{word}' is listed twice")
            continue
        seen.add(word)
        for phrase in exceptions:
            if word not in phrase:
                source.error(fields.line_of(item, "except"), f"the exception '{phrase}' does not contain '{word}'")
        vocabulary.append(MainlandWord(word, values["hong_kong"], values["taiwan"], values["use"], values["note"],
                                       tuple(phrase for phrase in exceptions if word in phrase)))
    return vocabulary


def vocabulary_path(content_dir: Path) -> Path:
    return content_dir / "mainland_vocabulary.yaml"
