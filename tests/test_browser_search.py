"""Our search worker in Chromium from file://: Material's messages, escaping, and the first
query's latency at the size of a 2,600-article briefing (a synthetic index)."""

import itertools
import json
import random
import shutil
import sys
from pathlib import Path

import pytest

from generator.website import search_index as si
from generator.website.site import SHIM, SHIM_SITE_PATH

from .conftest import build_bundled
from .test_browser import ARGS, CHROMIUM, Watched

sync_api = pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from browser_measure import FIRST_QUERY  # noqa: E402  the bench's own timing of search


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("search-site")
    build_bundled(out)
    return out / "site"


def worker_page(tmp_path: Path, mkdocs_index: dict) -> str:
    """A bare page with the shim, our worker and an index built from `mkdocs_index`."""
    (tmp_path / si.MATERIAL_WORKERS).mkdir(parents=True)  # what the shim stands in for
    (tmp_path / si.MATERIAL_WORKERS / "search.0.min.js").write_text("// never loaded")
    (tmp_path / "search").mkdir()
    (tmp_path / si.MKDOCS_INDEX).write_text(json.dumps(mkdocs_index))
    si.install(tmp_path)
    (tmp_path / SHIM_SITE_PATH).write_bytes(SHIM.read_bytes())
    (tmp_path / "index.html").write_text(
        f'<!doctype html><html><head><script src="{SHIM_SITE_PATH}"></script></head>'
        "<body></body></html>"
    )
    return (tmp_path / "index.html").as_uri()


ASK = """async ([setup, queries]) => {
  // Material's URL for its own worker: the shim hands over ours.
  const worker = new Worker("assets/javascripts/workers/search.0123abcd.min.js");
  const replies = [];
  const next = () => new Promise((resolve) => {
    worker.addEventListener("message", (e) => resolve(e.data), {once: true});
  });
  worker.postMessage({type: 0, data: setup});
  replies.push(await next());
  for (const query of queries) {
    worker.postMessage({type: 2, data: query});
    replies.push(await next());
  }
  return replies;
}"""

HOSTILE = {
    "config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]},
    "docs": [
        {
            "location": "actors/anna.html",
            "title": "Anna Kovács",
            "text": "<p>Also called: Ania</p>",
        },
        {
            "location": "actors/anna.html#said",
            "title": "Quotes",
            "text": "<p>&lt;img src=x onerror=alert(1)&gt; Kovács spoke</p>",
        },
        {"location": "about.html", "title": "About", "text": "<p>Minister Kovács visited.</p>"},
        {"location": "other.html#part", "title": "Zither", "text": "<p>nothing</p>"},
    ],
}


def test_worker_answers_materials_messages_with_its_result_shape(tmp_path, browser):
    watched = Watched(browser)
    watched.page.goto(worker_page(tmp_path, HOSTILE))
    setup = {"config": HOSTILE["config"], "docs": [], "options": {"suggest": False}}
    replies = watched.page.evaluate(
        ASK, [setup, ["kovac", "kovacs -visited", "+zither kovacs", ""]]
    )
    assert replies[0] == {"type": 1}
    assert [r["type"] for r in replies[1:]] == [3, 3, 3, 3]
    groups = replies[1]["data"]["items"]
    assert [[item["location"] for item in group] for group in groups] == [
        ["actors/anna.html", "actors/anna.html#said"],
        ["about.html"],
    ]
    anna = groups[0][0]
    assert set(anna) == {"location", "title", "text", "score", "terms"}
    assert anna["title"] == "Anna <mark>Kovács</mark>" and anna["terms"] == {"kovac": True}
    assert anna["score"] > groups[1][0]["score"] > 0
    said = groups[0][1]["text"]
    assert said.startswith("&lt;img src=x onerror=alert(1)&gt; <mark>Kovács</mark>")
    assert "<img" not in json.dumps(replies)
    excluded = replies[2]["data"]["items"]
    assert [g[0]["location"] for g in excluded] == ["actors/anna.html"]
    required = replies[3]["data"]["items"]
    # "+zither" keeps only the one entry that has it (its page has no entry of its own)
    assert [[(i["location"], i["score"] > 0) for i in g] for g in required] == [
        [("other.html#part", True)]
    ]
    assert required[0][0]["terms"] == {"zither": True, "kovacs": False}
    assert replies[4]["data"] == {"items": []}
    assert watched.errors == []
    watched.close()


def test_search_finds_an_actor_by_a_folded_alias_and_opens_its_page(site, browser):
    """Typed without its accent and cut short, as a reader does: still the actor's page."""
    data = json.loads((site.parent / "docs" / "data" / "briefing.json").read_text())
    actor = next(a for a in data["actors"] if a["name"] == "Bashar al-Assad")
    assert "Assad" in actor["aliases"]
    watched = Watched(browser)
    watched.page.goto((site / "index.html").as_uri())
    watched.page.locator("label.md-search__icon, .md-search__input").first.click()
    watched.page.locator("input.md-search__input").press_sequentially("ASSÀ", delay=30)
    result = watched.page.locator(".md-search-result__list a[href*='actors/']").first
    result.wait_for(timeout=30000)
    assert "<mark>" in result.inner_html()
    page = actor["page"].replace(".md", ".html")
    assert (result.get_attribute("href") or "").split("?")[0].endswith(page)
    watched.follow(result)
    assert watched.page.url.split("?")[0].endswith(page)
    assert watched.outside() == [] and watched.errors == []
    watched.close()


def synthetic_index(docs: int, seed: int = 7) -> dict:
    """An index the size of a 2,600-article briefing's (about 20,000 pages and sections, 6 MB;
    30,000 distinct words, Zipf-like): made-up words, one known actor page last."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(4, 10))) for _ in range(30_000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    entries = []
    for number in range(docs):
        page = f"articles/a{number // 8:05d}.html"
        location = page if number % 8 == 0 else f"{page}#s{number % 8}"
        title = " ".join(rng.choices(words, cum_weights=cumulative, k=4)).title()
        text = " ".join(rng.choices(words, cum_weights=cumulative, k=20))
        entries.append({"location": location, "title": title, "text": f"<p>{text}</p>"})
    entries.append({"location": "actors/zelda-quorrin.html", "title": "Zelda Quorrin", "text": ""})
    return {"config": HOSTILE["config"], "docs": entries}


def test_first_query_answers_from_an_index_of_2600_article_scale(site, browser, tmp_path):
    """A 6 MB prebuilt index loads and answers the first query with the right page.

    How fast is measured by `bench/browser_measure.py` (and `bench/scale.py`), not here:
    a timed assertion fails on a loaded machine and proves nothing on an idle one.
    """
    big = tmp_path / "site"
    shutil.copytree(site, big)
    (big / si.MKDOCS_INDEX).write_text(json.dumps(synthetic_index(20_000)))
    si.install(big)
    assert (big / si.INDEX_SITE_PATH).stat().st_size > 4_000_000
    watched = Watched(browser)
    watched.page.goto((big / "index.html").as_uri(), wait_until="load")
    watched.page.evaluate(FIRST_QUERY, "quorr")
    first = watched.page.locator(".md-search-result__list a").first.get_attribute("href")
    assert first.split("?")[0].endswith("actors/zelda-quorrin.html")
    assert watched.errors == []
    watched.close()
