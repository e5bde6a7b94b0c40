"""The fitted weights of dating clues, by kind, and which kinds say "written close to this".

Read from `lang/en/dating_weights.tsv` (fitted by `bench/fit_dating.py`); a kind it does not
list keeps the weight `evidence.py` gives it. The row `rival-margin` is not a kind: it is how
much better than any reading far from it (another year) a window must score to be given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from ..lang import load
from .evidence import Clue

MARGIN_ROW = "rival-margin"


@dataclass(frozen=True)
class Weights:
    """Weight by clue kind, the recency kinds, and the margin over a rival reading."""

    by_kind: Mapping[str, float] = field(default_factory=dict)
    recent: frozenset[str] = frozenset()
    margin: float = 0.0

    def apply(self, clues: list[Clue]) -> list[Clue]:
        """The clues with their kind's weight (unlisted kinds keep theirs)."""
        return [
            replace(c, weight=self.by_kind[c.kind]) if c.kind in self.by_kind else c for c in clues
        ]


@cache
def fitted() -> Weights:
    """The weights in the language folder."""
    by_kind: dict[str, float] = {}
    recent: set[str] = set()
    margin = 0.0
    for row in load("en", "dating_weights.tsv"):
        kind, weight, is_recent = (list(row) + ["", "", ""])[:3]
        if kind == MARGIN_ROW:
            margin = float(weight)
            continue
        by_kind[kind] = float(weight)
        if is_recent.strip() == "yes":
            recent.add(kind)
    return Weights(by_kind, frozenset(recent), margin)
