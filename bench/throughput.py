"""Extraction throughput, scraped text and saved HTML pages apart, and where the CPU goes.

The issue's bar is "extraction keeps >= 100 articles/s on two idle cores". On a shared
machine wall time says little, so each kind of article is measured twice, each time in a
fresh process (so every model and table is loaded as a build loads it):

- **throughput**: the build's own per-article map (`pipeline.analyse_all`, no cache, 2
  workers by default): wall seconds, CPU seconds of the process and its workers, articles
  per second by the wall and as two idle cores would give it (2 / CPU s per article);
- **stages**: the same articles one by one in one process, after the first article and the
  pool's warm-up (`run/warm.py`) have loaded what a worker inherits, with each stage's CPU
  seconds per article (a stage's time includes the stages it calls: the HTML cleaner's
  rows are parts of `clean`). `--top N` adds cProfile's N costliest functions (by their own
  time; the profiler slows the run, so only the ranking counts).

The CPU reference loop (`scale.reference_loop`) is printed at the start and the end, so
tables taken under other loads can be compared. Corpora: the development folders' read
part by default (`bench/split.py`); scraped text is the article-extraction benchmark's
`text/` and the CoNLL documents, saved pages are its `html/`, htmldate's and Readability's.

    .venv/bin/python -m bench.throughput [--part read|unread|both] [--jobs 2] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gzip
import importlib
import json
import pstats
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import part_of  # noqa: E402

from generator.ingest import decode  # noqa: E402
from generator.models import RawArticle  # noqa: E402

KINDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "scraped text": (
        ("article-extraction/text", "*.txt", "text"),
        ("conll2003/docs", "*.txt", "text"),
    ),
    "saved HTML pages": (
        ("article-extraction/html", "*.html.gz", "html"),
        ("htmldate-pages/pages", "*.html", "html"),
        ("readability-pages/pages", "*.html", "html"),
    ),
}
"""kind → (folder under the shared bench, file pattern, format) of its articles."""

STAGES: tuple[tuple[str, str, str], ...] = (
    ("clean", "generator.clean", "clean"),
    ("  page parse (lxml)", "generator.clean.from_html", "parse_page"),
    ("  trafilatura: precise + balanced runs", "generator.clean.from_html", "bare_extraction"),
    ("  trafilatura: metadata only", "generator.clean.from_html", "page_metadata"),
    ("  htmldate (library, own parse)", "generator.clean.from_html", "library_page_date"),
    ("  htmldate (markup only)", "generator.clean.from_html", "strict_page_date"),
    ("  trafilatura's date", "generator.clean.from_html", "trafilatura_date"),
    ("  dated lines", "generator.clean.from_html", "dated_lines"),
    ("  titles", "generator.clean.from_html", "title_candidates"),
    ("  page links", "generator.clean.from_html", "page_links"),
    ("  left out (audit trail)", "generator.clean.from_html", "left_out"),
    ("  text cleaner", "generator.clean.from_html", "clean_text"),
    ("metadata", "generator.metadata", "extract_metadata"),
    ("time expressions", "generator.timex", "article_timexes"),
    ("date inference", "generator.dating", "infer_published"),
    ("time expressions in the window", "generator.dating", "window_timexes"),
    ("actors", "generator.actors", "extract_actors"),
    ("events", "generator.events", "dated_clauses"),
)
"""(row, module, attribute): the functions timed, as the pipeline or the HTML cleaner call
them (each looked up on its module at call time, so wrapping the attribute times it)."""


def articles(kind: str, part: str) -> list[RawArticle]:
    """The kind's articles of `part` (or both parts), decoded as a build decodes them."""
    out = []
    for folder, pattern, fmt in KINDS[kind]:
        for path in sorted((BENCH / folder).glob(pattern)):
            if part != "both" and part_of(path.name) != part:
                continue
            data = path.read_bytes()
            data = gzip.decompress(data) if path.name.endswith(".gz") else data
            name = f"{folder.split('/')[0]}-{path.name}"
            out.append(RawArticle(id=name, source=name, text=decode(data)[0], format=fmt))
    return out


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children waited for."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    theirs = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + theirs.ru_utime + theirs.ru_stime


def pooled(raws: list[RawArticle], jobs: int) -> dict[str, float]:
    """The build's per-article map over `raws`: wall and CPU seconds."""
    from generator.pipeline import ArticleResult, analyse_all
    from generator.settings.config import Config

    wall, cpu = time.perf_counter(), cpu_seconds()
    results = analyse_all(raws, Config(), jobs=jobs)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    done = sum(isinstance(r, ArticleResult) for r in results)
    return {"articles": len(raws), "done": done, "wall": wall, "cpu": cpu}


