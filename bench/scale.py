"""Scale benchmark: build a corpus of a few hundred real articles and time every step.

Corpus (read from ../shared/bench/, never copied into the project), every article a
different real one: the article-extraction benchmark's scraped-text variant
(`text/*.txt`, 91) and saved pages (`html/*.html.gz`, 91), the CoNLL-2003 dev documents
(`docs/*.txt`, 216), the TempEval-3 TBAQ news documents (`tbaq/**/*.tml`, 256: their
text with the tags taken out, under a line giving the document's creation date) and the
bundled seeds (5): 659 articles.

Prints one table: articles, generator time (extraction → docs, no article cache; the
median of `--repeat` runs, each into a new folder, with every run listed), articles/s,
where that time went (the generator's own `--debug` timing line), full build
time with the site, no-change rebuild time, peak memory of each run, and from Chromium the
largest page, the most DOM elements on a page, and the time from loading the overview to a
search's first result (bench/browser_measure.py).

    .venv/bin/python bench/scale.py [--jobs N] [--no-html] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gzip
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_measure import measure as measure_site  # noqa: E402  (Chromium, file://)
from tempeval import read_document  # noqa: E402  (the TimeML reader, shared with that bench)


def gather(target: Path, html: bool = True) -> int:
    """Write the benchmark corpus into `target`; returns the number of files written."""
    sources: list[tuple[str, bytes]] = []
    extraction = SHARED / "bench" / "article-extraction"
    for path in sorted((extraction / "text").glob("*.txt")):
        sources.append((f"ae-{path.stem[:12]}.txt", path.read_bytes()))
    for path in sorted((extraction / "html").glob("*.html.gz")) if html else []:
        sources.append((f"aeh-{path.name[:12]}.html", gzip.decompress(path.read_bytes())))
    for path in sorted((SHARED / "bench" / "conll2003" / "docs").glob("*.txt")):
        sources.append((f"conll-{path.stem}.txt", path.read_bytes()))
    for path in sorted((SHARED / "bench" / "tempeval3" / "tbaq").rglob("*.tml")):
        document = read_document(path)
        dated = f"Published {document.dct}\n\n" if document.dct else ""
        sources.append((f"tbaq-{path.stem}.txt", (dated + document.text.strip()).encode()))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        sources.append((f"seed-{path.name}", path.read_bytes()))
    for name, data in sources:
        (target / name).write_bytes(data)
    return len(sources)


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args: list[str]) -> tuple[float, float, str, float]:
    """Run the generator in a fresh process: (seconds, peak resident MiB of that process,
    its own `timing:` line, CPU seconds of it and its workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu_before = _cpu_of_children()
    start = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "generator", *args, "--quiet", "--debug"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        sys.exit(f"build failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    timing = re.findall(r"^timing: (.*)$", completed.stderr, re.M)
    cpu = _cpu_of_children() - cpu_before
    return seconds, max(peak, before) / 1024, timing[-1] if timing else "?", cpu


def reference_loop() -> float:
    """Seconds for a fixed pure-Python loop: this machine's speed at the moment of the
    measurement (a virtual machine's CPU varies by half from hour to hour), so tables
    taken at different times can be compared."""
    start = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-html", action="store_true", help="leave out the saved HTML pages")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="generator-only runs (the median is reported: this machine's speed varies)",
    )
    options = parser.parse_args()
    if not (SHARED / "bench").is_dir():
        print(f"benchmark data not found at {SHARED / 'bench'}: nothing measured")
        return
    work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    try:
        seeds = work / "seeds"
        seeds.mkdir()
        n = gather(seeds, html=not options.no_html)
        jobs = ["--jobs", str(options.jobs)] if options.jobs else []
        config = work / "briefing.yml"
        config.write_text("title: Scale benchmark\n")
        common = [
            "--seeds",
            str(seeds),
            "--site-dir",
            str(work / "site"),
            "--config",
            str(config),
        ]
        reference = reference_loop()
        generator_runs = []
        for repeat in range(options.repeat):
            docs = work / f"docs-{repeat}"  # a new folder each time: no old tree to replace
            args = [*common, "--docs-dir", str(docs), "--no-site", "--no-cache", *jobs]
            generator_runs.append(run(["build", *args]))  # kept: deleting slows the disk
        generator_runs.sort(key=lambda result: result[0])
        gen_s, gen_mem, gen_steps, _ = generator_runs[len(generator_runs) // 2]  # the median
        gen_all = ", ".join(f"{run_[0]:.1f}" for run_ in generator_runs)
        gen_mem = max(run_[1] for run_ in generator_runs)
        cpus = sorted(run_[3] for run_ in generator_runs)
        docs = ["--docs-dir", str(work / "docs")]
        full_s, full_mem, full_steps, _ = run(["build", *common, *docs, *jobs])
        again_s, again_mem, _, _ = run(["build", *common, *docs, *jobs])
        pages = sum(1 for _ in (work / "site").rglob("*.html"))
        browser = measure_site(work / "site", "Clinton")
        rows = [
            ("articles", f"{n}"),
            ("CPU reference loop (lower is faster)", f"{reference:.2f} s"),
            ("generator only (no cache, no site), median", f"{gen_s:.1f} s"),
            ("generator articles/s, median", f"{n / gen_s:.0f}"),
            ("  every run (s)", gen_all),
            ("  best run: articles/s", f"{n / generator_runs[0][0]:.0f}"),
            ("  median run's steps (rest: start-up)", gen_steps),
            (
                "  CPU time, all processes, median",
                f"{cpus[len(cpus) // 2]:.1f} s ({n / cpus[len(cpus) // 2]:.0f} articles per CPU-second)",
            ),
            ("full build with site (cold cache)", f"{full_s:.1f} s"),
            ("  its steps", full_steps),
            ("site pages", f"{pages}"),
            ("no-change rebuild", f"{again_s:.2f} s"),
            ("largest page (bytes)", f"{browser.largest_page[1]:,} ({browser.largest_page[0]})"),
            (
                "most DOM elements (Chromium)",
                f"{browser.most_nodes[1]:,} ({browser.most_nodes[0]})",
            ),
            ("search index (bytes)", f"{browser.search_index_bytes:,}"),
            ("search: load to first result (Chromium)", f"{browser.search_seconds:.1f} s"),
            ("peak memory (largest run)", f"{max(gen_mem, full_mem, again_mem):.0f} MiB"),
        ]
        width = max(len(k) for k, _ in rows)
        print(f"{'measure':<{width}} | value")
        print(f"{'-' * width}-|------")
        for key, value in rows:
            print(f"{key:<{width}} | {value}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
