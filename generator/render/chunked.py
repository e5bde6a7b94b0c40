"""Files made piece by piece: the large exports are written as they are made, never whole.

At 560 articles, making `briefing.json` (19 MB) as one document took 230 MB (the whole
briefing as plain dicts, the items' JSON, then the joined text); made item by item, the
writer holds one item at a time. `Chunks` is such a file; `text` joins it for callers that
want the whole text (tests, `serve`), which is the same text as writing it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .briefing_lines import Serialised
from .common import to_json


@dataclass(frozen=True)
class Chunks:
    """A file's text as the pieces `make` yields (made again at each call)."""

    make: Callable[[], Iterable[str]]

    def text(self) -> str:
        return "".join(self.make())


FileText = str | Chunks
"""What a render part gives for one file."""


def whole(files: Mapping[str, FileText]) -> dict[str, str]:
    """Every file's whole text."""
    return {path: v.text() if isinstance(v, Chunks) else v for path, v in files.items()}


class Hashed:
    """A file's pieces, digested as they pass (a writer consumes them once)."""

    def __init__(self, chunks: Iterable[str]):
        self._chunks = iter(chunks)
        self._digest = hashlib.sha256()

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks:
            self._digest.update(chunk.encode("utf-8", "surrogatepass"))
            yield chunk

    def hexdigest(self) -> str:
        """The digest of the whole text (what was not consumed yet is consumed first)."""
        for _ in self:
            pass
        return self._digest.hexdigest()


_EMPTY = object()


def _item(item: Any) -> str:
    """A list item's JSON: a line kept as written (`briefing_lines.Serialised`) as it is."""
    return item if type(item) is Serialised else to_json(item)


def json_chunks(data: Mapping[str, Any]) -> Iterator[str]:
    """JSON with one top-level key per line and one list item per line (a list may be
    given as an iterator, made item by item).

    Still one valid document, but a rebuild's diff shows which article, actor or event
    changed, and it is written by the fast (C) encoder, item by item.
    """
    yield "{\n"
    for number, (key, value) in enumerate(data.items()):
        lead = f"{',' + chr(10) if number else ''}  {json.dumps(key)}: "
        items = iter(value) if isinstance(value, list | Iterator) else None
        first = next(items, _EMPTY) if items is not None else _EMPTY
        if items is None:
            yield lead + to_json(value)
        elif first is _EMPTY:
            yield lead + to_json([])
        else:
            yield f"{lead}[\n    {_item(first)}"
            for item in items:
                yield ",\n    " + _item(item)
            yield "\n  ]"
    yield "\n}\n"
