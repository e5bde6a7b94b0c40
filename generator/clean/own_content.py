"""An article's own tables and lists are not furniture: results, standings, line-ups and lists
of names with numbers sit outside the prose run the body is found by, and were removed as
"page furniture after the article" (#13, #14: CoNLL sports pages lost their names).

Each block the text path would remove for its position or shape alone (no furniture words,
no repetition across the corpus) gets a score from general evidence, combined by a small
logistic model whose weights are data (`generator/data/own_content_weights.json`, fitted by
`bench/fit_own_content.py` on the read parts only):

- links: furniture is mostly links (menus, related stories); a table rarely is;
- numbers and names: a table row carries numbers and capitalised names, a footer words;
- shape shared with its neighbours: rows of one table look alike ("Puchon 3 1 0 6 1 10");
- position: next to the article's prose, or between its prose blocks, against far out at
  the page's edges past links or furniture;
- stop-word profile and sentence shape, as the rest of the cleaner reads them.

A block whose score passes the threshold is kept; every other block keeps its reason.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from .blocks import Block

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "own_content_weights.json"
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


def candidates(blocks: Sequence[Block], zone: Zone, controls: set[int]) -> list[int]:
    """Blocks the text path removes by position or shape alone: outside the header and the
    body run, or in a run of tiny lines inside it that holds numbers, with text and no
    furniture evidence, and not shaped as prose."""
    rows = numeric_runs(blocks, controls)
    out = []
    for i, block in enumerate(blocks):
        if not block.text or block.reason is not None or block.cls == "good":
            continue  # prose outside the body run is the body run's question, not a table
        if i < zone.header or i >= zone.end or i in rows:
            out.append(i)
    return out


def numeric_runs(blocks: Sequence[Block], controls: set[int]) -> set[int]:
    """The runs of tiny lines (`controls`) at least half of whose lines hold a number: a
    table's rows ("LG 2 OB 0", "1997 50,000"); a gallery's controls are words ("Caption",
    "Close", "Image 1 of 4")."""
    runs: list[list[int]] = []
    for i in sorted(controls):
        joined = runs and not any(blocks[j].text for j in range(runs[-1][-1] + 1, i))
        if joined:
            runs[-1].append(i)
        else:
            runs.append([i])
    found: set[int] = set()
    for run in runs:
        if sum(1 for j in run if numbers(blocks[j]) > 0) * 2 >= len(run):
            found.update(run)
    return found


def own_blocks(blocks: Sequence[Block], zone: Zone, controls: set[int]) -> frozenset[int]:
    """The candidates whose score says they are the article's own (see the module's text)."""
    model = weights()
    found = set()
    chosen = candidates(blocks, zone, controls)
    pool = frozenset(chosen)
    page = page_furniture(blocks)
    for i in chosen:
        if score(features(blocks, i, zone, pool, page), model) >= model["threshold"]:
            found.add(i)
    return frozenset(found)


@cache
def weights() -> dict:
    """The fitted model: `bias`, `threshold` and one weight per name in `FEATURES`."""
    return json.loads(WEIGHTS_FILE.read_text("utf-8"))


def score(values: Sequence[float], model: dict) -> float:
    """The logistic model's probability that a block is the article's own."""
    z = model["bias"] + sum(model["weights"][n] * v for n, v in zip(FEATURES, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def features(
    blocks: Sequence[Block], i: int, zone: Zone, pool: frozenset[int], page: float
) -> tuple[float, ...]:
    """The evidence about block i, in the order of `FEATURES`; `pool`: the candidates,
    `page`: the page's `page_furniture`."""
    block = blocks[i]
    run = _run(blocks, i, pool)
    before, after = _neighbour(blocks, i, -1), _neighbour(blocks, i, 1)
    near = [b for b in (before, after) if b is not None]
    gap, touches, beyond = _position(blocks, i, zone)
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
        math.log(len(run)),
        sum(numbers(b) for b in run) / len(run),
        _regularity(run),
        float(_introduced(blocks, run)),
        page,
    )


def page_furniture(blocks: Sequence[Block]) -> float:
    """How many of the page's blocks are mostly links or carry furniture evidence (log): a
    page that shows none (a wire feed, a pasted article) has nothing to remove but its own
    text; one with a menu, share rows and related links has furniture to spare."""
    return math.log1p(sum(1 for b in blocks if (b.text or b.links) and not _plain(b)))


def _introduced(blocks: Sequence[Block], run: list[Block]) -> bool:
    """The run follows a line that ends with a colon ("Results on Friday:"): announced."""
    above = _neighbour(blocks, min(b.index for b in run), -1)
    return above is not None and above.text.rstrip().endswith(":")


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


def _run(blocks: Sequence[Block], i: int, pool: frozenset[int]) -> list[Block]:
    """The candidates next to each other around block i (markup-only blocks between them do
    not count), none mostly links: a table's rows, a list's items."""
    run = [blocks[i]]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blocks) and (not blocks[j].text or j in pool and _plain(blocks[j])):
            if blocks[j].text:
                run.append(blocks[j])
            j += step
    return run


def _regularity(run: list[Block]) -> float:
    """How alike the run's blocks are, as the mean likeness of each to the one before; a
    run of one block is not regular."""
    ordered = sorted(run, key=lambda b: b.index)
    pairs = list(zip(ordered, ordered[1:], strict=False))
    return sum(same_shape(a, b) for a, b in pairs) / len(pairs) if pairs else 0.0


def _neighbour(blocks: Sequence[Block], i: int, step: int) -> Block | None:
    """The nearest block with text before (step -1) or after (step 1) block i."""
    j = i + step
    while 0 <= j < len(blocks):
        if blocks[j].text:
            return blocks[j]
        j += step
    return None


def _plain(block: Block) -> bool:
    """No furniture evidence and not mostly links: a block a run of the article can cross."""
    return block.reason is None and block.density <= 0.5


def _prose(block: Block) -> bool:
    return block.cls == "good" and block.reason is None and block.density < 0.1


def _position(blocks: Sequence[Block], i: int, zone: Zone) -> tuple[int, bool, bool]:
    """Blocks with text between block i and the body run; whether plain blocks alone join
    it to the body; whether prose follows it on its far side before anything that is not
    plain (a table between two parts of the article)."""
    step = -1 if i < zone.start else 1
    if zone.start <= i < zone.end:
        gap, touches = 0, True
    else:
        between = range(i + 1, zone.start) if step == -1 else range(zone.end, i)
        texts = [blocks[j] for j in between if blocks[j].text]
        gap, touches = len(texts), all(_plain(b) for b in texts) and zone.end > zone.start
    beyond = False
    j = i + step
    while 0 <= j < len(blocks) and (not blocks[j].text or _plain(blocks[j])):
        if blocks[j].text and _prose(blocks[j]):
            beyond = True
            break
        j += step
    return gap, touches, beyond
