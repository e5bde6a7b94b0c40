"""Language data: each language's words live as files under `lang/<code>/`, read once here.

spaCy keeps a language's vocabulary under `lang/<code>/`, HeidelTime its patterns and
normalisations as resource files per language; the stages build their regular expressions
from these tables in code, so a word is written in one place only and a language's
knowledge can be read (and added) as data.
"""

from __future__ import annotations

import configparser
import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any


def read_text(code: str, name: str) -> str:
    """The text of `lang/<code>/<name>`, shipped as package data."""
    return resources.files(__name__).joinpath(code, name).read_text(encoding="utf-8")


@functools.cache
def load(code: str, name: str) -> Any:
    """The table `lang/<code>/<name>`, read and parsed once (see `parse`).

    Callers must not mutate what they get: it is shared.
    """
    return parse(name, read_text(code, name))


@functools.cache
def load_optional(code: str, name: str) -> Any:
    """The table `lang/<code>/<name>` as `load` reads it, or an empty tuple when that
    language has no such file (a list only some languages have)."""
    if not resources.files(__name__).joinpath(code, name).is_file():
        return ()
    return load(code, name)


@functools.cache
def json_table(code: str, name: str) -> Any:
    """A JSON table of language `code`, parsed once."""
    return load(code, name)


@functools.cache
def ini_table(code: str, name: str) -> dict[str, dict[str, str]]:
    """An INI resource of language `code` as {section: {option: value}}, parsed once."""
    return load(code, name)


def parse(name: str, text: str) -> Any:
    """A table's text parsed by the extension of its file `name`.

    `.json`: the parsed value; `.ini`: {section: {option: value}}, sections in file order,
    an option's continuation lines joined without spaces (for regexes); `.txt`: a tuple of
    its lines, stripped; `.tsv`: a tuple of rows (tuples of tab-separated fields). Blank
    lines and `#` comments are skipped in `.txt` and `.tsv`.
    """
    if name.endswith(".json"):
        return json.loads(text)
    if name.endswith(".ini"):
        return _ini(name, text)
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    if name.endswith(".txt"):
        return tuple(line.strip() for line in lines)
    if name.endswith(".tsv"):
        return tuple(tuple(line.split("\t")) for line in lines)
    raise ValueError(f"{name}: unknown table format (expected .json, .ini, .txt or .tsv)")


def _ini(name: str, text: str) -> dict[str, dict[str, str]]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text, source=name)
    return {
        section: {key: "".join(value.split("\n")) for key, value in parser[section].items()}
        for section in parser.sections()
    }


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of the literal `words`, in their order (the first
    that matches wins): how a word list from these tables becomes a pattern."""
    return "|".join(re.escape(word) for word in words)
