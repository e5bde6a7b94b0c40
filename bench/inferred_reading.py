"""How relative dates fare when read against an INFERRED publication window.

    .venv/bin/python bench/inferred_reading.py [--corpus tbaq extraction conll ...]
                                               [--cache DIR] [--part read|unread|both]

Each document of `bench/infer_date.py`'s corpora is dated with its own date hidden, by its
text and the other documents' true dates (leave one out, `--with-corpus` there); its text
is then read against the window it gets (`generator.dating.window_timexes`, what a build
does) and against its true day. Every expression that needs the date to be read (its value
found without an anchor is not the day it names against the true day: "on Monday",
"yesterday", "last week") and that names a day against the true day is scored:

- `day right` / `day wrong`: read to one day, the true reading's or another;
- `coarser`: a month or year holding the true reading (true, less precise);
- `coarse wrong`: a month or year not holding it;
- `none`: not read (left as the text says it, `XXXX-…`).

Grouped by the expression's kind (a weekday, or another relative expression), by the
window's width, by whether the text's weekdays tell the day of the week
(`generator.dating.weekdays.voted_days`: a past one, or a past and a coming one), and for
weekdays by their own tense. The unread part is only scored.

Measured on the read parts (before -> after the weekday-allowed reading days and the past
and coming pair): CoNLL weekdays read to the right day 75 -> 84 of 117 (wrong 6 -> 6),
TBAQ 15 -> 15 of 109 (windows of 15-28 days, 74 of them, read no weekday to a day),
article-extraction 10 -> 10 of 17.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from infer_date import Guess, corpus_guesses, load_items  # noqa: E402
from split import PARTS, part_of  # noqa: E402

from generator.dating import window_timexes  # noqa: E402
from generator.dating.evidence import article_texts  # noqa: E402
from generator.dating.resolve import calendar_span  # noqa: E402
from generator.dating.weekdays import WEEKDAY_VALUE, fitted_reach, mentions, voted_days  # noqa: E402
from generator.models import Article, Timex  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

OUTCOMES = ("day right", "day wrong", "coarser", "coarse wrong", "none")
WIDTHS = ((1, 4), (5, 7), (8, 14), (15, 28), (29, 366))
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")

Key = tuple[str, int, int]


def _key(t: Timex) -> Key:
    return (t.paragraph, t.start, t.end)


def outcome(read: str | None, true_day: str) -> str:
    """How a window's reading compares with the true day's reading (a `YYYY-MM-DD`)."""
    if not read or read.startswith("X"):
        return "none"
    if _DAY.match(read):
        return "day right" if read[:10] == true_day else "day wrong"
    span = calendar_span(read.split("T")[0])
    if span is None:
        return "none"
    inside = span[0].isoformat() <= true_day <= span[1].isoformat()
    return "coarser" if inside else "coarse wrong"


def width_bucket(window: tuple[str, str]) -> str:
    """The window's width as one of `WIDTHS` (days)."""
    lo, hi = (dt.date.fromisoformat(d) for d in window)
    days = (hi - lo).days + 1
    first, last = next((a, b) for a, b in WIDTHS if a <= days <= b)
    return f"{first}-{last} d"


def scored(article: Article, timexes: list[Timex], truth: str, guess: Guess) -> list[tuple]:
    """(kind, width, weekday evidence, outcome) of each expression the date is needed for."""
    if guess.window is None:
        return []
    unanchored = {_key(t): t.value for t in timexes}
    true = {_key(t): t.value for t in article_timexes(replace(article, published=truth))}
    read = {
        _key(t): t.value
        for t in window_timexes(
            replace(article, published_window=guess.window, published_days=guess.days)
        )
    }
    texts, _ = article_texts(article)
    named = mentions(timexes, texts)
    telling = voted_days(named, fitted_reach()) is not None
    tenses = {(m.paragraph, m.text): m.tense for m in named}
    rows = []
    for key, value in sorted(true.items()):
        if not _DAY.match(value) or unanchored.get(key, "")[:10] == value[:10]:
            continue
        kind = "weekday" if WEEKDAY_VALUE.match(unanchored.get(key, "")) else "other"
        width = width_bucket(guess.window)
        tense = tenses.get((key[0], texts.get(key[0], "")[key[1] : key[2]]), "-")
        rows.append((kind, width, telling, outcome(read.get(key), value[:10]), tense))
    return rows


def table(rows: list[tuple], by: int, label: str) -> None:
    """One line per value of column `by`: how many rows, and of each outcome."""
    groups: dict[object, Counter[str]] = {}
    for row in rows:
        groups.setdefault(row[by], Counter())[row[3]] += 1
    for group, counts in sorted(groups.items(), key=lambda g: str(g[0])):
        total = sum(counts.values())
        cells = "  ".join(f"{o} {counts[o]:3d}" for o in OUTCOMES)
        print(f"    {label} {group!s:9} {total:4d}: {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=["tbaq", "extraction", "conll"])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--part", choices=(*PARTS, "both"), default="both")
    args = parser.parse_args(argv)
    parts = PARTS if args.part == "both" else (args.part,)
    for corpus in args.corpus:
        items = load_items(corpus, None, args.cache)
        guesses = corpus_guesses(corpus, items)
        for part in parts:
            rows = []
            for ((name, truth, article), timexes), guess in zip(items, guesses, strict=True):
                if part_of(name) == part:
                    rows.extend(scored(article, timexes, truth, guess))
            print(f"{corpus} {part}: {len(rows)} expressions needing the date, in dated documents")
            table([r for r in rows if r[0] == "weekday"], 1, "weekday, width")
            table([r for r in rows if r[0] == "weekday"], 2, "weekday, telling")
            table([r for r in rows if r[0] == "weekday"], 4, "weekday, tense")
            table([r for r in rows if r[0] == "other"], 1, "other,   width")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
