"""Extraction throughput, scraped text and saved HTML pages apart, and where the CPU goes.

The issue's bar is "extraction keeps >= 100 articles/s on two idle cores". On a shared
machine wall time says little, so each set of articles is measured twice, each time in a
fresh process (so every model and table is loaded as a build loads it):

- **throughput**: the build's own per-article map (`pipeline.analyse_all`, no cache, 2
  workers by default), split where the pool starts: **start-up** (the imports, the corpus's
  repeated blocks, the first article and the warm-up of `run/warm.py`, all in the parent,
  on one core) and the **steady state** after it (the forked workers' CPU and the parent's
  while it gathers). Articles per second by the wall, in the steady state as two idle cores
  give it (2 / its CPU s per article), and for the whole map on two idle cores (start-up on
  one core, then the steady state's CPU on two; where the texts' blocks are found in a
  forked helper beside the parent's warm-up, `run/startup`, the longer of the two counts).
  On the 159 development texts start-up is a large part of the map; a user's corpus is
  larger, so the scale benchmark's corpus (`--corpus`, default `../corpora/c1300`) is
  measured as well, its texts and its pages apart;
- **stages**: the same articles (at most `--sample` of a corpus) one by one in one process,
  after the first article, the pool's warm-up and the texts' block keys (whose language
  guesses load py3langid's model when a text needs it) have loaded what a worker inherits, with
  each stage's CPU seconds per article (a stage's time includes the stages it calls: the
  HTML cleaner's rows are parts of `clean`). `--top N` adds cProfile's N costliest
  functions (by their own time; the profiler slows the run, so only the ranking counts).

The CPU reference loop (`scale.reference_loop`) is printed at the start and the end, so
tables taken under other loads can be compared. `--code DIR` measures the generator of
another checkout (e.g. a worktree of main) with this bench, so that old and new code can be
run back to back. The warm-up runs once first, in a process of its own, so that the
tables the generator keeps in the user's cache folder (`generator/kept_tables.py`) are read
as every build but a machine's first reads them (`--cold`: not run). Development folders: their read part by default (`bench/split.py`);
scraped text is the article-extraction benchmark's `text/` and the CoNLL documents, saved
pages are its `html/`, htmldate's and Readability's.

    .venv/bin/python -m bench.throughput [--part read|unread|both] [--jobs 2] [--top 25]
        [--corpus DIR ...] [--sample 300] [--code DIR] [--kind KIND] [--cold]
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""When this process started (near enough: before the generator is imported)."""

import argparse  # noqa: E402
import cProfile  # noqa: E402
import functools  # noqa: E402
import gzip  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
CORPUS = ROOT.parent / "corpora" / "c1300"
"""The scale benchmark's corpus of 1,300 articles (`bench.scale.pool`), when it was made."""
CODE_VARIABLE = "BRIEFING_THROUGHPUT_CODE"
"""Set in a measuring child: the checkout whose generator it imports (`--code`)."""
sys.path.insert(0, str(ROOT))
if os.environ.get(CODE_VARIABLE):
    sys.path.insert(0, os.environ[CODE_VARIABLE])
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import part_of  # noqa: E402

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


def articles(kind: str, part: str, corpus: str = "") -> list:
    """The kind's articles of `part` (or both parts) of the development folders, decoded
    as a build decodes them; with `corpus`, that folder's articles of the kind instead
    (read as a build reads its seeds; no part: the scale corpus is not development data)."""
    from generator.ingest import decode, read_seeds
    from generator.models import RawArticle

    if corpus:
        raws, _ = read_seeds(Path(corpus))
        formats = {fmt for _, _, fmt in KINDS[kind]}
        return [raw for raw in raws if raw.format in formats]
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


