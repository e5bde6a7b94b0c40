"""The generator keeps its shape: small modules, short functions, no private imports, no
import cycle, across every package. The rules are checked on planted violations too."""

from __future__ import annotations

from pathlib import Path

import generator

from .shape import (
    MAX_FUNCTION_LINES,
    MAX_MODULE_LINES,
    import_cycles,
    import_graph,
    long_functions,
    long_modules,
    private_imports,
)

GENERATOR = Path(generator.__file__).parent


def test_modules_are_small_and_functions_short():
    assert long_modules(GENERATOR) == []
    assert long_functions(GENERATOR) == []


def test_no_module_imports_another_modules_private_names():
    assert private_imports(GENERATOR) == []


def test_the_generator_has_no_import_cycle():
    graph = import_graph(GENERATOR)
    assert import_cycles(graph) == []
    # the graph is really read: relative, package-level and module-level imports all count
    assert "generator.actors.recognise" in graph["generator.actors.local"]
    assert (
        "generator.actors.words" in graph["generator.actors.recognise"]
        or graph["generator.actors.words"] == set()
    )
    assert "generator.clean.from_text" in graph["generator.clean.from_html"]
    assert "generator.findings.history" in graph["generator.build"]
    assert "generator.clean" in graph["generator.pipeline"]


def _plant(root: Path, files: dict[str, str]) -> Path:
    package = root / "planted"
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    return package


def test_the_rules_fail_on_planted_violations(tmp_path):
    long_body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "big.py": "x = 1\n" * (MAX_MODULE_LINES + 1),
            "slow.py": f"def f():\n{long_body}",
            "a.py": "from .b import thing\n",
            "sub/__init__.py": "",
            # a cycle through a lazy import in a function, two levels up and down
            "sub/b.py": "def thing():\n    from ..a import helper\n\n\nfrom ..big import _private\n",
        },
    )
    assert long_modules(package) == [("planted.big", MAX_MODULE_LINES + 1)]
    assert long_functions(package) == [("planted.slow", "f", MAX_FUNCTION_LINES + 1)]
    assert private_imports(package) == [("planted.sub.b", "planted.big", "_private")]
    assert import_cycles(import_graph(package)) == []  # `.b` is no module of `planted`
    (package / "a.py").write_text("from .sub.b import thing\n", encoding="utf-8")
    assert import_cycles(import_graph(package)) == [("planted.a", "planted.sub.b", "planted.a")]


def test_short_functions_and_public_imports_pass(tmp_path):
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES - 1))
    package = _plant(
        tmp_path,
        {
            "__init__.py": "from . import a\n",
            "a.py": f"from . import b\n\n\ndef f():\n{body}",
            "b.py": "from .c import __version__, public\n",
            "c.py": "public = 1\n__version__ = '1'\n",
        },
    )
    assert long_functions(package) == [] and long_modules(package) == []
    assert private_imports(package) == []
    assert import_cycles(import_graph(package)) == []
    assert import_graph(package)["planted.a"] == {"planted.b"}
