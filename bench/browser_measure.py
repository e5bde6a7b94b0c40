"""Page weight and search latency of a built site, measured in Debian's Chromium.

`measure(site)` opens the largest pages from file:// and counts their DOM elements, and
times, from the start of loading the overview, how long until a search for an actor's
name shows its first result (the index is built in the browser on every page load).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


@dataclass(frozen=True)
class SiteMeasure:
    largest_page: tuple[str, int]
    """(page, bytes) of the largest HTML page."""
    most_nodes: tuple[str, int]
    """(page, DOM elements in Chromium) of the page with most elements, among the largest."""
    search_seconds: float
    """From navigation start on the overview to the first result of a query."""
    search_index_bytes: int


def measure(site: Path, query: str, candidates: int = 8) -> SiteMeasure:
    from playwright.sync_api import sync_playwright

    pages = sorted(site.rglob("*.html"), key=lambda p: (-p.stat().st_size, str(p)))
    index = site / "search" / "search_index.js"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page()
        nodes = []
        for path in pages[:candidates]:
            tab.goto(path.as_uri(), wait_until="load", timeout=180_000)
            count = tab.evaluate("document.getElementsByTagName('*').length")
            nodes.append((count, str(path.relative_to(site))))
        start = time.perf_counter()
        tab.goto((site / "index.html").as_uri(), wait_until="load", timeout=180_000)
        tab.locator("label.md-search__icon, .md-search__input").first.click()
        tab.locator("input.md-search__input").press_sequentially(query, delay=30)
        tab.locator(".md-search-result__list a").first.wait_for(timeout=60_000)
        seconds = time.perf_counter() - start
        browser.close()
    best = max(nodes)
    return SiteMeasure(
        (str(pages[0].relative_to(site)), pages[0].stat().st_size),
        (best[1], best[0]),
        seconds,
        index.stat().st_size if index.exists() else 0,
    )


if __name__ == "__main__":
    import sys

    print(measure(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "Clinton"))