def own_cpu() -> float:
    """CPU seconds (user + system) of this process since it started."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    return mine.ru_utime + mine.ru_stime


def children_cpu() -> float:
    """CPU seconds of this process's children waited for (the pool's workers)."""
    theirs = resource.getrusage(resource.RUSAGE_CHILDREN)
    return theirs.ru_utime + theirs.ru_stime


def pooled(raws: list, jobs: int, read: tuple[float, float]) -> dict[str, float]:
    """The build's per-article map over `raws`: wall and CPU seconds of its start-up (from
    this process's start to the pool's, but for `read`, the wall and CPU seconds spent
    reading the articles) and of its steady state (the pool's run: the workers and this
    process while it gathers). Without a pool everything is start-up."""
    from generator import pipeline
    from generator.settings.config import Config

    marks: dict[str, float] = {}

    class MarkedPool(pipeline.ProcessPoolExecutor):
        """The pool, marking where the start-up ends (the helper, if any, is waited for)."""

        def __init__(self, *args, **kwargs):
            marks.update(wall=time.perf_counter(), cpu=own_cpu(), workers=children_cpu())
            super().__init__(*args, **kwargs)

    pipeline.ProcessPoolExecutor = MarkedPool
    helped = getattr(pipeline, "blocks_while_warming", None)  # not in an older generator
    if helped is not None:

        def marked(*args):
            cpu, helpers = own_cpu(), children_cpu()
            try:
                return helped(*args)
            finally:  # this process's warm-up and its helper's blocks, side by side
                marks.update(beside=own_cpu() - cpu, helper=children_cpu() - helpers)

        pipeline.blocks_while_warming = marked
    results = pipeline.analyse_all(raws, Config(), jobs=jobs)
    wall, cpu, workers = time.perf_counter(), own_cpu(), children_cpu()
    done = sum(isinstance(r, pipeline.ArticleResult) for r in results)
    start_wall = marks.get("wall", wall) - STARTED - read[0]
    start_cpu = marks.get("cpu", cpu) - read[1]
    return {
        "articles": len(raws),
        "done": done,
        "wall": wall - STARTED - read[0],
        "start wall": start_wall,
        "start cpu": start_cpu,
        "beside cpu": marks.get("beside", 0.0),
        "helper cpu": marks.get("helper", 0.0),
        "pooled": len(raws) - 1 if marks else 0,
        "steady wall": wall - marks.get("wall", wall),
        "steady parent cpu": cpu - marks.get("cpu", cpu),
        "steady workers cpu": workers - marks.get("workers", workers),
    }


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


def staged(raws: list, top: int) -> dict[str, object]:
    """Each stage's CPU seconds over `raws[1:]`, run one by one after the first article,
    the warm-up and the texts' block keys (all that a forked worker inherits); with `top`, a second pass under cProfile gives its costliest functions
    (the stage table comes from the first pass, which the profiler does not slow)."""
    from generator.pipeline import analyse_article
    from generator.run.text_blocks import text_blocks
    from generator.run.warm import warm

    analyse_article(raws[0], frozenset(), None)
    warm({raw.format for raw in raws})
    for raw in raws:  # what the build's parent reads of each text before the pool forks
        if raw.format != "html":
            text_blocks(raw.text)
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


def ranked(raws: list, top: int) -> str:
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
    stats = pstats.Stats(profile, stream=_Lines(lines))
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumtime").print_stats(top)
    return "".join(lines)


class _Lines:
    """A write-only stream into a list (pstats prints to a stream)."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def write(self, text: str) -> None:
        self.lines.append(text)


def child(kind: str, what: str, options: argparse.Namespace) -> None:
    """One measurement in this (fresh) process, printed as JSON."""
    wall, cpu = time.perf_counter(), own_cpu()
    raws = articles(kind, options.part, options.corpus_of_child)
    read = (time.perf_counter() - wall, own_cpu() - cpu)
    if what == "pool":
        result = pooled(raws, options.jobs, read)
    else:
        # a corpus is sampled (its first articles by name); the development sets are whole
        sample = options.sample if options.corpus_of_child else None
        result = staged(raws[:sample], options.top)
    print(json.dumps(result))


PRIME = (
    f"import os, sys; sys.path.insert(0, os.environ.get('{CODE_VARIABLE}') or '.')\n"
    "from generator.run.warm import warm; warm({'html', 'text', 'markdown'})"
)
"""Every table the warm-up loads, in a process of its own: built and kept in the user's
cache folder when the generator keeps them (`generator/kept_tables.py`)."""


def prime_tables(options: argparse.Namespace) -> None:
    """Run the warm-up once before measuring, so that each measurement reads the kept
    tables as every build but a machine's first does (`--cold`: not done)."""
    subprocess.run(
        [sys.executable, "-c", PRIME], cwd=ROOT, capture_output=True, check=True, env=_env(options)
    )


def _env(options: argparse.Namespace) -> dict[str, str]:
    """This process's environment, the checkout measured (`--code`) named for the child."""
    environment = dict(os.environ)
    if options.code:
        environment[CODE_VARIABLE] = str(Path(options.code).resolve())
    return environment


