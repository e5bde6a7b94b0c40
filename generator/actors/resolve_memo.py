"""The last build's actor resolution, kept: an added article is resolved against it
(`resolve_added`) instead of the whole corpus again.

Kept in one sealed file of the cache folder with the generator's digest (`cache.sealed`);
a missing, damaged or foreign file is an empty memo (the whole corpus is resolved, as on a
first build), and a build writes back only its own resolution (none for a curated
corpus, which is always resolved whole).
"""

from __future__ import annotations

import pickle
from pathlib import Path

from ..cache import generator_digest, sealed, unsealed, write_whole
from .resolve_state import Resolution

FILE_NAME = "actor-resolution.pickle"
"""In the cache folder, beside the link step's other memos."""
_FORMAT = 1


class ActorMemo:
    """The last build's resolution (`known`) and this build's (`state`, written back by
    `save`; None: nothing to keep); `added`: whether this build's was made from the last."""

    def __init__(self, known: Resolution | None = None):
        self.known = known
        self.state: Resolution | None = None
        self.added = False


def load(folder: Path | None) -> ActorMemo | None:
    """The memo kept in the cache `folder` (None: no cache, nothing kept); empty when the
    file is missing, damaged or another generator's."""
    if folder is None:
        return None
    try:
        payload = unsealed((folder / FILE_NAME).read_bytes(), _header())
        if payload is not None:
            known = pickle.loads(payload)
            if isinstance(known, Resolution):
                return ActorMemo(known)
    except Exception:  # noqa: BLE001 - a missing or damaged memo is an empty one
        pass
    return ActorMemo()


def save(folder: Path | None, memo: ActorMemo | None) -> None:
    """Write this build's resolution, whole or not at all (a memo that cannot be written
    only costs time next build); with none to keep, the file is removed."""
    if folder is None or memo is None:
        return
    if memo.state is None:
        (folder / FILE_NAME).unlink(missing_ok=True)
        return
    payload = pickle.dumps(memo.state, protocol=pickle.HIGHEST_PROTOCOL)
    write_whole(folder / FILE_NAME, sealed(_header(), payload))


def _header() -> bytes:
    """What the file starts with (`cache.sealed`): its format and the generator's digest."""
    return f"briefing actor-resolution {_FORMAT} {generator_digest()}\n".encode()
