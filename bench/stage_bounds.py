"""How often an event's stage in another article bounds a date rightly (#14).

    .venv/bin/python -m bench.stage_bounds [--corpus tbaq extraction conll htmldate seeds]
                                           [--neighbours N ...] [--cache DIR] [--show]

Every document of `bench/infer_date.py`'s corpora is taken as undated in turn (leave one
out); its `--neighbours` most alike dated documents (`generator.dating.corpus.neighbours_of`,
their true dates) give the bounds of `generator.dating.stage_bounds` (a gathering still open
in it and over in a neighbour: published on or before the neighbour's day, `hi`; over in it
and still open in the neighbour: on or after, `lo`). A bound is right when the document's
true day satisfies it (`--neighbours 0`: every other dated document counts, a stress test of
the matching itself). Printed per part (read, unread) and side: bounds, right, wrong, and
how many the build would use (a bound inside the window the corpus method gives without
them, `infer_date.corpus_guesses`), right and wrong; beside them, how many of the windows
the corpus method gives already exclude the true day (the rate a bound must not exceed).
Nothing of an unread document is printed; `--show` lists the read part's bounds.

Measured (storyevents3; bounds right / wrong, read | unread, 5 / 20 / every neighbour):

- TBAQ, article-extraction, CoNLL-2003's datelined articles, htmldate-pages: no bound at
  all, even with every other dated document as a neighbour. Their texts report hardly any
  gathering with a stage and a place (TBAQ: 2 reports in 256 documents, article-extraction
  1 in 83, CoNLL 1 in 213, htmldate 0 in 121): no evidence either way, and nothing changes
  there. The corpus method's windows already miss the true day on TBAQ 15 of 71 / 13 of
  69, article-extraction 5 of 18 / 6 of 26, CoNLL 6 of 64 / 5 of 67.
- The seeds (read): 2 bounds, both right and both used: 001 (talks in Astana that "stumbled
  out of the gate", a communique "expected to be signed on Tuesday in Astana") against 002
  (25 Jan, "The Syrian talks in Astana ended"): window 01-20..02-04 -> 01-23..01-24 (with
  its weekdays); 003 (the "Geneva-based" talks "opened on Tuesday") against 000 (25 May,
  the round "in Geneva this weekend failed", over by 05-21, the end of that weekend read
  against 000's day): 05-15..06-04 -> 05-16..05-19, estimate 05-23 -> 05-16 (true 05-17);
  their weekdays 2 of 3 -> 3 of 3 read to one day, all right. With the neighbour's own day
  as the bound (before its clause's date was read): 003 05-15..05-25, estimate still 05-23.
  Before nationalities were left out of the anchors, "Syrian" matched 003 to 002's Astana
  talks (a wrong bound, 01-25, outside the window: not used).
- c1300 (the scale corpus, 153 undated of 1,300): of the 52 articles the corpus dates,
  only seed 003 changes (05-16..05-27 -> 05-16..05-19); the corpus dating step 1.03-1.09
  -> 1.04-1.14 CPU s (six runs each, old and new code back to back, load 12-14).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from bench import infer_date
from bench.infer_date import SEED_TRUTH, Guess, corpus_guesses, load_items, read_at_truth
from bench.split import PARTS, part_of
from generator.dating import stage_bounds
from generator.dating.corpus import Neighbour, StageReports, corpus_weights, neighbours_of
from generator.dating.similarity import profiles, word_index


def right(bound: stage_bounds.Bound, truth: dt.date) -> bool:
    """The true day satisfies the bound."""
    return truth <= bound.day if bound.side == "hi" else truth >= bound.day


def used(bound: stage_bounds.Bound, guess: Guess) -> bool:
    """The bound falls inside the window found without bounds (the build would cut it)."""
    if guess.window is None:
        return False
    run = (dt.date.fromisoformat(guess.window[0]), dt.date.fromisoformat(guess.window[1]))
    return bool(stage_bounds.cutting([bound], run)[2])


def _part(corpus: str, name: str) -> str:
    return "read" if corpus == "seeds" else part_of(name)


def tally(corpus: str, items: list, neighbours: int, show: bool) -> dict[str, Counter]:
    """Bounds, right and wrong, used or not, per part and side; windows and their misses."""
    articles = [article for (_, _, article), _ in items]
    every = profiles(articles)
    dated = [
        (i, name, dt.date.fromisoformat(truth))
        for i, ((name, truth, _), _) in enumerate(items)
        if not (corpus == "seeds" and name in SEED_TRUTH)
    ]
    index = word_index([every[i] for i, _, _ in dated])
    wide = type(corpus_weights())(**{**corpus_weights().__dict__, "neighbours": neighbours})
    infer_date.STAGES = False  # the windows found without the bounds
    guesses = corpus_guesses(corpus, items)
    infer_date.STAGES = True
    where = {source: k for k, source, _ in dated}
    told = StageReports(articles, where, lambda k: read_at_truth(items[k]))
    counts = {part: Counter() for part in PARTS}
    for i, ((name, truth, _), _) in enumerate(items):
        if corpus == "seeds" and name not in SEED_TRUTH:
            continue
        part, day = _part(corpus, name), dt.date.fromisoformat(truth)
        guess = guesses[i]
        if guess.window:
            counts[part]["windows"] += 1
            counts[part]["windows missing"] += not (guess.window[0] <= truth <= guess.window[1])
        if not told.reports(i):
            continue
        if neighbours:
            found = neighbours_of(i, every, dated, wide, index)
        else:  # every other dated document: how often the matching fires at all
            found = [Neighbour(source, d, 0.0, ()) for k, source, d in dated if k != i]
        for bound in told.bounds(i, found):
            ok = right(bound, day)
            tags = [bound.side, f"{bound.side} {'right' if ok else 'wrong'}"]
            if used(bound, guess):
                tags += [f"{bound.side} used", f"{bound.side} used {'right' if ok else 'wrong'}"]
            counts[part].update(tags)
            if show and part == "read":
                print(f"    {'right' if ok else 'WRONG'} {name} true {truth} window {guess.window}")
                print(f"      {bound.side} {bound.day}: {bound.text[:150]}")
                print(f"      {bound.reading[:220]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", nargs="*", default=["tbaq", "extraction", "conll", "htmldate", "seeds"]
    )
    parser.add_argument(
        "--neighbours",
        type=int,
        nargs="*",
        default=[corpus_weights().neighbours],
        help="neighbours per document; 0: every other dated document of the corpus",
    )
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="list the read part's bounds")
    args = parser.parse_args(argv)
    for corpus in args.corpus:
        items = load_items(corpus, None, args.cache)
        for neighbours in args.neighbours:
            for part, c in tally(corpus, items, neighbours, args.show).items():
                sides = "; ".join(
                    f"{s} {c[s]} (right {c[s + ' right']}, wrong {c[s + ' wrong']}; used "
                    f"{c[s + ' used']}: right {c[s + ' used right']}, wrong {c[s + ' used wrong']})"
                    for s in ("hi", "lo")
                )
                print(
                    f"{corpus:10} n={neighbours:<3d} {part:7} windows {c['windows']} "
                    f"(missing the day {c['windows missing']}) | {sides}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
