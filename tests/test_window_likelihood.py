"""A corpus window narrowed by the likelihood of each day (generator/dating/likelihood.py)."""

import datetime as dt

import numpy as np

from generator.dating.likelihood import (
    Cue,
    Likelihood,
    day_likelihood,
    fitted_likelihood,
    likeliest_span,
)

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
    assert np.isclose(sum(fitted.neighbour), 1.0) or fitted.reach == 0
    for _, table in fitted.gaps:
        assert len(table) == 7 and np.isclose(sum(table), 1.0)
