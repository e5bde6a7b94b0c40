"""Where a date rests on an inferred publication date, the pages say so, and how dates are read.

An article that carries no date is dated from its own content (`generator/dating`), or
else from the dated articles of the folder that tell the same story (`dating.corpus`), and
the relative dates in it ("on Monday", "Feb. 8") are read against that inferred window:
an event source then has `date_inferred`. Such a date is the generator's reading, not the
article's, so wherever the event is listed it carries a short mark whose title says why,
linked to the about page's section on dates. Every word of it is here, with the method
text the timeline and about pages show; the marks are built from constants only, and
still pass through `html_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Article, Briefing, Event, EventSource
from .paths import as_html
from .safe import html_text

ABOUT_PAGE = "about.md"
SECTION = "how-dates-are-read"
"""The about page's section on dates (its heading's anchor)."""
HEADING = "How dates are read"

LABEL = "date inferred"
EXPLANATION = "Date inferred from the article's content; the article carries no date."
SOURCE_LABEL = "inferred"
SOURCE_EXPLANATION = (
    "This source's date for the event was inferred from the article's content; "
    "the article carries no date."
)
ARTICLE_LABEL = "inferred"
ARTICLE_EXPLANATION = (
    "Publication date inferred from the article's content; the article carries no date."
)
INFERRED_WINDOW = "between {lo} and {hi}, see the clues below"
"""How an article page's metadata block states an inferred date's window."""

METHOD = (
    "Dates are shown at the precision the articles give: a day, a month or a year. "
    "Relative dates (“on Monday”, “last week”) and dates without a year are resolved "
    "against the article's publication date when it is known: stated in the text, in the "
    "page's metadata, or set in `briefing.yml`. An article that carries no date is dated "
    "from its own content (the dates it mentions, weekdays that agree with them, what it "
    "calls past or scheduled, offices whose holders' terms are known) to a window of days; "
    "when that evidence does not pin it, the dated articles that share its rare names and "
    "words count as clues too (it was likely published near them), and it stays undated "
    "when none is alike enough or they point to different weeks. The weekdays it names narrow "
    "that window: news calls a Monday past mostly within three days after it, so when the "
    "other evidence clearly prefers one such stretch of days, the window becomes it. "
    "Its relative dates are then kept "
    "only at the precision every day of that window agrees on, counting only the days of "
    "the week its weekdays allow (a Monday called past and a Tuesday to come: the Monday or "
    "the Tuesday): “on Monday” keeps its day "
    "when every such day reads it as the same Monday, else the month or the year "
    "all those Mondays fall in, else it is not placed on the timeline. Events whose "
    "date rests on such an inference are marked *date inferred*. The relative dates of an "
    "article with neither a date nor an inferred window are not placed on the timeline."
)
"""The method, as the timeline's intro and the about page state it."""


def inferred_sources(event: Event) -> tuple[EventSource, ...]:
    """The sources whose date for the event rests on an inferred publication date."""
    return tuple(s for s in event.sources if s.date_inferred)


def _mark(href: str, css: str, label: str, title: str) -> str:
    return (
        f'<a class="{css}" href="{html_text(href)}" title="{html_text(title)}">'
        f"{html_text(label)}</a>"
    )


About = Callable[[], str]
"""The page's relative link to `about.md`, asked for only when a mark is drawn."""


def _about(about: About) -> str:
    """The link target of a mark: the about page's section on dates, from the page."""
    return f"{as_html(about())}#{SECTION}"


def event_mark(event: Event, about: About) -> str:
    """` · date inferred` (a link to the method, with the reason as its title) for an
    event whose date rests on an inferred date in every source; `date inferred in 1 of 3
    sources` when only some; nothing when none. `about` gives the page's link to
    `about.md`."""
    count = len(inferred_sources(event))
    if not count:
        return ""
    label = LABEL
    if count < len(event.sources):
        label = f"{LABEL} in {count} of {len(event.sources)} sources"
    return " · " + _mark(_about(about), "date-inferred", label, EXPLANATION)


def source_mark(event: Event, source: EventSource, about: About) -> str:
    """` (inferred)` after a source whose date rests on inference, when the event has other
    sources that date it themselves (with one kind of source, the event's mark says it)."""
    if not source.date_inferred or len(inferred_sources(event)) == len(event.sources):
        return ""
    label = _mark(_about(about), "date-inferred", SOURCE_LABEL, SOURCE_EXPLANATION)
    return f" ({label})"


def article_mark(article: Article, about: About) -> str:
    """` (inferred)` after an article's publication date when it was inferred."""
    if article.published_basis != "inferred" or not article.published:
        return ""
    label = _mark(_about(about), "date-inferred", ARTICLE_LABEL, ARTICLE_EXPLANATION)
    return f" ({label})"


def timeline_intro(briefing: Briefing) -> str:
    """The timeline's opening: counts, the method, and how many events rest on inference."""
    resting = sum(1 for e in briefing.events if inferred_sources(e))
    count = ""
    if resting:
        noun = "event's date rests" if resting == 1 else "events' dates rest"
        count = f" Here {resting} {noun} on an inferred date."
    return (
        f"{len(briefing.events)} dated events from {len(briefing.articles)} articles. "
        f"{METHOD}{count}\n"
    )


def about_section(articles: Sequence[Article]) -> str:
    """The about page's section on dates: the method, and how many articles were dated so."""
    inferred = sum(1 for a in articles if a.published_basis == "inferred")
    count = ""
    if inferred:
        noun = "article carries" if inferred == 1 else "articles carry"
        count = (
            f"\n\nIn this briefing {inferred} {noun} an inferred date: each article's page "
            "shows the window and the clues it rests on, for a person to confirm or correct."
        )
    return f"## {HEADING}\n\n{METHOD}{count}\n"
