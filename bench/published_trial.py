"""Try more evidence in the publication-day vote before building it into the generator.

    .venv/bin/python bench/published_trial.py [--folds K] [--salts S] [--jobs N] [--unread]

Each trial kind is read straight from the saved page (`TRIALS`: sources the vote does not
hear yet) and added to the vote's candidates of every page (`published_rows`). For each
kind alone, then all of them together, the weights are refitted on the read part
(`fit_published.fit`, the trial kinds as guesses: none outvotes the library alone) and
reported: days right fitted on every read page and on held-out folds, for all read pages
and for htmldate-pages apart; the ceiling (the gold day among the sources); and on read
pages, who is right where the kind and htmldate disagree. `--unread` adds the unread
part's scores with the weights fitted on read, and its ceilings: counts only, never a page.
A kind earns a place in the generator only when the held-out folds gain from it.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's generator
sys.path.insert(0, str(Path(__file__).resolve().parent))

import trial_readers  # noqa: E402
from fit_published import LIBRARY, fit, score  # noqa: E402
from published_cv import FOLDER, cross_validated, disagreements  # noqa: E402
from published_rows import CACHE, Row, folder_of, gold_pages, pairs, rows  # noqa: E402
from trial_readers import TRIALS  # noqa: E402

from generator.cache import generator_digest  # noqa: E402
from generator.metadata.published_vote import KINDS, Candidate, load_weights  # noqa: E402

Readings = dict[str, str | None]


def _read_page(page: tuple[Path, str]) -> Readings:
    from trial_readers import read_trials

    return read_trials(page[0])


def readings(part: str, jobs: int) -> list[Readings]:
    """Every trial kind's day for each page of `part`, in `rows(part)` order (cached beside
    the rows, keyed by the generator's code and the trial readers')."""
    readers = hashlib.sha256(Path(trial_readers.__file__).read_bytes()).hexdigest()
    path = CACHE / f"trial-{part}-{generator_digest()[:16]}-{readers[:16]}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    with ProcessPoolExecutor(jobs) as pool:
        built = list(pool.map(_read_page, gold_pages(part), chunksize=4))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(built))
    return built


def with_trials(data: list[Row], found: list[Readings], kinds: tuple[str, ...]) -> list[Row]:
    """The rows with the trial kinds' days added as candidates."""
    out = []
    for row, read in zip(data, found, strict=True):
        extra = tuple(Candidate(read[k], k) for k in kinds if read.get(k))
        out.append(Row(row.item, row.day, row.found + extra))
    return out


def _ceiling(data: list[Row]) -> int:
    return sum(any(c.value == row.day for c in row.found) for row in data)


def trial_lines(name: str, read: list[Row], mine: list[Row], kinds, folds, salts) -> list[str]:
    """One kind (or several) on trial: fitted, held-out and ceiling figures on read."""
    fitter: Callable = lambda train: fit(train, kinds)[1]  # noqa: E731
    weights = fitter(pairs(read))
    held = [cross_validated(read, fitter, folds, salt) for salt in salts]
    held_mine = [cross_validated(read, fitter, folds, salt, scored=mine) for salt in salts]
    trial = {k: weights[k] for k in kinds if k not in KINDS}
    lines = [
        f"{name}: weights {trial}; read {score(pairs(read), weights)}/{len(read)}"
        f" held-out {sum(held) / len(held):.1f} ceiling {_ceiling(read)};"
        f" {FOLDER} {score(pairs(mine), weights)}/{len(mine)}"
        f" held-out {sum(held_mine) / len(held_mine):.1f} ceiling {_ceiling(mine)}"
    ]
    for (kind, gap), counts in sorted(disagreements(read).items()):
        if kind in trial:
            lines.append(f"  read: {kind} {gap} the library: {dict(sorted(counts.items()))}")
    return lines


def unread_line(name: str, data: list[Row], mine: list[Row], weights) -> str:
    """Scores only: the weights fitted on read, htmldate alone and the ceiling."""
    return (
        f"{name} unread: {score(pairs(data), weights)}/{len(data)} (htmldate alone"
        f" {score(pairs(data), LIBRARY)}, ceiling {_ceiling(data)}); {FOLDER}"
        f" {score(pairs(mine), weights)}/{len(mine)} (htmldate alone"
        f" {score(pairs(mine), LIBRARY)}, ceiling {_ceiling(mine)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--salts", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--unread", action="store_true", help="also score the unread part")
    args = parser.parse_args()
    salts = [f"s{n}" for n in range(args.salts)]
    base_read = rows("read", args.jobs)
    found_read = readings("read", args.jobs)
    trials = [(k, (k,)) for k in TRIALS] + [("all trial kinds", tuple(TRIALS))]
    if args.unread:
        base_unread, found_unread = rows("unread", args.jobs), readings("unread", args.jobs)
    stored = load_weights()
    for name, kinds in [("stored kinds", ()), *trials]:
        read = with_trials(base_read, found_read, kinds)
        mine = folder_of(read, "read", FOLDER)
        print("\n".join(trial_lines(name, read, mine, (*KINDS, *kinds), args.folds, salts)))
        if args.unread:
            unread = with_trials(base_unread, found_unread, kinds)
            weights = fit(pairs(read), (*KINDS, *kinds))[1] if kinds else stored
            print(unread_line(name, unread, folder_of(unread, "unread", FOLDER), weights))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
