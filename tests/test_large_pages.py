"""Large briefings: lists that grow with the corpus are cut into pages of bounded size."""

import re

import pytest

from generator.findings.history import Changes
from generator.models import (
    Actor,
    Article,
    Briefing,
    Event,
    EventSource,
    Mention,
    Paragraph,
    Quote,
)
from generator.render import render
from generator.render.changes import changes_page
from generator.render.listing import PER_PAGE
from generator.render.plan import site_paths

ARTICLES, ACTORS, EVENTS = 420, 460, 760
PUBLICATIONS = [f"Paper {chr(65 + i)}" for i in range(14)]


def _article(i: int) -> Article:
    text = f"Arcadia and Figure {i:03d} spoke in town {i}."
    return Article(
        id=f"a{i:03d}",
        source=f"a{i:03d}.txt",
        title=f"Story number {i}",
        subtitle=None,
        authors=(f"Writer {i % 7}",),
        publication=PUBLICATIONS[i % len(PUBLICATIONS)],
        published=f"{2019 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(Paragraph("p1", text), Paragraph("p2", f"Unusualword{i} closes it.")),
    )


def _actor(i: int) -> Actor:
    article = f"a{i % ARTICLES:03d}"
    return Actor(
        id=f"figure-{i:03d}",
        name=f"{chr(65 + i % 26)}name Figure {i:03d}",
        type="person" if i % 3 else "state",
        aliases=(f"Alias{i}",),
        role="envoy",
        mentions=(Mention(article, "p1", 12, 22, f"Figure {i:03d}", f"figure-{i:03d}"),),
        salience=float(i % 50),
    )


def make_large() -> Briefing:
    articles = tuple(_article(i) for i in range(ARTICLES))
    arcadia = Actor(
        id="arcadia",
        name="Arcadia",
        type="state",
        aliases=(),
        role=None,
        mentions=tuple(Mention(a.id, "p1", 0, 7, "Arcadia", "arcadia") for a in articles),
        salience=1000.0,
    )
    events = tuple(
        Event(
            id=f"e{i:04d}",
            date=f"{2019 + i % 2}-{1 + i % 12:02d}" + (f"-{1 + i % 28:02d}" if i % 5 else ""),
            precision="day",
            kind="past",
            summary=f"Event {i} happened",
            actors=("arcadia",),
            sources=(EventSource(f"a{i % ARTICLES:03d}", "p1", "x", "then"),),
        )
        for i in range(EVENTS)
    )
    quotes = tuple(Quote("arcadia", f"Quote {i}", articles[i].id, "p1") for i in range(100))
    return Briefing(
        title="Large",
        description=None,
        articles=articles,
        actors=(arcadia, *(_actor(i) for i in range(ACTORS))),
        events=events,
        quotes=quotes,
        timexes=(),
    )


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return render(make_large(), jobs=1)


def _pages(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.endswith(".md")}


def test_no_page_grows_with_the_corpus(files):
    for path, text in _pages(files).items():
        assert len(text.encode()) < 80_000, path
        assert text.count("](") < 1_000, path


def test_timeline_is_a_year_index_and_month_pages_holding_every_event_once(files):
    index = files["timeline.md"]
    assert 'class="event' not in index
    assert "[January](timeline/2019-01.md)" in index
    found = re.findall(
        r'id="(e\d{4})"', "".join(t for p, t in files.items() if p.startswith("timeline/"))
    )
    assert sorted(found) == [f"e{i:04d}" for i in range(EVENTS)]
    for path, text in files.items():
        if path.startswith("timeline/"):
            assert text.count('class="event') <= PER_PAGE, path


def test_event_links_point_to_the_month_page_that_holds_the_event(files):
    page = files["actors/arcadia.md"]
    target, anchor = re.search(r"\[details\]\(\.\./(timeline/[^)#]+)#(e\d{4})\)", page).groups()
    assert f'id="{anchor}"' in files[target]


def test_actors_index_shows_the_top_actors_and_links_pages_by_type_and_initial(files):
    index = files["actors/index.md"]
    assert index.count("| [") <= 10 * 2
    assert "(by-type/person/a.md)" in index
    listed = "".join(t for p, t in files.items() if p.startswith("actors/by-type/"))
    for i in range(ACTORS):
        assert listed.count(f"(../../figure-{i:03d}.md)") == 1
    assert "search:\n  exclude: true" in files["actors/by-type/person/a.md"]


def test_articles_index_links_a_page_per_month_that_lists_every_article_once(files):
    index = files["articles/index.md"]
    assert "articles/by-date" not in index and "(by-date/2020-12.md)" in index
    listed = "".join(t for p, t in files.items() if p.startswith("articles/by-date/"))
    for i in range(ARTICLES):
        assert listed.count(f"(../a{i:03d}.md)") == 1


def test_a_prominent_actor_continues_on_numbered_pages(files):
    main = files["actors/arcadia.md"]
    assert "Pages about this actor: **1** · [2](arcadia/more-p2.md)" in main
    continued = [p for p in files if p.startswith("actors/arcadia/")]
    assert len(continued) == -(-EVENTS // 60) - 1  # its 760 events, 60 a page, set the count
    mentioned = "".join(files[p] for p in ["actors/arcadia.md", *continued])
    for i in range(ARTICLES):
        assert mentioned.count(f"### [Story number {i}](") == 1


def test_overview_and_about_summarise_sources_by_publication(files):
    overview, about = files["index.md"], files["about.md"]
    assert "Story number" not in overview
    assert "| Paper A | 30 |" in overview and "4 more publications." in overview
    assert "S14: Paper N (30 articles)" in about and "Story number" not in about


def test_large_briefing_keeps_paragraphs_and_long_lists_out_of_search(files):
    article = files["articles/a001.md"]
    assert '<div class="article-body" data-search-exclude markdown="0">' in article
    assert "## Actors in this article { data-search-exclude }" in article
    assert "tags:" not in article and "tags:" not in files["actors/figure-001.md"]
    assert "Also called" in files["actors/figure-001.md"]


def test_small_briefing_keeps_one_page_per_list(briefing):
    small = render(briefing)
    assert not any(
        p.startswith(("timeline/", "actors/by-type/", "articles/by-date/")) for p in small
    )
    assert 'class="article-body" markdown="0"' in small["articles/a1.md"]
    assert "tags:" in small["articles/a1.md"]


def test_split_pages_are_the_same_bytes_every_time(files):
    assert render(make_large(), jobs=1) == files


def test_what_changed_links_new_events_to_the_month_page_that_holds_them():
    briefing = make_large()
    paths = site_paths(briefing)
    new = (briefing.events[0].id, briefing.events[-1].id)
    page = changes_page(briefing, paths, Changes(first_build=False, new_events=new))
    links = re.findall(r"\]\((timeline/[^)#]+)#(e\d{4})\)", page)
    assert sorted(anchor for _, anchor in links) == sorted(new)
    files = render(briefing, jobs=1)
    for target, anchor in links:
        assert f'id="{anchor}"' in files[target], target
