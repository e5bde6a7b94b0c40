"""Two dates are set side by side only when two articles date one occurrence of one event."""

from dataclasses import replace

from generator.findings import date_divergences
from generator.findings.date_divergences import key_words, weekday_only
from generator.findings.divergences import divergences
from generator.models import Actor, Event, EventSource, Mention

from .test_keypoints import article, briefing

NAMES = ("Arcadia", "Borduria")


def dates(
    *reports: tuple[str, str, str, str] | tuple[str, str, str, str, dict], shared: bool = False
) -> list:
    """The date divergences, as value pairs, between one-sentence articles a1, a2, …; a
    report is (published, sentence, expression, date[, article fields]). `shared`: the
    last event is also reported by a1 (one article reporting two events)."""
    arts, events = [], []
    for i, (published, sentence, expression, date, *more) in enumerate(reports, 1):
        fields = more[0] if more else {}
        inferred = fields.get("published_basis") == "inferred"
        arts.append(replace(article(f"a{i}", sentence), published=published, **fields))
        source = EventSource(
            f"a{i}", "p1", sentence, expression, inferred and "20" not in expression
        )
        named = tuple(n.lower() for n in NAMES if n in sentence)
        events.append(
            Event(
                f"e{i}",
                date,
                "day" if len(date) == 10 else "month",
                "past",
                sentence,
                named,
                (source,),
            )
        )
    actors = [
        Actor(
            name.lower(),
            name,
            "state",
            (),
            None,
            tuple(
                Mention(
                    a.id,
                    "p1",
                    a.paragraphs[0].text.find(name),
                    a.paragraphs[0].text.find(name) + len(name),
                    name,
                    name.lower(),
                )
                for a in arts
                if name in a.paragraphs[0].text
            ),
        )
        for name in NAMES
    ]
    if shared:
        last = events[-1]
        events[-1] = replace(last, sources=(*last.sources, replace(last.sources[0], article="a1")))
    found = divergences(briefing(arts, events, actors))
    return [tuple(c.value for c in d.claims) for d in found if d.kind == "date"]


MET_3 = "Ministers of Arcadia and Borduria met in Geneva on 3 March to discuss the border."
MET_4 = "The ministers of Arcadia and Borduria met in Geneva on March 4 to discuss the border."


def test_the_same_meeting_on_3_and_4_march_is_a_divergence():
    found = dates(
        ("2030-03-06", MET_3, "3 March", "2030-03-03"),
        ("2030-03-06", MET_4, "March 4", "2030-03-04"),
    )
    assert found == [("2030-03-03", "2030-03-04")]


def test_a_report_dated_by_a_year_counts_towards_a_common_key_but_is_never_paired(monkeypatch):
    monkeypatch.setattr(date_divergences, "MAX_KEY_EVENTS", 3)
    days = (
        ("2030-03-06", MET_3, "3 March", "2030-03-03"),
        ("2030-03-06", MET_4, "March 4", "2030-03-04"),
    )
    year = ("2030-03-06", MET_3.replace("on 3 March", "in 2030"), "2030", "2030")
    assert dates(*days, year) == [("2030-03-03", "2030-03-04")]
    assert dates(*days, year, year) == []  # four reports share each key: too common to pair


def test_two_events_one_article_reports_are_no_divergence():
    reports = (
        ("2030-03-06", MET_3, "3 March", "2030-03-03"),
        ("2030-03-06", MET_4, "March 4", "2030-03-04"),
    )
    assert dates(*reports, shared=True) == []  # merging kept them apart on purpose


def test_a_recurring_event_in_two_years_is_no_divergence():
    assert (
        dates(
            (
                "2029-03-06",
                "Arcadia won the Lakeside Cup final against Borduria on 3 March 2029.",
                "3 March 2029",
                "2029-03-03",
            ),
            (
                "2030-03-06",
                "Arcadia won the Lakeside Cup final against Borduria on 4 March 2030.",
                "4 March 2030",
                "2030-03-04",
            ),
        )
        == []
    )
    # This year's cup against next year's: years are too coarse to tell one occurrence.
    assert (
        dates(
            (
                "2029-09-01",
                "This year's Lakeside Cup finalists, Arcadia and Borduria, open the draw.",
                "This year",
                "2029",
            ),
            (
                "2029-09-01",
                "Draw for the Lakeside Cup of 2030, Arcadia and Borduria, at the final.",
                "2030",
                "2030",
            ),
        )
        == []
    )


