"""Measure publication-date inference on dated documents with their date hidden.

    .venv/bin/python bench/infer_date.py [--corpus NAME ...] [--limit N] [--errors N]
                                         [--cache DIR] [--with-corpus]

Corpora (each split read/unread by `bench/split.py`, both printed):

- `tbaq`: TempEval-3 TBAQ; the creation date (DCT) is outside the text.
- `htmldate`: htmldate-pages in English; gold day known. Only the cleaned title and body
  are dated (the page's metadata, subtitle, caption and the date lines the metadata stage
  takes out are hidden).
- `extraction`: article-extraction pages (HTML) whose date our metadata finds in the text
  or the page's metadata: that date is the truth, and hidden the same way.
- `seeds`: the bundled seeds, no briefing.yml; the three undated ones are scored (the two
  dated ones are only the corpus method's neighbours).
- `conll`: CoNLL-2003's development articles (Reuters wire, Aug.-Dec. 1996) that open with a
  dateline ("BUCHAREST 1996-08-30"): its day is the truth, the line is hidden. Used for the
  weekday reaches (`bench/fit_weekday_dating.py`); not part of the default run.

Method: `new` (`generator.dating.infer_published`). Metadata's older guess (the latest past
full date, as its month) was measured here before it was removed, read / unread precision:
TBAQ 11% / 0%, htmldate 14% / 0%, article-extraction 50% / 50% (dated 7-11% of documents).
Method `corpus` (`--with-corpus`, `generator.dating.corpus`): leave one out, each document
dated by its own text and the OTHER documents' true dates, the documents alike it (TF-IDF)
counting as neighbours. Measured with lang/en/corpus_dating.tsv and
lang/en/weekday_dating.tsv as fitted (read / unread): TBAQ dated 55% / 54%, precision 79% /
81%, width 20 / 18 days, error 4 / 3; article-extraction dated 49% / 57%, precision 72% /
77%; htmldate-pages (unrelated pages: a mixed corpus) dated 5% / 16%, mostly wrongly
(33% / 22%); the seeds 001, 003, 004 all dated, each window holding its true date. Before
the weekday narrowing and the wider rings (far-days 7, max-days 21): TBAQ 77% / 83%,
width 14; article-extraction 78% / 81%; seed 003's window one day after its true date.

`--weekdays` (with `--with-corpus`): of the weekdays the corpus-dated documents name, how
many read to one day against the window, and how many of those equal their reading against
the true day: TBAQ 16 of 114, 15 right / 29 of 100, 25 right; article-extraction 11 of 18,
10 right / 15 of 34, 14 right (before the narrowing: 0 / 0 on TBAQ, 2 of 18 / 0 on
article-extraction).

With the window likelihood (`generator.dating.likelihood`, share 0.98, the neighbour law
refitted per corpus; `bench/fit_window_likelihood.py`), same documents dated and held, median
width TBAQ 20 -> 17 / 18 -> 16, article-extraction 14 -> 6 / 20 -> 6, CoNLL 4 -> 3 / 4 -> 3;
CoNLL weekdays to one day 76 (70 right) -> 81 (75) / 62 (52) -> 72 (62); htmldate-pages and
the seeds unchanged (their dated articles do not show neighbours within reach). With the
window read only on the days of the week the text's weekdays allow, and a past and a coming
weekday bounding the day between them (`generator.dating.weekdays.pair_days`), windows
unchanged; CoNLL weekdays to one day 81 (75 right) -> 90 (84) / 72 (62) -> 79 (69); TBAQ,
article-extraction and htmldate-pages unchanged.

Printed per part: the share dated at all, precision (the window holds the true day, of
those dated), median window width, median error of the estimate (days) and the share of
estimates on the true day.

With the estimate the likeliest of the window's days the text's weekdays allow
(`generator.dating.likeliest`) instead of the best step score's first day, and a relative
date read to the reading of the days holding 95 % of the likelihood (`reading-share`,
`bench/fit_reading_share.py`), windows unchanged; estimates on the true day (read /
unread): TBAQ 7 -> 13 of 71 / 8 -> 20 of 69, article-extraction 2 -> 7 of 18 / 5 -> 13 of
26, CoNLL 24 -> 47 of 64 / 29 -> 56 of 67; median error TBAQ 4 -> 3 / 3 -> 3,
article-extraction 3 -> 1 / 3 -> 0, CoNLL 1 -> 0 / 1 -> 0; weekdays read to one day
article-extraction 11 (10 right) -> 13 (12) / 15 (14) -> 17 (16), CoNLL 90 (84) -> 95 (89) /
79 (69) -> 81 (71), TBAQ unchanged; the seeds' estimates 001 2017-01-22 -> 01-23 (true
01-23), 003 05-22 -> 05-23 (true 05-17), 004 01-22 -> 01-25 (true 01-27), their weekdays
still read to no day (the seeds' dated articles do not show that neighbours date them).

With a gathering's stage in a dated neighbour cutting the window (`STAGES`,
`generator.dating.stage_bounds`, bench/stage_bounds.py): TBAQ, article-extraction, CoNLL
and htmldate-pages unchanged (no bound fires there); the seeds 001 01-20..02-04 ->
01-23..01-24, 003 05-15..06-04 -> 05-16..05-19 (estimate 05-23 -> 05-16, true 05-17), 004
unchanged; their weekdays read to one day 0 -> 3 of 3, all right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import pickle
import re
import statistics
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import PARTS, part_of  # noqa: E402
from tempeval import DEFAULT_DATA, read_document  # noqa: E402

from generator.dating import infer_published  # noqa: E402
from generator.dating.corpus import (  # noqa: E402
    CorpusWeights,
    Neighbour,
    StageReports,
    corpus_weights,
    infer_near,
    neighbour_offsets,
    neighbours_of,
)
from generator.dating.likelihood import Likelihood, adapted, fitted_likelihood  # noqa: E402
from generator.dating.resolve import window_timexes  # noqa: E402
from generator.dating.similarity import profiles, word_index  # noqa: E402
from generator.dating.weekdays import WEEKDAY_VALUE, Reach  # noqa: E402
from generator.models import Article, Paragraph, Timex  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

SHARED = ROOT.parent / "shared"
HTMLDATE = SHARED / "bench" / "htmldate-pages"
EXTRACTION = SHARED / "bench" / "article-extraction"
SEEDS = ROOT / "seeds"
SEED_TRUTH = {"001": "2017-01-23", "003": "2017-05-17", "004": "2017-01-27"}
CORPORA = ("tbaq", "htmldate", "extraction", "seeds", "conll")
STAGES = True
"""Cut windows by the stage dated neighbours report a gathering at, as the build does
(`generator.dating.stage_bounds`); `bench/stage_bounds.py` sets it off for the windows
found without them."""

Item = tuple[str, str, Article]
"""(item id, true day, article with its date hidden)."""


@dataclass(frozen=True)
class Guess:
    window: tuple[str, str] | None
    published: str | None
    days: tuple[tuple[str, float], ...] = ()
    """The window's weighed days (`generator.dating.likeliest`), when the corpus method gives them."""


