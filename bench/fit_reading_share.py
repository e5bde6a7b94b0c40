"""Fit `reading-share` (`lang/en/window_likelihood.tsv`): when a relative date read against an
inferred window's days keeps the reading of the likeliest days.

    .venv/bin/python bench/fit_reading_share.py [--cache DIR] [--corpus tbaq extraction conll]

Each document of `bench/infer_date.py`'s corpora is dated by the others (leave one out, the
corpus method); its window's candidate days come weighed by their likelihood
(`generator.dating.likeliest.weighed_days`: the corpus's neighbour law times the weekdays'
gap probabilities, on the days of the week its weekdays allow). Every expression that needs
the date ("on Monday", "yesterday": its reading at the true day is a day its reading without
an anchor is not) and that the days do not all read alike is a case: the reading holding the
most likelihood, its share, and whether it is the reading at the true day. Printed per
corpus, part and kind (weekday or other) for each share of `SHARES`: cases at or above it,
and how many are right. The share kept is the smallest whose cases on the read parts,
pooled, are at least `PRECISION` right (as right as the readings a window already gives);
the unread parts are printed for the record only.

Measured (cases at or above the share, right in brackets; read / unread): 0.95, kept:
article-extraction weekdays 2 (2) / 2 (2), CoNLL weekdays 5 (5) / 2 (2) and others 2 (2) /
2 (2), TBAQ none: 9 of 9 / 8 of 8. 0.9 reads 21 of 23 (91 %) on read but 21 of 26 (81 %) on
unread, TBAQ's five weekdays there all wrong (windows of multi-week stories a week off); 0.85
reads 26 of 31 (84 %) on read. The seeds built without briefing.yml are not changed by it: their two
dated articles, four months apart, do not show that neighbours date them (the law's share
is 1, `likelihood.adapted`), and on them the dominant reading is right for 001's "On
Monday" (share 0.85) and wrong for 003's "opened on Tuesday" (0.88, the neighbour eight
days after the true day): no share tells the two apart.

Tried and not kept: the step scores' neighbour weights shared only among the neighbours whose
outer ring reaches the window (a neighbour months away no longer dilutes the inner ring of
the one beside it, so `weekdays.narrow` picks a week more often). TBAQ read unchanged; TBAQ
unread weekdays read to one day 29 (25 right) -> 55 (39 right): the 26 added are 54 % right;
on the seeds 001's window becomes its true Monday and Tuesday, 003's the week after its true
day (05-23 to 05-26, true 05-17): a window that no longer holds the truth. Nor does a
past and a coming weekday (a handful of candidate days, `weekdays.pair_days`) make the
neighbours' week reliable: in the documents naming such a pair, TBAQ read has 23 such cases
(3 documents, top shares 0.47-0.77), none right; unread 28 (4 documents), 14 right.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from infer_date import Guess, corpus_guesses, load_items  # noqa: E402
from split import PARTS, part_of  # noqa: E402

from generator.dating.likeliest import settled_value  # noqa: E402
from generator.dating.weekdays import WEEKDAY_VALUE  # noqa: E402
from generator.models import Article, Timex  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

SHARES = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)
PRECISION = 0.93
"""What the weekdays a window already read to one day get right on the read parts (TBAQ 15
of 16, article-extraction 10 of 11, CoNLL 84 of 90: 109 of 117): the added readings must be
no worse."""
Key = tuple[str, int, int]


def _key(t: Timex) -> Key:
    return (t.paragraph, t.start, t.end)


@dataclass(frozen=True)
class Case:
    """A reading the window's days disagree on: its kind, the top reading's share, right?"""

    kind: str
    share: float
    right: bool


def top_share(readings: Sequence[tuple[str, float]]) -> tuple[str, float]:
    """The reading holding the most likelihood and its share (`settled_value` at that share)."""
    total = sum(w for _, w in readings) or 1.0
    summed: dict[str, float] = {}
    for value, w in readings:
        summed[value] = summed.get(value, 0.0) + w
    value, held = min(summed.items(), key=lambda item: (-item[1], item[0]))
    assert settled_value(readings, held / total) == value
    return value, held / total


def cases(article: Article, timexes: list[Timex], truth: str, guess: Guess) -> list[Case]:
    """The expressions that need the date and that the guess's weighed days read apart."""
    if not guess.days:
        return []
    unanchored = {_key(t): t.value for t in timexes}
    true = {_key(t): t.value for t in article_timexes(replace(article, published=truth))}
    readings: dict[Key, list[tuple[str, float]]] = {}
    for day, weight in guess.days:
        for t in article_timexes(replace(article, published=day)):
            readings.setdefault(_key(t), []).append((t.value, weight))
    found = []
    for key, read in sorted(readings.items()):
        wanted = true.get(key, "")
        if len(read) != len(guess.days) or len({v for v, _ in read}) == 1:
            continue
        if len(wanted) < 10 or unanchored.get(key, "")[:10] == wanted[:10]:
            continue
        kind = "weekday" if WEEKDAY_VALUE.match(unanchored.get(key, "")) else "other"
        value, share = top_share(read)
        found.append(Case(kind, share, value[:10] == wanted[:10]))
    return found


def chosen(read_cases: Sequence[Case], shares: Sequence[float] = SHARES) -> float:
    """The smallest share whose cases are at least `PRECISION` right (1.0: none is)."""
    for share in sorted(shares):
        kept = [c for c in read_cases if c.share >= share]
        if kept and sum(c.right for c in kept) >= PRECISION * len(kept):
            return share
    return 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--corpus", nargs="*", default=["tbaq", "extraction", "conll"])
    args = parser.parse_args(argv)
    pooled: list[Case] = []
    for corpus in args.corpus:
        items = load_items(corpus, None, args.cache)
        guesses = corpus_guesses(corpus, items)
        for part in PARTS:
            found = [
                c
                for ((name, truth, article), timexes), guess in zip(items, guesses, strict=True)
                if part_of(name) == part
                for c in cases(article, timexes, truth, guess)
            ]
            if part == "read":
                pooled.extend(found)
            for kind in ("weekday", "other"):
                of_kind = [c for c in found if c.kind == kind]
                cells = "  ".join(
                    f"{s}: {sum(c.share >= s for c in of_kind)} "
                    f"({sum(c.right for c in of_kind if c.share >= s)})"
                    for s in SHARES
                )
                print(f"{corpus:10} {part:6} {kind:7} {len(of_kind):4d} cases; {cells}")
    print(f"chosen reading-share (read parts, pooled): {chosen(pooled)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
