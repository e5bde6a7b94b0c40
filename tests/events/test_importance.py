"""An event's importance: main events of a story above background clauses, on small
invented articles (`generator/events/importance.py`)."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import replace

import pytest

from generator.events import dated_clauses, developments, importance
from generator.models import Actor, Article, Briefing, Event, EventSource, Paragraph, Timex
from generator.render import render

LEAD = "Negotiators from Arcadia and Borduria opened peace talks in Vienna on Monday."
FILLER = "The weather in Vienna was mild, and the cafes were full of visitors."
BACKGROUND = "The border dispute, which flared again on Monday, has lasted for decades."
FRAGMENT = "On Monday, envoys of Arcadia"


def _article(article_id: str, *texts: str, publication: str = "The Daily", language="en"):
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        title="Talks open",
        subtitle=None,
        authors=(),
        publication=publication,
        published="2019-03-06",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", text) for i, text in enumerate(texts, start=1)),
        language=language,
    )


def _event(event_id: str, summary: str, *sources: EventSource, date="2019-03-04", kind="past"):
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return Event(event_id, date, precision, kind, summary, ("arcadia",), tuple(sources))


def _briefing(articles, events, salience: float = 1.0) -> Briefing:
    arcadia = Actor("arcadia", "Arcadia", "state", (), None, (), salience=salience)
    return Briefing("Talks", None, tuple(articles), (arcadia,), tuple(events), (), ())


def _story() -> Briefing:
    """One article: talks open in its lead, a dispute's background clause of the same day
    in its fifth paragraph, and a fragment with no verb."""
    article = _article("a1", LEAD, FILLER, FILLER, FILLER, BACKGROUND, FRAGMENT)
    events = (
        _event(
            "talks", "Negotiators opened peace talks", EventSource("a1", "p1", LEAD, "on Monday")
        ),
        _event(
            "dispute",
            "The border dispute, which flared again on Monday",
            EventSource("a1", "p5", BACKGROUND, "on Monday"),
        ),
        _event(
            "envoys", "On Monday, envoys of Arcadia", EventSource("a1", "p6", FRAGMENT, "Monday")
        ),
    )
    return _briefing([article], events)


def _values(event: Event, briefing: Briefing) -> dict[str, float]:
    found = importance.features(event, importance.corpus_of(briefing))
    return dict(zip(importance.FEATURES, found, strict=True))


def test_a_main_kind_in_the_lead_outranks_a_background_relative_clause_of_the_same_date():
    briefing = _story()
    scores = importance.event_importance(briefing)
    assert scores["talks"] > scores["dispute"]
    assert scores["talks"] > scores["envoys"]
    assert [e.id for e in developments.ranked(briefing.events, scores)][0] == "talks"
    talks, dispute = (_values(e, briefing) for e in briefing.events[:2])
    assert (talks["kind_word"], talks["lead"], talks["background"]) == (1.0, 1.0, 0.0)
    assert (dispute["background"], dispute["lead"]) == (1.0, 0.2)


def test_the_shipped_weights_mark_the_lead_talks_as_a_main_event_with_a_rounded_score():
    scores = importance.event_importance(_story())
    assert "talks" in developments.main_events(scores)
    assert developments.main_events(scores, threshold=scores["talks"] + 0.001) == {
        e for e, s in scores.items() if s > scores["talks"]
    }
    assert all(0.0 <= s <= 1.0 and round(s, 3) == s for s in scores.values())


@pytest.mark.parametrize(
    ("sentence", "expression", "background"),
    [
        (
            "Russia, which backed the regime with an operation starting in 2015, hoped.",
            "2015",
            True,
        ),
        ("The conflict, which has killed 300,000 since it began five years ago.", "five", True),
        (
            "Aleppo, the rebels' main stronghold, fell to government forces in December.",
            "Dec",
            False,
        ),
        ("The talks, delayed twice, finally opened on Monday.", "Monday", False),
        ("Ministers met on Monday, who then left.", "Monday", False),
    ],
)
def test_a_date_in_a_relative_clause_or_after_a_participle_is_background(
    sentence, expression, background
):
    assert importance.in_background(sentence, sentence.index(expression)) is background


@pytest.mark.parametrize(
    ("summary", "fragment"),
    [
        ("Last week, meetings between President Trump", True),
        ("In October, Rep. David McKinley", True),
        ("The talks failed last week", False),
        ("Talks will resume in March", False),
        ("The minister is in Vienna this week", False),
    ],
)
def test_a_summary_without_a_verb_is_a_fragment(summary, fragment):
    assert importance.is_fragment(summary, "last week") is fragment


def test_precision_is_the_expressions_a_weekday_in_an_undated_article_is_a_day():
    sentence = "The talks opened on Monday in Vienna, and the mediators were hopeful."
    history = "The two states signed a treaty in 2015 after years of talks."
    article = _article("a1", sentence, history)
    monday = _event(
        "a", "The talks opened", EventSource("a1", "p1", sentence, "on Monday"), date="2019"
    )
    year = _event(
        "b", "The states signed a treaty", EventSource("a1", "p2", history, "2015"), date="2015"
    )
    briefing = _briefing([article], [monday, year])
    assert (_values(monday, briefing)["day"], _values(monday, briefing)["year_only"]) == (1.0, 0.0)
    assert (_values(year, briefing)["day"], _values(year, briefing)["year_only"]) == (0.0, 1.0)


def test_independent_sources_and_salient_actors_are_evidence():
    one = _article("a1", LEAD, publication="The Daily")
    two = _article("a2", LEAD, publication="The Courier")
    both = _event(
        "t", "Talks opened", *(EventSource(a, "p1", LEAD, "on Monday") for a in ("a1", "a2"))
    )
    alone = _event("t", "Talks opened", EventSource("a1", "p1", LEAD, "on Monday"))
    weights = {"sources": 1.0, "salience": 1.0}
    corpus = importance.corpus_of(_briefing([one, two], [both]))
    assert importance.features(both, corpus, weights)[-2:] == (1.0, 1.0)
    assert importance.features(alone, corpus, weights)[-2:] == (0.0, 1.0)
    quiet = importance.corpus_of(_briefing([one], [alone], salience=0.0))
    assert importance.features(alone, quiet, weights)[-1] == 0.0
    assert importance.probability(importance.features(both, corpus, weights), weights) > (
        importance.probability(importance.features(alone, corpus, weights), weights)
    )


def test_event_words_count_only_in_english():
    german = _article("a1", LEAD, language="de")
    event = _event("t", "Talks opened", EventSource("a1", "p1", LEAD, "on Monday"))
    values = _values(event, _briefing([german], [event]))
    assert (values["kind_word"], values["event_noun"], values["fragment"]) == (0.0, 0.0, 0.0)


def _past(event_id: str, date: str) -> Event:
    return _event(event_id, event_id, EventSource("a1", "p1", LEAD, "on Monday"), date=date)


def test_latest_developments_are_the_most_important_recent_events_newest_first():
    events = [
        _past("minor-newest", "2019-03-10"),
        _past("talks", "2019-03-08"),
        _past("deal", "2019-03-09"),
        _past("old-war", "2018-01-01"),
        _past("this-year", "2019"),
        _event(
            "vote",
            "vote",
            EventSource("a1", "p1", LEAD, "on Monday"),
            date="2019-04-01",
            kind="scheduled",
        ),
    ]
    scores = {"minor-newest": 0.1, "talks": 0.9, "deal": 0.8, "old-war": 0.95, "this-year": 0.9}
    two = developments.latest_developments(events, scores, limit=2, threshold=0.5)
    assert [e.id for e in two] == ["deal", "talks"]
    four = developments.latest_developments(events, scores, limit=4, threshold=0.5)
    assert [e.id for e in four] == ["deal", "talks", "this-year", "old-war"]
    five = developments.latest_developments(events, scores, limit=5, threshold=0.5)
    assert [e.id for e in five] == ["minor-newest", "deal", "talks", "this-year", "old-war"]
    assert developments.latest_developments(events[-1:], scores) == []


def test_ranking_ties_go_newest_first_then_by_id():
    events = [_past("b", "2019-03-01"), _past("a", "2019-03-01"), _past("c", "2019-03-02")]
    order = developments.ranked(events, {"a": 0.5, "b": 0.5, "c": 0.5})
    assert [e.id for e in order] == ["c", "b", "a"]


def _block(page: str, event_id: str) -> str:
    start = page.rindex("<div", 0, page.index(f'id="{event_id}"'))
    return page[start : page.index("</div>", start)]


def test_the_site_marks_main_events_and_the_export_carries_importance():
    briefing = _story()
    scores = importance.event_importance(briefing)
    main = developments.main_events(scores)
    low = min(scores, key=scores.get)
    scores_low = dict(scores, **{low: 0.0})
    site = render(briefing)
    for event_id, score in scores.items():
        block = _block(site["timeline.md"], event_id)
        marked = "**Main event** · " in block
        assert marked is (score >= importance.MAIN) is (event_id in main)
    assert developments.main_events(scores_low) == main - {low}
    overview = site["index.md"]
    assert "Negotiators opened peace talks" in overview.split("## Latest developments")[1]
    exported = json.loads(site["data/briefing.json"])
    assert {e["id"]: e["importance"] for e in exported["events"]} == scores
    rows = list(csv.DictReader(io.StringIO(site["data/events.csv"])))
    assert {row["id"]: float(row["importance"]) for row in rows} == scores


def test_a_background_event_below_the_main_score_is_not_marked():
    older = BACKGROUND.replace("on Monday", "in 2015")
    article = _article("a1", FILLER, FILLER, FILLER, FILLER, FILLER, FILLER, older)
    event = _event(
        "dispute",
        "The border dispute, which flared again in 2015",
        EventSource("a1", "p7", older, "in 2015"),
        date="2015",
    )
    briefing = _briefing([article], [event], salience=0.0)
    assert _values(event, briefing)["background"] == 1.0
    assert importance.event_importance(briefing)["dispute"] < importance.MAIN
    block = _block(render(briefing)["timeline.md"], "dispute")
    assert "**Main event**" not in block


def test_extraction_keeps_each_reports_evidence_and_a_source_without_it_is_read_again():
    article = _article("a1", FILLER, BACKGROUND)
    start = BACKGROUND.index("on Monday")
    timex = Timex("a1", "p2", start + 3, start + 9, "Monday", "2019-03-04", "DATE")
    (dated,) = dated_clauses(article, [timex])
    source = dated.event.sources[0]
    assert len(source.evidence) == len(importance.REPORT)
    assert dict(zip(importance.REPORT, source.evidence, strict=True))["background"] == 1.0
    corpus = importance.corpus_of(_briefing([article], [dated.event]))
    kept = importance.local_features(dated.event, source, corpus)
    again = importance.local_features(dated.event, replace(source, evidence=()), corpus)
    assert kept == again


def test_an_event_without_a_source_has_an_importance_all_the_same():
    event = _event("added", "Talks added by hand")
    scores = importance.event_importance(_briefing([_article("a1", LEAD)], [event]))
    assert 0.0 < scores["added"] < 1.0


def test_a_briefings_scores_are_worked_out_once_and_another_briefing_gets_its_own(
    monkeypatch,
):
    """The overview, the timeline and the export each ask; the corpus evidence is read once."""
    story = _story()
    other = replace(story, events=story.events[:1])
    calls = []
    corpus_of = importance.corpus_of
    monkeypatch.setattr(importance, "corpus_of", lambda b: calls.append(b) or corpus_of(b))
    first = importance.event_importance(story)
    first["changed by the caller"] = 1.0
    assert importance.event_importance(story) == {
        k: v for k, v in first.items() if k != "changed by the caller"
    }
    assert len(calls) == 1
    assert set(importance.event_importance(other)) == {story.events[0].id}
    assert len(calls) == 2


def test_the_overview_lists_an_event_once_main_events_being_those_not_listed_below(
    monkeypatch,
):
    past = [_past(f"event-{month:02d}", f"2018-{month:02d}-15") for month in range(1, 9)]
    ahead = _event(
        "event-vote",
        "event-vote",
        EventSource("a1", "p1", LEAD, "on Monday"),
        date="2019-01-10",
        kind="scheduled",
    )
    briefing = _briefing([_article("a1", LEAD)], [*past, ahead])
    scores = {event.id: 0.9 for event in (*past, ahead)}
    monkeypatch.setattr("generator.render.overview.event_importance", lambda _: scores)
    overview = render(briefing)["index.md"]
    head, rest = overview.split("## Key actors")
    latest, scheduled = rest.split("## Latest developments")[1].split("## Scheduled and expected")
    for event_id in scores:
        assert overview.count(f"· {event_id} ·") == 1, event_id
    assert [e for e in scores if f"· {e} ·" in head] == ["event-01", "event-02"]
    assert "· event-08 ·" in latest
    assert "· event-vote ·" in scheduled


def test_with_the_shipped_weights_a_second_publications_report_raises_an_event():
    """The weights are fitted on TBAQ's one-story corpora too, where one event is told by
    several articles: a report from another publication is evidence of a main event."""
    one = _article("a1", LEAD, publication="The Daily")
    two = _article("a2", LEAD, publication="The Courier")
    source = EventSource("a1", "p1", LEAD, "on Monday")
    both = _event("t", "Talks opened", source, EventSource("a2", "p1", LEAD, "on Monday"))
    alone = _event("t", "Talks opened", source)
    corpus = importance.corpus_of(_briefing([one, two], [both]))
    twice, once = (importance.probability(importance.features(e, corpus)) for e in (both, alone))
    odds = math.log(twice / (1 - twice)) - math.log(once / (1 - once))
    assert odds > 0.5
