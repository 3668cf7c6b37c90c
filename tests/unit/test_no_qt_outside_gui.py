"""The core stays GUI-free: only cardbox/gui/ may import PySide6 (house style rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import cardbox

PACKAGE = Path(cardbox.__file__).resolve().parent


def qt_imports(path: Path) -> list[int]:
    """Line numbers of `import PySide6…` / `from PySide6… import …` in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "PySide6" for a in node.names):
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            lines.append(node.lineno)
    return lines


def test_nothing_outside_gui_imports_pyside6() -> None:
    offenders = []
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        checked += 1
        offenders += [f"{relative}:{line}" for line in qt_imports(path)]
    assert checked > 10  # the walk really saw the core
    assert offenders == []


def test_the_checker_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "leak.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\nimport PySide6.QtGui as g\n")
    assert qt_imports(sample) == [2, 3]
