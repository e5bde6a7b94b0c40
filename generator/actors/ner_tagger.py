"""A small statistical name tagger over the rules' output: finds the names rules miss.

A greedy left-to-right averaged perceptron (the tagger of Collins 2002, as spaCy's first
versions and NLTK used it) over B-/I-/O tags of four classes: PER, ORG, LOC, MISC. Its
features are general cues (`ner_features`); its weights are data
(`generator/data/ner_weights.json`), fitted by `bench/fit_ner.py` on the read half of the
CoNLL-2003 development set only. Pure Python with weights as JSON rather than a learning
library at run time: scoring is a few dictionary look-ups per token, and an installed tool
needs no numeric stack for it.

Only capitalised tokens (and the lower-case words that may sit inside a name) are scored;
everything else is outside a name by construction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache, reduce
from operator import add
from pathlib import Path

from .lexicon import fold
from .ner_features import INNER_WORDS, Line
from .tokens import NAME_KINDS

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "ner_weights.json"
CLASSES = ("PER", "ORG", "LOC", "MISC")
TAGS = ("O",) + tuple(f"{p}-{c}" for c in CLASSES for p in ("B", "I"))

Scorer = Callable[[list[str]], Mapping[str, float]]


@cache
def weights_file() -> dict:
    """The shipped JSON: the weights and the threshold for adding a name, read once."""
    return json.loads(WEIGHTS_FILE.read_text("utf-8"))


def weights() -> dict[str, dict[str, float]]:
    """Feature → tag → weight."""
    return weights_file()["weights"]


@cache
def scorer() -> Scorer:
    """The shipped weights as a scorer, each row compiled to a full vector over `TAGS`
    (absent tags 0.0), so a token's totals are column sums done in C. Adding 0.0 changes no
    total, and the columns are summed in feature order as before: the same floats."""
    index = {tag: n for n, tag in enumerate(TAGS)}
    rows: dict[str, tuple[float, ...]] = {}
    for feature, row in weights().items():
        vector = [0.0] * len(TAGS)
        for tag, value in row.items():
            vector[index[tag]] = value
        rows[feature] = tuple(vector)
    zero = (0.0,) * len(TAGS)

    def score(features: list[str]) -> dict[str, float]:
        found = [rows[f] for f in features if f in rows] or [zero]
        return dict(zip(TAGS, map(_column_sum, zip(*found, strict=True)), strict=True))

    return score


def _column_sum(column: tuple[float, ...]) -> float:
    """Left-to-right float sum from 0.0, as `totals[n] += value` did (`reduce` keeps the
    order, where `sum` may compensate on newer Pythons)."""
    return reduce(add, column, 0.0)


def score_with(table: Mapping[str, Mapping[str, float]]) -> Scorer:
    """A scorer summing the weights of a token's features per tag."""

    def score(features: list[str]) -> dict[str, float]:
        totals = dict.fromkeys(TAGS, 0.0)
        for feature in features:
            row = table.get(feature)
            if row:
                for tag, value in row.items():
                    totals[tag] += value
        return totals

    return score


def history(features: list[str], prev: str, prev2: str, shape: str) -> list[str]:
    """The token's features with the tags already given to the two tokens before it."""
    return features + ["tag-1=" + prev, "tag-2=" + prev2 + "|" + prev, f"tag-1+{shape}|{prev}"]


def allowed(line: Line, i: int, prev: str) -> tuple[str, ...]:
    """Tags a token may take: names start on capitalised tokens; lower-case inner words
    only continue a name followed by another capitalised token."""
    tokens = line.tokens
    token = tokens[i]
    if token.kind in NAME_KINDS:
        if prev == "O":
            return tuple(t for t in TAGS if not t.startswith("I-"))
        return tuple(t for t in TAGS if not t.startswith("I-") or t[2:] == prev[2:])
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        prev != "O"
        and fold(token.text) in INNER_WORDS
        and nxt is not None
        and nxt.kind in NAME_KINDS
    ):
        return ("O", "I-" + prev[2:])
    return ("O",)


def decode(line: Line, features: list[list[str]], score: Scorer) -> list[str]:
    """Greedy best tags of one line, left to right."""
    return decode_scored(line, features, score)[0]


def decode_scored(
    line: Line, features: list[list[str]], score: Scorer
) -> tuple[list[str], list[float]]:
    """Greedy best tags of one line, and per token how far its tag beat "O" (0 for "O")."""
    tags: list[str] = []
    margins: list[float] = []
    prev = prev2 = "<s>"
    tokens = line.tokens
    for i, token_features in enumerate(features):
        tag, margin = "O", 0.0
        if tokens[i].kind not in NAME_KINDS and prev in ("O", "<s>"):
            options: tuple[str, ...] = ("O",)  # what `allowed` says, without the call
        else:
            options = allowed(line, i, "O" if prev == "<s>" else prev)
        if options != ("O",):
            totals = score(history(token_features, prev, prev2, line.tokens[i].kind))
            tag = max(options, key=lambda t: (totals[t], t == "O"))
            margin = totals[tag] - totals["O"]
        tags.append(tag)
        margins.append(margin)
        prev2, prev = prev, tag
    return tags, margins


def spans_of(
    line: Line, tags: list[str], margins: list[float] | None = None
) -> list[tuple[int, int, str, float]]:
    """(start, end, class, confidence) of the tagged names of one line; the confidence is
    the smallest margin over "O" of the name's capitalised tokens."""
    out: list[tuple[int, int, str, float]] = []
    for i, tag in enumerate(tags):
        token = line.tokens[i]
        margin = margins[i] if margins is not None else 0.0
        if tag.startswith("B-"):
            out.append((token.start, token.end, tag[2:], margin))
        elif tag.startswith("I-") and out:
            start, _, cls, low = out[-1]
            if token.kind in NAME_KINDS:
                low = min(low, margin)
            out[-1] = (start, token.end, cls, low)
    return out
