"""Every package the generator imports is declared, so a plain `pip install` gets it."""

import ast
import re
import sys
import tomllib
from importlib import metadata

from .conftest import ROOT


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project.get("optional-dependencies", {})
    specs = [
        *project["dependencies"],
        *(s for name, e in extras.items() if name != "test" for s in e),
    ]
    return {normalise(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0]) for spec in specs}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules() -> set[str]:
    """Top-level names of absolute imports and `resources.files("pkg")` in generator/."""
    names = set()
    for path in (ROOT / "generator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", None) == "files"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"__future__", "generator"}


def test_every_imported_package_is_declared():
    owners = metadata.packages_distributions()
    missing = {}
    for module in sorted(imported_modules()):
        distributions = {normalise(d) for d in owners.get(module, [module])}
        if not distributions & declared():
            missing[module] = sorted(distributions)
    assert missing == {}


def test_justexts_html_cleaner_is_declared_and_importable():
    # lxml >= 5.2 keeps lxml.html.clean in a separate package; the pip that Python 3.11
    # ships ignores jusText's `lxml[html_clean]`, so it must be declared by name.
    assert "lxml-html-clean" in declared()
    import lxml.html.clean  # noqa: F401 - the import jusText makes
