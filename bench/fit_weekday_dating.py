"""Fit the weekday evidence (`lang/en/weekday_dating.tsv`) on the read parts.

    .venv/bin/python bench/fit_weekday_dating.py [--cache DIR] [--share 0.9]
                                                 [--corpus tbaq extraction htmldate conll]

1. Reach per tense: for every weekday a read document names (found without an anchor), how
   many days before the document's day it lies (a past or untensed mention) or after it
   (one to come), a weekend counted from its Saturday. Printed per corpus (TBAQ,
   article-extraction, htmldate-pages, CoNLL-2003's Reuters datelines: `bench/infer_date.py`
   loads them), and fitted on all of them together: the reach is the shortest run of days
   (first to last, anywhere in the week) holding `--share` of the mentions. A tense with
   fewer than 20 mentions, or whose reach is the whole week, gets no row (it tells nothing).
2. Margin: each setting dates every TBAQ document by the others (leave one out, as
   `bench/infer_date.py --with-corpus`); printed per margin for the read part: documents
   dated, precision (window holds the day), median width, windows narrowed by weekdays
   (and right), weekdays read to one day (and right). The unread part is printed beside it,
   for the record only; the margin is chosen on the read part: the most weekdays rightly
   read to one day, with at least 90 % of those read to one day right, and the middle of
   a plateau (0.6 to 1.0 read alike: 15 of 16 right; 0.5: 20 of 41).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from infer_date import Resolved, corpus_guesses, load_items, resolved_weekdays  # noqa: E402
from split import PARTS, part_of  # noqa: E402

from generator.dating.evidence import article_texts  # noqa: E402
from generator.dating.weekdays import Reach, mentions  # noqa: E402

MIN_MENTIONS = 20
"""A tense (or weekend) with fewer mentions than this on the read part gets no row."""
MARGINS = (0.25, 0.5, 0.6, 0.75, 0.9, 1.0, float("inf"))


def gap_counts(items) -> dict[str, Counter[int]]:
    """Days from each named weekday to the document's day (past, untensed) or from the day
    to it (to come), by tense, over the read part."""
    counts: dict[str, Counter[int]] = {}
    for (name, truth, article), timexes in items:
        if part_of(name) != "read":
            continue
        day = dt.date.fromisoformat(truth).isoweekday()
        texts, _ = article_texts(article)
        for m in mentions(timexes, texts):
            gap = (day - m.weekday) % 7 if m.tense != "future" else (m.weekday - day) % 7
            counts.setdefault(m.key, Counter())[gap] += 1
    return counts


def reach_of(counts: Counter[int], share: float) -> tuple[int, int]:
    """The shortest run of gaps (first, last) holding `share` of the mentions; the earliest
    first of the shortest; (0, 6) when only the whole week does."""
    total = sum(counts.values())
    for length in range(1, 7):
        for first in range(7 - length + 1):
            if sum(counts[g] for g in range(first, first + length)) >= share * total:
                return first, first + length - 1
    return 0, 6


def _line(items, guesses, part: str) -> str:
    dated = right = 0
    widths = []
    resolved = Resolved()
    for ((name, truth, article), timexes), guess in zip(items, guesses, strict=True):
        if part_of(name) != part or guess.window is None:
            continue
        dated += 1
        right += guess.window[0] <= truth <= guess.window[1]
        lo, hi = (dt.date.fromisoformat(d) for d in guess.window)
        widths.append((hi - lo).days + 1)
        resolved += resolved_weekdays(article, timexes, truth, guess)
    days = resolved.to_a_day
    return (
        f"{part}: dated {dated}, right {right} ({right / max(dated, 1):.0%}), "
        f"width {statistics.median(widths) if widths else 0:.0f}; weekdays {resolved.mentions}, "
        f"to a day {days}, right {resolved.right} ({resolved.right / max(days, 1):.0%})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--share", type=float, default=0.9)
    parser.add_argument("--corpus", nargs="*", default=["tbaq", "extraction", "htmldate", "conll"])
    args = parser.parse_args(argv)
    pooled: dict[str, Counter[int]] = {}
    for corpus in args.corpus:
        for tense, found in sorted(gap_counts(load_items(corpus, None, args.cache)).items()):
            print(f"{corpus}\t{tense}\t{sum(found.values())}\t{[found[g] for g in range(7)]}")
            pooled.setdefault(tense, Counter()).update(found)
    rows = []
    for tense, found in sorted(pooled.items()):
        first, last = reach_of(found, args.share)
        held = sum(found[g] for g in range(first, last + 1)) / sum(found.values())
        count = sum(found.values())
        kept = count >= MIN_MENTIONS and last - first < 6
        note = "" if kept else " (left out: too few mentions, or the whole week)"
        gaps = [found[g] for g in range(7)]
        print(f"{tense}\t{first}\t{last}\t{count}\t{held:.2f}\t{gaps}{note}")
        if kept:
            rows.append((tense, first, last))
    tbaq = load_items("tbaq", None, args.cache)
    for margin in MARGINS:
        guesses = corpus_guesses("tbaq", tbaq, reach=Reach(tuple(rows), margin))
        print(f"margin {margin}: " + " | ".join(_line(tbaq, guesses, p) for p in PARTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
