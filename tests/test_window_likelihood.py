"""A corpus window narrowed by the likelihood of each day (generator/dating/likelihood.py)."""

import datetime as dt
from dataclasses import replace

import numpy as np

from generator.dating.corpus import Neighbour, infer_near, neighbour_offsets
from generator.dating.likelihood import (
    Cue,
    Likelihood,
    adapted,
    day_likelihood,
    fitted_likelihood,
    likeliest_span,
    two_sided,
)
from generator.dating.resolve import window_timexes
from generator.models import Article, Paragraph
from generator.timex import article_timexes

# publication mostly 0-1 days after a past weekday, 1-2 days before a coming one
GAPS = (
    ("future", (0.05, 0.5, 0.3, 0.05, 0.04, 0.03, 0.03)),
    ("past", (0.5, 0.3, 0.1, 0.05, 0.02, 0.02, 0.01)),
)
NEAR = Likelihood(2, (0.1, 0.2, 0.4, 0.2, 0.1), GAPS, 0.9)
"""Publication within two days of a neighbour, likeliest on its day."""


def _days(first: str, count: int) -> list[dt.date]:
    start = dt.date.fromisoformat(first)
    return [start + dt.timedelta(days=i) for i in range(count)]


def test_a_day_far_from_every_neighbour_is_unlikely_and_near_ones_follow_the_table():
    days = _days("2021-03-01", 7)  # Monday 1 to Sunday 7 March
    p = day_likelihood(days, [(dt.date(2021, 3, 3), 1.0)], [], NEAR)
    assert np.isclose(p.sum(), 1.0)
    assert p[5] == 0 and p[6] == 0  # three days or more after the 3rd
    assert np.allclose(p[:5], [0.1, 0.2, 0.4, 0.2, 0.1])


def test_neighbours_mix_by_weight_so_the_likelier_one_pulls_the_window():
    days = _days("2021-03-01", 14)
    near = [(dt.date(2021, 3, 3), 3.0), (dt.date(2021, 3, 11), 1.0)]
    p = day_likelihood(days, near, [], NEAR)
    assert p[2] == max(p) and np.isclose(p[2], 3 * p[10])


def test_a_past_monday_and_a_coming_tuesday_favour_the_monday_of_the_likelier_week():
    days = _days("2021-03-01", 14)  # two Mondays: 1 and 8 March
    cues = [Cue(1, "past"), Cue(2, "future")]
    flat = Likelihood(0, (1.0,), GAPS, 0.9)
    p = day_likelihood(days, [], cues, flat)
    assert np.isclose(p[0], p[7])  # no neighbour: the two weeks are alike
    assert p[0] == max(p)
    p = day_likelihood(days, [(dt.date(2021, 3, 2), 1.0)], cues, NEAR)
    assert p[0] > 10 * p[7]  # the neighbour picks the week


def test_a_cue_repeated_counts_once_and_an_unfitted_tense_counts_nothing():
    days = _days("2021-03-01", 7)
    once = day_likelihood(days, [], [Cue(1, "past")], NEAR)
    twice = day_likelihood(days, [], [Cue(1, "past"), Cue(1, "past")], NEAR)
    assert np.allclose(once, twice)
    weekend = day_likelihood(days, [], [Cue(6, "weekend-past")], NEAR)
    assert np.allclose(weekend, 1 / 7)


def test_evidence_that_allows_no_day_leaves_every_day_alike():
    days = _days("2021-03-01", 5)
    p = day_likelihood(days, [(dt.date(2021, 6, 1), 1.0)], [], NEAR)
    assert np.allclose(p, 0.2)


def test_the_span_holds_the_share_with_the_fewest_days_ties_to_the_earlier():
    p = np.array([0.05, 0.4, 0.3, 0.2, 0.05])
    assert likeliest_span(p, 0.9) == (1, 3)
    assert likeliest_span(p, 0.4) == (1, 1)
    assert likeliest_span(p, 1.0) == (0, 4)
    assert likeliest_span(np.array([0.25, 0.25, 0.25, 0.25]), 0.5) == (0, 1)
    # the likeliest days apart: the span covers the gap between them
    assert likeliest_span(np.array([0.45, 0.05, 0.05, 0.45]), 0.9) == (0, 3)


def test_the_fitted_table_is_a_distribution_over_the_corpus_reach():
    fitted = fitted_likelihood()
    assert 0 < fitted.share <= 1
    assert np.isclose(sum(fitted.neighbour), 1.0, atol=1e-3) or fitted.reach == 0
    for _, table in fitted.gaps:
        assert len(table) == 7 and np.isclose(sum(table), 1.0, atol=1e-3)


