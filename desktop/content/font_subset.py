"""`qiao fonts subset NotoSansCJK-Regular.ttc NotoSansCJK-Medium.ttc NotoSansCJK-Bold.ttc`: rebuild the bundled
font subsets (maintainers).

Each subset holds every character the app's content and catalogs use, plus the common characters people type:
all of GB2312 for the Simplified face and Big5 level 1 for the Traditional one (both get both, so a visitor
typing either script sees glyphs). Every weight gets exactly the same characters, so a heading never falls back to
another font where body text does not. The family is renamed, as the SIL Open Font Licence requires of a modified
font, and each weight keeps its weight class and style name so that Qt matches 400, 500 and 700 to it. Needs
fontTools (`pip install -e '.[fonts]'`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import paths
from desktop.content.font_files import FACES, WEIGHTS, face_file_name
_EXTRA_RANGES = (
    (0x20, 0x7E), (0xA0, 0x17F), (0x1CD, 0x1DC), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF),
    (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0xFF00, 0xFFEF),
)
# OS/2 fsSelection bits and head.macStyle bits that say "regular" and "bold" to style-linking systems.
_FS_REGULAR, _FS_BOLD, _FS_KEEP = 0x40, 0x20, 0x0380  # keep USE_TYPO_METRICS, WWS, OBLIQUE
_MAC_BOLD = 0x01


class SubsetError(RuntimeError):
    pass


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


def style_names(family: str, style: str) -> dict[int, str]:
    """The name-table entries of one weight of a family.

    Regular and Bold form the family's style-linked pair under its own name; Medium, like Noto's own, carries
    its weight in the legacy family name (ID 1) and names the shared family in the typographic entries (16, 17),
    which Qt, fontconfig, DirectWrite and Core Text group by.
    """
    postscript = f"{family.replace(' ', '')}-{style}"
    names = {3: f"{postscript};qiao-subset", 4: f"{family} {style}", 6: postscript}
    if style in ("Regular", "Bold"):
        names.update({1: family, 2: style})
    else:
        names.update({1: f"{family} {style}", 2: "Regular", 16: family, 17: style})
    return names


def _rename(font, family: str, style: str) -> None:
    table = font["name"]
    names = style_names(family, style)
    replaced = {1, 2, 3, 4, 6, 16, 17}
    languages = sorted({(record.platformID, record.platEncID, record.langID)
                        for record in table.names if record.nameID in (1, 4)})
    table.names = [record for record in table.names if record.nameID not in replaced]
    for platform, encoding, language in languages:
        for name_id, text in names.items():
            # The unique ID (3) and PostScript name (6) are not localised.
            if name_id in (3, 6) and language != 0x409:
                continue
            table.setName(text, name_id, platform, encoding, language)
    if "CFF " in font:
        cff = font["CFF "].cff
        old = cff.fontNames[0]
        cff.fontNames = [names[6]]
        top = cff.topDictIndex[0]
        top.FamilyName, top.FullName, top.Weight = family, f"{family} {style}", style
        # The CID font's sub-fonts are named after the original ("NotoSansCJKjp-Bold-Ideographs").
        for sub_font in getattr(top, "FDArray", []) or []:
            name = getattr(sub_font, "FontName", "") or ""
            sub_font.FontName = names[6] + name[len(old):] if name.startswith(old) else names[6]


def _set_weight(font, weight: int) -> None:
    os2, head = font["OS/2"], font["head"]
    os2.usWeightClass = weight
    bold = WEIGHTS[weight] == "Bold"
    os2.fsSelection = (os2.fsSelection & _FS_KEEP) | (_FS_BOLD if bold else _FS_REGULAR if weight == 400 else 0)
    head.macStyle = (head.macStyle & ~_MAC_BOLD) | (_MAC_BOLD if bold else 0)


def source_weight(source: Path) -> int:
    """The weight class of a Noto Sans CJK collection, checked to hold SC and TC at the expected face numbers."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.ttCollection import TTCollection

    try:
        collection = TTCollection(source, lazy=True)
    except Exception as error:  # fontTools raises plain errors on a non-collection
        raise SubsetError(f"{source}: not a font collection (.ttc): {error}") from None
    with collection:
        if len(collection.fonts) <= max(FACES.values()):
            raise SubsetError(f"{source}: has {len(collection.fonts)} faces; expected Noto Sans CJK's")
        for variant, face in FACES.items():
            family = TTFont(source, fontNumber=face, lazy=True)["name"].getDebugName(1) or ""
            if not family.startswith("Noto Sans CJK") or variant not in family.split():
                raise SubsetError(f"{source}: face {face} is {family!r}, not Noto Sans CJK {variant}")
        weight = TTFont(source, fontNumber=FACES["SC"], lazy=True)["OS/2"].usWeightClass
    if weight not in WEIGHTS:
        shipped = ", ".join(f"{name} ({value})" for value, name in WEIGHTS.items())
        raise SubsetError(f"{source}: weight {weight} is not one Qiao ships ({shipped})")
    return weight


def subset_face(source: Path, face: int, family: str, weight: int, characters: set[str], target: Path) -> int:
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
    _rename(font, family, WEIGHTS[weight])
    _set_weight(font, weight)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return len(font.getBestCmap())


def run_subset(sources: list[Path]) -> int:
    """Subsets each given collection (one per weight) into the SC and TC faces of that weight."""
    if paths.source_checkout() is None:
        print("qiao: fonts subset rewrites the bundled fonts only in a clone of Qiao's repository", file=sys.stderr)
        return 2
    by_weight: dict[int, Path] = {}
    try:
        for source in sources:
            if not source.is_file():
                raise SubsetError(f"no such font file: {source}")
            weight = source_weight(source)
            if weight in by_weight:
                raise SubsetError(f"{source}: {WEIGHTS[weight]} is already given by {by_weight[weight]}")
            by_weight[weight] = source
    except SubsetError as error:
        print(f"qiao: {error}", file=sys.stderr)
        return 2
    try:
        from fontTools.ttLib import TTLibError
    except ImportError:
        print("qiao: fonts subset needs fontTools: pip install -e '.[fonts]'", file=sys.stderr)
        return 2
    characters = common_characters() | app_characters()
    for weight, source in sorted(by_weight.items()):
        for variant, face in FACES.items():
            target = paths.fonts_dir() / face_file_name(variant, WEIGHTS[weight])
            try:
                count = subset_face(source, face, f"Qiao Sans {variant}", weight, characters, target)
            except (TTLibError, IndexError, OSError) as error:  # a damaged font, or a face missing
                print(f"qiao: {source} is not the Noto Sans CJK collection (face {face}): {error}", file=sys.stderr)
                return 1
            print(f"{target.name}: {count} characters, {target.stat().st_size / 1e6:.2f} MB")
    missing = [name for name in WEIGHTS.values() if name not in {WEIGHTS[weight] for weight in by_weight}]
    if missing:
        print(f"qiao: not rebuilt: {', '.join(missing)} (give its .ttc too, so every weight covers the same "
              "characters)", file=sys.stderr)
    return 0
