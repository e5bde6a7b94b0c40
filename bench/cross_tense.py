"""How often what another article reports as past or to come bounds a date rightly.

    .venv/bin/python -m bench.cross_tense [--corpus tbaq extraction conll seeds]
                                          [--neighbours N] [--cache DIR] [--recurring]

Every document of `bench/infer_date.py`'s corpora is taken as undated in turn; its
`--neighbours` most alike dated documents (`generator.dating.corpus.neighbours_of`, their
true dates) give the bounds of `generator.dating.cross_tense` (a report to come in it and
past in a neighbour: published on or before the neighbour's day; past in it and to come in
the neighbour: on or after). A bound is right when the document's true day satisfies it.
Printed per part (read, unread): bounds, right, wrong, and how many the build would use (a
bound inside the window the corpus method gives without them, `infer_date.corpus_guesses`).
`--recurring` also lets talks, meetings and attacks bound (`recurring_kinds` emptied).
Nothing of an unread document is printed; `--show` lists the read part's bounds.

Measured (bounds right / wrong; read | unread; `used`: inside the window, so the build
cuts it):

- 5 neighbours (the build's): TBAQ 0/0 | 0/0; article-extraction, CoNLL 0/0 | 0/0; the
  seeds 1/0, used 1 (001: "a draft communique expected to be signed on Tuesday in Astana"
  against 002's "the statement was not signed by the Syrian regime delegation", 2017-01-25:
  a negated report; window 01-20..02-04 -> 01-23..01-24, story events recall 0.25 -> 0.75).
- 20 neighbours: TBAQ 1/0 | 0/2.
- `--recurring` (talks, meetings, attacks bound too), 5 neighbours: TBAQ 1/1 (used 1,
  wrong) | 0/1; seeds 2/1; 20 neighbours: TBAQ 3/3 | 0/9.
- Reports only on an event verb whose own form or governing words give the tense ("signed",
  "to be signed"), none under a negation: no bound anywhere, the seeds' included.

Matching by the kind of event and two shared names is not safe (off the seeds, wrong bounds
outnumber right ones), and a safer one finds nothing: the change was reverted with this
script, which stays in the history of the branch `crosstense` for a next attempt.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from bench import infer_date
from bench.infer_date import SEED_TRUTH, Guess, corpus_guesses, load_items
from bench.split import PARTS, part_of
from generator.dating import cross_tense
from generator.dating.corpus import corpus_weights, cutting, neighbours_of, tense_bounds
from generator.dating.similarity import profiles, word_index


def right(bound: cross_tense.Bound, truth: dt.date) -> bool:
    """The true day satisfies the bound."""
    return truth <= bound.day if bound.side == "hi" else truth >= bound.day


def used(bound: cross_tense.Bound, guess: Guess) -> bool:
    """The bound falls inside the window found without bounds (the build would cut it)."""
    if guess.window is None:
        return False
    run = tuple(dt.date.fromisoformat(d) for d in guess.window)
    return bool(cutting([bound], run)[2])


def tally(corpus: str, items: list, neighbours: int, show: bool) -> dict[str, Counter]:
    articles = [article for (_, _, article), _ in items]
    every = profiles(articles)
    dated = [
        (i, name, dt.date.fromisoformat(truth))
        for i, ((name, truth, _), _) in enumerate(items)
        if not (corpus == "seeds" and name in SEED_TRUTH)
    ]
    index = word_index([every[i] for i, _, _ in dated])
    weights = corpus_weights()
    wide = type(weights)(**{**weights.__dict__, "neighbours": neighbours})
    infer_date.TENSE = False  # the windows found without bounds
    guesses = corpus_guesses(corpus, items)
    infer_date.TENSE = True
    counts = {part: Counter() for part in PARTS}
    for i, ((name, truth, _), _) in enumerate(items):
        part = "read" if corpus == "seeds" else part_of(name)
        found = neighbours_of(i, every, dated, wide, index)
        for bound in tense_bounds(articles, i, found, dated):
            ok = right(bound, dt.date.fromisoformat(truth))
            counts[part].update(["bounds", "right" if ok else "wrong"])
            if used(bound, guesses[i]):
                counts[part].update(["used", "used right" if ok else "used wrong"])
            if show and part == "read":
                verdict = "right" if ok else "WRONG"
                print(
                    f"    {verdict} {name} true {truth} {bound.side} {bound.day}: {bound.text[:90]}"
                )
                print(f"        {bound.reading[:160]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=["tbaq", "extraction", "conll", "seeds"])
    parser.add_argument("--neighbours", type=int, default=corpus_weights().neighbours)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--recurring", action="store_true")
    parser.add_argument("--show", action="store_true", help="list the read part's bounds")
    args = parser.parse_args(argv)
    if args.recurring:
        cross_tense.RECURRING_KINDS = frozenset()
    for corpus in args.corpus:
        counts = tally(corpus, load_items(corpus, None, args.cache), args.neighbours, args.show)
        for part, c in counts.items():
            print(
                f"{corpus:10} {part:7} bounds {c['bounds']:3d} right {c['right']:3d} "
                f"wrong {c['wrong']:3d}; used {c['used']:3d} (right {c['used right']}, "
                f"wrong {c['used wrong']})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
