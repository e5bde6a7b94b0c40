"""Page weight and search latency of a built site, measured in Debian's Chromium.

`measure(site)` opens the largest pages from file:// and counts their DOM elements, and
times search on the overview, in the page's own clock (no driver round trips): how long
the page takes to load, then how long from the reader's query (typed at once: the
search box focused, its value set, one keyup) to the first result on screen. That first
query includes everything search needs after the page opens: Material's SETUP message,
loading the prebuilt index in the worker, the answer and its rendering. Fastest of
`runs` page loads, each a fresh navigation.
"""

from __future__ import annotations

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
    """Page load plus first query to first result (the two below), fastest run."""
    search_index_bytes: int
    """What the worker loads (search/briefing_search.js)."""
    load_seconds: float = 0.0
    """The overview's navigation start to its load event."""
    query_seconds: float = 0.0
    """The first query after the page opened to its first result shown."""


FIRST_QUERY = """async (query) => {
  const start = performance.now();
  const input = document.querySelector("input.md-search__input");
  input.focus();
  input.value = query;
  input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}));
  const list = document.querySelector(".md-search-result__list");
  await new Promise((resolve) => {
    const check = () => (list.querySelector("a") ? resolve() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}"""
LOADED = "performance.getEntriesByType('navigation')[0].loadEventEnd"


def first_result(tab, page_url: str, query: str) -> tuple[float, float]:
    """(load seconds, first-query seconds) of one fresh page load."""
    tab.goto("about:blank")
    tab.goto(page_url, wait_until="load", timeout=180_000)
    loaded = tab.evaluate(LOADED) / 1000
    return loaded, tab.evaluate(FIRST_QUERY, query) / 1000


def measure(site: Path, query: str, candidates: int = 8, runs: int = 3) -> SiteMeasure:
    from playwright.sync_api import sync_playwright

    pages = sorted(site.rglob("*.html"), key=lambda p: (-p.stat().st_size, str(p)))
    index = site / "search" / "briefing_search.js"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page()
        nodes = []
        for path in pages[:candidates]:
            tab.goto(path.as_uri(), wait_until="load", timeout=180_000)
            count = tab.evaluate("document.getElementsByTagName('*').length")
            nodes.append((count, str(path.relative_to(site))))
        timed = [first_result(tab, (site / "index.html").as_uri(), query) for _ in range(runs)]
        browser.close()
    best = max(nodes)
    load, query_s = min(timed, key=sum)
    return SiteMeasure(
        (str(pages[0].relative_to(site)), pages[0].stat().st_size),
        (best[1], best[0]),
        load + query_s,
        index.stat().st_size if index.exists() else 0,
        load,
        query_s,
    )


if __name__ == "__main__":
    import sys

    print(measure(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "Clinton"))
