"""The last build's actor resolution, kept: an added article is resolved against it
(`resolve_added`) instead of the whole corpus again.

Kept in a sealed file of the cache folder with the generator's digest (`cache.sealed`);
a missing, damaged or foreign file is an empty memo (the whole corpus is resolved, as on a
first build), and a build writes back only its own resolution (none for a curated
corpus, which is always resolved whole). A resolution made from the last one by an added
article is written as its difference from the resolution in that file (`resolve_delta`),
in a second file sealed with the first one's checksum, and whole again once the
difference passes a quarter of it: pickling it whole was 0.2 CPU s a build at 2,600
articles. A second file that is damaged, or was written against another first one, is an
empty memo too.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from ..cache import generator_digest, read_sealed, sealed, unsealed, write_whole
from .resolve_delta import applied, difference
from .resolve_state import Resolution

FILE_NAME = "actor-resolution.pickle"
"""In the cache folder, beside the link step's other memos."""
ADDED_NAME = "actor-resolution-added.pickle"
"""The newest resolution's difference from the one in `FILE_NAME`."""
_FORMAT = 1
WHOLE_FROM = 0.25
"""A difference this share of the whole file's size or more: the resolution written whole."""


class ActorMemo:
    """The last build's resolution (`known`) and this build's (`state`, written back by
    `save`; None: nothing to keep); `added`: whether this build's was made from the last."""

    def __init__(
        self, known: Resolution | None = None, base: tuple[Resolution, bytes, int] | None = None
    ):
        self.known = known
        self.state: Resolution | None = None
        self.added = False
        self.base = base
        """The resolution in the whole file, its checksum and the file's size (None: none
        read); `known` is it with the difference in the second file made."""


def load(folder: Path | None) -> ActorMemo | None:
    """The memo kept in the cache `folder` (None: no cache, nothing kept); empty when a
    file is missing, damaged or another generator's."""
    if folder is None:
        return None
    try:
        data = (folder / FILE_NAME).read_bytes()
        payload = unsealed(data, _header())
        if payload is not None:
            base = pickle.loads(payload)
            if isinstance(base, Resolution):
                checksum = data[len(_header()) : len(_header()) + 32]
                known = _with_added(folder, base, checksum)
                if known is not None:
                    return ActorMemo(known, (base, checksum, len(data)))
    except Exception:  # noqa: BLE001 - a missing or damaged memo is an empty one
        pass
    return ActorMemo()


def _with_added(folder: Path, base: Resolution, checksum: bytes) -> Resolution | None:
    """`base` with the second file's difference made; `base` when there is none, None when
    it is damaged or was written against another whole file."""
    path = folder / ADDED_NAME
    if not path.exists():
        return base
    added = read_sealed(path, _added_header(checksum))
    return None if added is None else applied(base, added)


def save(folder: Path | None, memo: ActorMemo | None) -> None:
    """Write this build's resolution (a memo that cannot be written only costs time next
    build): its difference from the whole file's when it was made from the last one, and
    that difference is small; else whole. With none to keep, the files are removed."""
    if folder is None or memo is None:
        return
    if memo.state is None:
        (folder / FILE_NAME).unlink(missing_ok=True)
        (folder / ADDED_NAME).unlink(missing_ok=True)
        return
    if memo.added and memo.base is not None:
        base, checksum, size = memo.base
        payload = pickle.dumps(difference(base, memo.state), protocol=pickle.HIGHEST_PROTOCOL)
        if len(payload) < WHOLE_FROM * size:
            write_whole(folder / ADDED_NAME, sealed(_added_header(checksum), payload))
            return
    payload = pickle.dumps(memo.state, protocol=pickle.HIGHEST_PROTOCOL)
    write_whole(folder / FILE_NAME, sealed(_header(), payload))
    (folder / ADDED_NAME).unlink(missing_ok=True)


def _header() -> bytes:
    """What the file starts with (`cache.sealed`): its format and the generator's digest."""
    return f"briefing actor-resolution {_FORMAT} {generator_digest()}\n".encode()


def _added_header(checksum: bytes) -> bytes:
    """The second file's: the whole file's `_header` and the checksum it was sealed with."""
    return _header() + f"added to {checksum.hex()}\n".encode()
