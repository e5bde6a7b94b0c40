"""Fit the publication-day vote's source weights on the READ part.

    .venv/bin/python bench/fit_published.py [--jobs N] [--write]

Every read page of htmldate-pages and readability-pages goes through clean and the header
reading; its candidates (`generator.metadata.published.candidates_of`) are kept with the
gold day (`published_rows`, cached by code digest). Each source kind's weight is searched over a grid, two kinds at a time from the
plainest weights until no change scores more days right (the full grid of ten kinds is a
million points); ties go to the plainer (smaller) weights. `--write` stores the best in
`generator/data/published_weights.json`; the unread part is only scored, by `bench/suite.py`.

Whether the fit carries over is checked inside the read part first: k folds (by a salted
hash of the page's id), each scored with weights fitted on the others, beside the page date
alone and the plainest weights (every kind at its smallest value). When the folds score the
fitted weights no better than the plainest, the plainest are the ones written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from published_rows import Row, fold_of, pairs  # noqa: E402
from published_rows import rows as read_rows  # noqa: E402

from generator.metadata.published_vote import _WEIGHTS, KINDS, Candidate, vote  # noqa: E402

VALUES = (0.25, 0.5, 1.0, 2.0)
"""Each kind's weight is one of these (none 0: any source dates an article nothing else
dates); `page` stays above every kind read from the text or the URL, so one such
source alone never outvotes the library (the issue: never worse than htmldate alone); two
agreeing sources may, and one a day off gives its printed local day. The page's declared
structured date is free to outweigh it (the issue: structured metadata outranks a guess)."""

TRUSTED = frozenset({"page", "declared", "text-labelled"})
"""Kinds free to outvote the library alone; every other kind never does."""


FOLDS = 5


def plainest(kinds: tuple[str, ...] = KINDS) -> dict[str, float]:
    """The plainest weights the grid allows: the library's date over every other kind."""
    return {kind: VALUES[1] if kind == "page" else VALUES[0] for kind in kinds}


PLAIN = plainest()
LIBRARY = {kind: float(kind == "page") for kind in KINDS}
"""htmldate alone."""


def score(rows, weights: dict[str, float]) -> int:
    """Days right."""
    right = 0
    for day, found in rows:
        chosen = vote(found, weights)
        right += chosen is not None and chosen.value == day
    return right


def _allowed(weights: dict[str, float]) -> bool:
    """The library's date is never outvoted by one guessed source alone (a kind on trial,
    `bench/published_trial.py`, is a guess)."""
    return all(weights[k] < weights["page"] for k in weights if k not in TRUSTED)


def fit(rows, kinds: tuple[str, ...] = KINDS) -> tuple[int, dict[str, float]]:
    """The best weights found on `rows` (coordinate search over the kinds moved two at a
    time, a kind's own move being a pair's too) and the days they get right."""
    plain = plainest(kinds)
    settled = [(day, found) for day, found in rows if len({c.value for c in found}) <= 1]
    fixed = score(settled, plain)  # one day or none: no weights change the answer
    contested = [row for row in rows if row not in settled]

    def key(weights: dict[str, float]) -> tuple:
        values = tuple(weights[k] for k in kinds)
        return (-score(contested, weights), sum(values), values)

    best = dict(plain)
    best_key = key(best)
    pairs_of_kinds = tuple(itertools.combinations(kinds, 2))
    changed = True
    while changed:
        changed = False
        for (one, two), (a, b) in itertools.product(
            pairs_of_kinds, itertools.product(VALUES, VALUES)
        ):
            trial = best | {one: a, two: b}
            if _allowed(trial) and (trial_key := key(trial)) < best_key:
                best, best_key, changed = trial, trial_key, True
    return fixed - best_key[0], best


def cross_validate(data: list[Row], salt: str = "fit") -> dict[str, int]:
    """Days right on each held-out fold, summed: fitted on the other folds, plainest, page
    alone (`bench/published_cv.py` repeats this with several salts and each kind off)."""
    totals = {"fitted": 0, "plainest": 0, "page alone": 0}
    for k in range(FOLDS):
        train = pairs([row for row in data if fold_of(row.item, FOLDS, salt) != k])
        test = pairs([row for row in data if fold_of(row.item, FOLDS, salt) == k])
        totals["fitted"] += score(test, fit(train)[1])
        totals["plainest"] += score(test, PLAIN)
        totals["page alone"] += score(test, LIBRARY)
    return totals


def error_kind(day: str, ours: str | None, found: tuple[Candidate, ...]) -> str:
    """What kind of miss: a right source outvoted, or how the day taken differs."""
    if ours == day:
        return "right"
    if ours is None:
        return "no date found"
    right = sorted({c.kind for c in found if c.value == day})
    if right:
        return "missed, right in: " + ", ".join(right)
    gold, taken = dt.date.fromisoformat(day), dt.date.fromisoformat(ours)
    if taken == dt.date(gold.year, gold.day, gold.month) if gold.day <= 12 else False:
        return "day/month order"
    if taken.month == taken.day == 1:
        return "1 January (a bare year)"
    if abs((taken - gold).days) == 1:
        return "a day off (time zone)"
    if (taken.month, taken.day) == (gold.month, gold.day):
        return "another year"
    return "no source has the day" + (" (later)" if taken > gold else " (earlier)")


def errors(data: list[Row], weights: dict[str, float]) -> list[str]:
    """One line per read page where the vote or the library alone misses the gold day,
    sorted by the kind of our miss."""
    lines = []
    for item, day, found in ((row.item, row.day, row.found) for row in data):
        chosen = vote(found, weights)
        ours = chosen.value if chosen else None
        library = next((c.value for c in found if c.kind == "page"), None)
        if ours != day or library != day:
            sources = ", ".join(f"{c.kind} {c.value}" for c in found)
            kind = (
                f"ours {error_kind(day, ours, found)}; htmldate {error_kind(day, library, found)}"
            )
            lines.append(f"{kind} | {item}: gold {day}, ours {ours}, htmldate {library}; {sources}")
    return sorted(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the read pages missed")
    args = parser.parse_args()
    data = read_rows(jobs=args.jobs)
    rows = pairs(data)
    right, weights = fit(rows)
    library = score(rows, LIBRARY)
    print(f"{len(rows)} read pages; page date alone {library} right; fitted {right}: {weights}")
    folds = cross_validate(data)
    print(f"{FOLDS}-fold on the read part, days right on held-out folds: {folds}")
    if folds["fitted"] <= folds["plainest"]:
        print("the fit does not carry over better than the plainest weights: keeping those")
        weights = PLAIN
    if args.errors:
        print("\n".join(errors(data, weights)))
    if args.write:
        _WEIGHTS.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
