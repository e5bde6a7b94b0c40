"""How much of the publication-day vote's gain over htmldate alone survives cross-validation.

    .venv/bin/python bench/published_cv.py [--folds K] [--salts S] [--jobs N] [--unread]

Inside the READ part: k folds by a salted hash of the page's id, repeated with S salts.
For each fold the weights are fitted (`fit_published.fit`) on the other folds and scored
on it. Then each source kind is switched off in turn (its candidates dropped from every
page) and the same is done again: a kind whose removal costs nothing on held-out folds
carries no gain that generalises. Then, in counts only, how far any weighting could go
(pages whose gold day some source gives) and, for each kind, who is right where it and the
library disagree. `--unread` adds the unread part's totals (scores only: no page of it is
ever listed). htmldate-pages, the folder the issue judges, is reported apart: its read day
accuracy with the stored weights and on held-out folds (weights fitted on every other read
page), beside htmldate alone and the ceiling, and with `--unread` its unread figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_published import LIBRARY, fit, score  # noqa: E402
from published_rows import Row, fold_of, folder_of, pairs, rows  # noqa: E402

from generator.metadata.published_vote import KINDS, load_weights  # noqa: E402

FOLDER = "htmldate-pages"
"""The folder the issue judges the publication day on, reported apart."""

Weights = dict[str, float]
Fitter = Callable[[list[tuple[str, tuple]]], Weights]


def cross_validated(
    data: Sequence[Row],
    fitter: Fitter,
    folds: int,
    salt: str,
    scored: Sequence[Row] | None = None,
) -> int:
    """Days right on each held-out fold, with weights fitted on the other folds, summed;
    with `scored`, only its rows are scored (one folder's pages, fitted on every folder)."""
    right = 0
    for k in range(folds):
        train = [row for row in data if fold_of(row.item, folds, salt) != k]
        test = [row for row in scored or data if fold_of(row.item, folds, salt) == k]
        right += score(pairs(test), fitter(pairs(train)))
    return right


def without(data: Sequence[Row], kind: str) -> list[Row]:
    """The rows with one source kind switched off."""
    return [Row(r.item, r.day, tuple(c for c in r.found if c.kind != kind)) for r in data]


def grid_fitter(train: list[tuple[str, tuple]]) -> Weights:
    return fit(train)[1]


def report(data: Sequence[Row], folds: int, salts: Sequence[str], fitter: Fitter) -> list[str]:
    """One line for the whole vote and one for each kind switched off: days right with the
    stored weights, fitted on all the rows, and on held-out folds (mean over salts)."""
    stored = load_weights()
    lines = [f"{len(data)} pages; htmldate alone {score(pairs(data), LIBRARY)}"]
    for kind in (None, *KINDS):
        part = list(data) if kind is None else without(data, kind)
        if kind is not None and len(part) and part == list(data):
            continue
        fitted = fitter(pairs(part))
        held = [cross_validated(part, fitter, folds, salt) for salt in salts]
        name = "all kinds" if kind is None else f"without {kind}"
        lines.append(
            f"{name:24} stored {score(pairs(part), stored):4}  fitted {score(pairs(part), fitted):4}"
            f"  cross-validated {sum(held) / len(held):6.1f} {held}"
        )
    return lines


def _figure(right: float, pages: int) -> str:
    return f"{right / pages:.3f} ({right:g}/{pages})" if pages else "-"


def folder_report(
    data: Sequence[Row],
    mine: Sequence[Row],
    folds: int,
    salts: Sequence[str],
    fitter: Fitter,
    name: str,
) -> str:
    """One folder's read pages (`mine`, fitted on every read page): day accuracy with
    htmldate alone, the stored weights and held-out folds (mean over salts), and the
    ceiling (the gold day among the sources). The held-out figure is what to expect unread."""
    held = [cross_validated(data, fitter, folds, salt, scored=mine) for salt in salts]
    return (
        f"{name} read: htmldate alone {_figure(score(pairs(mine), LIBRARY), len(mine))};"
        f" stored {_figure(score(pairs(mine), load_weights()), len(mine))};"
        f" cross-validated {_figure(sum(held) / len(held), len(mine))};"
        f" ceiling {_figure(_ceiling(mine), len(mine))}"
    )


def _ceiling(data: Sequence[Row]) -> int:
    return sum(any(c.value == row.day for c in row.found) for row in data)


def folder_unread(mine: Sequence[Row], name: str) -> str:
    """One folder's unread pages, scores only: htmldate alone, the stored weights, ceiling."""
    return (
        f"{name} unread: htmldate alone {_figure(score(pairs(mine), LIBRARY), len(mine))};"
        f" stored {_figure(score(pairs(mine), load_weights()), len(mine))};"
        f" ceiling {_figure(_ceiling(mine), len(mine))}"
    )


def disagreements(data: Sequence[Row]) -> dict[tuple[str, str], Counter]:
    """For each kind, the pages where its day differs from the library's, a day apart
    ("near": a time zone?) or more ("far"): which of the two is right, or neither."""
    table: dict[tuple[str, str], Counter] = {}
    for row in data:
        library = next((c.value for c in row.found if c.kind == "page"), None)
        for c in row.found:
            if c.kind == "page" or c.value == library or library is None:
                continue
            gap = abs((dt.date.fromisoformat(c.value) - dt.date.fromisoformat(library)).days)
            verdict = (
                "kind" if c.value == row.day else "library" if library == row.day else "neither"
            )
            table.setdefault((c.kind, "near" if gap <= 1 else "far"), Counter())[verdict] += 1
    return table


def bounds(data: Sequence[Row]) -> str:
    """What no weighting can pass: pages whose gold day is some source's, or within a day."""
    exact = sum(any(c.value == row.day for c in row.found) for row in data)
    near = sum(
        any(
            abs((dt.date.fromisoformat(c.value) - dt.date.fromisoformat(row.day)).days) <= 1
            for c in row.found
        )
        for row in data
    )
    return f"gold day among the sources on {exact} of {len(data)} pages (within a day: {near})"


def summary(part: str, data: Sequence[Row]) -> list[str]:
    """Counts only (safe for the unread part): the bound and the disagreements by kind."""
    lines = [f"{part}: {bounds(data)}"]
    for (kind, gap), counts in sorted(disagreements(data).items()):
        right = ", ".join(f"{name} right {counts[name]}" for name in ("kind", "library", "neither"))
        lines.append(f"{part}: {kind} {gap} the library: {right}")
    return lines


def unread_report(data: Sequence[Row], weights: Weights) -> list[str]:
    """The unread part's totals only: the stored weights, htmldate alone, and each kind off."""
    lines = [f"unread: {len(data)} pages; htmldate alone {score(pairs(data), LIBRARY)}"]
    lines.append(f"unread: all kinds {score(pairs(data), weights)}")
    for kind in KINDS:
        lines.append(f"unread: without {kind:16} {score(pairs(without(data, kind)), weights)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--salts", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--unread", action="store_true", help="also score the unread part")
    args = parser.parse_args()
    salts = [f"s{n}" for n in range(args.salts)]
    read = rows("read", args.jobs)
    print("\n".join(report(read, args.folds, salts, grid_fitter)))
    print("\n".join(summary("read", read)))
    mine = folder_of(read, "read", FOLDER)
    print(folder_report(read, mine, args.folds, salts, grid_fitter, FOLDER))
    if args.unread:
        unread = rows("unread", args.jobs)
        print("\n".join(unread_report(unread, load_weights()) + summary("unread", unread)))
        print(folder_unread(folder_of(unread, "unread", FOLDER), FOLDER))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
