"""Score article extraction on the shared article-extraction benchmark; print a table.

Usage: `.venv/bin/python bench/article_extraction.py [--bench DIR] [--only text|html]`

The data lives outside the project (`../shared/bench/article-extraction` relative to the
repository) and is never copied into it. The metric is the benchmark's own, as its README
describes it (re-implemented here, since the upstream script is not shipped):

- tokens are Unicode `\\w+` matches (case kept); a text becomes the multiset of its
  4-token shingles (1 to 3 tokens give one shorter shingle);
- per page, TP/FP/FN are the shared/extra/missing shingles; page precision is
  TP/(TP+FP), page recall TP/(TP+FN);
- precision is averaged over pages with a non-empty prediction, recall over all pages,
  F1 is the harmonic mean of those two averages; accuracy is the share of pages whose
  token sequence equals the truth's.

What is scored: the ground truth's `articleBody` never holds the title, dek, byline,
dateline or photo captions (checked by hand on a dozen pages), so the prediction is the
article's paragraphs after the metadata stage took those header lines, joined by blank
lines; the title is not included.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.clean import clean  # noqa: E402
from generator.metadata import extract_metadata  # noqa: E402
from generator.models import RawArticle  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import part_of  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "article-extraction"
TOKEN_RE = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """The benchmark's tokenizer: Unicode word characters, punctuation dropped."""
    return TOKEN_RE.findall(text)


def shingles(words: list[str], size: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of overlapping `size`-grams; short texts give one shorter shingle."""
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float | None
    """None when the prediction is empty (the page does not count towards precision)."""
    recall: float
    exact: bool


def score_page(predicted: str, truth: str) -> PageScore:
    """Compare one prediction with its ground truth, as the benchmark does."""
    p_words, t_words = tokens(predicted), tokens(truth)
    p, t = shingles(p_words), shingles(t_words)
    tp = sum((p & t).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    precision = tp / (tp + fp) if (tp + fp) else None
    recall = tp / (tp + fn) if (tp + fn) else 1.0
    return PageScore(precision, recall, p_words == t_words)


@dataclass(frozen=True)
class Result:
    name: str
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int
    per_second: float
    per_cpu_second: float
    """Pages per second of this process's CPU time: per core, and steady when the
    machine is shared (wall-clock `per_second` drops when other jobs run)."""


def summarise(name: str, scores: list[PageScore], seconds: float, cpu: float = 0.0) -> Result:
    """Average per-page figures into one row (F1 of the averages, not the average F1)."""
    precisions = [s.precision for s in scores if s.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(s.exact for s in scores) / len(scores)
    rate = len(scores) / seconds if seconds else float("inf")
    cpu_rate = len(scores) / cpu if cpu else float("inf")
    return Result(name, f1, precision, recall, accuracy, len(scores), rate, cpu_rate)


def run(
    name: str, pages: Iterable[tuple[str, str]], extract: Callable[[str, str], str], truth: dict
) -> Result:
    """Extract every (id, content) page, timing only the extraction (the whole pass).

    One untimed call first: loading the stop-word lists and trafilatura's settings happens
    once per process, not once per article, and would otherwise be charged to page one.
    """
    pages = list(pages)
    if pages:
        extract(*pages[0])
    # extract everything first, then score: the scorer's big Counters would otherwise
    # trigger garbage collections that land in the timed calls
    start, start_cpu = time.perf_counter(), time.process_time()
    predictions = [(page_id, extract(page_id, content)) for page_id, content in pages]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    scores = [
        score_page(predicted, truth[page_id]["articleBody"]) for page_id, predicted in predictions
    ]
    return summarise(name, scores, elapsed, cpu)


def article_body(page_id: str, content: str, fmt: str) -> str:
    """Our pipeline: clean + metadata; paragraphs joined by blank lines."""
    raw = RawArticle(id=page_id, source=f"{page_id}.{fmt}", text=content, format=fmt)
    article = extract_metadata(clean(raw))
    return "\n\n".join(p.text for p in article.paragraphs)


def trafilatura_alone(page_id: str, content: str) -> str:
    """Reference row: trafilatura's defaults, plain text."""
    import trafilatura

    return trafilatura.extract(content) or ""


def read_text_pages(bench: Path) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((bench / "text").glob("*.txt"))]


def read_html_pages(bench: Path) -> list[tuple[str, str]]:
    pages = []
    for path in sorted((bench / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        pages.append((page_id, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    return pages


def print_table(results: list[Result]) -> None:
    header = (
        f"{'variant':<34} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6} {'pages':>6} {'pages/s':>8}"
        f" {'cpu p/s':>8}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:<34} {r.f1:6.3f} {r.precision:6.3f} {r.recall:6.3f} "
            f"{r.accuracy:6.3f} {r.pages:6d} {r.per_second:8.1f} {r.per_cpu_second:8.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--only", choices=["text", "html"])
    parser.add_argument("--worst", type=int, default=0, help="also list the N worst pages")
    args = parser.parse_args(argv)
    bench: Path = args.bench
    truth_path = bench / "ground-truth.json"
    if not truth_path.is_file():
        print(f"benchmark data not found at {bench} (expected ground-truth.json); skipping")
        return 0
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    results = []
    if args.only in (None, "text"):
        pages = [p for p in read_text_pages(bench) if p[0] in truth]
        results.append(
            run("text: clean + metadata", pages, lambda i, c: article_body(i, c, "text"), truth)
        )
        if args.worst:
            worst(pages, lambda i, c: article_body(i, c, "text"), truth, args.worst)
    if args.only in (None, "html"):
        pages = [p for p in read_html_pages(bench) if p[0] in truth]
        results.append(
            run("html: clean + metadata", pages, lambda i, c: article_body(i, c, "html"), truth)
        )
        results.append(run("html: trafilatura alone (defaults)", pages, trafilatura_alone, truth))
        if args.worst:
            worst(pages, lambda i, c: article_body(i, c, "html"), truth, args.worst)
    print_table(results)
    return 0


def worst(pages, extract, truth, count: int) -> None:
    """Print the read part's pages that score lowest (bench/split.py: never the unread)."""
    rows = []
    for page_id, content in (p for p in pages if part_of(p[0]) == "read"):
        s = score_page(extract(page_id, content), truth[page_id]["articleBody"])
        rows.append((min(s.precision or 0.0, s.recall), s.precision, s.recall, page_id))
    for _, p, r, page_id in sorted(rows)[:count]:
        print(f"  P={p if p is None else round(p, 3)} R={r:.3f} {page_id}")


if __name__ == "__main__":
    raise SystemExit(main())
