"""The render record: what the last render wrote, kept in the cache folder for the next one.

For each unit (render/reuse.py) its key and each page's text digest, and the findings'
kept parts (findings/parts.py) by their entry names. It was JSON, whose parts had to be
strings (statements as base64 pickles inside it): 7.1 MB at 1,300 articles, and loading and
dumping it was a measurable part of an incremental render. It is now one pickle, written
whole, behind a header line and the SHA-256 of the pickle: a torn or damaged record fails
the checksum, a record of another generator (or version) has another header, and either is
ignored (then every page is rendered and every part found again: slower, never different).

Each page also gets a stat signature (inode, size, modification time in ns) taken when the
record is saved, after the docs are in place. The next render takes a kept page whose
signature is unchanged as still what the record says, without reading it back; a page whose
signature differs (edited, replaced, copied) is read and its digest checked, as before.
Writing a file sets its modification time, so only a deliberate reset of the time on a
same-size edit in place would go unseen.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..cache import generator_digest, sealed, unsealed, write_whole
from ..run.processes import collector_paused

RECORD_VERSION = 2
RENDER_RECORD = "render-record.pickle"
"""The record's file name in the cache folder."""

Signature = tuple[int, int, int]
"""(inode, size, modification time in ns) of a page as the record was saved."""


class Unit(NamedTuple):
    """The pages one unit wrote last time: its key and each page's text digest (for a kept
    part of the findings, `key` is the part's data and there are no pages). A named tuple:
    tens of thousands are made from every record loaded, several times faster than a
    frozen dataclass."""

    key: object
    pages: dict[str, str]
    signatures: dict[str, Signature] = {}  # noqa: RUF012 - never mutated
    """Each page's stat signature when the record was saved (a page missing: none)."""


@dataclass(frozen=True)
class Record:
    """A render's record, before it is saved: the units and the docs folder they are in."""

    units: dict[str, tuple[object, dict[str, str]]]
    """name → (key, {page: text digest}), sorted by name."""
    docs_dir: Path | None = None
    """Where the pages are once the docs are in place (their signatures are taken there)."""

    def __bool__(self) -> bool:
        return bool(self.units)


def make(
    keys: Mapping[str, object],
    pages: Mapping[str, list[str]],
    digests: Mapping[str, str],
    docs_dir: Path | None,
) -> Record:
    """The record of this render, sorted (same render, same record); `digests` holds each
    page's text digest. A unit with a page not among them is left out (rendered next time);
    a name without pages (a part of the findings) is kept with its key alone."""
    units = {
        name: (keys[name], {page: digests[page] for page in pages.get(name, ())})
        for name in sorted(keys)
        if all(page in digests for page in pages.get(name, ()))
    }
    return Record(units, docs_dir)


def _header() -> bytes:
    return f"briefing render record {RECORD_VERSION} {generator_digest()}\n".encode()


def signature(path: str | Path) -> Signature | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _signatures(pages: Mapping[str, str], docs_dir: Path | None) -> dict[str, Signature]:
    if docs_dir is None:
        return {}
    folder = os.fspath(docs_dir)  # joined as strings: a Path per page cost more than its stat
    found = {page: signature(os.path.join(folder, page)) for page in pages}
    return {page: s for page, s in found.items() if s is not None}


def encode(record: Record) -> bytes:
    """The record's bytes: header, checksum, pickle (each page's signature taken now)."""
    units = {
        name: (key, pages, _signatures(pages, record.docs_dir))
        for name, (key, pages) in record.units.items()
    }
    payload = pickle.dumps(units, protocol=pickle.HIGHEST_PROTOCOL)
    return sealed(_header(), payload)


def decode(data: bytes) -> dict[str, Unit]:
    """The units of a record's bytes; none when the header, the checksum or the pickle is
    not right (damaged, or written by another generator)."""
    payload = unsealed(data, _header())
    if payload is None:
        return {}
    try:
        with collector_paused():  # hundreds of thousands of small objects, no cycles
            units = pickle.loads(payload)
        return {name: Unit(*unit) for name, unit in units.items()}
    except Exception:  # noqa: BLE001 - a record that passed its checksum but does not load
        return {}


def load(record: Path | None) -> dict[str, Unit]:
    """The last render's units, or none when the record is missing, unreadable, damaged or
    of another generator (then every page is rendered)."""
    if record is None:
        return {}
    try:
        data = record.read_bytes()
    except OSError:
        return {}
    return decode(data)


def save(record: Path, data: Record) -> None:
    """Write the record whole or not at all (a torn record would only mean a full render,
    but a reader should never see one); the pages' signatures are taken now, so save it
    once the docs are in place."""
    write_whole(record, encode(data))
