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
- stop-word profile and sentence shape, as the rest of the cleaner reads them;
- the page: one that shows no furniture anywhere (a wire feed) has none to hide in a table.

The evidence is read in `own_evidence`. A block whose score passes the threshold is kept; every other block keeps its reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .. import logistic
from .blocks import Block
from .own_evidence import FEATURES, Zone, features, numbers, plain, read_page

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "own_content_weights.json"
__all__ = ["FEATURES", "Zone", "candidates", "numeric_runs", "own_blocks", "score", "weights"]


def candidates(blocks: Sequence[Block], zone: Zone, controls: set[int]) -> list[int]:
    """Blocks the text path removes by position or shape alone: outside the header and the
    body run, or in a run of tiny lines inside it that holds numbers, with text, no
    furniture evidence, not mostly links and not shaped as prose."""
    rows = numeric_runs(blocks, controls)
    out = []
    for i, block in enumerate(blocks):
        if not block.text or not plain(block) or block.cls == "good":
            # mostly links: the link-list rules' own evidence; prose outside the body run:
            # the body run's question; neither is a table
            continue
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
    chosen = candidates(blocks, zone, controls)
    if not chosen:
        return frozenset()
    model = weights()
    page = read_page(blocks, zone, chosen)
    return frozenset(i for i in chosen if score(features(page, i), model) >= model["threshold"])


@cache
def weights() -> dict:
    """The fitted model: `bias`, `threshold` and one weight per name in `FEATURES`."""
    return json.loads(WEIGHTS_FILE.read_text("utf-8"))


def score(values: Sequence[float], model: dict) -> float:
    """The logistic model's probability that a block is the article's own."""
    z = model["bias"] + sum(model["weights"][n] * v for n, v in zip(FEATURES, values, strict=True))
    return logistic.probability(z)
