"""All articles → one Briefing: resolve actors across the corpus, date and merge events.

This is the only stage that sees the whole corpus at once. It gathers everything the
renderer needs before anything is written, so every link target exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from . import actors as actor_stage
from . import events as event_stage
from .actors.resolve_memo import ActorMemo
from .events.report_memo import ReportMemo
from .models import Actor, Article, ArticleActors, Briefing, Event, Mention, Quote, Timex
from .settings.config import Config
from .text.sentences import paragraph_number


def globalise_mentions(
    mentions: Sequence[Mention], local_to_global: dict[tuple[str, str], str]
) -> tuple[Mention, ...]:
    """Rewrite article-local actor keys to corpus-wide actor ids; drop excluded actors."""
    result = []
    for mention in mentions:
        actor_id = local_to_global.get((mention.article, mention.actor))
        if actor_id is not None:
            result.append(
                Mention(
                    mention.article,
                    mention.paragraph,
                    mention.start,
                    mention.end,
                    mention.text,
                    actor_id,
                )
            )
    return tuple(result)


def clause_mentions(
    mentions: Sequence[Mention], clauses: Sequence[event_stage.DatedClause]
) -> list[Mention]:
    """The mentions in the paragraphs of the clauses' events, in their order: all that
    `with_actors` reads of them. Globalising every mention of every article for the few
    paragraphs that hold an event cost a third of it (with the events, 0.12 -> 0.08 CPU s
    at 2,600)."""
    paragraphs = {(c.event.sources[0].article, c.event.sources[0].paragraph) for c in clauses}
    return [m for m in mentions if (m.article, m.paragraph) in paragraphs]


def linked_events(
    per_article_actors: Sequence[ArticleActors],
    per_article_clauses: Sequence[Sequence[event_stage.DatedClause]],
    local_to_global: dict[tuple[str, str], str],
) -> list[Event]:
    """Every article's events with their actors' corpus-wide ids, as `merge_events` takes
    them (`link`, and `bench/merges` which studies the merge): an article's events take
    the actors of their paragraphs only."""
    events: list[Event] = []
    for found, clauses in zip(per_article_actors, per_article_clauses, strict=True):
        if clauses:
            here = clause_mentions(found.mentions, clauses)
            events.extend(
                event_stage.with_actors(clauses, globalise_mentions(here, local_to_global))
            )
    return events


EVENT_WEIGHT = 0.5
"""How much taking part in events counts, against mentions, in an actor's salience."""


def with_event_salience(actors: Sequence[Actor], events: Sequence[Event]) -> tuple[Actor, ...]:
    """Add each actor's share of the timeline to its mention-based salience (0–1 scale).

    An actor named in many dated events matters more to a briefing than one named as
    often in background sentences.
    """
    counts: dict[str, int] = {}
    for event in events:
        for actor_id in event.actors:
            counts[actor_id] = counts.get(actor_id, 0) + 1
    top = max(counts.values(), default=0)
    if not top:
        return tuple(actors)
    # an actor in no event keeps its own salience (already rounded) and its object
    return tuple(
        replace(a, salience=round(a.salience + EVENT_WEIGHT * counts[a.id] / top, 4))
        if a.id in counts
        else a
        for a in actors
    )


def article_problems(articles: Sequence[Article]) -> list[str]:
    """Per-article facts a person should check (undated, inferred dates)."""
    problems = []
    for article in articles:
        if article.published is None:
            problems.append(
                f"{article.source}: no publication date (set articles.{article.id}.published)"
            )
        elif article.published_basis == "inferred":
            window = (
                f" (between {article.published_window[0]} and {article.published_window[1]}, "
                f"{sum(e.agrees for e in article.published_evidence)} of "
                f"{len(article.published_evidence)} clues agree)"
                if article.published_window
                else ""
            )
            problems.append(
                f"{article.source}: publication date {article.published} is inferred, not stated"
                f"{window} (confirm with articles.{article.id}.published)"
            )
    return problems


def link(
    articles: Sequence[Article],
    per_article_actors: Sequence[ArticleActors],
    per_article_timexes: Sequence[tuple[Timex, ...]],
    per_article_clauses: Sequence[tuple[event_stage.DatedClause, ...]],
    config: Config,
    memo: ReportMemo | None = None,
    actor_memo: ActorMemo | None = None,
) -> Briefing:
    """Join the per-article results into the corpus-wide Briefing (sorted, deterministic);
    `memo`: merging's work per report kept from the last build (`events.report_memo`);
    `actor_memo`: the actors' records (`actors.resolve_memo`)."""
    index = actor_stage.resolve_actors(articles, per_article_actors, config.actors, actor_memo)
    events = linked_events(per_article_actors, per_article_clauses, index.local_to_global)
    merged, event_problems = event_stage.merge_events(events, config.events, memo=memo)
    known_actors = {actor.id for actor in index.actors}
    merged = tuple(
        replace(event, actors=tuple(a for a in event.actors if a in known_actors))
        for event in merged
    )
    actors = with_event_salience(index.actors, merged)
    quotes: tuple[Quote, ...] = tuple(
        sorted(index.quotes, key=lambda q: (q.article, paragraph_number(q.paragraph), q.start))
    )
    timexes = tuple(t for group in per_article_timexes for t in group)
    problems = (
        *article_problems(articles),
        *index.problems,
        *event_problems,
    )
    return Briefing(
        title=config.title,
        description=config.description,
        articles=tuple(articles),
        actors=actors,
        events=merged,
        quotes=quotes,
        timexes=timexes,
        problems=tuple(problems),
    )
