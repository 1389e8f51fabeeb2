"""The layering rule: core/ and content/ are plain Python; Qt lives in ui/ only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__file__).parent
QT_FREE = ("core", "content")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_content_never_import_qt():
    offenders = []
    for folder in QT_FREE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for name in _imports(path):
                if name.startswith(("PySide6", "shiboken6", "desktop.ui")):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_importing_every_core_and_content_module_loads_no_qt():
    modules = [f"desktop.{folder}.{path.stem}" for folder in QT_FREE
               for path in sorted((PACKAGE / folder).glob("*.py")) if path.stem != "__init__"]
    code = "import sys\n" + "".join(f"import {module}\n" for module in modules) + \
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_modules_stay_small():
    too_long = [f"{path.relative_to(PACKAGE)}: {count} lines" for path in PACKAGE.rglob("*.py")
                if (count := len(path.read_text(encoding="utf-8").splitlines())) > 400]
    assert too_long == []


def test_the_code_passes_the_linter():
    """ruff, configured in pyproject.toml: unused imports, undefined names, long lines, likely bugs."""
    root = PACKAGE.parent
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "desktop", "tests",
                             "benchmarks"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
