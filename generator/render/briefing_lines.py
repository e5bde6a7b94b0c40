"""briefing.json's articles and actors, each item's line read back from the last build's file.

`briefing.json` is written whole on every build, one list item per line
(`chunked.json_chunks`), and after one added article nearly every article's and actor's line
is the one the last build wrote. Their JSON is made from a few Python dicts per item, and
the render's keys (render/reuse.py) already digest what each line reads: an article's line
its article and page (the article's digest in `_Shown`), an actor's line its actor but its
salience and its page (the actor's unit key), and the salience it shows. So the record
keeps each list's line keys in file order, under `UNIT`, with the file's digest and stat
signature; the next render reads the file back while its signature is still the recorded
one (written by no one else since), and an item whose key is unchanged gets its line from
there instead of being made again. A line is the text `json_chunks` wrote for the item, so
the file is the same bytes as one made whole.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from ..models import Briefing
from .record import Unit, signature

PAGE = "data/briefing.json"
UNIT = f"lines\0{PAGE}"
"""The record's entry for the line keys (its key: {list name: keys in file order})."""
LISTS = ("articles", "actors")

Lines = Mapping[str, Sequence["Serialised | None"]]
"""For each list of `LISTS`, each item's line kept from the last build (None: made anew)."""


Positions = dict[str, bytes]
"""For each list, an array of ints (`array("i")`, as bytes: small to send to a worker):
each item's line number in the last file, -1 for none."""


class Serialised(str):
    """An item's JSON text as `json_chunks` writes it: written as it is."""


def line_keys(
    briefing: Briefing,
    articles: Mapping[str, tuple[str, str | None]],
    actors: Mapping[str, str],
) -> dict[str, tuple[str, ...]]:
    """Each list's keys, in file order: an article's digest and page (`articles`: the
    render keys' `_Shown.articles`), an actor's unit key (`actors`: by actor id) and the
    salience its line shows."""
    return {
        "articles": tuple(
            f"{d}\0{page}" for d, page in (articles[a.id] for a in briefing.articles)
        ),
        "actors": tuple(f"{actors[a.id]}\0{round(a.salience, 4)!r}" for a in briefing.actors),
    }


def positions(previous: Mapping[str, Unit], keys: Mapping[str, Sequence[str]]) -> Positions:
    """For each list, where each item (by `keys`, this render's) was in the last file: the
    number of its line there when its key was the same then, else -1; none without a
    record of that file."""
    unit = previous.get(UNIT)
    if unit is None or not isinstance(unit.key, dict):
        return {}
    found: Positions = {}
    for name in LISTS:
        before = unit.key.get(name)
        if isinstance(before, tuple):
            at = {key: number for number, key in enumerate(before)}
            found[name] = array("i", [at.get(key, -1) for key in keys.get(name, ())]).tobytes()
    return found


def kept_lines(previous: Mapping[str, Unit], docs_dir: Path | None, where: Positions) -> Lines:
    """For each list, the lines `where` (`positions`) gives, read from the last file while
    it is unchanged (its recorded stat signature; else none)."""
    unit = previous.get(UNIT)
    if unit is None or docs_dir is None or not where:
        return {}
    path = os.path.join(os.fspath(docs_dir), PAGE)
    recorded = unit.signatures.get(PAGE)
    if recorded is None or signature(path) != recorded:
        return {}
    try:
        with open(path, "rb") as handle:
            written = _item_lines(handle, where.keys())
    except OSError:
        return {}
    found: dict[str, list[Serialised | None]] = {}
    for name, packed in where.items():
        lines, numbers = written.get(name, []), array("i")
        numbers.frombytes(packed)
        if any(number >= len(lines) for number in numbers):
            continue  # not the file the record describes
        found[name] = [
            Serialised(lines[number].decode("utf-8")) if number >= 0 else None for number in numbers
        ]
    return found


def _item_lines(lines: Iterable[bytes], names: Collection[str] = LISTS) -> dict[str, list[bytes]]:
    """Each top-level list's item lines in the `lines` of a file written by `json_chunks`
    (`  "name": [`, then one item per line indented by four, ending with a comma but the
    last), as bytes: only the lines used are decoded (the whole text of a file with one
    character beyond Latin-1 would take four bytes a character), and the file is read line
    by line, never whole. Only the lists `names` are kept."""
    lists: dict[str, list[bytes]] = {}
    current: list[bytes] | None = None
    for line in (raw.removesuffix(b"\n") for raw in lines):
        if current is not None and line.startswith(b"    "):
            current.append(line[4:].removesuffix(b","))
        elif line.startswith(b'  "') and line.endswith(b'": ['):
            name = line[3:-4].decode("utf-8")
            current = lists.setdefault(name, []) if name in names else None
        else:
            current = None
    return lists
