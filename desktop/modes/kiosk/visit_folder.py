"""A folder of the visit's own for anything a library insists on writing, deleted when the visitor is forgotten.

Qiao itself writes nothing on a kiosk. Libraries under it may: the on-screen keyboard keeps learned words, Qt keeps
settings, fontconfig and the Chinese word splitter keep caches. At start the kiosk points the XDG folders (config,
cache, data, state) and the temporary folder at a
fresh folder in the session's runtime folder (memory, under systemd), or else the temporary folder; each reset
deletes it and makes a new one, and so does leaving the kiosk. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import MutableMapping
from pathlib import Path

XDG_FOLDERS = {"XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache", "XDG_DATA_HOME": "data",
               "XDG_STATE_HOME": "state", "TMPDIR": "tmp"}
PREFIX = "qiao-visit-"


def _base(environ: MutableMapping[str, str]) -> str | None:
    runtime = environ.get("XDG_RUNTIME_DIR")
    return runtime if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK) else None


class VisitFolder:
    """Owns the current visit's folder and the XDG variables that point into it."""

    def __init__(self, environ: MutableMapping[str, str] = os.environ) -> None:
        self._environ = environ
        self._base = _base(environ) or tempfile.gettempdir()  # before TMPDIR points into a visit
        self.path: Path | None = None

    def begin(self) -> Path:
        """A new, empty folder for the next visit (the last one is deleted first)."""
        self.end()
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self._base))
        for variable, name in XDG_FOLDERS.items():
            folder = self.path / name
            folder.mkdir(mode=0o700)
            self._environ[variable] = str(folder)
        tempfile.tempdir = str(self.path / "tmp")  # Python's own temporary files, too
        return self.path

    def end(self) -> None:
        """Deletes the visit's folder and everything in it."""
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None

    def keyboard_data(self) -> Path | None:
        """Where the on-screen keyboard keeps learned words during this visit."""
        return self.path / "config" / "qtvirtualkeyboard" if self.path is not None else None
