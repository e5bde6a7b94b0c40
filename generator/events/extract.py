"""One article's events: a dated clause for every DATE expression that anchors one.

Every DATE expression that resolves to at least a year (not a duration, a set, "now", or
the article's own dateline) anchors an event in its clause. It is two steps, so that the
costly one runs per article, in parallel: `dated_clauses` needs only the article;
`with_actors` adds the actors named in each clause once their corpus-wide ids are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..dating.resolve import calendar_span
from ..models import Article, Event, EventSource, Mention, Paragraph, Timex
from ..text.sentences import paragraph_number
from .anchors import dates_no_event, is_reported_before, reported_date
from .clauses import Clause, clause, stretch
from .dates import date_precision, event_date
from .eventness import features, is_event
from .importance import report_evidence
from .kind import event_kind
from .places import place
from .rows import is_comparison_base, is_row
from .runs import Expression, rows_of_paragraphs
from .story import story_evidence
from .summary import event_id, says_nothing, summary, unique_ids
from .words import STAMP_WORDS


def is_dateline(paragraph: Paragraph, timex: Timex, published: str | None) -> bool:
    """A paragraph that is nothing but a date ("May 25, 2017", "2019-11-19T08:57:40+01:00"):
    a stamp, no event. Fewer than two words besides the expression say nothing happened."""
    rest = (paragraph.text[: timex.start] + paragraph.text[timex.end :]).strip(" ,.|-–—")
    if len(rest) > 160:
        return False  # a stamp is a short line; do not count the words of a paragraph
    words = [
        w
        for w in re.findall(r"[^\W\d_]{2,}", rest)
        if w.lower() not in STAMP_WORDS and not (w.isupper() and len(w) <= 4)  # GMT, EST
    ]
    return (
        len(rest) < 4 or len(words) < 2 or (timex.value == published and len(paragraph.text) < 40)
    )


@dataclass(frozen=True)
class DatedClause:
    """An event as its article states it, before its actors are known by their corpus-wide
    ids: `with_actors` picks them from the mentions inside `clause` (or `sentence`)."""

    event: Event
    """Complete but for `actors`, which is empty."""
    clause: tuple[int, int]
    """Start and end in the paragraph of `event.sources[0]`."""
    sentence: tuple[int, int]


_YEAR = re.compile(r"\b\d{4}\b")


def _rests_on_inferred_date(article: Article, timex: Timex) -> bool:
    """An expression without a year ("on Monday", "Feb. 8") read against an inferred date."""
    return article.published_basis == "inferred" and not _YEAR.search(timex.text)


def reference_date(article: Article, date: str) -> str | None:
    """The article's date to tell past from coming by: its stated date, or for a date
    inferred as a window the window's edge the event lies beyond; None when the event falls
    within the window (either side of the true day: the tense words decide)."""
    window = article.published_window
    if article.published_basis != "inferred" or window is None:
        return article.published
    lo, hi = window
    if date < lo[: len(date)]:
        return lo
    if date > hi[: len(date)]:
        return hi
    return None


def side_date(value: str, date: str, reference: str | None) -> str:
    """The date to tell past from coming by: the event's `date`, or, when that is coarser than
    the expression ("next week" straddling two months is only its year), the expression's
    first day if all its days lie after the `reference` day: then a past-tense word does not
    make it past. The other way stays at the event's precision: a date before publication is
    past whatever the words say, too strong a verdict to rest on a relative week's reading."""
    span = calendar_span(value.split("T")[0])
    if span is None or reference is None or len(reference) != 10:
        return date
    first = span[0].isoformat()
    return first if first > reference else date


def dated_clauses(article: Article, timexes: Sequence[Timex]) -> tuple[DatedClause, ...]:
    """The events of one article, in reading order, one per dated clause, without actors.

    This is all of the extraction that needs only the article, so it runs with the other
    per-article stages, in parallel; link adds the actors once their ids are known. A story
    told in its own time (`story`) dates no timeline event.
    """
    if story_evidence(article, timexes).is_story:
        return ()  # "Ginger Nut munched his noon apple": the characters' day, not the calendar's
    paragraphs = {p.id: p for p in article.paragraphs if p.kind == "body"}
    found: list[tuple[Event, Clause]] = []
    seen: set[tuple[str, int, int, str]] = set()
    ordered = sorted(timexes, key=lambda t: (paragraph_number(t.paragraph), t.start))
    rows = _rows_of_lists(article, paragraphs, ordered)
    by_paragraph: dict[str, list[Timex]] = {}
    for timex in ordered:
        by_paragraph.setdefault(timex.paragraph, []).append(timex)
    for timex in ordered:
        paragraph = paragraphs.get(timex.paragraph)
        if paragraph is None or timex.article != article.id or timex.type not in ("DATE", "TIME"):
            continue
        date = event_date(timex.value[:10] if timex.type == "TIME" else timex.value, timex.mod)
        if date is None or is_dateline(paragraph, timex, article.published):
            continue
        if (timex.start, timex.end) in rows.get(paragraph.id, ()):
            continue  # "June 10 -- Jones Beach Theater (with special guest …)": a list's row
        text = paragraph.text
        found_clause = clause(text, timex.start, timex.end)
        sentence = (found_clause.sentence_start, found_clause.sentence_end)
        own_stretch = stretch(text, timex.start, timex.end)
        if dates_no_event(text, timex, own_stretch, sentence, by_paragraph[timex.paragraph]):
            continue  # "from $93.3 million a year earlier": the date of something else
        if is_reported_before(text, (timex.start, timex.end), own_stretch):
            date = reported_date(date)  # "said Friday that he had ordered": before Friday
        key = (paragraph.id, found_clause.start, found_clause.end, date)
        if key in seen:
            continue  # two expressions for one date in one clause ("Friday, May 19")
        seen.add(key)
        event = _event(article, paragraph, timex, date, found_clause)
        if event is not None:
            found.append((event, found_clause))
    events = unique_ids(event for event, _ in found)
    return tuple(
        DatedClause(event, (c.start, c.end), (c.sentence_start, c.sentence_end))
        for event, (_, c) in zip(events, found, strict=True)
    )


