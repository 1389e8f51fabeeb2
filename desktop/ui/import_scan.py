"""A quicker answer to the question PySide asks of every module imported after it.

PySide decides, the first time any module's name passes through an ``import`` statement, whether that module uses
PySide (so that ``from __feature__ import ...`` can apply to it): it reads the module's whole source through
``inspect.getsource`` and looks for the word "PySide6". Through ``inspect`` that means detecting the encoding,
filling the line cache (where every source read stays in memory) and joining the lines again, for each of some
fifty modules Qiao's first screen imports, large standard ones among them (``typing``, ``datetime``, ``enum``):
about one instruction in a hundred of a start, and a megabyte of memory.

The same answer comes sooner from what is known: Python's own library never uses PySide; and for other modules,
from the file's bytes: a ``.py`` file's source is its bytes, and "PySide6" is ASCII, which every encoding Python
reads source in keeps as it is. Modules without a readable ``.py`` file are left to PySide's own check. Where
PySide no longer has this check (a newer version), nothing is changed.
"""

from __future__ import annotations

import sys


def install() -> bool:
    """Gives PySide's check the quicker reading; True if it did (False when already done, or PySide has none)."""
    import PySide6  # noqa: F401 - loading PySide sets its check up

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "reads_bytes", False):
        return False

    def uses_pyside(module) -> bool:
        if module.__name__.partition(".")[0] in sys.stdlib_module_names:
            return False  # Python's own library never uses PySide
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    uses_pyside.reads_bytes = True
    uses_pyside.pysides_own = check
    feature._mod_uses_pyside = uses_pyside
    return True
