"""How relative dates fare when the document date is only known as a window of days.

    .venv/bin/python bench/window_resolution.py [--limit N] [--widths 7 21]

TempEval-3 TBAQ documents with their creation date (DCT) replaced by a window that holds
it: as wide as `--widths`, the true day at its start, middle or end. Two ways to read the
text against the window are scored on the gold values of the time expressions:

- `middle`: anchored on the window's middle day, as a day estimate would be;
- `window`: `generator.dating.window_timexes`, every day of the window, keeping only what
  all readings share (the value, else its month or year, else the unanchored value).

For each gold DATE expression the system finds: `exact` (the gold value), `coarser` (a
month or year that holds the gold day: true, less precise), `wrong` (a calendar value that
does not hold it). Printed per part of the split (`bench/split.py`), read and unread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import PARTS, part_of  # noqa: E402
from tempeval import DEFAULT_DATA, Document, read_document  # noqa: E402

from generator.dating import window_timexes  # noqa: E402
from generator.dating.resolve import calendar_span  # noqa: E402
from generator.models import Article, Paragraph, Timex  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

POSITIONS = ("start", "middle", "end")


def _article(doc: Document) -> Article:
    return Article(doc.name, doc.name, "", None, (), None, None, None, None, None, None,
                   (Paragraph("p1", doc.text),))  # fmt: skip


@cache
def _found(doc: Document, anchor: str | None) -> tuple[Timex, ...]:
    return article_timexes(replace(_article(doc), published=anchor))


def _find(article: Article, docs: dict[str, Document]) -> tuple[Timex, ...]:
    return _found(docs[article.id], article.published)


def window_of(dct: str, width: int, position: str) -> tuple[str, str]:
    """The `width`-day window holding `dct` at its start, middle or end."""
    day = dt.date.fromisoformat(dct)
    before = {"start": 0, "middle": (width - 1) // 2, "end": width - 1}[position]
    lo = day - dt.timedelta(days=before)
    return lo.isoformat(), (lo + dt.timedelta(days=width - 1)).isoformat()


def grade(value: str, gold: str) -> str:
    """`exact`, `coarser` (a calendar span holding the gold's), `wrong` or `other`."""
    if value == gold:
        return "exact"
    mine, truth = calendar_span(value), calendar_span(gold)
    if mine is None or truth is None:
        return "other"
    if mine[0] <= truth[0] and truth[1] <= mine[1]:
        return "coarser"
    return "wrong"


def score(doc: Document, timexes: tuple[Timex, ...], tally: Counter) -> None:
    """One-to-one pairing with the gold DATE expressions, as `tempeval.score_document`."""
    paired: set[int] = set()
    for timex in timexes:
        for i, gold in enumerate(doc.gold):
            if i in paired or not (timex.start < gold.end and gold.start < timex.end):
                continue
            paired.add(i)
            if gold.type == "DATE":
                tally[grade(timex.value, gold.value)] += 1
            break


def run(docs: list[Document], widths: list[int]) -> dict[tuple[str, int, str], Counter]:
    by_name = {d.name: d for d in docs}
    tallies: dict[tuple[str, int, str], Counter] = {}
    for doc in docs:
        part = part_of(doc.name)
        for width in widths:
            for position in POSITIONS:
                lo, hi = window_of(doc.dct, width, position)
                middle = (
                    dt.date.fromisoformat(lo) + dt.timedelta(days=(width - 1) // 2)
                ).isoformat()
                article = replace(_article(doc), published=middle, published_window=(lo, hi))
                score(
                    doc, _found(doc, middle), tallies.setdefault((part, width, "middle"), Counter())
                )
                found = window_timexes(article, lambda a: _find(a, by_name))
                score(doc, found, tallies.setdefault((part, width, "window"), Counter()))
        _found.cache_clear()
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents")
    parser.add_argument("--widths", type=int, nargs="*", default=[7, 21])
    args = parser.parse_args(argv)
    paths = sorted(DEFAULT_DATA.glob("*/*.tml"))[: args.limit]
    docs = [d for d in map(read_document, paths) if len(d.dct) == 10]
    tallies = run(docs, args.widths)
    print(f"{'part':7} {'width':>5} {'method':7} {'dates':>6} {'exact':>6} {'coarser':>8} "
          f"{'wrong':>6} {'other':>6}")  # fmt: skip
    for part in PARTS:
        for width in args.widths:
            for method in ("middle", "window"):
                t = tallies.get((part, width, method), Counter())
                total = sum(t.values()) or 1
                shares = " ".join(
                    f"{t[k] / total:{w}.1%}"
                    for k, w in (("exact", 6), ("coarser", 8), ("wrong", 6), ("other", 6))
                )
                print(f"{part:7} {width:5d} {method:7} {sum(t.values()):6d} {shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
