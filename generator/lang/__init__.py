"""Language data: each language's words live as files under `lang/<code>/`, read once here.

As spaCy keeps a language's vocabulary under `lang/<code>/`, the stages keep their words
in these files and build their regular expressions from them in code, so that a word is
written in one place only and a language's knowledge can be read (and added) as data.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def load(lang: str, name: str) -> Any:
    """The table `lang/<lang>/<name>`, read and parsed once (see `parse`).

    Callers must not mutate what they get: it is shared.
    """
    text = resources.files(__name__).joinpath(lang, name).read_text(encoding="utf-8")
    return parse(name, text)


def parse(name: str, text: str) -> Any:
    """A table's text parsed by the extension of its file `name`.

    `.json`: the parsed value; `.txt`: a tuple of its lines, stripped; `.tsv`: a tuple of
    rows (tuples of tab-separated fields). Blank lines and `#` comments are skipped in
    `.txt` and `.tsv`.
    """
    if name.endswith(".json"):
        return json.loads(text)
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    if name.endswith(".txt"):
        return tuple(line.strip() for line in lines)
    if name.endswith(".tsv"):
        return tuple(tuple(line.split("\t")) for line in lines)
    raise ValueError(f"{name}: unknown table format (expected .json, .txt or .tsv)")
