"""What other articles report as past or to come bounds a date (generator/dating/cross_tense.py)."""

import datetime as dt

from generator import pipeline
from generator.dating.corpus import Neighbour, infer_near
from generator.dating.cross_tense import Bound, bounds, cutting, sentence_reports
from generator.models import Article, Paragraph, RawArticle

DAY = dt.date(2021, 3, 12)


def _article(name: str, text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article(
        name, f"{name}.txt", "", None, (), None, None, None, None, None, None, paragraphs
    )


def _report(sentence: str):
    (report,) = sentence_reports("p1", sentence)
    return report


def test_a_signing_to_come_and_one_done_are_reports_of_each_tense():
    coming = _report("A ferry accord is expected to be signed by Valdoria and Kesmet in Brisk.")
    past = _report("The ferry accord was signed by Valdoria and Kesmet in Brisk on Friday.")
    assert (coming.tense, past.tense) == ("coming", "past")
    assert {"valdoria", "kesmet", "brisk"} <= coming.names & past.names


def test_a_past_form_after_a_modal_is_no_past_report():
    assert sentence_reports("p1", "The accord would still be signed by Valdoria and Kesmet.") == []
    (report,) = sentence_reports("p1", "The accord will be signed by Valdoria and Kesmet.")
    assert report.tense == "coming"


def test_talks_recur_and_bound_nothing():
    assert sentence_reports("p1", "Talks between Valdoria and Kesmet were held in Brisk.") == []


def test_a_kind_said_past_and_to_come_in_one_sentence_is_left_out():
    sentence = "Valdoria signed the accord with Kesmet, which Orlan Pike is expected to sign later."
    found = sentence_reports("p1", sentence)
    assert all("sign" not in r.kinds for r in found)
    assert [r.tense for r in found] == ["past"]  # the accord: governed by "signed" alone


def test_to_come_here_and_past_there_bounds_from_above_and_the_other_way_from_below():
    coming = [_report("The accord is expected to be signed by Valdoria and Kesmet in Brisk.")]
    past = [_report("The accord was signed by Valdoria and Kesmet in Brisk.")]
    (above,) = bounds(coming, [("b.txt", DAY, past)])
    assert (above.side, above.day) == ("hi", DAY)
    (below,) = bounds(past, [("b.txt", DAY, coming)])
    assert (below.side, below.day) == ("lo", DAY)
    other = [_report("The accord was signed by Lunsford and Ardmore in Brisk.")]
    assert bounds(coming, [("b.txt", DAY, other)]) == ()  # one name shared: another accord


def test_a_bound_cuts_the_run_only_when_it_falls_inside_it():
    run = (dt.date(2021, 3, 8), dt.date(2021, 3, 20))
    inside = Bound(DAY, "hi", "p1", "", "")
    assert cutting([inside], run) == (run[0], DAY, (inside,))
    outside = Bound(dt.date(2021, 1, 5), "hi", "p1", "", "")  # another round, months before
    assert cutting([outside], run) == (*run, ())
    crossing = Bound(dt.date(2021, 3, 15), "lo", "p1", "", "")
    assert cutting([inside, crossing], run) == (*run, ())  # they contradict: neither cuts


def test_the_window_ends_at_the_day_a_neighbour_reports_the_signing_done():
    article = _article("x", "The Brisk accord is expected to be signed by Valdoria and Kesmet.")
    found = [Neighbour("a.txt", DAY, 0.5, ("Valdoria", "Kesmet"))]
    free = infer_near(article, (), found)
    assert free is not None and free.window[1] > DAY.isoformat()
    bound = Bound(DAY, "hi", "p1", article.paragraphs[0].text, "past in a.txt")
    cut = infer_near(article, (), found, None, None, None, (bound,))
    assert cut is not None and cut.window == (free.window[0], DAY.isoformat())
    assert any(e.reading == "past in a.txt" for e in cut.evidence)


SIGNED = (
    "Valdoria and Kesmet sign the ferry accord\n\n{date}\n\n"
    "The ferry accord {verb} by Valdoria and Kesmet in Brisk Harbour, Orlan Pike said. "
    "The ferry tariff dispute idled the Brisk Harbour fleet.\n\n"
    "Kesmet's ferry operators back the accord, Pike said."
)
UNDATED = (
    "Ferry envoy Pike praises Kesmet\n\n"
    "The ferry accord is expected to be signed by Valdoria and Kesmet in Brisk Harbour on "
    "Friday, Orlan Pike said. The ferry tariff dispute idled the fleet.\n\n"
    "Valdoria's ferry operators back the accord, Pike said."
)


def test_a_build_bounds_an_undated_article_by_a_neighbour_that_reports_the_event_past():
    texts = {
        "a": SIGNED.format(date="8 March 2021", verb="is to be signed"),
        "b": SIGNED.format(date="12 March 2021", verb="was signed"),
        "c": UNDATED,
    }
    raws = [RawArticle(name, f"{name}.txt", text, "txt") for name, text in texts.items()]
    results = [pipeline.analyse_article(raw, frozenset(), None) for raw in raws]
    article = pipeline.with_corpus_dates(results)[2].article
    assert article.published_basis == "inferred"
    assert article.published_window[1] <= "2021-03-12"
    assert any("past in b.txt" in e.reading for e in article.published_evidence)
