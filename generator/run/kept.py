"""Results of the link step kept across builds, each keyed on everything it was given.

After one added article, the link step works out again, for every article, what depends
on that article alone: its content words for the corpus dating, the re-reading of an
undated article against the window the corpus gives it (its timexes and its events), and
that window from its nearest dated articles. Each such call is kept under a digest of the
generator's code, of the function's name and of its arguments pickled whole (the whole
article, never a chosen part of it: a function that starts to read another field of its
arguments is still keyed right), and read back while that digest is unchanged.

Equal pickles unpickle to equal arguments, so an entry is never used for other inputs.
The arguments are pickled without the pickler's memo, so that equal arguments give the
same bytes whichever of their parts are shared objects; what could still pickle two
ways (a set's order) would only miss, and be computed again. A call that raises is not kept. The entries live in one file in the
cache folder; a build writes back only those it used (the file does not grow with
removed articles), sealed (`cache.sealed`): a missing, damaged, cut or foreign file is an
empty memo, never unpickled.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..cache import generator_digest, read_sealed, sealed, write_whole

if TYPE_CHECKING:  # imported when a build loads it: the site's process reads canonical_pickle
    from ..dating.word_numbers import WordNumbers

T = TypeVar("T")

FILE_NAME = "link-kept.pickle"
"""In the cache folder, beside the article cache's two-letter folders."""
_FORMAT = 2
"""2: the file `sealed` (1 was a plain pickle, unpickled before its format was checked)."""


class Kept:
    """The entries of the last build (`known`, pickled values by key) and those read or
    computed in this one (`used`): written back by `save`; `words`: the corpus dating's
    numbers for its content words (`dating.word_numbers`, a file of its own)."""

    def __init__(self, known: dict[str, bytes] | None = None, words: WordNumbers | None = None):
        self.known = dict(known or {})
        self.used: dict[str, bytes] = {}
        self.words = words

    def call(self, function: Callable[..., T], *arguments: Any) -> T:
        """`function(*arguments)`, read back when this build or the last one made the
        same call; a result that does not unpickle is computed again."""
        key = _key(function, arguments)
        data = self.used.get(key) or self.known.get(key)
        if data is not None:
            try:
                value = pickle.loads(data)
            except Exception:  # noqa: BLE001 - a damaged entry is only computed again
                value = _MISSING
            if value is not _MISSING:
                self.used[key] = data
                return value
        value = function(*arguments)
        self.used[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return value


class _Missing:
    pass


_MISSING = _Missing()


def through(kept: Kept | None, function: Callable[..., T]) -> Callable[..., T]:
    """`function`, its calls kept in `kept` (None: `function` itself, nothing kept)."""
    if kept is None:
        return function
    return lambda *arguments: kept.call(function, *arguments)


def _key(function: Callable[..., Any], arguments: tuple) -> str:
    digest = hashlib.sha256(generator_digest().encode())
    digest.update(f"\0{function.__module__}.{function.__qualname__}\0".encode())
    digest.update(canonical_pickle(arguments))
    return digest.hexdigest()


def canonical_pickle(value: Any) -> bytes:
    """`value` pickled without the pickler's memo: every object written out where it
    occurs, so the bytes depend on the value alone, not on which of its parts happen to
    be one shared object (an article read back from the cache shares fewer than a fresh
    one). For values that do not contain themselves (frozen dataclasses of strings,
    numbers, tuples and dicts)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo
    pickler.dump(value)
    return buffer.getvalue()


def load(folder: Path | None) -> Kept | None:
    """The memo kept in the cache `folder` (None: no cache, nothing kept)."""
    if folder is None:
        return None
    from ..dating import word_numbers

    words = word_numbers.load(folder)
    entries = read_sealed(folder / FILE_NAME, _header())  # missing or damaged: empty
    if isinstance(entries, dict):
        return Kept(entries, words)
    return Kept(words=words)


def save(folder: Path | None, kept: Kept | None) -> None:
    """Write the entries this build used, whole or not at all (a memo that cannot be
    written only costs time next build)."""
    if folder is None or kept is None:
        return
    from ..dating import word_numbers

    word_numbers.save(folder, kept.words)
    entries = dict(sorted(kept.used.items()))
    write_whole(folder / FILE_NAME, sealed(_header(), pickle.dumps(entries, protocol=5)))


def _header() -> bytes:
    """What the file starts with (`cache.sealed`): its format and the generator's digest
    (a file of another generator or format, damaged or cut, is never unpickled)."""
    return f"briefing link-kept {_FORMAT} {generator_digest()}\n".encode()
