"""The slowest articles of a folder to extract: CPU seconds of `analyse_article` per article,
in one process with the lexicons loaded first (issue 16). A slow one is then profiled with
`--profile NAME`
(profiled where it falls in the folder's order, so with the caches as the build has them;
the profiler slows that article, about twice).

    .venv/bin/python bench/slowest_pages.py FOLDER [--top 10] [--profile 1641303898.html]

CPU time, not wall time, so other work on a shared machine does not count. A library's
one-time set-up (dateparser's locale tables, about 1.4 s) falls on the first article that
needs it.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from generator.ingest import read_seeds
    from generator.pipeline import analyse_article
    from tests.slow_shapes import SHAPES, article_cost

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--profile", help="print a profile of this article (source name)")
    options = parser.parse_args()
    article_cost(SHAPES["ordinary prose"](2000))
    raws, _ = read_seeds(options.folder)
    rows, profile = [], cProfile.Profile()
    for raw in raws:
        run = profile.runcall if raw.source == options.profile else _call
        start = time.process_time()
        run(analyse_article, raw, frozenset(), None)
        rows.append((time.process_time() - start, raw.source, len(raw.text)))
    total = sum(seconds for seconds, _, _ in rows)
    print(f"{len(rows)} articles, {total:.1f} s CPU, {len(rows) / max(total, 1e-9):.1f} per s")
    print("| article | kB | CPU s |\n|---|---|---|")
    for seconds, source, size in sorted(rows, key=lambda r: (-r[0], r[1]))[: options.top]:
        print(f"| {source} | {size // 1000} | {seconds:.2f} |")
    if options.profile in {source for _, source, _ in rows}:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


def _call(function: Callable[..., object], *args: object) -> object:
    return function(*args)


if __name__ == "__main__":
    main()