def test_numbered_rounds_are_different_occurrences():
    assert (
        dates(
            (
                "2030-03-20",
                "The second round of talks between Arcadia and Borduria opened in Geneva on 3 March.",
                "3 March",
                "2030-03-03",
            ),
            (
                "2030-03-20",
                "The third round of talks between Arcadia and Borduria opened in Geneva on 10 March.",
                "10 March",
                "2030-03-10",
            ),
        )
        == []
    )


def test_months_apart_is_two_occurrences_not_one_dated_twice():
    assert (
        dates(
            ("2030-06-06", MET_3, "3 March", "2030-03-03"),
            ("2030-06-06", MET_4.replace("March 4", "June 4"), "June 4", "2030-06-04"),
        )
        == []
    )


def test_different_places_or_no_shared_actor_is_no_divergence():
    vienna = MET_4.replace("Geneva", "Vienna")
    assert (
        dates(
            ("2030-03-06", MET_3, "3 March", "2030-03-03"),
            ("2030-03-06", vienna, "March 4", "2030-03-04"),
        )
        == []
    )
    alone = "Ministers of Borduria met in Geneva on March 4 to discuss the border."
    arcadia = "Ministers of Arcadia met in Geneva on 3 March to discuss the border."
    assert (
        dates(
            ("2030-03-06", arcadia, "3 March", "2030-03-03"),
            ("2030-03-06", alone, "March 4", "2030-03-04"),
        )
        == []
    )


def test_shared_names_without_a_shared_key_word_are_no_divergence():
    met = "Arcadia's Ivan Petrov met Borduria's Lena Novak in Lakeside on 3 March."
    quarrelled = (
        "Arcadia's Ivan Petrov quarrelled with Borduria's Lena Novak in Lakeside on 4 March."
    )
    assert (
        dates(
            ("2030-03-06", met, "3 March", "2030-03-03"),
            ("2030-03-06", quarrelled, "4 March", "2030-03-04"),
        )
        == []
    )
    assert key_words(met, "3 March", ["Arcadia", "Borduria"]) == {"met"}


def test_a_weekday_read_a_week_off_is_no_divergence():
    # Saturday's paper: "on Sunday" read as the past Sunday in one, the next in the other.
    assert (
        dates(
            (
                "2030-03-09",
                "Arcadia face Borduria in a cup qualifier in Lakeside on Sunday.",
                "on Sunday",
                "2030-03-03",
            ),
            (
                "2030-03-08",
                "Arcadia will meet Borduria in the cup qualifier in Lakeside on Sunday.",
                "on Sunday",
                "2030-03-10",
            ),
        )
        == []
    )
    assert weekday_only("last Friday") and not weekday_only("Friday, March 8")


def test_each_paper_s_own_latest_games_are_no_divergence():
    thursday = "Results of games between Arcadia and Borduria clubs played on Thursday."
    friday = "Results of games between Arcadia and Borduria clubs played on Friday."
    assert (
        dates(
            ("2030-03-08", thursday, "on Thursday", "2030-03-07"),
            ("2030-03-09", friday, "on Friday", "2030-03-08"),
        )
        == []
    )
    # Two papers of one day that put one match on two days do differ.
    wednesday = thursday.replace("Thursday", "Wednesday")
    found = dates(
        ("2030-03-08", thursday, "on Thursday", "2030-03-07"),
        ("2030-03-08", wednesday, "on Wednesday", "2030-03-06"),
    )
    assert found == [("2030-03-06", "2030-03-07")]


def test_a_date_read_against_an_inferred_publication_date_is_not_set_against_another():
    inferred = {"published_basis": "inferred"}
    assert (
        dates(
            ("2030-03-06", MET_3, "3 March", "2030-03-03", inferred),
            ("2030-03-06", MET_4, "March 4", "2030-03-04"),
        )
        == []
    )
    # With its year the expression does not rest on the guess: both explicit, they differ.
    with_year = MET_3.replace("3 March", "3 March 2030")
    found = dates(
        ("2030-03-06", with_year, "3 March 2030", "2030-03-03", inferred),
        ("2030-03-06", MET_4, "March 4", "2030-03-04"),
    )
    assert found == [("2030-03-03", "2030-03-04")]
