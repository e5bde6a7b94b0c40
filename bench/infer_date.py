"""Measure publication-date inference on dated documents with their date hidden.

    .venv/bin/python bench/infer_date.py [--corpus tbaq|htmldate|both] [--limit N] [--errors N]

TempEval-3 TBAQ documents carry their creation date (DCT) outside the text; htmldate-pages
carry a gold date (pages go through clean + metadata, then the date found is thrown away).
Each document's text is dated by `generator.dating` from its timexes found without an
anchor, and scored: the share dated at all, the share whose window holds the true date,
median window width and median error of the estimate (days). Before this inference nothing
was dated (0%). Items split by `bench/split.py`: "read" (looked at) and "unread" (only
scored), both printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import PARTS, part_of  # noqa: E402
from tempeval import DEFAULT_DATA, read_document  # noqa: E402

from generator.dating import infer_published  # noqa: E402
from generator.models import Article, Paragraph  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

HTMLDATE = ROOT.parent / "shared" / "bench" / "htmldate-pages"


def _article(item: str, text: str) -> Article:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    paragraphs = tuple(Paragraph(f"p{i}", b) for i, b in enumerate(blocks, start=1))
    return Article(item, item, "", None, (), None, None, None, None, None, None, paragraphs)


def tbaq_items() -> Iterator[tuple[str, str, Article]]:
    for path in sorted(DEFAULT_DATA.glob("*/*.tml")):
        doc = read_document(path)
        if len(doc.dct) == 10:
            yield doc.name, doc.dct, _article(doc.name, doc.text)


def htmldate_items(limit: int | None) -> Iterator[tuple[str, str, Article]]:
    from generator.clean import clean
    from generator.ingest import read_article
    from generator.metadata import extract_metadata

    gold = json.loads((HTMLDATE / "gold.json").read_text("utf-8"))
    names = sorted(gold)[:limit] if limit else sorted(gold)
    for name in names:
        path = HTMLDATE / "pages" / f"{name}.html"
        if not path.exists() or len(gold[name]) != 10:
            continue
        article = extract_metadata(clean(read_article(path, path.name, name)))
        if article.language not in (None, "en"):
            continue  # the timex rules read English
        yield name, gold[name], replace(article, published=None, published_basis=None, url=None)


def score(items, errors: int) -> None:
    rows: dict[str, list[tuple[str, str, tuple[str, str] | None, str | None]]] = {
        p: [] for p in PARTS
    }
    for name, truth, article in items:
        inference = infer_published(article, article_timexes(article))
        window = inference.window if inference else None
        rows[part_of(name)].append((name, truth, window, inference and inference.published))
    print(
        f"{'part':8} {'docs':>5} {'dated':>6} {'in window':>10} {'width (d)':>10} {'error (d)':>10}"
    )
    for part in PARTS:
        _print_part(part, rows[part])
    shown = 0
    for name, truth, window, published in rows["read"]:
        if shown >= errors:
            break
        if window and not window[0] <= truth <= window[1]:
            print(f"  MISS {name}: true {truth}, window {window[0]}..{window[1]} ({published})")
            shown += 1


def _print_part(part: str, rows) -> None:
    dated = [(t, w, p) for _, t, w, p in rows if w]
    inside = sum(1 for t, w, _ in dated if w[0] <= t <= w[1])
    widths = [_days(w[0], w[1]) + 1 for _, w, _ in dated]
    errs = [abs(_days(t, _day(p, w))) for t, w, p in dated]
    n = len(rows) or 1
    width = statistics.median(widths) if widths else float("nan")
    error = statistics.median(errs) if errs else float("nan")
    print(
        f"{part:8} {len(rows):5d} {len(dated) / n:6.0%} {inside / n:10.0%} "
        f"{width:10.0f} {error:10.0f}"
    )


def _day(published: str, window: tuple[str, str]) -> str:
    return published if len(published) == 10 else window[0]


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("tbaq", "htmldate", "both"), default="tbaq")
    parser.add_argument("--limit", type=int, default=None, help="htmldate pages to read")
    parser.add_argument("--errors", type=int, default=0, help="misses to list (read part)")
    args = parser.parse_args(argv)
    if args.corpus in ("tbaq", "both"):
        if not DEFAULT_DATA.is_dir():
            print(f"no TBAQ data at {DEFAULT_DATA}")
        else:
            print("TempEval-3 TBAQ (creation date hidden)")
            score(tbaq_items(), args.errors)
    if args.corpus in ("htmldate", "both"):
        if not HTMLDATE.is_dir():
            print(f"no htmldate pages at {HTMLDATE}")
        else:
            print("htmldate-pages, English (page date hidden)")
            score(htmldate_items(args.limit), args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
