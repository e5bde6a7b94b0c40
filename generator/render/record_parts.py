"""The findings' kept parts (findings/parts.py), beside the render record, in two files.

The parts are most of what the render keeps (at 2,600 articles 15 of its 17 MB: each
article's candidate sentences, their prints, its statements, the sources' words), yet one
added article adds a few entries and drops none of the others. Pickled again whole on
every build, they were most of the swap step's saving of the record. So they are kept in
two files: `render-parts.pickle`, written whole now and then, and `render-parts-added.pickle`,
the entries found since. A build that finds no new entry writes neither; one that finds
some writes only the second; both are written again (the first with exactly the entries
used, the second emptied) when the second has grown, or the entries no longer used have
become, more than a quarter of the first.

An entry is named by a digest of everything it reads and of the generator, so an entry of
either file is right wherever it is read from: the two files need not be of one build. Each
is sealed (cache.sealed: a header naming the generator, a checksum); a damaged, cut or
foreign file is ignored, and its entries are only found again.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from pathlib import Path

from ..cache import generator_digest, read_sealed, sealed, write_whole
from ..run.processes import collector_paused

PARTS_VERSION = 1
BASE, ADDED = "render-parts.pickle", "render-parts-added.pickle"
"""The two files (in the render record's folder); an entry's layer is its file's name."""
COMPACT_SHARE = 0.25
"""Added or unused entries, as a share of the first file's, from which both are rewritten."""


def _header(layer: str) -> bytes:
    return f"briefing {layer} {PARTS_VERSION} {generator_digest()}\n".encode()


def _read(path: Path, layer: str) -> dict[str, object]:
    with collector_paused():  # hundreds of thousands of small objects, no cycles
        entries = read_sealed(path, _header(layer))  # missing, damaged or foreign: None
    ok = isinstance(entries, dict) and all(isinstance(name, str) for name in entries)
    return entries if ok else {}


def load(folder: Path) -> dict[str, tuple[object, str]]:
    """Every kept entry: name → (value, the layer it was read from); an entry of the
    added file wins over one of the same name in the first (they are equal anyway)."""
    found: dict[str, tuple[object, str]] = {}
    for layer in (BASE, ADDED):
        found.update((name, (value, layer)) for name, value in _read(folder / layer, layer).items())
    return found


def writes(
    used: Mapping[str, object], layers: Mapping[str, str]
) -> dict[str, dict[str, object] | None]:
    """What to write: {layer: its entries, sorted by name (None: remove the file)}, for the
    entries `used` by this build, those read last time being in `layers` (name → layer)."""
    base = sum(1 for layer in layers.values() if layer == BASE)
    new = [name for name in used if name not in layers]
    added = [name for name, layer in layers.items() if layer == ADDED and name in used]
    unused = sum(1 for name in layers if name not in used)
    if not base or max(unused, len(added) + len(new)) > COMPACT_SHARE * base:
        return {BASE: dict(sorted(used.items())), ADDED: None}
    if not new:
        return {}
    return {ADDED: {name: used[name] for name in sorted([*added, *new])}}


def save(folder: Path, used: Mapping[str, object], layers: Mapping[str, str]) -> None:
    """Write what `writes` says, each file whole (the first before the second is removed:
    a build stopped between them leaves entries that are still right)."""
    for layer, entries in writes(used, layers).items():
        if entries is None:
            (folder / layer).unlink(missing_ok=True)
            continue
        payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        write_whole(folder / layer, sealed(_header(layer), payload))
