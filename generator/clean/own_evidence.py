"""The evidence `own_content` scores a block on, read from a page once: per block its links,
numbers, capitals and token shape; per run of candidate blocks its length, numbers and
regularity; per position the distance to the body run and what lies between and beyond.

Everything a block's features need is computed in one pass over the page (prefix counts,
nearest blocks in each direction, one entry per run), so a results table of a thousand rows
costs a thousand rows' work, not a million comparisons.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

from .blocks import Block

FEATURES = (
    "links",
    "linked",
    "stop",
    "numbers",
    "capitals",
    "sentence",
    "words",
    "list",
    "same_shape",
    "near_numbers",
    "gap",
    "before",
    "touches_body",
    "prose_beyond",
    "run_blocks",
    "run_numbers",
    "run_shape",
    "introduced",
    "page_furniture",
)
"""The evidence, in the order of the weights' vector (see `features`)."""
_SHAPE_TOKENS = 40
"""Enough tokens to compare two rows; long prose is not a row."""


@dataclass(frozen=True)
class Zone:
    """Where the text path put a page's body: the header's first block and the body run."""

    header: int
    start: int
    end: int


@dataclass(frozen=True)
class Run:
    """Candidate blocks next to each other (a table's rows, a list's items)."""

    first: int
    last: int
    blocks: int
    numbers: float
    """Mean share of number words over the run's blocks."""
    regularity: float
    """Mean likeness of each block's shape to the one before (0 for a run of one)."""
    introduced: bool
    """The block above the run ends with a colon ("Results on Friday:")."""


@dataclass(frozen=True)
class Page:
    """One page read for `features`: the blocks, the zone, and what was computed once."""

    blocks: Sequence[Block]
    zone: Zone
    furniture: float
    """`page_furniture` of the page."""
    texts: tuple[int, ...]
    """Prefix counts of blocks with text (texts[j]: among blocks[:j])."""
    stops: tuple[int, ...]
    """Prefix counts of blocks with text that are not plain (furniture, link lists)."""
    before: tuple[int, ...]
    """Per block, the nearest block with text before it (-1: none)."""
    after: tuple[int, ...]
    """Per block, the nearest block with text after it (len: none)."""
    prose_back: tuple[bool, ...]
    """Per block, whether prose lies before it with only plain blocks between."""
    prose_ahead: tuple[bool, ...]
    """Per block, whether prose lies after it with only plain blocks between."""
    runs: dict[int, Run]
    """Each candidate's run."""


def read_page(blocks: Sequence[Block], zone: Zone, pool: Sequence[int]) -> Page:
    """The page's evidence for the candidates `pool`, computed once."""
    n = len(blocks)
    has_text = [bool(b.text) for b in blocks]
    stop = [bool(b.text) and not plain(b) for b in blocks]
    before, last = [], -1
    for j in range(n):
        before.append(last)
        last = j if has_text[j] else last
    after, nxt = [n] * n, n
    for j in range(n - 1, -1, -1):
        after[j] = nxt
        nxt = j if has_text[j] else nxt
    return Page(
        blocks=blocks,
        zone=zone,
        furniture=page_furniture(blocks),
        texts=tuple(accumulate(has_text, initial=0)),
        stops=tuple(accumulate(stop, initial=0)),
        before=tuple(before),
        after=tuple(after),
        prose_back=_prose_reach(blocks, range(n)),
        prose_ahead=_prose_reach(blocks, range(n - 1, -1, -1)),
        runs=_runs(blocks, sorted(pool), before),
    )


