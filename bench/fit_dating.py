"""Fit the dating clues' weights, recency kinds and rival margin on the READ part.

    .venv/bin/python bench/fit_dating.py [--cache DIR] [--write]

A grid search over the weight of a few clue kinds, which kinds count as recency clues and
the margin a window must have over a far reading. Each setting is scored on the read part
of TBAQ, htmldate-pages and article-extraction together (`bench/infer_date.py` loads them):
the setting kept dates the most documents right while the window holds the true day in at
least `PRECISION` of those it dates; ties go to fewer wrong, then to the plainer setting.
`--write` stores it in `generator/lang/en/dating_weights.tsv`; the unread part is only
scored afterwards, by `bench/infer_date.py`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from infer_date import load_items  # noqa: E402
from split import part_of  # noqa: E402

from generator.dating import Weights, gather_clues, pinned  # noqa: E402
from generator.dating.window import choose_window  # noqa: E402

PRECISION = 0.8
CORPORA = ("tbaq", "htmldate", "extraction")
RECENT_CANDIDATES = (
    "weekday",
    "yearless-day-past",
    "yearless-day-future",
    "yearless-month-past",
    "yearless-month-future",
    "new-title",
    "day-future",
)
GRID = {
    "title": (0.25, 0.5, 1.0),
    "yearless-month-past": (0.5, 1.0),
    "yearless-day-past": (0.5, 1.0),
    "bound": (0.5, 1.0),
}
MARGINS = (0.0, 0.5, 1.0)
WEIGHTS_FILE = ROOT / "generator" / "lang" / "en" / "dating_weights.tsv"


def read_part(cache: Path | None) -> list[tuple[str, tuple]]:
    """(true day, gathered clues) of every read document that names a year."""
    rows = []
    for corpus in CORPORA:
        for (name, truth, article), timexes in load_items(corpus, None, cache):
            gathered = gather_clues(article, timexes) if part_of(name) == "read" else None
            if gathered:
                rows.append((truth, gathered))
    return rows


def evaluate(rows, weights: Weights) -> tuple[int, int]:
    """(right, wrong) among the documents dated."""
    right = wrong = 0
    for truth, (clues, years) in rows:
        weighted = weights.apply(clues)
        window = choose_window(weighted, years)
        if window is None or not pinned(window, weighted, weights):
            continue
        if window.lo.isoformat() <= truth <= window.hi.isoformat():
            right += 1
        else:
            wrong += 1
    return right, wrong


def settings():
    kinds = list(GRID)
    for values in itertools.product(*(GRID[k] for k in kinds)):
        for size in range(1, len(RECENT_CANDIDATES) + 1):
            for recent in itertools.combinations(RECENT_CANDIDATES, size):
                for margin in MARGINS:
                    yield Weights(dict(zip(kinds, values, strict=True)), frozenset(recent), margin)


def fit(rows) -> tuple[Weights, int, int]:
    best: tuple[tuple, Weights, int, int] | None = None
    for weights in settings():
        right, wrong = evaluate(rows, weights)
        if right == 0 or right / (right + wrong) < PRECISION:
            continue
        key = (right, -wrong, -len(weights.recent), -weights.margin)
        if best is None or key > best[0]:
            best = (key, weights, right, wrong)
    if best is None:
        return Weights(), 0, 0
    return best[1], best[2], best[3]


def write(weights: Weights) -> None:
    lines = [line for line in WEIGHTS_FILE.read_text("utf-8").splitlines() if line.startswith("#")]
    for kind in sorted(set(weights.by_kind) | weights.recent):
        weight = weights.by_kind.get(kind, 0.5)
        lines.append(f"{kind}\t{weight:g}\t{'yes' if kind in weights.recent else 'no'}")
    lines.append(f"rival-margin\t{weights.margin:g}")
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="folder for parsed items")
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    args = parser.parse_args(argv)
    rows = read_part(args.cache)
    weights, right, wrong = fit(rows)
    print(f"read part: {len(rows)} documents naming a year; dated right {right}, wrong {wrong}")
    print(f"weights {dict(sorted(weights.by_kind.items()))}")
    print(f"recent {sorted(weights.recent)}, margin {weights.margin}")
    if args.write:
        write(weights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