def timed(table: dict[str, float], row: str, function: Callable) -> Callable:
    """`function`, adding its CPU seconds to `table[row]` (re-entrant calls counted once)."""
    depth = [0]

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        depth[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                table[row] = table.get(row, 0.0) + time.process_time() - start

    return wrapper


def staged(raws: list[RawArticle], top: int) -> dict[str, object]:
    """Each stage's CPU seconds over `raws[1:]`, run one by one after the first article and
    the warm-up; with `top`, a second pass under cProfile gives its costliest functions
    (the stage table comes from the first pass, which the profiler does not slow)."""
    from generator.pipeline import analyse_article
    from generator.run.warm import warm

    analyse_article(raws[0], frozenset(), None)
    warm({raw.format for raw in raws})
    table: dict[str, float] = {}
    originals = []
    for row, module_name, attribute in STAGES:
        module = importlib.import_module(module_name)
        originals.append((module, attribute, getattr(module, attribute)))
        setattr(module, attribute, timed(table, row, getattr(module, attribute)))
    start = time.process_time()
    for raw in raws[1:]:
        analyse_article(raw, frozenset(), None)
    total = time.process_time() - start
    for module, attribute, original in originals:
        setattr(module, attribute, original)
    return {
        "articles": len(raws) - 1,
        "total": total,
        "stages": table,
        "profile": ranked(raws[1:], top),
    }


def ranked(raws: list[RawArticle], top: int) -> str:
    """cProfile's `top` costliest functions (by their own time) over `raws`, as text."""
    from generator.pipeline import analyse_article

    if not top:
        return ""
    profile = cProfile.Profile()
    profile.enable()
    for raw in raws:
        analyse_article(raw, frozenset(), None)
    profile.disable()
    lines: list[str] = []
    pstats.Stats(profile, stream=_Lines(lines)).sort_stats("tottime").print_stats(top)
    return "".join(lines)


class _Lines:
    """A write-only stream into a list (pstats prints to a stream)."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def write(self, text: str) -> None:
        self.lines.append(text)


def child(kind: str, what: str, part: str, jobs: int, top: int) -> None:
    """One measurement in this (fresh) process, printed as JSON."""
    raws = articles(kind, part)
    result = pooled(raws, jobs) if what == "pool" else staged(raws, top)
    print(json.dumps(result))


def in_fresh_process(kind: str, part: str, what: str, jobs: int, top: int) -> dict:
    """`child` in a new interpreter: each measurement loads every model as a build does."""
    command = [sys.executable, "-m", "bench.throughput", "--child", kind, what]
    command += ["--part", part, "--jobs", str(jobs), "--top", str(top)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def throughput_row(kind: str, m: dict) -> str:
    """One row of the throughput table."""
    n = m["articles"]
    return (
        f"| {kind} | {n} | {m['wall']:.1f} s | {n / m['wall']:.1f} | {m['cpu']:.1f} s | "
        f"{1000 * m['cpu'] / n:.1f} | {2 * n / m['cpu']:.0f} |"
    )


def stage_rows(m: dict) -> list[str]:
    """Per-stage rows: CPU ms per article and share of the whole."""
    n, total = m["articles"], m["total"]
    rows = [f"| all stages | {1000 * total / n:.1f} | 100% |"]
    for row, _, _ in STAGES:
        seconds = m["stages"].get(row)
        if seconds:
            rows.append(f"| {row} | {1000 * seconds / n:.1f} | {100 * seconds / total:.0f}% |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("read", "unread", "both"), default="read")
    parser.add_argument("--jobs", type=int, default=2, help="workers of the map (default 2)")
    parser.add_argument("--top", type=int, default=0, help="cProfile's N costliest functions")
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="default: all")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "WHAT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(*options.child, options.part, options.jobs, options.top)
        return
    if not BENCH.is_dir():
        print(f"benchmark data not found at {BENCH}: nothing measured")
        return
    from scale import load, reference_loop

    kinds = options.kind or list(KINDS)
    print(f"CPU reference loop (lower is faster): {reference_loop():.2f} s; load {load()}")
    pools = {k: in_fresh_process(k, options.part, "pool", options.jobs, 0) for k in kinds}
    stages = {k: in_fresh_process(k, options.part, "stages", 1, options.top) for k in kinds}
    print(f"\nThroughput on {options.jobs} workers ({options.part} part):\n")
    print(
        "| kind | articles | wall | articles/s (wall) | CPU | CPU ms per article | "
        "articles/s on 2 idle cores |"
    )
    print("|---|---|---|---|---|---|---|")
    for kind in kinds:
        print(throughput_row(kind, pools[kind]))
    for kind in kinds:
        print(f"\nCPU per article by stage, {kind} (one process, after the warm-up):\n")
        print("| stage | CPU ms per article | share |\n|---|---|---|")
        print("\n".join(stage_rows(stages[kind])))
        if options.top:
            print(f"\ncProfile, {kind}:\n{stages[kind]['profile']}")
    print(f"\nCPU reference loop at the end: {reference_loop():.2f} s; load {load()}")


if __name__ == "__main__":
    main()
