"""Fit the publication-day vote as a small regularised model: few, broad features, htmldate
as the prior, the regularisation chosen by cross-validation on the READ part.

    .venv/bin/python bench/fit_published_logit.py [--folds K] [--salts S] [--unread] [--write]

The vote (`generator.metadata.published_vote`) ranks each candidate day by the summed
weight of the sources within a day of it: a linear score. Here the ten source kinds
share seven weights, one per broad kind of evidence (`GROUPS`: the library's reading, its
markup-only reading, structured metadata, a printed line labelled as the
publication, another printed date, a guessed date, the URL), the library's fixed, the
others fitted as a conditional logit (the gold day against the page's other candidate days) with an L2 pull
towards the prior: htmldate alone (its weight fixed, every other weight 0). The pull's
strength is chosen by k-fold cross-validation on the read part (the strongest pull among
the best held-out scores), and reported by nested cross-validation (the strength chosen
again inside each outer training part), so the figure is not the one the choice was made on.
Every fitted weight is kept above `FLOOR` (any source still dates a page nothing else
dates), and a guessed kind's below the library's (`GUESSED`: one alone never outvotes it).

`--write` stores the weights (per kind) in `generator/data/published_weights.json`, only
when the nested cross-validated score is no worse than htmldate alone's on any salt, nor
than the grid fit's (`fit_published`) cross-validated on the same folds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_published import LIBRARY, score  # noqa: E402
from published_cv import cross_validated, grid_fitter  # noqa: E402
from published_rows import Row, fold_of, pairs, rows  # noqa: E402

from generator.metadata.published_vote import _WEIGHTS, KINDS, Candidate  # noqa: E402

GROUPS = {
    "page": "library",
    "declared": "structured",
    "page-strict": "library-markup",
    "text": "printed",
    "text-labelled": "labelled",
    "tail": "printed",
    "text-ambiguous": "guessed",
    "text-sentence": "guessed",
    "url": "url",
    "declared-local": "structured",
}
"""Each source kind's broad kind of evidence (one weight each)."""
NAMES = tuple(dict.fromkeys(GROUPS.values()))
LIBRARY_WEIGHT = 1.0
"""The library's own weight, fixed: it sets the scale, and the pull towards 0 of every other
weight is a pull towards htmldate alone."""
GUESSED = frozenset({"library-markup", "printed", "guessed", "url"})
"""Broad kinds kept below the library: one such source alone never outvotes it (a printed
dateline may still give its local day where the library's is a day off)."""
FLOOR = 0.01
CEILING = 0.99 * LIBRARY_WEIGHT
STRENGTHS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
"""The L2 pull's strengths tried, weakest first."""

Weights = dict[str, float]


def _days(found: tuple[Candidate, ...]) -> list[str]:
    return sorted({c.value for c in found})


def features(found: tuple[Candidate, ...]) -> tuple[list[str], np.ndarray]:
    """Each candidate day and, per broad kind, how many of its sources lie within a day."""
    days = _days(found)
    table = np.zeros((len(days), len(NAMES)))
    for i, day in enumerate(days):
        at = dt.date.fromisoformat(day)
        for c in found:
            if abs((dt.date.fromisoformat(c.value) - at).days) <= 1:
                table[i, NAMES.index(GROUPS[c.kind])] += 1
    return days, table


def _problems(data: Sequence[Row]) -> list[tuple[np.ndarray, int]]:
    """The pages a weight can matter on: two or more candidate days, the gold among them."""
    out = []
    for row in data:
        days, table = features(row.found)
        if len(days) > 1 and row.day in days:
            out.append((table, days.index(row.day)))
    return out


def fit_logit(data: Sequence[Row], strength: float, steps: int = 50) -> np.ndarray:
    """The weights minimising the gold days' negative log-likelihood plus the L2 pull of
    every weight but the library's towards 0 (Newton's method: a handful of weights, the
    loss convex), then kept within `FLOOR` and, for `GUESSED` kinds, `CEILING`."""
    lib = NAMES.index("library")
    others = [i for i in range(len(NAMES)) if i != lib]
    w = np.zeros(len(NAMES))
    w[lib] = LIBRARY_WEIGHT
    problems = _problems(data)
    for _ in range(steps):
        grad = strength * w[others]
        hess = strength * np.eye(len(others))
        for table, gold in problems:
            scores = table @ w
            p = np.exp(scores - scores.max())
            p /= p.sum()
            sub = table[:, others]
            mean = p @ sub
            grad += mean - sub[gold]
            hess += (sub * p[:, None]).T @ sub - np.outer(mean, mean)
        step = np.linalg.solve(hess, grad)
        w[others] -= step
        if np.abs(step).max() < 1e-9:
            break
    top = np.array([CEILING if name in GUESSED else np.inf for name in NAMES])
    w = np.clip(w, FLOOR, top)
    w[lib] = LIBRARY_WEIGHT
    return w


def per_kind(w: np.ndarray) -> Weights:
    """The vote's weights: each kind takes its broad kind's weight."""
    return {kind: round(float(w[NAMES.index(GROUPS[kind])]), 4) for kind in KINDS}


def _held_out(data: Sequence[Row], strength: float, folds: int, salt: str) -> int:
    right = 0
    for k in range(folds):
        train = [r for r in data if fold_of(r.item, folds, salt) != k]
        test = [r for r in data if fold_of(r.item, folds, salt) == k]
        right += score(pairs(test), per_kind(fit_logit(train, strength)))
    return right


def choose_strength(data: Sequence[Row], folds: int, salts: Sequence[str]) -> float:
    """The strongest pull among those with the best held-out days right (summed on salts)."""
    totals = {s: sum(_held_out(data, s, folds, salt) for salt in salts) for s in STRENGTHS}
    best = max(totals.values())
    return max(s for s, total in totals.items() if total == best)


def nested(data: Sequence[Row], folds: int, salt: str) -> int:
    """Days right on each outer fold, the strength chosen by cross-validation inside the
    other folds (another salt), then fitted on them."""
    right = 0
    for k in range(folds):
        train = [r for r in data if fold_of(r.item, folds, salt) != k]
        test = [r for r in data if fold_of(r.item, folds, salt) == k]
        strength = choose_strength(train, folds, (f"{salt}-inner",))
        right += score(pairs(test), per_kind(fit_logit(train, strength)))
    return right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--salts", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--unread", action="store_true", help="also score the unread part")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    salts = [f"s{n}" for n in range(args.salts)]
    data = rows("read", args.jobs)
    for strength in STRENGTHS:
        held = [_held_out(data, strength, args.folds, salt) for salt in salts]
        print(f"strength {strength:5}: held-out days right {held}")
    strength = choose_strength(data, args.folds, salts)
    weights = per_kind(fit_logit(data, strength))
    library = score(pairs(data), LIBRARY)
    outer = [nested(data, args.folds, salt) for salt in salts]
    print(f"chosen strength {strength}; weights {json.dumps(weights, sort_keys=True)}")
    print(f"read {len(data)}: htmldate alone {library}, fitted {score(pairs(data), weights)}")
    grid = [cross_validated(data, grid_fitter, args.folds, salt) for salt in salts]
    print(f"read, nested cross-validation: {outer}; the grid fit's (fit_published): {grid}")
    if args.unread:
        unread = rows("unread", args.jobs)
        print(
            f"unread {len(unread)}: htmldate alone {score(pairs(unread), LIBRARY)},"
            f" fitted {score(pairs(unread), weights)}"
        )
    if args.write and sum(outer) >= sum(grid) and min(outer) >= library:
        _WEIGHTS.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"written to {_WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
