"""The record kept beside an incremental site: what each built page gave the rest of it.

`incremental` keeps a page from the previous site when its source is unchanged; what the
whole-site files and the other pages need from it (its share of the search index, its
anchors, its links to other pages' anchors, front matter, whether it lists tags) comes
from this record (`.briefing-pages.pickle` in the site), written by every build and read
by the next under the same site key.

One file, written whole: a header (what it is, the site key, a SHA-256 of the rest) and
a pickle of plain values (tuples, lists, dicts, strings, bytes, numbers) in page order.
Reading it is one `pickle.loads`, several times faster than the JSON it replaces. The
pickle is read with every class lookup refused, so a file put there by someone else can
make no object but plain values; a damaged, foreign or other-key file is not read at all
(every page is then rendered). Written without pickle's memo, so the same records give
the same bytes however their values were shared in memory (a full and an incremental
build write the same file).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from ..cache import sealed, unsealed
from ..run.kept import canonical_pickle
from ..run.processes import collector_paused

RECORD_FORMAT = b"records 3"
"""Part of the site key: records of another layout are not read."""
RECORD_NAME = ".briefing-pages.pickle"
"""Beside the site's pages: what each page contributed to the whole-site files."""
MAGIC = b"briefing page records 3\n"
"""The file's first bytes: anything else is not a record file of this layout."""


@dataclass(frozen=True)
class PageRecord:
    """What one built page gave the rest of the site, keyed by its source digest."""

    digest: str
    search: tuple[dict[str, Any], ...]
    """The search plugin's entries for it, kept only where a plugin we do not know may
    read the plugin's own index (else empty: `index` is all the site needs)."""
    anchors: tuple[str, ...]
    links: dict[str, dict[str, str]]
    """{target page's source path: {anchor: link as written}}."""
    meta: dict[str, Any] | None = None
    """Its front matter, when it holds a title and reads back from JSON as it was: a kept
    page then gives the tags plugin its front matter without its source being read."""
    listing: bool = False
    """Whether its source holds a tags listing (then it is always rendered)."""
    index: tuple[Any, ...] = ()
    """Its entries' shares of the prebuilt search index (`search_index.Prepared`)."""


def site_key(parts: list[bytes]) -> str:
    """Digest of everything site-wide a page's HTML depends on, with the package versions."""
    digest = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "briefing"):
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    digest.update(f"byteorder={sys.byteorder}\0".encode())  # the index's packed weights
    for part in (RECORD_FORMAT, *parts):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


class _PlainValues(pickle.Unpickler):
    """An unpickler that makes plain values only: every class or function lookup fails."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a page record holds {module}.{name}: not read")


def _header(key: str) -> bytes:
    return MAGIC + key.encode("ascii") + b"\n"


_UNREADABLE = (
    OSError,
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    EOFError,
    pickle.UnpicklingError,
)


def load_records(previous: Path | None, key: str) -> dict[str, PageRecord]:
    """The previous site's page records, or none when it was built under another key or
    its record is missing, damaged or of another layout (then every page is rendered).
    Those `preload` read, when the file is still the one it read under this key."""
    if previous is None:
        return {}
    path = previous / RECORD_NAME
    early = _PRELOADED.pop(os.fspath(path), None)
    try:
        if early is not None and early[0] == _signature(path) and early[1] == key:
            return early[2]
        return _parsed((path).read_bytes(), key)
    except _UNREADABLE:
        return {}


def _parsed(data: bytes, key: str) -> dict[str, PageRecord]:
    """The records of a record file's bytes under `key` ({} when not sealed under it)."""
    payload = unsealed(data, _header(key))
    if payload is None:
        return {}
    # plain values make no reference cycles: collections would only walk them again
    with collector_paused():
        pages = _PlainValues(io.BytesIO(payload)).load()
        return {
            uri: PageRecord(digest, search, anchors, links, meta, listing, index)
            for uri, digest, search, anchors, links, meta, listing, index in pages
        }


_PRELOADED: dict[str, tuple[tuple[int, ...], str, dict[str, PageRecord]]] = {}
"""{record file: (its status when read, the key it was sealed under, its records)}."""


def _signature(path: Path) -> tuple[int, ...]:
    """What tells a file replaced or rewritten since (a swapped-in site is a new folder)."""
    status = os.stat(path)
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def preload(site: Path | None) -> None:
    """Read a site's record file ahead of its build, under the key its header names (the
    site step's process does it while the build extracts and links: see site_apart).
    `load_records` then takes them if the file was not replaced since and the key is its
    own; else it reads the file as ever. Nothing when there is no readable file."""
    if site is None:
        return
    path = site / RECORD_NAME
    try:
        before = _signature(path)
        data = path.read_bytes()
        key = data[len(MAGIC) : data.index(b"\n", len(MAGIC))].decode("ascii")
        records = _parsed(data, key)
    except _UNREADABLE:
        return
    if records:
        _PRELOADED[os.fspath(path)] = (before, key, records)


def dump_records(records: dict[str, PageRecord], key: str) -> bytes:
    """The record file, in page path order: the same records give the same bytes."""
    with collector_paused():  # tuples of values already alive: no cycles to find
        pages = [
            (uri, r.digest, r.search, r.anchors, r.links, r.meta, r.listing, r.index)
            for uri, r in sorted(records.items())
        ]
        return sealed(_header(key), canonical_pickle(pages))


def page_meta(page) -> dict[str, Any] | None:
    """A page's front matter as a record keeps it: None when JSON would not give it back
    as it is (a date, say) or it has no title."""
    meta = page.meta
    if not isinstance(meta, dict) or "title" not in meta:
        return None
    try:
        again = json.loads(json.dumps(meta))
    except (TypeError, ValueError):
        return None
    return meta if again == meta else None
