"""The string literals of a package's code, prose left out: what the words-as-data tests
search for vocabulary that should live in `generator/lang/` instead."""

from __future__ import annotations

import ast
from pathlib import Path


def code_strings(source: str) -> list[str]:
    """String literals of a module's source that are not prose. A string standing alone as
    a statement (a docstring, or an attribute's docstring after an assignment) documents
    the code and is left out; the literal parts of f-strings are kept."""
    tree = ast.parse(source)
    prose = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
    ]


def package_strings(package: Path) -> dict[str, list[str]]:
    """`code_strings` of every module of a package folder, by file name, in name order."""
    return {
        path.name: code_strings(path.read_text(encoding="utf-8"))
        for path in sorted(package.glob("*.py"))
    }
