"""Repeats and copies: blocks repeated across the corpus (evidence of furniture), files that
are copies of one article, and paragraphs repeated inside one page (the fuller copy stays,
a pull quote goes). Near-duplicates are found through an index of word 3-grams."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..groups import UnionFind
from ..models import RawArticle
from .blocks import Block, split_blocks
from .inline import WORD_RE, normalize_chars, quick_plain


def normal_key(text: str) -> str:
    """What two blocks must share to count as the same block (case, digits, spacing aside)."""
    return " ".join(WORD_RE.findall(text.lower()))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """Word 3-grams of a block's lower-case words."""
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


def repeated_blocks(raws: Sequence[RawArticle]) -> frozenset[str]:
    """Normalised blocks found in two or more files of the corpus: evidence of furniture.

    A newsletter box or a trailer repeats across one site's pages; a paragraph of an
    article does not (syndicated copies aside, which is why prose is never removed on
    this evidence alone). HTML inputs are skipped.
    """
    return repeated_among({r.id: file_block_keys(r.text) for r in raws if r.format != "html"})


def file_block_keys(text: str) -> frozenset[str]:
    """The normalised keys of one text file's blocks: all `repeated_among` reads of it
    (a function of the text alone, so the build keeps it by the text's digest)."""
    return piece_keys(split_blocks(normalize_chars(text)))


def piece_keys(pieces: Sequence[str]) -> frozenset[str]:
    """`file_block_keys` of a text already split (`split_blocks` of `normalize_chars`)."""
    keys = {normal_key(quick_plain(b)) for b in pieces}
    keys.discard("")
    return frozenset(keys)


def repeated_among(keys_by_file: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """`repeated_blocks` from each text file's `file_block_keys`, by file id in corpus order."""
    seen: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for file_id, keys in keys_by_file.items():
        sizes[file_id] = sum(_prose_weight(key) for key in keys)
        for key in keys:
            seen.setdefault(key, set()).add(file_id)
    group = _copies(seen, sizes)
    return frozenset(
        sorted(k for k, ids in seen.items() if len({group.get(i, i) for i in ids}) >= 2)
    )


def _prose_weight(key: str) -> int:
    """What a block weighs in telling copies apart: its length when it reads like a
    sentence of text (eight words or more), nothing for a menu item or a short label."""
    return len(key) if key.count(" ") >= 7 else 0


def _copies(seen: dict[str, set[str]], sizes: dict[str, int]) -> dict[str, str]:
    """File id → the first id of its group of copies: files sharing over four fifths of the
    smaller one's prose (`_prose_weight`; two pages of one site share menus and teaser
    lists, up to two thirds of it) are one article saved twice, whose shared lines are no
    evidence of furniture: without this both copies of a wire story in short lines lost
    their whole text. (Long paragraphs are never removed on repetition alone anyway.)"""
    shared: Counter[tuple[str, str]] = Counter()
    for key, ids in seen.items():
        if 2 <= len(ids) <= 20:  # a block in many files is furniture whatever else they share
            ordered = sorted(ids)
            for x, a in enumerate(ordered):
                for b in ordered[x + 1 :]:
                    shared[(a, b)] += _prose_weight(key)
    groups: UnionFind[str] = UnionFind()
    for (a, b), count in sorted(shared.items()):
        if count and count > 0.8 * min(sizes[a], sizes[b]):
            groups.union(a, b)
    return {i: groups.find(i) for i in list(groups.parent)}


def _prose(block: Block) -> bool:
    return block.words >= 12 and block.stop >= 0.25 and block.sentences >= 1


def _adjacent(kept: list[Block], a: Block, b: Block) -> bool:
    """No kept block between the two."""
    return not any(a.index < k.index < b.index for k in kept)


def _shared_shingles(prints: list[set[tuple[str, ...]]]) -> dict[int, dict[int, int]]:
    """For each pair of blocks x < y that share shingles: how many (`{x: {y: n}}`).

    One pass over the shingles with an index of who holds each, so the cost follows the
    overlap between blocks, not the square of their number. A shingle held by hundreds of
    blocks (a repeated comment form) pairs each holder with the next 100 only.
    """
    first: dict[tuple[str, ...], int] = {}
    holders: dict[tuple[str, ...], list[int]] = {}
    for y, shingles in enumerate(prints):
        for shingle in shingles:
            x = first.setdefault(shingle, y)
            if x != y:
                holders.setdefault(shingle, [x]).append(y)
    pairs: dict[int, dict[int, int]] = {}
    for held in holders.values():
        for i, x in enumerate(held):
            row = pairs.setdefault(x, {})
            for y in held[i + 1 : i + 101]:
                row[y] = row.get(y, 0) + 1
    return pairs


def deduplicate(
    kept: list[Block], header_end: int
) -> tuple[list[Block], list[tuple[int, str, str, int | None]]]:
    """Keep one copy of repeated paragraphs (the fuller) and drop pull quotes.

    Returns the survivors and, for each block that goes, (its index, its text, the
    reason, the index of the kept copy for a duplicate): the caller names that copy by
    its id once ids are given. Header blocks are left to the metadata stage (a caption
    shown twice is its call).
    """
    body = [b for b in kept if b.index >= header_end and b.words >= 6 and not b.is_list]
    prints = [_shingles(b.tokens) for b in body]
    shared_counts = _shared_shingles(prints)
    gone: dict[int, tuple[str, int]] = {}  # index → (reason, index of the fuller copy)
    for x, a in enumerate(body):
        pa = prints[x]
        if a.index in gone or len(pa) < 2:
            continue
        shared = shared_counts.get(x, {})
        for y in sorted(shared):
            b = body[y]
            pb = prints[y]
            if b.index in gone or len(pb) < 2 or shared[y] < 0.75 * min(len(pa), len(pb)):
                continue
            fuller, other = (a, b) if a.words >= b.words else (b, a)
            similar = min(a.words, b.words) / max(a.words, b.words) >= 0.5
            if similar and (_prose(a) and _prose(b) or pa == pb and _adjacent(kept, a, b)):
                gone[other.index] = ("duplicate", fuller.index)
            elif not similar and _prose(fuller) and shared[y] >= 0.9 * min(len(pa), len(pb)):
                gone[other.index] = ("pull quote repeating the body", fuller.index)
            # otherwise items that repeat on purpose (menus, recipes): not duplicates
            if a.index in gone:
                break
    survivors = [b for b in kept if b.index not in gone]
    fixed: list[tuple[int, str, str, int | None]] = []
    for block in kept:
        if block.index not in gone:
            continue
        reason, target = gone[block.index]
        while target in gone:
            target = gone[target][1]
        fixed.append((block.index, block.text, reason, target if reason == "duplicate" else None))
    return survivors, fixed
