"""`qiao fonts subset NotoSansCJK-Regular.ttc`: rebuild the two bundled font subsets (maintainers).

Each subset holds every character the app's content and catalogs use, plus the common characters people type:
all of GB2312 for the Simplified face and Big5 level 1 for the Traditional one (both get both, so a visitor
typing either script sees glyphs). The family is renamed, as the SIL Open Font Licence requires of a modified
font. Needs fontTools (`pip install -e '.[fonts]'`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import paths

# Face numbers inside Noto Sans CJK's .ttc collection.
FACES = {"SC": 2, "TC": 3}
_EXTRA_RANGES = (
    (0x20, 0x7E), (0xA0, 0x17F), (0x1CD, 0x1DC), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF),
    (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0xFF00, 0xFFEF),
)


def _double_byte(codec: str, leads: range, trails: list[range]) -> set[str]:
    characters = set()
    for lead in leads:
        for trail_range in trails:
            for trail in trail_range:
                try:
                    characters.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return characters


def typed_hanzi() -> set[str]:
    """The Chinese characters of GB2312 and Big5 level 1: what people most often type."""
    return {character for character in common_characters() if "\u4e00" <= character <= "\u9fff"}


def common_characters() -> set[str]:
    """GB2312 (6,763 hanzi and symbols) and Big5 level 1 (5,401 frequent Traditional characters) and symbols."""
    gb2312 = _double_byte("gb2312", range(0xA1, 0xF8), [range(0xA1, 0xFF)])
    big5 = _double_byte("big5", range(0xA1, 0xC7), [range(0x40, 0x7F), range(0xA1, 0xFF)])
    extra = {chr(code) for start, end in _EXTRA_RANGES for code in range(start, end + 1)}
    return gb2312 | big5 | extra


def app_characters() -> set[str]:
    """Every character of the content sources (with their Traditional conversion) and the catalogs."""
    from desktop.content.traditional import TraditionalConverter

    converter = TraditionalConverter()
    texts = [path.read_text(encoding="utf-8") for path in sorted(paths.content_sources_dir().rglob("*.yaml"))]
    texts += [converter.convert(text) for text in texts]
    texts += [path.read_text(encoding="utf-8") for path in sorted(paths.translations_dir().rglob("*.po"))]
    return {character for text in texts for character in text if character.isprintable()}


def _rename(font, family: str) -> None:
    postscript = family.replace(" ", "") + "-Regular"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 3:
            record.string = f"{postscript};qiao-subset"
        elif record.nameID == 4:
            record.string = f"{family} Regular"
        elif record.nameID == 6:
            record.string = postscript
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]


def subset_face(source: Path, face: int, family: str, characters: set[str], target: Path) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=face, lazy=False)
    options = subset.Options()
    # No "locl": each face is already the regional one, and its Latin-digit substitutions lose the digits
    # when a PDF is turned back into text.
    options.layout_features = ["kern", "liga", "vert", "vrt2", "halt", "palt"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(character) for character in characters])
    subsetter.subset(font)
    _rename(font, family)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return len(font.getBestCmap())


def run_subset(source: Path) -> int:
    if paths.source_checkout() is None:
        print("qiao: fonts subset rewrites the bundled fonts only in a clone of Qiao's repository", file=sys.stderr)
        return 2
    if not source.is_file():
        print(f"qiao: no such font file: {source}", file=sys.stderr)
        return 2
    try:
        from fontTools.ttLib import TTLibError
    except ImportError:
        print("qiao: fonts subset needs fontTools: pip install -e '.[fonts]'", file=sys.stderr)
        return 2
    characters = common_characters() | app_characters()
    for variant, face in FACES.items():
        target = paths.fonts_dir() / f"QiaoSans{variant}-Regular.otf"
        try:
            count = subset_face(source, face, f"Qiao Sans {variant}", characters, target)
        except (TTLibError, IndexError, OSError) as error:  # not a font, or a collection without that face
            print(f"qiao: {source} is not the Noto Sans CJK collection (face {face}): {error}", file=sys.stderr)
            return 1
        print(f"{target}: {count} characters, {target.stat().st_size / 1e6:.1f} MB")
    return 0