def features(page: Page, i: int) -> tuple[float, ...]:
    """The evidence about block i, in the order of `FEATURES`."""
    blocks, zone = page.blocks, page.zone
    block = blocks[i]
    near = [blocks[j] for j in (page.before[i], page.after[i]) if 0 <= j < len(blocks)]
    run = page.runs[i]
    if zone.start <= i < zone.end:
        gap, touches, beyond = 0, True, page.prose_ahead[i]
    else:
        # measured from the run's end nearest the body: a table's last row is as near
        # the article as its first
        if i < zone.start:
            lo, hi = min(run.last + 1, zone.start), zone.start
        else:
            lo, hi = zone.end, max(run.first, zone.end)
        gap = page.texts[hi] - page.texts[lo]
        touches = page.stops[hi] == page.stops[lo] and zone.end > zone.start
        beyond = page.prose_back[i] if i < zone.start else page.prose_ahead[i]
    return (
        block.density,
        float(block.link_count > 0),
        block.stop,
        numbers(block),
        capitals(block),
        float(block.ends_sentence),
        math.log1p(block.words),
        float(block.is_list),
        max((same_shape(block, b) for b in near), default=0.0),
        sum(numbers(b) for b in near) / len(near) if near else 0.0,
        math.log1p(gap),
        float(i < zone.start),
        float(touches),
        float(beyond),
        math.log(run.blocks),
        run.numbers,
        run.regularity,
        float(run.introduced),
        page.furniture,
    )


def page_furniture(blocks: Sequence[Block]) -> float:
    """How many of the page's blocks are mostly links or carry furniture evidence (log): a
    page that shows none (a wire feed, a pasted article) has nothing to remove but its own
    text; one with a menu, share rows and related links has furniture to spare. A block
    with no words (a lone ":") is no evidence of either."""
    return math.log1p(sum(1 for b in blocks if b.words and not plain(b)))


def numbers(block: Block) -> float:
    """Share of the words that hold a digit: a results row or a standings line."""
    tokens = block.tokens
    return sum(1 for t in tokens if any(c.isdigit() for c in t)) / len(tokens) if tokens else 0.0


def capitals(block: Block) -> float:
    """Share of the words written with a capital (names), the first word not counted."""
    words = [w for w in block.text.split()[1:] if w[:1].isalpha()]
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def shape(block: Block) -> str:
    """The block's token shape: N number, C capitalised, l lower case, p other."""
    out = []
    for token in block.text.split()[:_SHAPE_TOKENS]:
        if any(c.isdigit() for c in token):
            out.append("N")
        elif token[:1].isupper():
            out.append("C")
        elif token[:1].isalpha():
            out.append("l")
        else:
            out.append("p")
    return "".join(out)


def same_shape(a: Block, b: Block) -> float:
    """How alike two blocks' token shapes are (1.0: two rows of one table)."""
    return SequenceMatcher(None, shape(a), shape(b), autojunk=False).ratio()


def plain(block: Block) -> bool:
    """No furniture evidence and not mostly links: a block a run of the article can cross."""
    return block.reason is None and block.density <= 0.5


def _prose(block: Block) -> bool:
    return block.cls == "good" and block.reason is None and block.density < 0.1


def _prose_reach(blocks: Sequence[Block], order: range) -> tuple[bool, ...]:
    """Per block, in the direction `order` walks from: whether prose was met, crossing only
    plain blocks (or blocks without text), before reaching it."""
    out = [False] * len(blocks)
    seen = False
    for j in order:
        out[j] = seen
        block = blocks[j]
        if block.text and not plain(block):
            seen = False
        elif block.text and _prose(block):
            seen = True
    return tuple(out)


def _runs(blocks: Sequence[Block], pool: list[int], before: list[int]) -> dict[int, Run]:
    """Each candidate's run: candidates joined by blocks without text only, none mostly links
    (`pool` sorted)."""
    groups: list[list[int]] = []
    for i in pool:
        if not plain(blocks[i]):
            groups.append([i])
            continue
        last = groups[-1][-1] if groups else -1
        if groups and plain(blocks[last]) and before[i] == last:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: dict[int, Run] = {}
    for group in groups:
        likeness = [
            same_shape(blocks[a], blocks[b]) for a, b in zip(group, group[1:], strict=False)
        ]
        above = before[group[0]]
        run = Run(
            first=group[0],
            last=group[-1],
            blocks=len(group),
            numbers=sum(numbers(blocks[j]) for j in group) / len(group),
            regularity=sum(likeness) / len(likeness) if likeness else 0.0,
            introduced=above >= 0 and blocks[above].text.rstrip().endswith(":"),
        )
        out.update((j, run) for j in group)
    return out
