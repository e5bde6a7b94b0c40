"""The shape rules of a package's code, checked from its source: small modules, short
functions, no module importing another's private names, no import cycle. Shared by the
shape test of the whole generator and its tests on planted violations."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60


def modules(root: Path) -> dict[str, Path]:
    """Every module below the package folder `root`, by dotted name (a package by its own)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = (root.name, *path.relative_to(root).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _trees(root: Path) -> dict[str, tuple[Path, ast.Module]]:
    return {
        name: (path, ast.parse(path.read_text(encoding="utf-8")))
        for name, path in modules(root).items()
    }


def long_modules(root: Path) -> list[tuple[str, int]]:
    """Modules over MAX_MODULE_LINES lines, with their length."""
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in modules(root).items()
    }
    return [(name, size) for name, size in sizes.items() if size > MAX_MODULE_LINES]


def long_functions(root: Path) -> list[tuple[str, str, int]]:
    """Functions and methods over MAX_FUNCTION_LINES lines: (module, name, lines)."""
    return [
        (name, node.name, node.end_lineno - node.lineno + 1)
        for name, (_, tree) in _trees(root).items()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def _imports(name: str, path: Path, tree: ast.Module) -> Iterator[tuple[str, str]]:
    """(module imported from, name imported) for every `from ... import` of the module,
    also those inside functions, relative ones resolved to dotted names."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                yield source, alias.name


def private_imports(root: Path) -> list[tuple[str, str, str]]:
    """Private names (one leading underscore) imported from another module of the package:
    (importing module, module imported from, name)."""
    trees = _trees(root)
    return [
        (name, source, imported)
        for name, (path, tree) in trees.items()
        for source, imported in _imports(name, path, tree)
        if source.split(".")[0] == root.name
        and imported.startswith("_")
        and not imported.endswith("__")
    ]


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports (`from pkg import module` names the module)."""
    trees = _trees(root)
    graph: dict[str, set[str]] = {name: set() for name in trees}
    for name, (path, tree) in trees.items():
        for source, imported in _imports(name, path, tree):
            target = f"{source}.{imported}" if f"{source}.{imported}" in trees else source
            if target in trees and target != name:
                graph[name].add(target)
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """One path for each cycle met by a depth-first walk in name order, first name repeated
    at its end."""
    state: dict[str, str] = {}
    cycles: list[tuple[str, ...]] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == "open":
            cycles.append((*path[path.index(name) :], name))
            return
        if state.get(name) == "done":
            return
        state[name] = "open"
        for other in sorted(graph[name]):
            visit(other, (*path, name))
        state[name] = "done"

    for name in sorted(graph):
        visit(name, ())
    return cycles
