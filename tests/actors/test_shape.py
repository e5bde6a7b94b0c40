"""The actors package keeps its shape: small modules, short functions, no private imports,
no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

from generator import actors

PACKAGE = Path(actors.__file__).parent
MODULES = {path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.glob("*.py")}


def _local_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1]


def test_modules_are_small_and_functions_short():
    long_modules = [
        name
        for name, path in ((p.stem, p) for p in PACKAGE.glob("*.py"))
        if len(path.read_text(encoding="utf-8").splitlines()) > 450
    ]
    long_functions = [
        (name, node.name, node.end_lineno - node.lineno + 1)
        for name, tree in MODULES.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long_modules == [] and long_functions == []


def test_no_module_imports_another_modules_private_names():
    private = [
        (name, alias.name)
        for name, tree in MODULES.items()
        for node in _local_imports(tree)
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


def test_the_package_has_no_import_cycle():
    graph = {
        name: {node.module for node in _local_imports(tree) if node.module in MODULES}
        for name, tree in MODULES.items()
        if name != "__init__"
    }
    state: dict[str, str] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert state.get(name) != "open", " -> ".join((*path, name))
        if state.get(name) == "done":
            return
        state[name] = "open"
        for other in sorted(graph[name]):
            visit(other, (*path, name))
        state[name] = "done"

    for name in sorted(graph):
        visit(name, ())
    assert "recognise" in graph["local"] and graph["words"] == set()
