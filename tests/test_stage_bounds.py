"""A gathering's stage in a dated article bounds an undated one's day (dating/stage_bounds.py)."""

import datetime as dt

import pytest

from generator import pipeline
from generator.dating.corpus import Neighbour, infer_near
from generator.dating.stage_bounds import (
    Bound,
    Report,
    bounds,
    cutting,
    same_gathering,
    sentence_reports,
    with_end_days,
)
from generator.models import Article, Paragraph, RawArticle, Timex

DAY = dt.date(2021, 3, 12)


def _article(name: str, text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article(
        name, f"{name}.txt", "", None, (), None, None, None, None, None, None, paragraphs
    )


def _one(sentence: str) -> Report:
    (report,) = {
        (r.stage, r.places, r.parties): r for r in sentence_reports("p1", sentence)
    }.values()
    return report


@pytest.mark.parametrize(
    ("sentence", "stage", "places"),
    [
        ("The ferry talks in Brisk opened on Monday with little hope.", "open", {"brisk"}),
        ("A joint communique is expected to be signed on Friday in Brisk.", "open", {"brisk"}),
        ("The ferry talks in Brisk ended without a deal.", "over", {"brisk"}),
        ("The Brisk-based harbour talks are under way.", "open", {"brisk"}),
        ("Orlan Pike wrapped up a long meeting with harbour chiefs in Brisk.", "over", {"brisk"}),
    ],
)
def test_a_gathering_reported_open_or_over_with_its_place(sentence, stage, places):
    report = _one(sentence)
    assert (report.stage, set(report.places)) == (stage, places)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry talks in Brisk did not end on Friday.",  # negated
        "If the ferry talks in Brisk ended early, Pike would leave.",  # a condition
        'Pike said: "the ferry talks in Brisk ended long ago".',  # quoted
        "The next round of ferry talks in Brisk opened the way for Pike.",  # another round
        "The ferry talks ended.",  # no place, no party: which talks?
        "Orlan Pike ended a news conference in Brisk.",  # held every day
        "Orlan Pike started his round in Brisk with a birdie.",  # a golf round
        "The ferry talks in Brisk ended in 2019.",  # dated away: another round
        "The ferry talks in Brisk opened two years ago.",
        "The ferry talks in Brisk ended in February.",
        "A sixth round of talks failed to end the war in Kesmet.",  # Kesmet: where the war is
    ],
)
def test_no_report(sentence):
    assert sentence_reports("p1", sentence) == []


def test_a_nationality_names_no_gathering():
    """Every article of a story names its people: "Norwegian" tells no talks apart."""
    assert sentence_reports("p1", "The Norwegian talks ended on Friday.") == []
    (report,) = sentence_reports("p1", "The Norwegian talks in Brisk ended on Friday.")
    assert report.anchors == {"brisk"}


def test_two_reports_are_one_gathering_when_they_share_an_anchor_and_no_place_differs():
    brisk = Report("p1", "", "open", frozenset({"brisk"}), frozenset({"valdoria"}))
    assert same_gathering(brisk, Report("p1", "", "over", frozenset({"brisk"}), frozenset()))
    other_place = Report("p1", "", "over", frozenset({"ardmore"}), frozenset({"valdoria"}))
    assert not same_gathering(brisk, other_place)  # the same party, another venue
    assert same_gathering(brisk, Report("p1", "", "over", frozenset(), frozenset({"valdoria"})))


def test_open_here_over_there_bounds_from_above_and_the_other_way_from_below():
    opened = [_one("The ferry talks in Brisk opened on Monday.")]
    ended = [_one("The ferry talks in Brisk ended without a deal.")]
    (above,) = bounds(opened, [("b.txt", DAY, ended)])
    assert (above.side, above.day) == ("hi", DAY)
    assert "b.txt" in above.reading and "brisk" in above.reading
    (below,) = bounds(ended, [("b.txt", DAY, opened)])
    assert (below.side, below.day) == ("lo", DAY)
    elsewhere = [_one("The ferry talks in Ardmore ended without a deal.")]
    assert bounds(opened, [("b.txt", DAY, elsewhere)]) == ()


def _timex(sentence: str, words: str, value: str) -> Timex:
    start = sentence.index(words)
    return Timex("b", "p1", start, start + len(words), words, value, "DATE")


