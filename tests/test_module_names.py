"""No module binds one top-level name twice: parallel branches each adding a helper or a
pattern of the same name merge cleanly, and the later binding silently replaces the earlier
one for every caller (a partitive's `_WORD_BEFORE` was once read with another pattern)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "factcheck").rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    counts = Counter(_bound_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1]


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\n")
    assert Counter(_bound_names(tree))["A"] == 2