def in_fresh_process(kind: str, corpus: str, what: str, options: argparse.Namespace) -> dict:
    """`child` in a new interpreter: each measurement loads every model as a build does."""
    command = [sys.executable, "-m", "bench.throughput", "--child", kind, what]
    command += ["--part", options.part, "--jobs", str(options.jobs), "--top", str(options.top)]
    command += ["--sample", str(options.sample), "--corpus-of-child", corpus]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=True, env=_env(options)
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


THROUGHPUT_HEAD = (
    "| articles | n | wall | articles/s (wall) | start-up: wall, CPU | steady state: wall, "
    "CPU parent + workers | steady ms CPU per article | steady articles/s on 2 idle cores "
    "| whole map articles/s on 2 idle cores |\n|---|---|---|---|---|---|---|---|---|"
)


def throughput_row(name: str, m: dict) -> str:
    """One row of the throughput table: start-up and steady state apart, and the whole
    map as two idle cores would run it (start-up on one core, the steady state on two)."""
    n, pooled_n = m["articles"], m["pooled"]
    steady_cpu = m["steady parent cpu"] + m["steady workers cpu"]
    steady_ms = f"{1000 * steady_cpu / pooled_n:.1f}" if pooled_n else "-"
    steady_rate = f"{2 * pooled_n / steady_cpu:.0f}" if pooled_n and steady_cpu else "-"
    helper, beside = m.get("helper cpu", 0.0), m.get("beside cpu", 0.0)
    # the helper's blocks and this process's warm-up, on one core each: the longer counts
    whole = m["start cpu"] - beside + max(beside, helper) + steady_cpu / 2
    start = f"{m['start wall']:.1f} s, {m['start cpu']:.1f} s"
    start += f" + helper {helper:.1f} s beside {beside:.1f} s" if helper else ""
    return (
        f"| {name} | {n} | {m['wall']:.1f} s | {n / m['wall']:.1f} | "
        f"{start} | {m['steady wall']:.1f} s, "
        f"{m['steady parent cpu']:.1f} + {m['steady workers cpu']:.1f} s | {steady_ms} | "
        f"{steady_rate} | {n / whole:.0f} |"
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


def measured_sets(options: argparse.Namespace) -> list[tuple[str, str, str]]:
    """(row name, kind, corpus folder or "") of each set of articles measured."""
    kinds = options.kind or list(KINDS)
    sets = [(f"development {kind} ({options.part} part)", kind, "") for kind in kinds]
    for corpus in options.corpus if options.corpus is not None else [str(CORPUS)]:
        if Path(corpus).is_dir():
            sets += [(f"{Path(corpus).name}: {kind}", kind, corpus) for kind in kinds]
        else:
            print(f"corpus {corpus} not found: not measured")
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("read", "unread", "both"), default="read")
    parser.add_argument("--jobs", type=int, default=2, help="workers of the map (default 2)")
    parser.add_argument("--top", type=int, default=0, help="cProfile's N costliest functions")
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="default: all")
    parser.add_argument("--corpus", action="append", help=f"a seeds folder (default {CORPUS})")
    parser.add_argument("--sample", type=int, default=300, help="articles timed by stage")
    parser.add_argument("--code", help="the checkout whose generator is measured")
    parser.add_argument(
        "--cold", action="store_true", help="no warm-up run first: tables not kept yet built"
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "WHAT"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus-of-child", default="", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(*options.child, options)
        return
    if not BENCH.is_dir():
        print(f"benchmark data not found at {BENCH}: nothing measured")
        return
    from scale import load, reference_loop

    sets = measured_sets(options)
    print(f"CPU reference loop (lower is faster): {reference_loop():.2f} s; load {load()}")
    print(f"generator measured: {Path(options.code or ROOT).resolve()}")
    if not options.cold:
        prime_tables(options)
    pools = {name: in_fresh_process(kind, corpus, "pool", options) for name, kind, corpus in sets}
    stages = {
        name: in_fresh_process(kind, corpus, "stages", options) for name, kind, corpus in sets
    }
    print(f"\nThroughput of the map on {options.jobs} workers (CPU in seconds):\n")
    print(THROUGHPUT_HEAD)
    for name, _, _ in sets:
        print(throughput_row(name, pools[name]))
    for name, _, _ in sets:
        print(f"\nCPU per article by stage, {name} (one process, after the warm-up):\n")
        print("| stage | CPU ms per article | share |\n|---|---|---|")
        print("\n".join(stage_rows(stages[name])))
        if options.top:
            print(f"\ncProfile, {name}:\n{stages[name]['profile']}")
    print(f"\nCPU reference loop at the end: {reference_loop():.2f} s; load {load()}")


if __name__ == "__main__":
    main()