ONE_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class Resolved:
    """Weekday mentions of the dated documents: how many, read to one day, and rightly."""

    mentions: int = 0
    to_a_day: int = 0
    right: int = 0

    def __add__(self, other: Resolved) -> Resolved:
        return Resolved(
            self.mentions + other.mentions,
            self.to_a_day + other.to_a_day,
            self.right + other.right,
        )


def resolved_weekdays(article: Article, timexes: list[Timex], truth: str, guess: Guess) -> Resolved:
    """Each weekday the text names (found without an anchor), read against the guessed
    window (`window_timexes`) and compared with its reading against the true day."""
    named = [t for t in timexes if WEEKDAY_VALUE.match(t.value)]
    if not named or guess.window is None:
        return Resolved()
    keys = {(t.paragraph, t.start, t.end) for t in named}
    inferred = replace(article, published_window=guess.window, published_days=guess.days)
    read = {(t.paragraph, t.start, t.end): t.value for t in window_timexes(inferred)}
    true = {
        (t.paragraph, t.start, t.end): t.value
        for t in article_timexes(replace(article, published=truth))
    }
    days = [k for k in keys if ONE_DAY.match(read.get(k, ""))]
    right = sum(1 for k in days if read[k][:10] == true.get(k, "")[:10])
    return Resolved(len(keys), len(days), right)


