"""The site as a reader uses it: opened from file://, offline, in Debian's Chromium.

Playwright drives /usr/bin/chromium (never a downloaded browser). `make test` installs
Chromium where it can; without it these tests fail in CI and are skipped, saying why,
elsewhere.
"""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import ROOT, build_bundled

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(
            "Chromium is missing at /usr/bin/chromium; `make test` should install it", pytrace=False
        )
    pytest.skip(
        "Chromium is not installed at /usr/bin/chromium (run `make test` as root)",
        allow_module_level=True,
    )

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser")
    build_bundled(out)
    return out


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        yield browser
        browser.close()


class Watched:
    """A page that records every request and console error."""

    def __init__(self, browser, width: int = 1280):
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def outside(self) -> list[str]:
        return [
            u for u in self.requests if urlsplit(u).scheme not in ("file", "data", "blob", "about")
        ]

    def follow(self, link) -> None:
        """Click a link and wait for the page it opens: waiting for "load" alone returns at
        once, since the page already open has loaded, and races the click. A list that is
        drawn again while the click lands (search results redrawn for the last key typed, on
        a loaded machine) loses that click: the link, found again, is clicked once more."""
        before = self.page.url
        link.click()
        try:
            self.page.wait_for_url(lambda address: address != before, timeout=10000)
        except sync_api.TimeoutError:
            link.click()
            self.page.wait_for_url(lambda address: address != before, timeout=30000)
        self.page.wait_for_load_state("load")

    def close(self):
        self.context.close()


def url(site: Path, page: str) -> str:
    return (site / "site" / page).as_uri()


def test_overview_renders_offline_without_errors(site, browser):
    watched = Watched(browser)
    watched.page.goto(url(site, "index.html"))
    watched.page.wait_for_load_state("load")
    title = json.loads((site / "docs" / "data" / "briefing.json").read_text())["title"]
    assert watched.page.locator("article h1").first.inner_text() == title
    assert watched.page.locator(".key-figures .figure").count() == 5
    assert watched.page.locator("svg.chart").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    watched.page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    assert watched.outside() == []
    assert watched.errors == []
    watched.close()


def test_search_finds_an_actor_by_alias_and_opens_it(site, browser):
    data = json.loads((site / "docs" / "data" / "briefing.json").read_text())
    candidates = [
        (alias, actor)
        for actor in data["actors"]
        for alias in actor["aliases"]
        if alias.lower() not in actor["name"].lower() and len(alias) >= 5 and " " not in alias
    ]
    assert candidates, "no actor has an alias to search for"
    alias, actor = sorted(candidates, key=lambda c: (-len(c[1]["mentions"]), c[0]))[0]
    watched = Watched(browser)
    watched.page.goto(url(site, "index.html"))
    watched.page.locator("label.md-search__icon, .md-search__input").first.click()
    # The worker reports readiness by replacing "Initializing search".
    watched.page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.trim() !== 'Initializing search'"
    )
    watched.page.locator("input.md-search__input").press_sequentially(alias, delay=30)
    result = watched.page.locator(".md-search-result__list a[href*='actors/']").first
    result.wait_for(timeout=30000)
    watched.follow(result)
    assert urlsplit(watched.page.url).path.endswith(actor["page"].replace(".md", ".html"))
    assert watched.outside() == [] and watched.errors == []
    watched.close()


