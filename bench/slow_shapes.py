"""Cost of one hostile article by size: CPU seconds per shape at 25, 50 and 100 kB (issue 17).

Each measurement runs in a fresh process (lexicons loaded first, not timed) and is cut off
after `--cap` seconds, shown as "> cap".

    .venv/bin/python bench/slow_shapes.py [--sizes 25 50 100] [--cap 60] [--shape NAME]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONE = """
import sys
from tests.slow_shapes import SHAPES, article_cost
article_cost(SHAPES["ordinary prose"](2000))
print(article_cost(SHAPES[sys.argv[1]](int(sys.argv[2]))))
"""


def measure(shape: str, size: int, cap: float) -> str:
    """Seconds for one article of `shape` and `size` characters, or "> cap"."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _ONE, shape, str(size)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=cap,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return f"> {cap:.0f}"
    return f"{float(done.stdout.split()[-1]):.2f}"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.slow_shapes import SHAPES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100])
    parser.add_argument("--cap", type=float, default=60)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    options = parser.parse_args()
    print("| article made of | " + " | ".join(f"{s} kB" for s in options.sizes) + " |")
    print("|---|" + "---|" * len(options.sizes))
    for shape in options.shape or SHAPES:
        cells = [measure(shape, size * 1000, options.cap) for size in options.sizes]
        print(f"| {shape} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
