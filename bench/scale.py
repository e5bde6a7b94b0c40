"""Scale benchmark: the issue's table for nested corpora of real, distinct articles.

Corpus (read from ../shared/bench/, never copied into the project), every article a
different real one, interleaved source by source so that each smaller corpus is the start
of the larger one: the bundled seeds (5), the article-extraction benchmark's saved pages
(`html/*.html.gz`, 91; its `text/` variant holds the same 91 articles, so it is left
out), the CoNLL-2003 dev documents (`docs/*.txt`, 216), the TempEval-3 TBAQ news
documents (`tbaq/**/*.tml`, 256: their text with the tags taken out, under a line giving
the document's creation date), htmldate's pages (`pages/*.html`, 483) and Readability's
test pages (`pages/*.html`, 69): 1,120 distinct articles. Past them the corpus goes on
with DERIVED articles (bench/derived.py: article i's opening and first half joined with
the second half of another article j of the same source, a mixed title, a new file name),
round after round, interleaved the same way; every table says how many are derived.

For each size, one row: site pages, generator time (extraction → docs, no article cache,
no site; fastest of `--repeat` runs), full build with the site (cold cache; in brackets
the MkDocs step), one article added (the next article of the corpus, rebuilt with the
cache), no-change rebuild, peak memory; from Chromium (bench/browser_measure.py): the
overview's load, the first search query's time to its first result (including loading
the prebuilt index), the largest page and the most DOM elements on a page.

    .venv/bin/python bench/scale.py [--sizes 650 1300 2600] [--jobs N] [--repeat 1]

With two sizes or more, the table is followed by each step's growth exponent (log-log
slope of its seconds against the corpus size: extract, link, render, site of the full
build, the full build, the generator alone, one added article), all measured in the same
run, so under one load; n log n's own exponent over the same sizes is printed beside them.

With `--throughput`, a generator-only build of each source alone: articles/s, and CPU
seconds per article (less sensitive to a shared machine's load). With `--growth` (e.g. `--growth --sizes 280,560,1120,2240`), only a full build (cold cache,
with the site) per size: the link and render steps' seconds, the peak memory of the build's
largest process, and that of MkDocs alone (a fresh process building the site from the
docs: the build runs MkDocs in a process of its own from 300 articles on); each one's
growth fitted over the sizes (time ~ n^a, against n log n's over the same sizes), and
memory extrapolated to 5,000 articles.
"""

from __future__ import annotations

import argparse
import gzip
import json
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
from derived import derive_round  # noqa: E402  (articles past the distinct ones)
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


def pool(size: int = 0) -> tuple[list[tuple[str, bytes]], int]:
    """(articles, how many are real): every distinct article, then as many rounds of
    derived ones as `size` needs, each round after the last, so that each corpus is the
    start of the larger ones."""
    sources = [s for s in _sources() if s]
    articles = interleaved(sources)
    distinct, round_ = len(articles), 0
    while len(articles) < size:
        round_ += 1
        articles += interleaved([derive_round(source, round_) for source in sources])
    return articles, distinct


def interleaved(sources: list[list[tuple[str, bytes]]]) -> list[tuple[str, bytes]]:
    """The sources' articles interleaved (round robin, in proportion to their sizes), so a
    corpus of the first n has some of each."""
    sources = [s for s in sources if s]
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


LAUNCHER = Path(__file__).resolve().parent / "peaks.py"
"""Runs a command and prints its exit status, peak resident MiB (of its largest process and
of each kind: main, forked workers, spawned MkDocs) and CPU seconds. A process started from
a large one inherits that one's size as its peak's floor (Linux keeps it across exec), so
the command is started from this small launcher, not from the benchmark."""


def measured(command: list[str]) -> tuple[int, str, float, float, dict[str, float]]:
    """Run `command` from the project's folder: (exit status, its standard error, peak
    resident MiB of its largest process, workers included, CPU seconds of them all, peak
    MiB per kind of process), for this one run (getrusage here would give the largest
    process of every run so far)."""
    with tempfile.TemporaryFile() as errors:
        launched = subprocess.run(
            [sys.executable, str(LAUNCHER), *command],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            check=True,
        )
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    report = json.loads(launched.stdout)
    return report["code"], text, report["maxrss_mib"], report["cpu_s"], report["peaks_mib"]


