"""link: corpus-wide ids for mentions, event-weighted salience, problems for a person."""

from dataclasses import replace

from generator.link import EVENT_WEIGHT, article_problems, globalise_mentions, with_event_salience
from generator.models import Mention

from .conftest import make_briefing


def test_mentions_take_global_ids_and_excluded_actors_vanish():
    mentions = [Mention("a1", "p1", 0, 5, "Oslo", "k1"), Mention("a1", "p2", 0, 4, "Noise", "k2")]
    result = globalise_mentions(mentions, {("a1", "k1"): "norway"})
    assert result == (Mention("a1", "p1", 0, 5, "Oslo", "norway"),)


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