def test_a_dated_report_that_names_when_the_talks_ended_bounds_by_that_day():
    sentence = "The ferry talks in Brisk ended on Friday without a deal."
    friday = _timex(sentence, "on Friday", "2021-03-05")
    (ended,) = with_end_days(sentence_reports("p1", sentence), [friday], DAY)
    assert (ended.ended, ended.said) == (dt.date(2021, 3, 5), "on Friday")
    opened = [_one("The ferry talks in Brisk opened on Monday.")]
    (above,) = bounds(opened, [("b.txt", DAY, [ended])])
    assert (above.side, above.day) == ("hi", dt.date(2021, 3, 5))
    assert "over by 2021-03-05 ('on Friday')" in above.reading
    later = _timex(sentence, "on Friday", "2021-03-19")  # after the article's day: not read
    (kept,) = with_end_days(sentence_reports("p1", sentence), [later], DAY)
    assert kept.ended is None
    elsewhere = Timex("b", "p2", 0, 9, "on Friday", "2021-03-05", "DATE")  # another paragraph
    assert with_end_days(sentence_reports("p1", sentence), [elsewhere], DAY)[0].ended is None


def test_an_article_that_reports_the_end_itself_is_not_open():
    both = [
        _one("The ferry talks in Brisk opened on Monday."),
        _one("The ferry talks in Brisk ended on Wednesday."),
    ]
    ended = [_one("The ferry talks in Brisk ended without a deal.")]
    assert [b.side for b in bounds(both, [("b.txt", DAY, ended)])] == []


def test_a_bound_cuts_the_run_only_when_it_falls_inside_it():
    run = (dt.date(2021, 3, 8), dt.date(2021, 3, 20))
    inside = Bound(DAY, "hi", "p1", "", "")
    assert cutting([inside], run) == (run[0], DAY, (inside,))
    outside = Bound(dt.date(2021, 1, 5), "hi", "p1", "", "")  # another round, months before
    assert cutting([outside], run) == (*run, ())
    crossing = Bound(dt.date(2021, 3, 15), "lo", "p1", "", "")
    assert cutting([inside, crossing], run) == (*run, ())  # they contradict: neither cuts


def test_the_window_ends_at_the_day_a_neighbour_reports_the_talks_over():
    article = _article("x", "The ferry talks in Brisk opened with Valdoria and Kesmet.")
    found = [Neighbour("a.txt", DAY, 0.5, ("Valdoria", "Kesmet"))]
    free = infer_near(article, (), found)
    assert free is not None and free.window[1] > DAY.isoformat()
    bound = Bound(DAY, "hi", "p1", article.paragraphs[0].text, "over in a.txt")
    cut = infer_near(article, (), found, None, None, None, (bound,))
    assert cut is not None and cut.window == (free.window[0], DAY.isoformat())
    (shown,) = [e for e in cut.evidence if e.reading == "over in a.txt"]
    assert (shown.earliest, shown.latest) == (None, DAY.isoformat())


REPORT = (
    "Ferry talks in Brisk {verb}\n\n{date}\n\n"
    "The ferry talks in Brisk Harbour {verb} with Valdoria and Kesmet, Orlan Pike said. "
    "The ferry tariff dispute idled the Brisk Harbour fleet.\n\n"
    "Kesmet's ferry operators back the talks, Pike said."
)
UNDATED = (
    "Ferry envoy Pike praises Kesmet\n\n"
    "The ferry talks in Brisk Harbour opened with Valdoria and Kesmet, Orlan Pike said. "
    "The ferry tariff dispute idled the fleet.\n\n"
    "Valdoria's ferry operators back the talks, Pike said."
)


def test_a_build_bounds_an_undated_article_by_a_neighbour_that_reports_the_talks_over():
    texts = {
        "a": REPORT.format(date="8 March 2021", verb="are under way"),
        "b": REPORT.format(date="12 March 2021", verb="ended"),
        "c": UNDATED,
    }
    raws = [RawArticle(name, f"{name}.txt", text, "txt") for name, text in texts.items()]
    results = [pipeline.analyse_article(raw, frozenset(), None) for raw in raws]
    article = pipeline.with_corpus_dates(results)[2].article
    assert article.published_basis == "inferred"
    assert article.published_window[1] <= "2021-03-12"
    assert any("over in b.txt" in e.reading for e in article.published_evidence)