def run(args: list[str]) -> tuple[float, float, str, float, dict[str, float]]:
    """Run the generator in a fresh process: (seconds, peak resident MiB of its largest
    process, its own `timing:` line, CPU seconds of it and its workers, peak MiB per kind
    of process)."""
    start = time.perf_counter()
    code, stderr, peak, cpu, peaks = measured(
        [sys.executable, "-m", "generator", *args, "--quiet", "--debug"]
    )
    seconds = time.perf_counter() - start
    if code != 0:
        sys.exit(f"build failed ({code}):\n{stderr[-3000:]}")
    timing = re.findall(r"^timing: (.*)$", stderr, re.M)
    return seconds, peak, timing[-1] if timing else "?", cpu, peaks


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes): how shared it was."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


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
    derived: int
    peaks: dict[str, float]


def most(reports: list[dict[str, float]]) -> dict[str, float]:
    """The largest peak of each kind of process over several runs."""
    out: dict[str, float] = {}
    for report in reports:
        for kind, mib in report.items():
            out[kind] = max(out.get(kind, 0.0), mib)
    return dict(sorted(out.items()))


def measure_size(work: Path, articles: list[tuple[str, bytes]], extra, repeat: int, jobs, real):
    """Build the corpus `articles[:-1]`, then add the last article; one Row. `real`: how
    many of the pool's articles are real (the rest are derived)."""
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
    full_s, full_mem, full_steps, _, full_peaks = run(["build", *common, *docs, *jobs])
    print(f"full build: {full_s:.0f} s, {full_steps}; peaks {full_peaks}", file=sys.stderr)
    gather(seeds, articles[-1:])
    added_s, added_mem, added_steps, _, added_peaks = run(["build", *common, *docs, *jobs])
    again_s, again_mem, _, _, again_peaks = run(["build", *common, *docs, *jobs])
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
        max(0, n + 1 - real),
        most([full_peaks, added_peaks, again_peaks, *(r[4] for r in runs)]),
    )


def print_table(rows: list[Row]) -> None:
    print(
        "| articles | site pages | generator | full build | one article added | no-change "
        "rebuild | page load + first search result | largest page | most DOM elements "
        "| about.html | search index | peak memory |"
    )
    print("|" + "---|" * 12)
    for r in rows:
        b = r.browser
        label = f"{r.articles:,}" + (f" ({r.derived:,} derived)" if r.derived else "")
        print(
            f"| {label} | {r.pages:,} | {r.generator_s:.1f} s | {r.full_s:.0f} s | "
            f"{r.added_s:.0f} s | {r.again_s:.1f} s | {b.load_seconds:.2f} s + "
            f"{b.query_seconds:.2f} s | {b.largest_page[1] / 1e3:.0f} kB ({b.largest_page[0]}) "
            f"| {b.most_nodes[1]:,} ({b.most_nodes[0]}) | {r.about_bytes / 1e3:.0f} kB | "
            f"{b.search_index_bytes / 1e6:.1f} MB | {r.peak_mib:.0f} MiB |"
        )
    print_step_growth(rows)
    for r in rows:
        print(f"peak MiB per kind of process at {r.articles:,}: {r.peaks}")
        print(f"steps of the full build at {r.articles:,}: {r.full_steps}")
        print(f"steps of one added article at {r.articles:,}: {r.added_steps}")


GROWN_STEPS = ("extract", "link", "render", "site")
"""The full build's steps whose growth is fitted (from its `timing:` line)."""


def step_exponents(rows: list[Row]) -> dict[str, float]:
    """Each step's growth exponent (log-log slope) over the rows' sizes, all measured in one
    run under one load: the full build's steps, the whole full build, the generator alone
    and one added article. Empty with fewer than two sizes."""
    if len(rows) < 2:
        return {}
    sizes = [r.articles for r in rows]
    grown = {
        f"{step} (full build)": [step_seconds(r.full_steps, step) for r in rows]
        for step in GROWN_STEPS
    }
    grown["full build"] = [r.full_s for r in rows]
    grown["generator (no site, no cache)"] = [r.generator_s for r in rows]
    grown["one article added"] = [r.added_s for r in rows]
    grown["n log n (reference)"] = [s * math.log(s) for s in sizes]
    return {name: exponent(sizes, values) for name, values in grown.items()}


def print_step_growth(rows: list[Row]) -> None:
    """The growth exponents as a table (time ~ n^a over the sizes measured)."""
    exponents = step_exponents(rows)
    if not exponents:
        return
    sizes = ", ".join(f"{r.articles:,}" for r in rows)
    print(f"\nGrowth exponents over {sizes} articles (time ~ n^a, least squares on log-log):\n")
    print("| step | exponent |\n|---|---|")
    for name, a in exponents.items():
        print(f"| {name} | {a:.2f} |")


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


