"""What each text article's blocks are, kept across builds by the digest of its text.

Every build finds the corpus's repeated blocks (clean/duplicates.py) and, for each text
article's cache key, the repeated blocks it can see (run/repeats_seen.py). Both split every
text article into blocks, and the second also describes them (its language guessed, which
loads py3langid's model): 1.5 CPU seconds at 1,077 text articles, spent again for one added
article. Both are functions of the text alone, so they are kept in one file in the cache
folder under the text's digest and the generator's digest (the code that splits may change).
The file carries a checksum of its contents: a missing, damaged or foreign file is an empty
memo, whose entries are then computed, never read wrong. A build writes back the entries it
used, and only when they differ from the file's.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..cache import read_sealed, sealed
from ..clean.blocks import split_blocks
from ..clean.duplicates import piece_keys
from ..clean.inline import normalize_chars
from ..deferred import text_digest
from ..models import RawArticle
from .repeats_seen import classified_split

FILE_NAME = "text-blocks.pickle"
"""In the cache folder, beside the article cache."""
_FORMAT = b"text-blocks 1\0"


@dataclass(frozen=True)
class TextBlocks:
    """One text's block keys: those the corpus's repeats are found among
    (`duplicates.file_block_keys`), and those its cleaning classifies (`repeats_seen`)."""

    file_keys: frozenset[str]
    classified: frozenset[str] | None
    """None: the blocks could not be described (then every repeated block counts as seen)."""


def text_blocks(text: str) -> TextBlocks:
    """A text's `TextBlocks`, computed: the text normalised and split once for both (each
    key set did both for itself, a quarter of the work)."""
    normal = normalize_chars(text)
    pieces = split_blocks(normal)
    return TextBlocks(piece_keys(pieces), classified_split(normal, pieces))


class BlockMemo:
    """The entries of the last build (`known`, by text digest) and those read or computed
    in this one, here or elsewhere (`used`): written back by `save`. Each text is hashed
    once however often it is asked for (`digests`): a first build asked for every text's
    digest three times (which texts are unknown, twice, then each text's blocks)."""

    def __init__(
        self,
        known: dict[str, TextBlocks] | None = None,
        compute: Callable[[str], TextBlocks] = text_blocks,
    ):
        self.known = dict(known or {})
        self.used: dict[str, TextBlocks] = {}
        self.compute = compute
        self.digests: dict[str, str] = {}
        """Each text asked for → its `text_digest` (the text is held by its article)."""

    def digest(self, text: str) -> str:
        found = self.digests.get(text)
        if found is None:
            found = self.digests[text] = text_digest(text)
        return found

    def of(self, raw: RawArticle) -> TextBlocks:
        """The article's `TextBlocks`, read back when its text was seen before."""
        digest = self.digest(raw.text)
        found = self.used.get(digest) or self.known.get(digest)
        if found is None:
            found = self.compute(raw.text)
        self.used[digest] = found
        return found

    def unknown(self, raws: Sequence[RawArticle]) -> list[RawArticle]:
        """The articles whose `TextBlocks` `of` would compute (each text once)."""
        out: dict[str, RawArticle] = {}
        for raw in raws:
            digest = self.digest(raw.text)
            if digest not in self.used and digest not in self.known:
                out.setdefault(digest, raw)
        return list(out.values())

    def add(self, raws: Sequence[RawArticle], found: Sequence[TextBlocks]) -> None:
        """The `TextBlocks` of `raws`, computed elsewhere."""
        for raw, blocks in zip(raws, found, strict=True):
            self.used[self.digest(raw.text)] = blocks


def _header(generator: str) -> bytes:
    """What a memo file starts with: its format and the digest of the generator that wrote it."""
    return _FORMAT + generator.encode() + b"\0"


_SAME = "="
"""Stored for `classified` when it is `file_keys` (most texts): the file is half as large."""


def _stored(blocks: TextBlocks) -> tuple[list[str], list[str] | str | None]:
    classified = blocks.classified
    if classified is not None:
        classified = _SAME if classified == blocks.file_keys else sorted(classified)
    return sorted(blocks.file_keys), classified


def _entry(keys: list[str], classified: list[str] | str | None) -> TextBlocks:
    file_keys = frozenset(keys)
    if classified is None:
        return TextBlocks(file_keys, None)
    return TextBlocks(file_keys, file_keys if classified == _SAME else frozenset(classified))


def load(folder: Path | None, generator: str) -> BlockMemo:
    """The memo kept in the cache `folder` by the generator of digest `generator` (an empty
    one when there is no folder or no file, or it is damaged or another generator's)."""
    if folder is None:
        return BlockMemo()
    entries = read_sealed(folder / FILE_NAME, _header(generator))
    try:
        return BlockMemo({digest: _entry(*stored) for digest, stored in entries.items()})
    except Exception:  # noqa: BLE001 - a missing or damaged memo is an empty one
        return BlockMemo()


def save(
    folder: Path | None, memo: BlockMemo, generator: str, write: Callable[[Path, bytes], None]
) -> None:
    """Keep the entries this build used, sorted, with `write` (`cache.write_whole`); nothing
    is written when they are the kept ones."""
    if folder is None or memo.used == memo.known:
        return
    entries = {digest: _stored(blocks) for digest, blocks in sorted(memo.used.items())}
    payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
    write(folder / FILE_NAME, sealed(_header(generator), payload))