def test_the_two_sided_law_keeps_each_sides_share_and_falls_with_distance():
    law = two_sided({0: 6.0, 1: 2.0, -1: 2.0}, 3)
    assert len(law) == 7 and np.isclose(sum(law), 1.0)
    after, before = sum(law[3:]), sum(law[:3])
    assert np.isclose(after, 0.8, atol=0.02) and np.isclose(before, 0.2, atol=0.02)
    assert law[3] > law[4] > law[5] > law[6] and law[2] > law[1] > law[0]


def test_a_corpus_of_same_day_reports_sharpens_the_law_and_a_spread_one_widens_it():
    law = two_sided({0: 1.0, 2: 1.0, -2: 1.0}, 3)
    fitted = Likelihood(3, law, GAPS, share=0.9, strength=1.0)
    same_day = adapted(fitted, {0: 50.0}, fitted.strength)
    spread = adapted(fitted, {-3: 10.0, 3: 10.0, 1: 10.0, -1: 10.0}, fitted.strength)
    assert same_day.offset(0) > fitted.offset(0) > spread.offset(0)
    assert same_day.offset(2) < spread.offset(2)


def test_a_mixed_folder_whose_neighbours_lie_far_apart_narrows_nothing():
    fitted = Likelihood(3, two_sided({0: 1.0}, 3), GAPS, share=0.9)
    assert adapted(fitted, {0: 1.0, 40: 2.0, -90: 1.0}, 0.0).share == 1.0  # 1 of 4 near
    assert adapted(fitted, {}, 0.0).share == 1.0  # no dated neighbours: nothing shown
    assert adapted(fitted, {0: 3.0, 40: 1.0}, 0.0).share == 0.9


def test_offsets_weigh_each_neighbour_by_its_share_of_similarity():
    found = [
        Neighbour("a", dt.date(2021, 3, 1), 0.3, ()),
        Neighbour("b", dt.date(2021, 3, 4), 0.1, ()),
    ]
    offsets = neighbour_offsets(found, dt.date(2021, 3, 3))
    assert sorted(offsets) == [-1, 2]
    assert np.isclose(offsets[2], 0.75) and np.isclose(offsets[-1], 0.25)


UNDATED = (
    "Varn rejects Orsk levy cap\n\n"
    "On Monday the lantern guild of Tarrow rejected the levy cap the Orsk millers asked for. "
    "Guild master Ilse Varn said the grain levy talks would go on.\n\n"
    "The Orsk millers called the refusal a blow to Tarrow's grain trade."
)
SAME_WEEK = Likelihood(10, two_sided({0: 8.0, 1: 2.0, -1: 2.0, 2: 1.0, -2: 1.0}, 10), GAPS, 0.9)
"""Neighbours mostly reported the same day or the next: the law a wire corpus shows."""
INERT = Likelihood()


def _article(text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article("x", "x.txt", "", None, (), None, None, None, None, None, None, paragraphs)


def _monday(article: Article, window: tuple[str, str]) -> str:
    dated = replace(article, published_window=window)
    (monday,) = [t for t in window_timexes(dated) if t.text == "Monday"]
    return monday.value


def test_a_likelier_neighbour_picks_the_week_and_a_past_monday_reads_to_its_day():
    article = _article(UNDATED)
    found = [
        Neighbour("a.txt", dt.date(2021, 3, 9), 0.6, ("Varn",)),
        Neighbour("b.txt", dt.date(2021, 3, 17), 0.1, ("Varn",)),
    ]
    timexes = article_timexes(article)
    wide = infer_near(article, timexes, found, likelihood=INERT)
    narrowed = infer_near(article, timexes, found, likelihood=SAME_WEEK)
    assert wide is not None and narrowed is not None
    assert wide.window[0] <= "2021-03-08" and wide.window[1] >= "2021-03-15"
    lo, hi = narrowed.window
    assert "2021-03-08" <= lo <= hi <= "2021-03-11"  # Monday to Thursday of the first week
    assert _monday(article, narrowed.window) == "2021-03-08"


def test_two_equally_alike_neighbours_a_week_apart_still_name_no_monday():
    article = _article(UNDATED)
    found = [
        Neighbour("a.txt", dt.date(2021, 3, 9), 0.4, ("Varn",)),
        Neighbour("b.txt", dt.date(2021, 3, 16), 0.4, ("Varn",)),
    ]
    inference = infer_near(article, article_timexes(article), found, likelihood=SAME_WEEK)
    assert inference is not None
    assert len(_monday(article, inference.window)) < 10
