"""Per-article cache: unchanged articles are not extracted again.

A result is keyed on everything that decides it: the article's bytes as decoded, its
format and id, the corpus-wide repeated blocks the cleaner uses, the article's
corrections from `briefing.yml`, and the generator itself (a digest of its code and
data files, so any change to the generator invalidates every entry). Entries are
pickles of frozen dataclasses in a folder the generator owns, each `sealed`; a damaged,
cut, foreign or unreadable entry is simply recomputed, never unpickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # at run time only `inputs_digest` needs them: imported there
    from .deferred import Deferred
    from .models import RawArticle

CACHE_DIR_NAME = ".briefing-cache"


DIGESTED_SUFFIXES = frozenset({".py", ".json", ".tsv", ".txt", ".ini", ".yml", ".css"})
"""The files whose change changes what the generator makes: code and its data tables."""


@lru_cache(maxsize=1)
def generator_digest() -> str:
    """A digest of every source and data file of the generator package."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        hidden = any(part.startswith((".", "__pycache__")) for part in path.relative_to(root).parts)
        if hidden or not path.is_file():
            continue
        if path.suffix in DIGESTED_SUFFIXES:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(*parts: Any) -> str:
    """A stable key from the article's inputs (their reprs are deterministic dataclasses)."""
    digest = hashlib.sha256(generator_digest().encode())
    for part in parts:
        digest.update(b"\0" + repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def write_whole(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (a reader never sees a torn file), making its folder;
    a file of the cache folder that cannot be written only costs time next build, so an
    `OSError` is swallowed and the temporary file removed."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def sealed(header: bytes, payload: bytes) -> bytes:
    """A kept file's bytes: `header` (what wrote it), the SHA-256 of header and payload,
    the payload; `unsealed` gives the payload back only when all of it is intact."""
    checksum = hashlib.sha256(header)
    checksum.update(payload)
    return header + checksum.digest() + payload


def unsealed(data: bytes, header: bytes) -> bytes | None:
    """The payload of bytes `sealed` under `header`; None when they were written under
    another header (another generator or format) or are damaged or cut."""
    payload = unsealed_view(data, header)
    return None if payload is None else payload.tobytes()


def unsealed_view(data: bytes, header: bytes) -> memoryview | None:
    """`unsealed`'s payload as a view of `data`, not a copy (a kept table's may be 68 MB)."""
    if not data.startswith(header):
        return None
    view = memoryview(data)
    stored, payload = view[len(header) : len(header) + 32], view[len(header) + 32 :]
    checksum = hashlib.sha256(header)
    checksum.update(payload)
    return payload if checksum.digest() == stored else None


def read_sealed(path: Path, header: bytes) -> Any | None:
    """The object pickled and `sealed` under `header` in `path`; None when the file is
    missing or unreadable, written under another header, damaged, cut, or its pickle does
    not load. Only a sealed payload is ever unpickled, from a view (no copy)."""
    try:
        payload = unsealed_view(path.read_bytes(), header)
        return None if payload is None else pickle.loads(payload)
    except Exception:  # noqa: BLE001 - whatever went wrong, nothing is read
        return None


ENTRY_FORMAT = 1


class ArticleCache:
    """A folder of pickled per-article results, one file per key, each `sealed`.

    The seal is what makes an entry trusted: a plain pickle was read back as it was, so a
    flipped bit in a stored text came back as another letter, silently, on every build
    after, and a pickle someone else put under an entry's name was run. An entry whose
    header, checksum or pickle is not right is computed again, never unpickled."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        return read_sealed(self._path(key), _entry_header())

    def put(self, key: str, value: Any, pickled: bytes | None = None) -> None:
        """Keep `value` under `key`; `pickled`: its pickle when already made (by the worker
        that computed it), written as it is."""
        if pickled is None:
            pickled = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        write_whole(self._path(key), sealed(_entry_header(), pickled))

    def prune(self, keep: set[str]) -> None:
        """Remove entries of articles that are no longer in the corpus (listed with
        `os.scandir`: a pathlib glob made a path object of each of thousands of entries)."""
        if not self.folder.is_dir():
            return
        for shard in os.scandir(self.folder):
            if len(shard.name) != 2 or not shard.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(shard.path):
                stem, suffix = os.path.splitext(entry.name)
                if suffix == ".pickle" and stem not in keep:
                    Path(entry.path).unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _entry_header() -> bytes:
    """What an entry starts with: its format and the generator's digest (`sealed`)."""
    return f"briefing article {ENTRY_FORMAT} {generator_digest()}\n".encode()


def inputs_digest(config_text: bytes, raws: Sequence[RawArticle | Deferred]) -> str:
    """Everything a build depends on: the generator, the configuration, every article.
    (`deferred` imported here: the site's process reads its records through this module
    and needs nothing of reading articles.)"""
    from .deferred import digest_of

    digest = hashlib.sha256(generator_digest().encode() + b"\0" + config_text)
    for raw in raws:
        digest.update(b"\0" + repr((raw.id, raw.source, raw.format, raw.encoding)).encode())
        digest.update(b"\0" + digest_of(raw).encode())
    return digest.hexdigest()


class BuildStamp:
    """What the last complete build was made from, so an unchanged rebuild can stop early.

    Holds the inputs' digest, the digest of the docs folder it wrote, the title, and the
    problem lines it reported (they are reported again, the same way, on a skipped build).
    """

    def __init__(self, folder: Path):
        self.path = folder / "last-build.json"

    def load(self) -> dict[str, Any] | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save(self, record: dict[str, Any]) -> None:
        write_whole(self.path, json.dumps(record, sort_keys=True).encode("utf-8"))

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
