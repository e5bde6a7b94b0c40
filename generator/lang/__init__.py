"""Language data: each language's words live as files under `lang/<code>/`, read once here.

spaCy keeps a language's vocabulary under `lang/<code>/`, HeidelTime its patterns and
normalisations as resource files per language; the stages build their regexes from these
tables in code, so a word is written in one place only.
"""

from __future__ import annotations

import configparser
import functools
import json
from importlib import resources
from typing import Any


def read_text(code: str, name: str) -> str:
    """The text of `lang/<code>/<name>`, shipped as package data."""
    return resources.files("generator.lang").joinpath(code, name).read_text("utf-8")


@functools.cache
def json_table(code: str, name: str) -> Any:
    """A JSON table of language `code`, parsed once."""
    return json.loads(read_text(code, name))


@functools.cache
def ini_table(code: str, name: str) -> dict[str, dict[str, str]]:
    """An INI resource of language `code` as {section: {option: value}}, sections in file
    order; an option's continuation lines are joined without spaces (for regexes)."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(read_text(code, name), source=f"lang/{code}/{name}")
    return {
        section: {key: "".join(value.split("\n")) for key, value in parser[section].items()}
        for section in parser.sections()
    }


@functools.cache
def load(code: str, name: str) -> Any:
    """`lang/<code>/<name>` read by its ending: JSON (.json), INI (.ini), rows of
    tab-separated fields (.tsv, a tuple of tuples) or lines (.txt, a tuple; blank lines and
    `#` comments skipped). Cached: every table is read once."""
    if name.endswith(".json"):
        return json_table(code, name)
    if name.endswith(".ini"):
        return ini_table(code, name)
    lines = [
        line.rstrip("\n")
        for line in read_text(code, name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if name.endswith(".tsv"):
        return tuple(tuple(line.split("\t")) for line in lines)
    return tuple(lines)