def _article(item: str, text: str) -> Article:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    paragraphs = tuple(Paragraph(f"p{i}", b) for i, b in enumerate(blocks, start=1))
    return Article(item, item, "", None, (), None, None, None, None, None, None, paragraphs)


def _hidden(article: Article) -> Article:
    """Title and body only: no date, page metadata, subtitle or caption."""
    return replace(
        article, published=None, published_basis=None, url=None, subtitle=None, caption=None
    )


def tbaq_items(limit: int | None) -> Iterator[Item]:
    for path in sorted(DEFAULT_DATA.glob("*/*.tml"))[:limit]:
        doc = read_document(path)
        if len(doc.dct) == 10:
            yield doc.name, doc.dct, _article(doc.name, doc.text)


def htmldate_items(limit: int | None) -> Iterator[Item]:
    from generator.clean import clean
    from generator.ingest import read_article
    from generator.metadata import extract_metadata

    gold = json.loads((HTMLDATE / "gold.json").read_text("utf-8"))
    for name in sorted(gold)[:limit]:
        path = HTMLDATE / "pages" / f"{name}.html"
        if not path.exists() or not gold[name] or len(gold[name]) != 10:
            continue
        article = extract_metadata(clean(read_article(path, path.name, name)))
        if article.language in (None, "en"):  # the timex rules read English
            yield name, gold[name], _hidden(article)


def extraction_items(limit: int | None) -> Iterator[Item]:
    from generator.clean import clean
    from generator.metadata import extract_metadata
    from generator.models import RawArticle

    for path in sorted((EXTRACTION / "html").glob("*.html.gz"))[:limit]:
        name = path.name.removesuffix(".html.gz")
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        article = extract_metadata(clean(RawArticle(name, f"{name}.html", html, "html")))
        day = article.published or ""
        known = article.published_basis in ("text", "metadata") and len(day) == 10
        if known and article.language in (None, "en"):
            yield name, day, _hidden(article)


def seed_items(limit: int | None) -> Iterator[Item]:
    from generator.clean import clean
    from generator.ingest import read_seeds
    from generator.metadata import extract_metadata

    raws, _problems = read_seeds(SEEDS)
    for raw in raws:
        article = extract_metadata(clean(raw))
        truth = SEED_TRUTH.get(raw.id[:3]) or article.published
        if truth and len(truth) == 10:  # the dated seeds: only the corpus method's neighbours
            yield raw.id[:3], truth, _hidden(article)


CONLL = SHARED / "bench" / "conll2003" / "docs"
_DATELINE = re.compile(r"^\S.{0,40}\s(\d{4}-\d\d-\d\d)\s*$")
"""A Reuters dateline of CoNLL-2003: "BUCHAREST 1996-08-30"."""


def conll_items(limit: int | None, folder: Path = CONLL) -> Iterator[Item]:
    """CoNLL-2003 development articles (Reuters, 1996) with a dateline in their first lines:
    its day is the truth, and the line is taken out of the text."""
    for path in sorted(folder.glob("*.txt"))[:limit]:
        lines = path.read_text("utf-8").split("\n")
        found = [(i, m) for i, line in enumerate(lines[:4]) if (m := _DATELINE.match(line))]
        if found:
            i, match = found[0]
            yield (
                path.stem,
                match.group(1),
                _article(path.stem, "\n\n".join(lines[:i] + lines[i + 1 :])),
            )


LOADERS: dict[str, Callable[[int | None], Iterator[Item]]] = {
    "tbaq": tbaq_items,
    "htmldate": htmldate_items,
    "extraction": extraction_items,
    "seeds": seed_items,
    "conll": conll_items,
}