def test_article_to_actor_to_timeline_to_source(site, browser):
    data = json.loads((site / "docs" / "data" / "briefing.json").read_text())
    events_by_actor = {a for e in data["events"] for a in e["actors"]}
    article = next(
        a
        for a in data["articles"]
        if any(
            m["article"] == a["id"] and actor["id"] in events_by_actor
            for actor in data["actors"]
            for m in actor["mentions"]
        )
    )
    watched = Watched(browser)
    watched.page.goto(url(site, article["page"].replace(".md", ".html")))
    links = watched.page.locator(".article-body a.actor-link")
    target = None
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        slug = href.rsplit("/", 1)[-1].removesuffix(".html")
        if slug in events_by_actor:
            target = links.nth(i)
            break
    assert target is not None
    watched.follow(target)
    assert "/actors/" in watched.page.url
    watched.follow(watched.page.locator("a:has-text('details')").first)
    assert watched.page.url.split("#")[0].endswith("timeline.html")
    anchor = watched.page.url.split("#")[1]
    entry = watched.page.locator(f"[id='{anchor}']")
    source = entry.locator("a[href*='articles/']").last
    watched.follow(source)
    page_url, paragraph = watched.page.url.split("#")
    assert "/articles/" in page_url and paragraph.startswith("p")
    assert watched.page.locator(f"[id='{paragraph}']").count() == 1
    assert watched.outside() == [] and watched.errors == []
    watched.close()


def test_phone_width_has_no_horizontal_scroll(site, browser):
    watched = Watched(browser, width=390)
    for page in ("index.html", "about.html", "timeline.html"):
        watched.page.goto(url(site, page))
        overflow = watched.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, page
    watched.close()


def test_article_page_prints_without_site_chrome(site, browser):
    data = json.loads((site / "docs" / "data" / "briefing.json").read_text())
    page_path = data["articles"][0]["page"].replace(".md", ".html")
    watched = Watched(browser)
    watched.page.goto(url(site, page_path))
    watched.page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not watched.page.locator(chrome).first.is_visible(), chrome
    assert watched.page.locator(".article-body p").first.is_visible()
    assert not watched.page.locator("details.removed").first.is_visible()
    pdf = watched.page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    watched.close()


def test_dark_palette_toggle_switches_scheme(site, browser):
    watched = Watched(browser)
    watched.page.goto(url(site, "index.html"))
    before = watched.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    watched.page.locator("label.md-header__button[for^='__palette']").first.click()
    after = watched.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
    assert watched.errors == []
    watched.close()


def test_own_worker_shim_passes_messages_both_ways_under_file_url(tmp_path, browser):
    """Our shim alone, with a worker script of our own: Chromium refuses `new Worker` from
    file://, the stand-in runs it in a frame; messages go both ways, failures are errors."""
    from generator.website.site import SHIM

    (tmp_path / "shim.js").write_bytes(SHIM.read_bytes())
    (tmp_path / "echo.js").write_text(
        'addEventListener("message", (e) => postMessage({echo: e.data.n * 2}));'
    )
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><script src="shim.js"></script></head><body></body></html>'
    )
    watched = Watched(browser)
    watched.page.goto((tmp_path / "index.html").as_uri())
    reply = watched.page.evaluate(
        """() => new Promise((resolve) => {
            const worker = new Worker("echo.js");
            worker.onmessage = (e) => resolve(e.data);
            worker.postMessage({n: 21});
        })"""
    )
    assert reply == {"echo": 42}
    failed = watched.page.evaluate(
        """() => new Promise((resolve) => {
            const worker = new Worker("missing.js");
            worker.addEventListener("error", (e) => resolve(e.message));
        })"""
    )
    assert "missing.js" in failed


def test_key_points_link_to_the_paragraphs_that_say_them(site, browser):
    """Each key point's first link opens the article at the paragraph holding the point."""
    watched = Watched(browser)
    watched.page.goto(url(site, "index.html"))
    items = watched.page.locator("article li:has(span.key-point)")
    count = items.count()
    assert 5 <= count <= 10
    targets = []
    for i in range(count):
        text = items.nth(i).locator("span.key-point").inner_text()
        href = items.nth(i).locator("a").first.get_attribute("href")
        targets.append((text, href))
    for text, href in targets:
        page, _, anchor = href.partition("#")
        assert anchor.startswith("p"), href
        watched.page.goto(url(site, page) + "#" + anchor)
        target = watched.page.locator(f"[id='{anchor}']")
        assert target.count() == 1, href
        assert " ".join(text.split()) in " ".join(target.inner_text().split()), href
    assert watched.outside() == [] and watched.errors == []
    watched.close()
