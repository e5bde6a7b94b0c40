"""Dates that rest on an inferred publication date are marked where events are listed, and
only there; the timeline and about pages say how dates are read."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator import pipeline
from generator.cli import main
from generator.models import (
    Actor,
    Article,
    Briefing,
    Event,
    EventSource,
    Mention,
    Paragraph,
    RawArticle,
)
from generator.render import render
from generator.render.inferred import EXPLANATION, METHOD, SOURCE_EXPLANATION
from generator.render.listing import ONE_PAGE
from generator.render.plan import site_paths
from generator.render.safe import fragment, html_text
from generator.settings.config import load_config

from .sitecheck import broken_links

MARK = re.compile(r'<a class="date-inferred" href="([^"]+)" title="([^"]+)">([^<]+)</a>')


def _article(article_id: str, published: str | None, basis: str | None, **extra) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        title=f"Ferry news {article_id}",
        subtitle=None,
        authors=(),
        publication=f"Gazette {article_id.upper()}",
        published=published,
        published_basis=basis,
        url=None,
        caption=None,
        credit=None,
        paragraphs=(
            Paragraph("p1", "The ferry crews walked out on Monday."),
            Paragraph("p2", "The port reopened on March 2, 2021."),
        ),
        **extra,
    )


def _event(event_id: str, date: str, summary: str, *sources: EventSource) -> Event:
    return Event(event_id, date, "day", "past", summary, ("crews",), tuple(sources))


def _source(article: str, paragraph: str, inferred: bool) -> EventSource:
    return EventSource(article, paragraph, "…", "on Monday", date_inferred=inferred)


def small_briefing() -> Briefing:
    """`dated` states its date; `undated` carries an inferred window. `walkout` rests on
    inference alone, `reopened` on a full date in the undated article (no mark), `vote` on
    both articles (a mark on the undated source only), `strike` on the dated one only."""
    dated = _article("dated", "2021-03-12", "text")
    undated = _article(
        "undated",
        "2021-03-12",
        "inferred",
        published_window=("2021-03-11", "2021-03-13"),
    )
    events = (
        _event("walkout", "2021-03-08", "Ferry crews walked out", _source("undated", "p1", True)),
        _event("reopened", "2021-03-02", "The port reopened", _source("undated", "p2", False)),
        _event(
            "vote",
            "2021-03-09",
            "The crews voted",
            _source("dated", "p1", False),
            _source("undated", "p1", True),
        ),
        _event("strike", "2021-03-01", "A strike began", _source("dated", "p2", False)),
    )
    crews = Actor(
        id="crews",
        name="Ferry crews",
        type="organization",
        aliases=(),
        role=None,
        mentions=(
            Mention("dated", "p1", 4, 15, "ferry crews", "crews"),
            Mention("undated", "p1", 4, 15, "ferry crews", "crews"),
        ),
        salience=1.0,
    )
    return Briefing(
        title="Ferry strike",
        description=None,
        articles=(dated, undated),
        actors=(crews,),
        events=events,
        quotes=(),
        timexes=(),
    )


@pytest.fixture(scope="module")
def site() -> tuple[Briefing, dict[str, str]]:
    briefing = small_briefing()
    return briefing, render(briefing)


def _entry(page: str, event_id: str) -> str:
    """One event's block on the timeline page."""
    start = page.index(f'id="{event_id}"')
    return page[start : page.index("</div>", start)]


def test_the_timeline_marks_exactly_the_events_whose_date_rests_on_inference(site):
    _, files = site
    page = files["timeline.md"]
    walkout, reopened = _entry(page, "walkout"), _entry(page, "reopened")
    vote, strike = _entry(page, "vote"), _entry(page, "strike")
    assert [m[2] for m in MARK.findall(walkout)] == ["date inferred"]
    assert MARK.findall(reopened) == [] and MARK.findall(strike) == []
    # two sources, one resting on inference: the event says how many, the source which
    assert [m[2] for m in MARK.findall(vote)] == ["date inferred in 1 of 2 sources", "inferred"]
    sources = vote[vote.index("Sources") :]
    assert sources.index("Gazette DATED") < sources.index("Gazette UNDATED")
    assert re.search(r"Gazette UNDATED ¶1\]\([^)]*\) \(<a class=\"date-inferred\"", sources)
    assert not re.search(r"Gazette DATED ¶1\]\([^)]*\) \(<a", sources)
    titles = {m[1] for m in MARK.findall(page)}
    assert titles == {html_text(EXPLANATION), html_text(SOURCE_EXPLANATION)}


def test_every_mark_links_to_the_about_pages_section_on_dates(site):
    _, files = site
    assert "## How dates are read\n" in files["about.md"]
    for path, text in files.items():
        for href, _, _ in MARK.findall(text):
            depth = path.count("/")
            assert href == "../" * depth + "about.html#how-dates-are-read", path


def test_every_list_of_events_marks_the_same_events(site):
    briefing, files = site
    paths = site_paths(briefing)
    lists = {
        "actor page": files[paths.actors["crews"]],
        "undated article page": files[paths.articles["undated"]],
        "overview": files["index.md"],
    }
    for where, page in lists.items():
        lines = {line for line in page.splitlines() if line.startswith("- **")}
        marked = {line.split("**")[1] for line in lines if "date-inferred" in line}
        assert marked == {"8 March 2021", "9 March 2021"}, where
    dated_page = files[paths.articles["dated"]]
    items = [line for line in dated_page.splitlines() if line.startswith("- **")]
    assert [line.split("**")[1] for line in items if "date-inferred" in line] == ["9 March 2021"]
    assert "date inferred in 1 of 2 sources" in dated_page