def load_items(corpus: str, limit: int | None, cache: Path | None) -> list[tuple[Item, list]]:
    """The corpus's items with their timexes (found without an anchor), cached if asked."""
    path = cache / f"infer_date-{corpus}-{limit}.pickle" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    items = [(item, list(article_timexes(item[2]))) for item in LOADERS[corpus](limit)]
    if path:
        path.write_bytes(pickle.dumps(items))
    return items


def new_guess(article: Article, timexes: list[Timex]) -> Guess:
    inference = infer_published(article, timexes)
    if inference is None:
        return Guess(None, None)
    return Guess(inference.window, inference.published)


def corpus_guesses(
    corpus: str,
    items: list[tuple[Item, list]],
    weights: CorpusWeights | None = None,
    reach: Reach | None = None,
    likelihood: Likelihood | None = None,
) -> list[Guess]:
    """Leave one out: each document dated by its own text and the OTHER documents' true
    dates (`generator.dating.corpus`), the articles alike it counting as neighbours. Of the
    seeds, only those that state their date are neighbours."""
    weights = weights or corpus_weights()
    every = profiles([article for (_, _, article), _ in items])
    dated = [
        (i, name, dt.date.fromisoformat(truth))
        for i, ((name, truth, _), _) in enumerate(items)
        if not (corpus == "seeds" and name in SEED_TRUTH)
    ]
    index = word_index([every[i] for i, _, _ in dated])
    fitted = likelihood or fitted_likelihood()
    spread = _spreads(every, dated, weights, index)
    guesses = []
    told = StageReports(
        [article for (_, _, article), _ in items],
        {s: i for i, s, _ in dated},
        lambda i: read_at_truth(items[i]),
    )
    for i, ((_, _, article), timexes) in enumerate(items):
        found = neighbours_of(i, every, dated, weights, index)
        own = adapted(fitted, _offsets_without(i, dated, spread, weights), fitted.strength)
        limits = told.bounds(i, found) if STAGES else ()
        inference = infer_near(article, timexes, found, weights, reach, own, limits)
        guesses.append(
            Guess(inference.window, inference.published, inference.days)
            if inference
            else Guess(None, None)
        )
    return guesses


def read_at_truth(item: tuple[Item, list]) -> list[Timex]:
    """A dated document's timexes read against its true day (the build reads a dated
    article's against its date)."""
    (_, truth, article), _ = item
    return list(article_timexes(replace(article, published=truth)))


def _spreads(every, dated, weights: CorpusWeights, index) -> list[list[Neighbour]]:
    """Each dated document's neighbours, one more than counted (one may be left out)."""
    more = replace(weights, neighbours=weights.neighbours + 1)
    return [neighbours_of(i, every, dated, more, index) for i, _, _ in dated]


def _offsets_without(
    target: int, dated, spread: list[list[Neighbour]], weights: CorpusWeights
) -> dict[int, float]:
    """The corpus's neighbour offsets (`corpus_offsets`) as if `target` had no date: its own
    date and its part as a neighbour left out (leave one out)."""
    source = next((name for i, name, _ in dated if i == target), None)
    summed: dict[int, float] = {}
    for (i, _, day), found in zip(dated, spread, strict=True):
        if i == target:
            continue
        kept = [n for n in found if n.source != source][: weights.neighbours]
        for k, n in neighbour_offsets(kept, day).items():
            summed[k] = summed.get(k, 0.0) + n
    return summed


def _weekday_lines(corpus: str, items: list[tuple[Item, list]], guesses: list[Guess]) -> None:
    totals = {p: Resolved() for p in PARTS}
    for ((name, truth, article), timexes), guess in zip(items, guesses, strict=True):
        if corpus == "seeds" and name not in SEED_TRUTH:
            continue
        part = "read" if corpus == "seeds" else part_of(name)
        totals[part] += resolved_weekdays(article, timexes, truth, guess)
    for part, r in totals.items():
        if r.mentions:
            share, right = r.to_a_day / r.mentions, r.right / r.to_a_day if r.to_a_day else 0.0
            print(
                f"  weekdays {part:7} {r.mentions:5d} named in dated documents, "
                f"{r.to_a_day} ({share:.0%}) read to one day, {r.right} ({right:.0%}) of those right"
            )