def growth(articles: list[tuple[str, bytes]], sizes: list[int], jobs: list[str], real) -> None:
    """A full build per size (cold cache); the growth of the link and render steps, of the
    build's peak memory (its largest process) and of each kind of process: main, forked
    workers, MkDocs (spawned from 300 articles on, website/site_apart.py)."""
    rows = []
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
        try:
            seeds = work / "seeds"
            seeds.mkdir()
            gather(seeds, articles[:size])
            (work / "briefing.yml").write_text("title: Scale benchmark\n")
            seconds, peak, timing, _, peaks = run(
                ["build", "--seeds", str(seeds), "--config", str(work / "briefing.yml")]
                + ["--docs-dir", str(work / "docs"), "--site-dir", str(work / "site"), *jobs]
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        rows.append((size, seconds, timing, peak, peaks))
        print(f"measured {size:,} articles: {timing}; peaks {peaks} MiB", file=sys.stderr)
    print_growth(rows, real)


def generator_seconds(timing: str) -> float:
    """The build's seconds but MkDocs' (every step of the `timing:` line but `site`)."""
    steps = ("read", "extract", "link", "render", "write")
    return sum(step_seconds(timing, step) for step in steps)


def print_growth(rows: list[tuple], real: int) -> None:
    print(
        "| articles | full build | generator (all but MkDocs) | link | render | MkDocs "
        "| peak: largest process | main | workers | MkDocs process |\n" + "|---" * 10 + "|"
    )
    for size, seconds, timing, peak, peaks in rows:
        label = f"{size:,}" + (f" ({size - real:,} derived)" if size > real else "")
        print(
            f"| {label} | {seconds:.0f} s | {generator_seconds(timing):.0f} s "
            f"| {step_seconds(timing, 'link'):.1f} s | {step_seconds(timing, 'render'):.1f} s "
            f"| {step_seconds(timing, 'site'):.0f} s | {peak:.0f} MiB "
            f"| {peaks.get('main', 0):.0f} MiB | {peaks.get('workers', 0):.0f} MiB "
            f"| {peaks.get('spawned', 0):.0f} MiB |"
        )
    for size, _, timing, _, _ in rows:
        print(f"steps at {size:,}: {timing}")
    if len(rows) < 2:
        return
    n = [r[0] for r in rows]
    link = exponent(n, [step_seconds(r[2], "link") for r in rows])
    render = exponent(n, [step_seconds(r[2], "render") for r in rows])
    print(
        f"growth exponents over {n[0]:,}-{n[-1]:,}: link n^{link:.2f}, render n^{render:.2f}; "
        f"n log n would be n^{exponent(n, [s * math.log(s) for s in n]):.2f}"
    )
    columns = (
        ("largest process", lambda r: r[3]),
        ("MkDocs process", lambda r: r[4].get("spawned", 0)),
    )
    for name, value in columns:
        a, power, line = fits(n, [value(r) for r in rows], 5000)
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
            seconds, _, _, cpu, _ = run(
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
    parser.add_argument(
        "--sizes", nargs="+", default=["650,1300,2600"], help="corpus sizes (spaces or commas)"
    )
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="generator-only runs (fastest kept)")
    parser.add_argument("--query", default="Clinton", help="what the search timing looks for")
    parser.add_argument("--growth", action="store_true", help="only the growth of link/memory")
    parser.add_argument("--throughput", action="store_true", help="extraction speed per source")
    options = parser.parse_args()
    if not (SHARED / "bench").is_dir():
        print(f"benchmark data not found at {SHARED / 'bench'}: nothing measured")
        return
    jobs = ["--jobs", str(options.jobs)] if options.jobs else []
    print(f"CPU reference loop (lower is faster): {reference_loop():.2f} s")
    print(f"load average at the start: {load()}")
    if options.throughput:
        throughput(jobs)
        return
    sizes = sorted({int(s) for given in options.sizes for s in given.split(",") if s})
    articles, real = pool(sizes[-1])
    if options.growth:
        growth(articles, sizes, jobs, real)
        return
    rows = []
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
        try:
            rows.append(
                measure_size(work, articles[:size], options.query, options.repeat, jobs, real)
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"measured {size:,} articles", file=sys.stderr)
    print_table(rows)
    print(f"load average at the end: {load()}")
    print(f"CPU reference loop at the end: {reference_loop():.2f} s")


if __name__ == "__main__":
    main()
