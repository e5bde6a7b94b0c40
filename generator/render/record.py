"""The render record: what the last render wrote, kept in the cache folder for the next one.

For each unit (render/reuse.py) its key and each page's text digest; the findings' kept
parts (findings/parts.py), by their entry names, are kept beside it in files of their own
(record_parts.py), which are rarely written whole. It was JSON, whose parts had to be
strings (statements as base64 pickles inside it): 7.1 MB at 1,300 articles, and loading and
dumping it was a measurable part of an incremental render. It is now one pickle, written
whole, behind a header line and the SHA-256 of the pickle: a torn or damaged record fails
the checksum, a record of another generator (or version) has another header, and either is
ignored (then every page is rendered and every part found again: slower, never different).

Each page also gets a stat signature (inode, size, modification time in ns) when the record
is saved, after the docs are in place. The next render takes a kept page whose signature is
unchanged as still what the record says, without reading it back; a page whose signature
differs (edited, replaced, copied) is read and its digest checked, as before. Writing a file
sets its modification time, so only a deliberate reset of the time on a same-size edit in
place would go unseen. Only the pages written this build are stat'ed when the record is
saved: a page kept with its recorded signature is hard-linked into the new docs (same
inode, size and time), so that signature is carried over (were the link a copy, the next
render would find it changed, read it and sign it again).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..cache import generator_digest, read_sealed, sealed, write_whole
from ..run.processes import collector_paused
from . import record_parts

RECORD_VERSION = 3
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
    layer: str = ""
    """For a part of the findings, the file it was read from (record_parts.py)."""


@dataclass(frozen=True)
class Record:
    """A render's record, before it is saved: the units and the docs folder they are in."""

    units: dict[str, tuple[object, dict[str, str]]]
    """name → (key, {page: text digest}) of the units with pages, sorted by name."""
    docs_dir: Path | None = None
    """Where the pages are once the docs are in place (their signatures are taken there)."""
    signed: dict[str, Signature] = field(default_factory=dict)
    """Signatures already known: of kept pages found with their recorded signature, which
    are linked into the new docs (same inode, size and time), so not taken again."""

    parts: dict[str, object] = field(default_factory=dict)
    """The parts of the findings this render used: name → value (record_parts.py)."""
    layers: dict[str, str] = field(default_factory=dict)
    """Where the parts read last time were kept: name → file (record_parts.py)."""

    def __bool__(self) -> bool:
        return bool(self.units or self.parts)


def make(
    keys: Mapping[str, object],
    pages: Mapping[str, list[str]],
    digests: Mapping[str, str],
    docs_dir: Path | None,
    signed: Mapping[str, Signature] | None = None,
    layers: Mapping[str, str] | None = None,
) -> Record:
    """The record of this render, sorted (same render, same record); `digests` holds each
    page's text digest. A unit with a page not among them is left out (rendered next time);
    a name without pages (a part of the findings) is kept with its key alone, among the
    parts. `signed`: the pages whose signatures are known already (`Record.signed`);
    `layers`: where the parts read were kept (`Record.layers`)."""
    units = {
        name: (keys[name], {page: digests[page] for page in pages[name]})
        for name in sorted(keys)
        if pages.get(name) and all(page in digests for page in pages[name])
    }
    parts = {name: keys[name] for name in sorted(keys) if not pages.get(name)}
    known = {page: signed[page] for page in sorted(signed or ()) if page in digests}
    return Record(units, docs_dir, known, parts, dict(layers or {}))


def _header() -> bytes:
    return f"briefing render record {RECORD_VERSION} {generator_digest()}\n".encode()


def signature(path: str | Path) -> Signature | None:
    """The file's (inode, size, mtime), of a link itself, not of what it leads to."""
    try:
        stat = os.lstat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _signatures(
    pages: Mapping[str, str], docs_dir: Path | None, known: Mapping[str, Signature]
) -> dict[str, Signature]:
    """Each page's signature: known, or taken now (only the pages written this build)."""
    if docs_dir is None:
        return {}
    folder = os.fspath(docs_dir)  # joined as strings: a Path per page cost more than its stat
    found = {p: known.get(p) or signature(os.path.join(folder, p)) for p in pages}
    return {page: s for page, s in found.items() if s is not None}


def encode(record: Record) -> bytes:
    """The record's bytes: header, checksum, pickle (each page's signature taken now)."""
    units = {
        name: (key, pages, _signatures(pages, record.docs_dir, record.signed))
        for name, (key, pages) in record.units.items()
    }
    payload = pickle.dumps(units, protocol=pickle.HIGHEST_PROTOCOL)
    return sealed(_header(), payload)


def _units(record: Path) -> dict[str, Unit]:
    """The units of a record file; none when it is missing or unreadable, or its header,
    checksum or pickle is not right (damaged, or written by another generator)."""
    units = read_sealed(record, _header())
    try:
        return {name: Unit(*unit) for name, unit in units.items()}
    except Exception:  # noqa: BLE001 - a record that passed its checksum but does not load
        return {}


def load(record: Path | None) -> dict[str, Unit]:
    """The last render's units, none when the record is missing, unreadable, damaged or
    of another generator (then every page is rendered); and the findings' parts kept
    beside it (record_parts.py), each with the file it came from."""
    if record is None:
        return {}
    with collector_paused():  # the units and parts are made as they are read: no cycles
        units = _units(record)
        for name, (value, layer) in record_parts.load(record.parent).items():
            units.setdefault(name, Unit(value, {}, {}, layer))
    return units


def save(record: Path, data: Record) -> None:
    """Write the record whole or not at all (a torn record would only mean a full render,
    but a reader should never see one); the pages' signatures are taken now, so save it
    once the docs are in place. The parts are saved beside it as record_parts.py says."""
    write_whole(record, encode(data))
    record_parts.save(record.parent, data.parts, data.layers)