def test_the_article_page_and_index_show_the_inferred_date_and_its_window(site):
    briefing, files = site
    paths = site_paths(briefing)
    undated, dated = files[paths.articles["undated"]], files[paths.articles["dated"]]
    assert (
        "- **Published:** 12 March 2021 (inferred from the text — check it: between "
        "11 March 2021 and 13 March 2021, see the clues below)"
    ) in undated
    assert "- **Published:** 12 March 2021 (stated in the text)" in dated
    index = [line for line in files["articles/index.md"].splitlines() if "Ferry news" in line]
    assert sorted(("Gazette UNDATED" in line, "date-inferred" in line) for line in index) == [
        (False, False),
        (True, True),
    ]


def test_the_method_text_is_stated_once_and_counts_what_rests_on_inference(site):
    _, files = site
    timeline, about = files["timeline.md"], files["about.md"]
    assert METHOD in timeline and METHOD in about
    assert "each article's publication date" not in timeline
    assert "Here 2 events' dates rest on an inferred date." in timeline
    assert "In this briefing 1 article carries an inferred date" in about


def test_a_briefing_without_inference_shows_no_mark_and_no_count():
    briefing = small_briefing()
    plain = Briefing(
        title=briefing.title,
        description=None,
        articles=briefing.articles[:1],
        actors=(),
        events=briefing.events[3:],
        quotes=(),
        timexes=(),
    )
    files = render(plain)
    assert not any("date-inferred" in text for path, text in files.items() if path.endswith(".md"))
    assert "rest on an inferred date" not in files["timeline.md"]
    assert "carries an inferred date" not in files["about.md"]
    assert METHOD in files["timeline.md"]


def test_hostile_text_around_a_mark_stays_escaped():
    briefing = small_briefing()
    hostile = '<img src=x onerror=alert(1)>"]](javascript:alert(2))'
    articles = tuple(
        Article(**{**a.__dict__, "publication": hostile, "title": hostile})
        for a in briefing.articles
    )
    files = render(Briefing(**{**briefing.__dict__, "articles": articles}))
    page = files["timeline.md"]
    assert "<img" not in page and "](javascript:" not in page
    assert len(MARK.findall(page)) == 3


UNDATED = (
    "Harbour talks stall in Valletta\n\n"
    "On Monday, negotiators from both towns met in Valletta, the mayor said. "
    "The harbour strike had ended on Friday, November 9, 2018.\n\n"
    "A second round of talks is scheduled for November 20, 2018, officials said."
)
DATED = (
    "Ferry fares rise\n\n12 November 2018\n\n"
    "The ferry company raised its fares on Monday, its chief said."
)


def test_the_pipeline_marks_the_undated_articles_relative_dates_only():
    results = [
        pipeline.analyse_article(RawArticle(name, f"{name}.txt", text, "txt"), frozenset(), None)
        for name, text in (("harbour", UNDATED), ("fares", DATED))
    ]
    briefing = pipeline.build_briefing(results, load_config(None))
    files = render(briefing)
    page = files["timeline.md"]
    marked = {e.id for e in briefing.events if "date-inferred" in _entry(page, fragment(e.id))}
    resting = {e.id for e in briefing.events if any(s.date_inferred for s in e.sources)}
    assert resting and marked == resting
    # the stated article's Monday (5 November 2018) and the undated one's full dates: no mark
    assert any(not any(s.date_inferred for s in e.sources) for e in briefing.events)
    assert all(
        not any(s.date_inferred for s in e.sources)
        for e in briefing.events
        if any(s.article == "fares" for s in e.sources)
    )


def test_a_split_timelines_month_page_marks_and_links_up_to_the_about_page():
    briefing = small_briefing()
    filler = tuple(
        _event(f"filler-{n:03d}", "2021-03-01", f"Filler {n}", _source("dated", "p2", False))
        for n in range(ONE_PAGE)
    )
    files = render(Briefing(**{**briefing.__dict__, "events": briefing.events + filler}))
    month = [text for path, text in files.items() if path.startswith("timeline/2021-03")]
    marks = [m for text in month for m in MARK.findall(text)]
    assert [m[2] for m in marks] == ["date inferred", "date inferred in 1 of 2 sources", "inferred"]
    assert {m[0] for m in marks} == {"../about.html#how-dates-are-read"}
    assert "Here 2 events' dates rest on an inferred date." in files["timeline.md"]


def test_the_built_site_has_the_marks_and_no_broken_link(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "harbour.txt").write_text(UNDATED, encoding="utf-8")
    (seeds / "fares.txt").write_text(DATED, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["build", "--seeds", str(seeds), "--docs-dir", str(tmp_path / "docs")]
        + ["--site-dir", str(tmp_path / "site"), "--no-history", "--quiet", "-j", "1"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    site = tmp_path / "site"
    assert broken_links(site) == []
    timeline = (site / "timeline.html").read_text(encoding="utf-8")
    assert 'href="about.html#how-dates-are-read"' in timeline
    assert 'id="how-dates-are-read"' in (site / "about.html").read_text(encoding="utf-8")
