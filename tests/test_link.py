"""link: corpus-wide ids for mentions, event-weighted salience, problems for a person."""

from dataclasses import replace

from generator.events.extract import DatedClause, with_actors
from generator.link import (
    EVENT_WEIGHT,
    article_problems,
    clause_mentions,
    globalise_mentions,
    with_event_salience,
)
from generator.models import Event, EventSource, Mention

from .conftest import make_briefing


def test_mentions_take_global_ids_and_excluded_actors_vanish():
    mentions = [Mention("a1", "p1", 0, 5, "Oslo", "k1"), Mention("a1", "p2", 0, 4, "Noise", "k2")]
    result = globalise_mentions(mentions, {("a1", "k1"): "norway"})
    assert result == (Mention("a1", "p1", 0, 5, "Oslo", "norway"),)


def _clause(paragraph: str, clause: tuple[int, int], sentence: tuple[int, int]) -> DatedClause:
    source = EventSource("a1", paragraph, "Oslo hosted Kell.", "on Monday")
    event = Event(f"e-{paragraph}", "2020-01-06", "day", "past", "talks", (), (source,))
    return DatedClause(event, clause, sentence)


def test_events_take_the_same_actors_from_their_paragraphs_mentions_alone():
    mentions = [
        Mention("a1", "p1", 0, 4, "Oslo", "k1"),
        Mention("a1", "p2", 0, 4, "Oslo", "k1"),
        Mention("a1", "p2", 12, 16, "Kell", "k2"),
        Mention("a1", "p3", 12, 16, "Kell", "k2"),
        Mention("a1", "p2", 30, 34, "Nord", "k3"),
    ]
    clauses = [_clause("p2", (0, 20), (0, 20)), _clause("p3", (0, 5), (0, 20))]
    ids = {("a1", "k1"): "oslo", ("a1", "k2"): "kell", ("a1", "k3"): "nord"}
    here = clause_mentions(mentions, clauses)
    assert here == [mentions[1], mentions[2], mentions[3], mentions[4]]
    events = with_actors(clauses, globalise_mentions(here, ids))
    assert events == with_actors(clauses, globalise_mentions(mentions, ids))
    assert [e.actors for e in events] == [("kell", "oslo"), ("kell",)]
    assert clause_mentions(mentions, []) == []


def test_actors_in_events_gain_salience():
    briefing = make_briefing()
    actors = {a.id: a for a in with_event_salience(briefing.actors, briefing.events)}
    assert actors["arcadia"].salience == 2.0 + EVENT_WEIGHT
    assert actors["borduria"].salience == 1.0 + EVENT_WEIGHT
    assert actors["anna-kovacs"].salience == 1.5


def test_no_events_leave_salience_unchanged():
    briefing = make_briefing()
    assert with_event_salience(briefing.actors, ()) == briefing.actors


def test_undated_and_inferred_articles_need_attention():
    article = make_briefing().articles[0]
    undated = replace(article, id="u", source="u.txt", published=None, published_basis=None)
    inferred = replace(
        article, id="i", source="i.txt", published="2019-03", published_basis="inferred"
    )
    assert article_problems([article, undated, inferred]) == [
        "u.txt: no publication date (set articles.u.published)",
        "i.txt: publication date 2019-03 is inferred, not stated (confirm with articles.i.published)",
    ]