def score(
    corpus: str,
    items: list[tuple[Item, list]],
    errors: int,
    with_corpus: bool = False,
    weekdays: bool = False,
) -> None:
    print(f"{corpus}")
    print(
        f"  {'method':6} {'part':7} {'docs':>5} {'dated':>6} {'precision':>10} "
        f"{'width (d)':>10} {'error (d)':>10} {'exact':>6}"
    )
    methods: dict[str, Callable[[], list[Guess]]] = {
        "new": lambda: [new_guess(article, timexes) for (_, _, article), timexes in items],
    }
    if with_corpus:
        methods["corpus"] = lambda: corpus_guesses(corpus, items)
    guesses_made: dict[str, list[Guess]] = {}
    for method, guesses in methods.items():
        rows: dict[str, list[tuple[str, str, Guess]]] = {p: [] for p in PARTS}
        guesses_made[method] = guesses()
        for ((name, truth, _article), _), guess in zip(items, guesses_made[method], strict=True):
            if corpus == "seeds" and name not in SEED_TRUTH:
                continue
            part = "read" if corpus == "seeds" else part_of(name)
            rows[part].append((name, truth, guess))
        for part in PARTS:
            if rows[part]:
                print(f"  {method:6} {_line(part, rows[part])}")
        if weekdays and method == "corpus":
            _weekday_lines(corpus, items, guesses_made[method])
        misses = [r for r in rows["read"] if r[2].window and not _inside(r[1], r[2].window)]
        for name, truth, g in misses[:errors]:
            print(f"    MISS {name}: true {truth}, window {g.window} ({g.published})")
        if corpus == "seeds":
            for name, truth, g in rows["read"]:
                print(f"    seed {name}: true {truth}, window {g.window} ({g.published})")


def _inside(truth: str, window: tuple[str, str]) -> bool:
    return window[0] <= truth <= window[1]


def _line(part: str, rows: list[tuple[str, str, Guess]]) -> str:
    dated = [(t, g) for _, t, g in rows if g.window]
    inside = sum(1 for t, g in dated if _inside(t, g.window))
    widths = [_days(g.window[0], g.window[1]) + 1 for _, g in dated]
    errs = [abs(_days(t, _day(g))) for t, g in dated]
    precision = f"{inside / len(dated):10.0%}" if dated else f"{'-':>10}"
    width = f"{statistics.median(widths):10.0f}" if widths else f"{'-':>10}"
    error = f"{statistics.median(errs):10.0f}" if errs else f"{'-':>10}"
    exact = f"{sum(e == 0 for e in errs) / len(errs):6.0%}" if errs else f"{'-':>6}"
    return (
        f"{part:7} {len(rows):5d} {len(dated) / len(rows):6.0%} {precision} {width} {error} {exact}"
    )


def _day(guess: Guess) -> str:
    published = guess.published or ""
    return published if len(published) == 10 else guess.window[0]


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=CORPORA, nargs="*", default=list(CORPORA[:4]))
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus")
    parser.add_argument("--errors", type=int, default=0, help="misses to list (read part)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for parsed items")
    parser.add_argument(
        "--with-corpus",
        action="store_true",
        help="also the corpus method: each document dated by the others (leave one out)",
    )
    parser.add_argument(
        "--weekdays",
        action="store_true",
        help="with --with-corpus: weekdays named, read against the window (to one day? right?)",
    )
    args = parser.parse_args(argv)
    for corpus in args.corpus:
        items = load_items(corpus, args.limit, args.cache)
        if not items:
            print(f"{corpus}: no data")
            continue
        score(corpus, items, args.errors, args.with_corpus, args.weekdays)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
