"""Fit the corpus dating's values (`lang/en/corpus_dating.tsv`) on the read part of TBAQ.

    .venv/bin/python bench/fit_corpus_dating.py [--cache DIR] [--top N]

Each setting of a small grid dates every TBAQ document by the others (leave one out, as
`bench/infer_date.py --with-corpus` does); a setting is kept when its windows hold the true
day for at least `--precision` (0.8, as bench/fit_dating.py) of the read part's dated documents, and the best keeps the
most documents rightly dated there, among those that date wrongly at most 5 % of the read
part of htmldate-pages (unrelated pages, dated by each other: should stay mostly undated).
Its figures on the unread parts are printed beside it.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from infer_date import Guess, corpus_guesses, load_items  # noqa: E402
from split import part_of  # noqa: E402

from generator.dating.corpus import CorpusWeights  # noqa: E402

GRID = {
    "min_similarity": (0.05, 0.1, 0.15),
    "far_days": (5, 7, 8, 10),
    "slack": (0.5, 1.0, 1.5),
    "max_days": (15, 21, 28),
    "margin": (0.25, 0.5),
}
WRONG_UNRELATED = 0.05
"""Most of htmldate-pages' read part (unrelated pages) a setting may date wrongly."""


def figures(items, guesses: list[Guess], part: str | None) -> tuple[int, int, int]:
    """(documents, dated, dated rightly) of one part (None: all)."""
    docs = dated = right = 0
    for ((name, truth, _), _), guess in zip(items, guesses, strict=True):
        if part is not None and part_of(name) != part:
            continue
        docs += 1
        if guess.window:
            dated += 1
            right += guess.window[0] <= truth <= guess.window[1]
    return docs, dated, right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--verbose", action="store_true", help="print every setting's figures")
    args = parser.parse_args(argv)
    tbaq = load_items("tbaq", None, args.cache)
    htmldate = load_items("htmldate", None, args.cache)
    rows = []
    for values in itertools.product(*GRID.values()):
        weights = replace(CorpusWeights(), **dict(zip(GRID, values, strict=True)))
        h_docs, h_dated, h_right = figures(
            htmldate, corpus_guesses("htmldate", htmldate, weights), "read"
        )
        docs, dated, right = figures(tbaq, corpus_guesses("tbaq", tbaq, weights), "read")
        wrong = h_dated - h_right
        if args.verbose:
            print(f"  tbaq read {right}/{dated}, htmldate read wrong {wrong}/{h_docs} · {values}")
        if wrong <= WRONG_UNRELATED * h_docs and dated and right / dated >= args.precision:
            rows.append((right, dated, weights))
    rows.sort(key=lambda r: (-r[0], r[1]))
    if not rows:
        print(f"no setting reaches precision {args.precision} on the read part")
    for right, dated, weights in rows[: args.top]:
        _, u_dated, u_right = figures(tbaq, corpus_guesses("tbaq", tbaq, weights), "unread")
        h_guesses = corpus_guesses("htmldate", htmldate, weights)
        h_docs, h_dated, h_right = figures(htmldate, h_guesses, "unread")
        print(
            f"tbaq read {right}/{dated} right, unread {u_right}/{u_dated} · "
            f"htmldate unread dated {h_dated}/{h_docs} ({h_right} right) · {weights}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
