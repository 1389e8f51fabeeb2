"""The bundled fonts' variants, weights and file names: what the app loads and `qiao fonts subset` writes."""

# Face numbers inside Noto Sans CJK's .ttc collections (the same in every weight).
FACES = {"SC": 2, "TC": 3}
# The weights Qiao ships, by their OS/2 weight class; each comes from its own .ttc.
WEIGHTS = {400: "Regular", 500: "Medium", 700: "Bold"}


def face_file_name(variant: str, style: str) -> str:
    """`QiaoSansSC-Bold.otf`: the bundled file of one variant and weight."""
    return f"QiaoSans{variant}-{style}.otf"