def _rows_of_lists(
    article: Article, paragraphs: dict[str, Paragraph], timexes: Sequence[Timex]
) -> dict[str, frozenset[tuple[int, int]]]:
    """Per paragraph, the spans of the dates that are rows of a list or table (`runs`)."""
    by_paragraph: dict[str, list[Expression]] = {}
    for timex in timexes:
        if timex.article == article.id and timex.type in ("DATE", "TIME"):
            by_paragraph.setdefault(timex.paragraph, []).append(Expression(timex.start, timex.end))
    return rows_of_paragraphs(
        [(pid, paragraph.text, by_paragraph.get(pid, [])) for pid, paragraph in paragraphs.items()]
    )


def _event(
    article: Article, paragraph: Paragraph, timex: Timex, date: str, found: Clause
) -> Event | None:
    """The event of one dated clause, without actors; None when it says nothing."""
    text = paragraph.text
    clause_text = text[found.start : found.end]
    said = summary(text, found, timex.start, timex.end)
    if says_nothing(said, timex.text):
        return None  # "In contrast to Thursday": a date, but nothing that happened on it
    if is_row(text, *stretch(text, timex.start, timex.end), (timex.start, timex.end)):
        return None  # "PNC Music Pavilion, Charlotte, NC June 20": a list's row, no verb
    if is_comparison_base(text, (timex.start, timex.end)):
        return None  # "sales rose, up 9% from $7 million a year earlier": a figure's base
    kind = event_kind(
        clause_text,
        side_date(timex.value, date, reference_date(article, date)),
        reference_date(article, date),
        timex.start - found.start,
        timex.end - found.start,
    )
    span = (timex.start, timex.end)
    evidence = features(text, (found.start, found.end), span, kind, date, article.language)
    if not is_event(evidence):
        return None  # "my top films of 2017", "26 cases between 2009 and 2018": no event
    source = EventSource(
        article=article.id,
        paragraph=paragraph.id,
        text=text[found.sentence_start : found.sentence_end].strip(),
        expression=timex.text,
        date_inferred=_rests_on_inferred_date(article, timex),
        evidence=report_evidence(
            text,
            (found.start, found.end),
            (found.sentence_start, found.sentence_end),
            span,
            evidence,
            paragraph.id,
            article.language,
        ),
    )
    return Event(
        id=event_id(date, said),
        date=date,
        precision=date_precision(date),
        kind=kind,
        summary=said,
        actors=(),
        sources=(source,),
        place=place(clause_text),
    )


def with_actors(clauses: Sequence[DatedClause], mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """The clauses' events with the actors of the `mentions` inside each clause, or inside
    its sentence when the clause names nobody."""
    by_paragraph: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        by_paragraph.setdefault((mention.article, mention.paragraph), []).append(mention)
    events = []
    for dated in clauses:
        source = dated.event.sources[0]
        named = by_paragraph.get((source.article, source.paragraph), ())
        (start, end), (sentence_start, sentence_end) = dated.clause, dated.sentence
        inside = [m.actor for m in named if start <= m.start and m.end <= end]
        if not inside:
            inside = [m.actor for m in named if sentence_start <= m.start and m.end <= sentence_end]
        events.append(replace(dated.event, actors=tuple(sorted(set(inside)))))
    return tuple(events)


def extract_events(
    article: Article, timexes: Sequence[Timex], mentions: Sequence[Mention]
) -> tuple[Event, ...]:
    """Events in one article, in reading order, one per dated clause.

    `mentions` carry the actor ids to attach: those inside the event's clause, or its
    sentence when the clause names nobody.
    """
    return with_actors(dated_clauses(article, timexes), mentions)
