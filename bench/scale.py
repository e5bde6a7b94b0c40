"""Scale benchmark: the issue's table for nested corpora of real, distinct articles.

Corpus (read from ../shared/bench/, never copied into the project), every article a
different real one, interleaved source by source so that each smaller corpus is the start
of the larger one: the bundled seeds (5), the article-extraction benchmark's saved pages
(`html/*.html.gz`, 91; its `text/` variant holds the same 91 articles, so it is left
out), the CoNLL-2003 dev documents (`docs/*.txt`, 216), the TempEval-3 TBAQ news
documents (`tbaq/**/*.tml`, 256: their text with the tags taken out, under a line giving
the document's creation date), htmldate's pages (`pages/*.html`, 483) and Readability's
test pages (`pages/*.html`, 69): 1,120 distinct articles. A size larger than that is not
measured (the same articles again, lightly varied, would not be distinct): it is printed
as "not measured".

For each size, one row: site pages, generator time (extraction → docs, no article cache,
no site; fastest of `--repeat` runs), full build with the site (cold cache; in brackets
the MkDocs step), one article added (the next article of the corpus, rebuilt with the
cache), no-change rebuild, peak memory; from Chromium (bench/browser_measure.py): the
overview's load, the first search query's time to its first result (including loading
the prebuilt index), the largest page and the most DOM elements on a page.

    .venv/bin/python bench/scale.py [--sizes 650,1300,2600] [--jobs N] [--repeat 1]

With `--throughput`, a generator-only build of each source alone: articles/s, and CPU
seconds per article (less sensitive to a shared machine's load). With `--growth` (e.g. `--growth --sizes 280,560,1120,2240`), only a full build (cold cache,
with the site) per size: the link and render steps' seconds, the peak memory of the build's
largest process, and that of MkDocs alone (a fresh process building the site from the
docs: the build runs MkDocs in a process of its own from 300 articles on); each one's
growth fitted over the sizes (time ~ n^a, against n log n's over the same sizes), and
memory extrapolated to 5,000 articles. Sizes past the 1,120 distinct articles repeat them
under new names, and say so.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_measure import measure as measure_site  # noqa: E402  (Chromium, file://)
from tempeval import read_document  # noqa: E402  (the TimeML reader, shared with that bench)


def _sources() -> list[list[tuple[str, bytes]]]:
    """Each source's articles as (file name, bytes), sorted."""
    bench = SHARED / "bench"
    seeds = [(f"seed-{p.name}", p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    html = [
        (f"aeh-{p.name[:12]}.html", gzip.decompress(p.read_bytes()))
        for p in sorted((bench / "article-extraction" / "html").glob("*.html.gz"))
    ]
    conll = [
        (f"conll-{p.stem}.txt", p.read_bytes())
        for p in sorted((bench / "conll2003" / "docs").glob("*.txt"))
    ]
    tbaq = []
    for path in sorted((bench / "tempeval3" / "tbaq").rglob("*.tml")):
        document = read_document(path)
        dated = f"Published {document.dct}\n\n" if document.dct else ""
        tbaq.append((f"tbaq-{path.stem}.txt", (dated + document.text.strip()).encode()))
    dates = [
        (f"hd-{p.stem[:40]}.html", p.read_bytes())
        for p in sorted((bench / "htmldate-pages" / "pages").glob("*.html"))
    ]
    readability = [
        (f"rd-{p.stem[:40]}.html", p.read_bytes())
        for p in sorted((bench / "readability-pages" / "pages").glob("*.html"))
    ]
    return [seeds, html, conll, tbaq, dates, readability]


def pool() -> list[tuple[str, bytes]]:
    """Every distinct article, the sources interleaved (round robin, in proportion to
    their sizes), so a corpus of the first n has some of each."""
    sources = [s for s in _sources() if s]
    total = sum(len(s) for s in sources)
    keyed = [
        ((i + 0.5) / len(source), order, name, data)
        for order, source in enumerate(sources)
        for i, (name, data) in enumerate(source)
    ]
    keyed.sort(key=lambda k: (k[0], k[1]))
    assert len(keyed) == total
    return [(name, data) for _, _, name, data in keyed]


def gather(target: Path, articles: list[tuple[str, bytes]]) -> int:
    """Write `articles` into `target`; returns how many."""
    for name, data in articles:
        (target / name).write_bytes(data)
    return len(articles)


LAUNCHER = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(code, u.ru_maxrss, u.ru_utime + u.ru_stime)"
)
"""Runs a command and prints its exit status, peak resident KiB and CPU seconds. A process
started from a large one inherits that one's size as its peak's floor (Linux keeps it across
exec), so the command is started from this small launcher, not from the benchmark."""


def measured(command: list[str]) -> tuple[int, str, float, float]:
    """Run `command` from the project's folder: (exit status, its standard error, peak
    resident MiB of its largest process, workers included, CPU seconds of them all), for
    this one run (getrusage here would give the largest process of every run so far)."""
    with tempfile.TemporaryFile() as errors:
        launched = subprocess.run(
            [sys.executable, "-c", LAUNCHER, *command],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            check=True,
        )
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    code, peak, cpu = launched.stdout.split()
    return int(code), text, int(peak) / 1024, float(cpu)


def run(args: list[str]) -> tuple[float, float, str, float]:
    """Run the generator in a fresh process: (seconds, peak resident MiB of its largest
    process, its own `timing:` line, CPU seconds of it and its workers)."""
    start = time.perf_counter()
    code, stderr, peak, cpu = measured(
        [sys.executable, "-m", "generator", *args, "--quiet", "--debug"]
    )
    seconds = time.perf_counter() - start
    if code != 0:
        sys.exit(f"build failed ({code}):\n{stderr[-3000:]}")
    timing = re.findall(r"^timing: (.*)$", stderr, re.M)
    return seconds, peak, timing[-1] if timing else "?", cpu


def reference_loop() -> float:
    """Seconds for a fixed pure-Python loop: this machine's speed at the moment of the
    measurement (a virtual machine's CPU varies by half from hour to hour), so tables
    taken at different times can be compared."""
    start = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - start


@dataclass(frozen=True)
class Row:
    articles: int
    pages: int
    generator_s: float
    full_s: float
    full_steps: str
    added_s: float
    added_steps: str
    again_s: float
    peak_mib: float
    browser: object
    about_bytes: int


def measure_size(work: Path, articles: list[tuple[str, bytes]], extra, repeat: int, jobs):
    """Build the corpus `articles[:-1]`, then add the last article; one Row."""
    seeds = work / "seeds"
    seeds.mkdir()
    n = gather(seeds, articles[:-1])
    config = work / "briefing.yml"
    config.write_text("title: Scale benchmark\n")
    common = ["--seeds", str(seeds), "--site-dir", str(work / "site"), "--config", str(config)]
    runs = []
    for number in range(repeat):
        docs = work / f"docs-{number}"  # a new folder each time: no old tree to replace
        runs.append(
            run(["build", *common, "--docs-dir", str(docs), "--no-site", "--no-cache", *jobs])
        )
    docs = ["--docs-dir", str(work / "docs")]
    full_s, full_mem, full_steps, _ = run(["build", *common, *docs, *jobs])
    gather(seeds, articles[-1:])
    added_s, added_mem, added_steps, _ = run(["build", *common, *docs, *jobs])
    again_s, again_mem, _, _ = run(["build", *common, *docs, *jobs])
    site = work / "site"
    return Row(
        n + 1,
        sum(1 for _ in site.rglob("*.html")),
        min(r[0] for r in runs),
        full_s,
        full_steps,
        added_s,
        added_steps,
        again_s,
        max(full_mem, added_mem, again_mem, *(r[1] for r in runs)),
        measure_site(site, extra),
        (site / "about.html").stat().st_size,
    )


def print_table(rows: list[Row], missing: list[tuple[int, int]]) -> None:
    print(
        "| articles | site pages | generator | full build | one article added | no-change "
        "rebuild | page load + first search result | largest page | most DOM elements "
        "| about.html | search index | peak memory |"
    )
    print("|" + "---|" * 12)
    for r in rows:
        b = r.browser
        print(
            f"| {r.articles:,} | {r.pages:,} | {r.generator_s:.1f} s | {r.full_s:.0f} s | "
            f"{r.added_s:.0f} s | {r.again_s:.1f} s | {b.load_seconds:.2f} s + "
            f"{b.query_seconds:.2f} s | {b.largest_page[1] / 1e3:.0f} kB ({b.largest_page[0]}) "
            f"| {b.most_nodes[1]:,} ({b.most_nodes[0]}) | {r.about_bytes / 1e3:.0f} kB | "
            f"{b.search_index_bytes / 1e6:.1f} MB | {r.peak_mib:.0f} MiB |"
        )
    for size, available in missing:
        print(f"| {size:,} | not measured: only {available:,} distinct articles |" + " |" * 10)
    for r in rows:
        print(f"steps of the full build at {r.articles:,}: {r.full_steps}")
        print(f"steps of one added article at {r.articles:,}: {r.added_steps}")


def exponent(sizes: list[int], values: list[float]) -> float:
    """The least-squares slope of log(value) against log(size): value ~ size^slope."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(v, 1e-9)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread


def step_seconds(timing: str, step: str) -> float:
    """One step's seconds from the generator's `timing:` line (0 when absent)."""
    found = re.search(rf"\b{step} ([0-9.]+) s", timing)
    return float(found.group(1)) if found else 0.0


def repeated(articles: list[tuple[str, bytes]], size: int) -> list[tuple[str, bytes]]:
    """The first `size` articles of the pool repeated as often as needed, each repeat under
    new file names (`r1-…`): a larger corpus, but not of distinct articles."""
    out = []
    for i in range(size):
        name, data = articles[i % len(articles)]
        out.append((name if i < len(articles) else f"r{i // len(articles)}-{name}", data))
    return out


SITE_ALONE = (
    "import sys; from pathlib import Path; from generator.website.site import build_site; "
    "build_site(Path(sys.argv[1]), Path(sys.argv[2]), 'Scale benchmark', None)"
)
"""MkDocs alone in a fresh process, from a built docs folder: the site step's own memory."""


def site_alone(docs: Path, site: Path) -> float:
    """Peak resident MiB of a process that builds the site from `docs` and nothing else."""
    code, stderr, peak, _ = measured([sys.executable, "-c", SITE_ALONE, str(docs), str(site)])
    if code != 0:
        sys.exit(f"site build failed ({code}):\n{stderr[-3000:]}")
    return peak


def fits(sizes: list[int], values: list[float], at: int) -> tuple[float, float, float]:
    """(exponent, the power law's value at `at`, the straight line's value at `at`): a
    fixed base makes the exponent look small, so both extrapolations are given."""
    a = exponent(sizes, values)
    power = values[-1] * (at / sizes[-1]) ** a
    mx, my = sum(sizes) / len(sizes), sum(values) / len(values)
    slope = sum((x - mx) * (y - my) for x, y in zip(sizes, values, strict=True)) / sum(
        (x - mx) ** 2 for x in sizes
    )
    return a, power, my + slope * (at - mx)


def growth(articles: list[tuple[str, bytes]], sizes: list[int], jobs: list[str]) -> None:
    """A full build per size (cold cache); the growth of the link and render steps, of the
    build's peak memory (its largest process, MkDocs' included) and of MkDocs' alone."""
    rows = []
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
        try:
            seeds = work / "seeds"
            seeds.mkdir()
            gather(seeds, repeated(articles, size))
            (work / "briefing.yml").write_text("title: Scale benchmark\n")
            seconds, peak, timing, _ = run(
                ["build", "--seeds", str(seeds), "--config", str(work / "briefing.yml")]
                + ["--docs-dir", str(work / "docs"), "--site-dir", str(work / "site"), *jobs]
            )
            site = site_alone(work / "docs", work / "site-alone")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        link, render = step_seconds(timing, "link"), step_seconds(timing, "render")
        rows.append((size, seconds, link, render, peak, site))
        print(
            f"measured {size:,} articles: {timing}; peak {peak:.0f} MiB, MkDocs alone {site:.0f} MiB",
            file=sys.stderr,
        )
    print_growth(rows, len(articles))


def print_growth(rows: list[tuple], distinct: int) -> None:
    print(
        "| articles | full build | link | render | peak memory (largest process) "
        "| MkDocs alone |\n|---|---|---|---|---|---|"
    )
    for size, seconds, link, render, peak, site in rows:
        label = f"{size:,}" + (" (repeated)" if size > distinct else "")
        print(
            f"| {label} | {seconds:.0f} s | {link:.2f} s | {render:.1f} s | {peak:.0f} MiB "
            f"| {site:.0f} MiB |"
        )
    if len(rows) < 2:
        return
    n = [r[0] for r in rows]
    print(
        f"growth exponents over {n[0]:,}-{n[-1]:,}: link n^{exponent(n, [r[2] for r in rows]):.2f}, "
        f"render n^{exponent(n, [r[3] for r in rows]):.2f}; "
        f"n log n would be n^{exponent(n, [s * math.log(s) for s in n]):.2f}"
    )
    for name, column in (("peak memory", 4), ("MkDocs alone", 5)):
        a, power, line = fits(n, [r[column] for r in rows], 5000)
        print(
            f"{name}: n^{a:.2f}; at 5,000 articles {power:.0f} MiB by the power law, "
            f"{line:.0f} MiB by a straight line"
        )


SOURCE_NAMES = ("seeds", "saved news pages", "CoNLL texts", "TempEval texts", "htmldate pages")
SOURCE_NAMES += ("Readability pages",)


def throughput(jobs: list[str]) -> None:
    """Extraction speed per source: a generator-only build (no cache, no site) of each
    source's articles. Wall-clock articles/s depend on the machine's load; CPU seconds per
    article much less, so 2 / (CPU s per article) estimates two idle cores."""
    print("| source | articles | wall | articles/s | CPU s per article | est. on 2 idle cores |")
    print("|---|---|---|---|---|---|")
    for name, source in zip(SOURCE_NAMES, _sources(), strict=True):
        work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
        try:
            seeds = work / "seeds"
            seeds.mkdir()
            count = gather(seeds, source)
            (work / "briefing.yml").write_text("title: Scale benchmark\n")
            seconds, _, _, cpu = run(
                ["build", "--seeds", str(seeds), "--config", str(work / "briefing.yml")]
                + ["--docs-dir", str(work / "docs"), "--no-site", "--no-cache", *jobs]
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(
            f"| {name} | {count} | {seconds:.1f} s | {count / seconds:.1f} | "
            f"{cpu / count:.3f} | {2 * count / cpu:.0f}/s |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="650,1300,2600", help="corpus sizes, comma-separated")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="generator-only runs (fastest kept)")
    parser.add_argument("--query", default="Clinton", help="what the search timing looks for")
    parser.add_argument("--growth", action="store_true", help="only the growth of link/memory")
    parser.add_argument("--throughput", action="store_true", help="extraction speed per source")
    options = parser.parse_args()
    if not (SHARED / "bench").is_dir():
        print(f"benchmark data not found at {SHARED / 'bench'}: nothing measured")
        return
    articles = pool()
    jobs = ["--jobs", str(options.jobs)] if options.jobs else []
    print(f"CPU reference loop (lower is faster): {reference_loop():.2f} s")
    rows = []
    sizes = sorted({int(s) for s in options.sizes.split(",")})
    if options.throughput:
        throughput(jobs)
        return
    if options.growth:  # sizes past the distinct articles repeat them (said in the table)
        growth(articles, sizes, jobs)
        return
    missing = [(size, len(articles)) for size in sizes if size > len(articles)]
    for size in sorted({min(size, len(articles)) for size in sizes}):  # all of them, once
        work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
        try:
            rows.append(measure_size(work, articles[:size], options.query, options.repeat, jobs))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"measured {size:,} articles", file=sys.stderr)
    print_table(rows, missing)


if __name__ == "__main__":
    main()
